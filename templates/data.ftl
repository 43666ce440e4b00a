<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#assign p = content.page>
<@layout.page title=content.title description=m.t("data.description")>
<h1>${content.title}</h1>
<p class="lead">${m.t("data.lead")}</p>
<ul class="entity-list">
<#list p.files as f>
  <li><a href="${m.a(f.href)}" download>${f.name}</a> <span class="meta">— ${f.description}</span></li>
</#list>
</ul>
<p>${m.t("data.csv")}</p>
</@layout.page>
