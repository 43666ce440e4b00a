<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#assign p = content.page>
<@layout.page title=content.title section="sources" description=m.t("sources.description")>
<h1>${content.title}</h1>
<p class="lead">${m.t("sources.lead")}</p>
<ul class="entity-list sources">
<#list p.sources as s>
  <li>
    <h2><a href="${m.u(s.href)}">${s.title}</a></h2>
    <p class="meta">${s.publisher} · <@m.date s.date/> · ${s.kind}</p>
    <ul class="facts">
      <li>${m.t("count.events", "count", s.events)}</li>
      <li>${m.t("count.figures", "count", s.figures)}</li>
      <li>${m.t("count.statements", "count", s.statements)}</li>
    </ul>
  </li>
</#list>
</ul>
<#if !p.sources?has_content><p class="empty">${m.t("empty.sources")}</p></#if>
</@layout.page>
