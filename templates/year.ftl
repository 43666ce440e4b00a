<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#assign p = content.page>
<@layout.page title=content.title section="timeline" crumbs=[{"href": "timeline/index.html", "label": m.t("nav.timeline")}] description=m.t("year.description", "year", content.title)>
<h1>${content.title}</h1>
<p class="lead"><#if p.large??>${m.t("year.lead_large", "count", p.count, "year", content.title)}<#else>${m.t("year.lead", "count", p.count, "year", content.title)}</#if></p>
<nav class="toc years" aria-label="${m.t("timeline_page.years")}">
  <ul><#list p.years as y><li><#if y.current><span aria-current="page">${y.year}</span><#else><a href="${m.u(y.href)}">${y.year}</a></#if></li></#list></ul>
</nav>
<#if p.large??>
<#-- a large year: its months, each with its count, marked events and pages; each keeps the month's anchor -->
<ol class="months">
<#list p.parts as mo>
  <li class="month-entry" id="${mo.anchor}">
    <h2 class="month"><a href="${m.u(mo.href)}"><#if mo.iso?length == 7><time datetime="${mo.iso}">${mo.label}</time><#else>${mo.label}</#if></a> <span class="count">${m.t("count.events", "count", mo.count)}</span></h2>
    <#if mo.pages??><@m.pageLinks mo.pages/></#if>
    <@m.highlights mo/>
  </li>
</#list>
</ol>
<#else>
<#list p.months as mo>
<section aria-labelledby="${mo.anchor}">
  <h2 class="month" id="${mo.anchor}"><#if mo.iso?length == 7><time datetime="${mo.iso}">${mo.label}</time><#else>${mo.label}</#if></h2>
  <@m.events list=mo.events level="h3"/>
</section>
</#list>
</#if>
<nav class="pager" aria-label="${m.t("year.pager")}">
  <#if p.previous??><a rel="prev" href="${m.u(p.previous.href)}">← ${p.previous.year}</a></#if>
  <#if p.next??><a rel="next" href="${m.u(p.next.href)}">${p.next.year} →</a></#if>
</nav>
</@layout.page>
