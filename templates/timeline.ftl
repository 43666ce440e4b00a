<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#import "charts.ftl" as charts>
<#assign p = content.page>
<@layout.page title="Timeline" section="timeline" description="Every event the sources report, in date order.">
<h1>Timeline</h1>
<p class="lead">All ${p.count} events, by year and month. An event reported by several sources is one entry citing each of them; a date known only to the month or year is listed before the days inside it.</p>
<#if p.chart??><@charts.timeline p.chart/></#if>
<#if p.count == 0><p class="empty">${m.t("empty.timeline")}</p></#if>
<nav class="toc years" aria-label="Years">
  <ul><#list p.years as y><li><a href="#y${y.year}">${y.year} <span class="count">${y.count}</span></a></li></#list></ul>
</nav>
<#list p.years as y>
<section class="year-section" aria-labelledby="y${y.year}">
  <h2 id="y${y.year}"><a href="${m.u(y.href)}">${y.year}</a> <span class="count">${y.count} event<#if y.count != 1>s</#if></span></h2>
  <#list y.months as mo>
    <h3 class="month" id="${mo.anchor}"><#if mo.iso?length == 7><time datetime="${mo.iso}">${mo.label}</time><#else>${mo.label}</#if></h3>
    <@m.events list=mo.events level="h4"/>
  </#list>
</section>
</#list>
</@layout.page>
