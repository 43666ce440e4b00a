<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#assign p = content.page>
<@layout.page title=content.title section="timeline" crumbs=[{"href": "timeline/index.html", "label": m.t("nav.timeline")}] description=m.t("year.description", "year", content.title)>
<h1>${content.title}</h1>
<p class="lead">${m.t("year.lead", "count", p.count, "year", content.title)}</p>
<nav class="toc years" aria-label="${m.t("timeline_page.years")}">
  <ul><#list p.years as y><li><#if y.current><span aria-current="page">${y.year}</span><#else><a href="${m.u(y.href)}">${y.year}</a></#if></li></#list></ul>
</nav>
<#list p.months as mo>
<section aria-labelledby="${mo.anchor}">
  <h2 class="month" id="${mo.anchor}"><#if mo.iso?length == 7><time datetime="${mo.iso}">${mo.label}</time><#else>${mo.label}</#if></h2>
  <@m.events list=mo.events level="h3"/>
</section>
</#list>
<nav class="pager" aria-label="${m.t("year.pager")}">
  <#if p.previous??><a rel="prev" href="${m.u(p.previous.href)}">← ${p.previous.year}</a></#if>
  <#if p.next??><a rel="next" href="${m.u(p.next.href)}">${p.next.year} →</a></#if>
</nav>
</@layout.page>
