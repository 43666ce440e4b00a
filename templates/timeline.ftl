<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#import "charts.ftl" as charts>
<#assign p = content.page>
<@layout.page title=content.title section="timeline" description=m.t("timeline_page.description")>
<h1>${content.title}</h1>
<p class="lead"><#if p.full>${m.t("timeline_page.lead", "count", p.count)}<#else>${m.t("timeline_page.lead_large", "count", p.count)}</#if></p>
<#-- the chart is a section of its own, so that the headings inside it sit under an h2, not right under the h1 -->
<#if p.chart??><section class="timeline-chart" aria-labelledby="timeline-chart-heading">
<h2 class="visually-hidden" id="timeline-chart-heading">${m.t("timeline_page.chart")}</h2>
<@charts.timeline p.chart/>
</section></#if>
<#if p.count == 0><p class="empty">${m.t("empty.timeline")}</p></#if>
<nav class="toc years" aria-label="${m.t("timeline_page.years")}">
  <ul><#list p.years as y><li><a href="#y${y.year}">${y.year} <span class="count">${m.n(y.count)}</span></a></li></#list></ul>
</nav>
<#list p.years as y>
<section class="year-section" aria-labelledby="y${y.year}">
  <h2 id="y${y.year}"><a href="${m.u(y.href)}">${y.year}</a> <span class="count">${m.t("count.events", "count", y.count)}</span></h2>
  <#if p.full>
  <#list y.months as mo>
    <h3 class="month" id="${mo.anchor}"><#if mo.iso?length == 7><time datetime="${mo.iso}">${mo.label}</time><#else>${mo.label}</#if></h3>
    <@m.events list=mo.events level="h4"/>
  </#list>
  <#else>
  <#if y.months?has_content><ul class="month-counts" aria-label="${m.t("year.months")}"><#list y.months as mo><li><a href="${m.u(mo.href)}"><time datetime="${mo.iso}">${mo.label}</time></a> <span class="count">${m.n(mo.count)}</span></li></#list></ul></#if>
  <@m.highlights y/>
  <p class="more"><a href="${m.u(y.href)}">${m.t("timeline_page.open_year", "year", y.year?c, "count", y.count)}</a></p>
  </#if>
</section>
</#list>
</@layout.page>
