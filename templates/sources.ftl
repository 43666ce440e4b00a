<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#assign p = content.page>
<#-- The sources: each with its publisher, date, kind and what was drawn from it. A long index shows the latest and
     each year of publication with its pages. -->
<#macro sourceList list level="h2">
<ul class="entity-list sources">
<#list list as s>
  <li>
    <${level}><a href="${m.u(s.href)}">${s.title}</a></${level}>
    <p class="meta">${s.publisher} · <@m.date s.date/> · ${s.kind}</p>
    <ul class="facts">
      <li>${m.t("count.events", "count", s.events)}</li>
      <li>${m.t("count.figures", "count", s.figures)}</li>
      <li>${m.t("count.statements", "count", s.statements)}</li>
    </ul>
  </li>
</#list>
</ul>
</#macro>
<#if content.type == "sourcelist">
<@layout.page title=content.title section="sources" crumbs=[{"href": "sources/index.html", "label": m.t("nav.sources")}] description=p.heading>
<h1>${p.heading}</h1>
<@m.pagerSummary p.pager/>
<@sourceList p.sources/>
<#if p.pager.count gt 1><@m.pager p.pager/></#if>
</@layout.page>
<#else>
<@layout.page title=content.title section="sources" description=m.t("sources.description")>
<h1>${content.title}</h1>
<p class="lead">${m.t("sources.lead")}</p>
<#if p.years??>
<nav class="toc years" aria-label="${m.t("sources.years")}">
  <ul><#list p.years as y><li><a href="${m.u(y.href)}">${y.year?c} <span class="count">${m.n(y.count)}</span></a></li></#list></ul>
</nav>
<section aria-labelledby="latest-title">
<h2 id="latest-title">${m.t("sources.latest", "shown", p.sources?size, "total", p.total)}</h2>
<@sourceList p.sources "h3"/>
</section>
<#else>
<@sourceList p.sources/>
</#if>
<#if !p.sources?has_content><p class="empty">${m.t("empty.sources")}</p></#if>
</@layout.page>
</#if>
