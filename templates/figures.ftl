<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#assign p = content.page>
<@layout.page title=content.title section="figures" description=m.t("figures.description")>
<h1>${content.title}</h1>
<p class="lead">${m.t("figures.lead")}</p>
<ul class="entity-list">
<#list p.measures as x>
  <li><a href="${m.u(x.href)}">${x.name}</a><span class="visually-hidden"> — </span> <span class="meta">${m.t("count.values", "count", x.count)}<#if x.disputed gt 0>${m.commaSep}<span class="badge">${m.t("figures.disputed", "count", x.disputed)}</span></#if><#if x.description??> · ${x.description}</#if></span></li>
</#list>
</ul>
<#if !p.measures?has_content><p class="empty">${m.t("empty.figures")}</p></#if>
</@layout.page>
