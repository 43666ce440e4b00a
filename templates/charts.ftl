<#ftl output_format="HTML" strip_whitespace=true>
<#import "macros.ftl" as m>
<#-- Pictures drawn at build time (briefing.emit.svg.Charts): each model carries a finished, escaped inline SVG whose
     links already lead from this page, and the same data as rows, shown beside it as a list or table. -->

<#-- The map of places, as a section of the home page (heading=true) or under the places index's lead. -->
<#macro placesMap chart heading=false>
<#if heading><section class="chart-section" aria-labelledby="map-section-title"><h2 id="map-section-title">Where it happened</h2><div class="chart-split"></#if>
<figure class="chart-figure chart-figure-map">
  ${chart.svg?no_esc}
  <figcaption>Places the sources name, on a map of Mali and its neighbours. A larger circle means more events; dashed rings are countries and regions, which count every event within them. Each circle leads to its place. <span class="attribution">Map data: Made with Natural Earth (public domain).</span></figcaption>
</figure>
<#if heading><div class="chart-data chart-data-open"><h3 class="chart-data-title" id="map-list-title">Places on the map, by events</h3><#else><details class="chart-data"><summary>Places on the map, as a list</summary></#if>
  <ul class="chart-list"<#if heading> aria-labelledby="map-list-title"</#if>><#list chart.places as p><li><a href="${m.u(p.href)}">${p.name}</a> <span class="meta"><#if !p.name?lower_case?ends_with(p.kind)>${p.kind} · </#if>${p.events} event<#if p.events != 1>s</#if></span></li></#list></ul>
  <#if chart.outside?has_content><p class="meta">Outside the map: <#list chart.outside as p><a href="${m.u(p.href)}">${p.name}</a><#sep>, </#sep></#list>.</p></#if>
<#if heading></div></div></section><#else></details></#if>
</#macro>

<#-- A place's small locator map; it names no other place, so it is a picture (role img) described by its desc. -->
<#macro locator chart>
<figure class="chart-figure chart-figure-locator">
  ${chart.svg?no_esc}
  <figcaption class="attribution">Map data: Natural Earth</figcaption>
</figure>
</#macro>

<#-- Events by month across the years, with the mandate and the withdrawal marked. -->
<#macro timeline chart>
<figure class="chart-figure chart-figure-wide">
  <div class="chart-scroll" role="region" aria-label="Events by month (scrolls sideways on narrow screens)" tabindex="0">${chart.svg?no_esc}</div>
  <figcaption>Events by month. Above the bars, diamonds mark the mandate (filled: Security Council resolutions) and triangles the withdrawal. Each bar leads to its month, each mark to its event.</figcaption>
</figure>
<details class="chart-data">
  <summary>The chart's data: events per month and marked events</summary>
  <div class="chart-data-cols">
  <div class="table-wrap" role="region" aria-label="Events per month" tabindex="0">
  <table>
    <caption>Events per month</caption>
    <thead><tr><th scope="col">Month</th><th scope="col">Events</th></tr></thead>
    <tbody><#list chart.months as mo><tr><td><a href="${m.u(mo.href)}"><time datetime="${mo.iso}">${mo.label}</time></a></td><td>${mo.count}</td></tr></#list></tbody>
  </table>
  </div>
  <div>
  <h2 class="chart-data-title">Marked events</h2>
  <ul><#list chart.marks as k><li><span class="label">${k.kind}</span> ${k.date}: <a href="${m.u(k.href)}">${k.title}</a><#if !k.shown> <span class="meta">(dated to the year only; not on the chart)</span></#if></li></#list></ul>
  </div>
  </div>
</details>
</#macro>

<#-- A measure's values over time; its data is the table of figures that follows on the page. -->
<#macro measure chart>
<figure class="chart-figure">
  ${chart.svg?no_esc}
  <figcaption>
    <ul class="chart-legend">
      <#list chart.legend as s><li>${s.symbol?no_esc} <a href="${m.u(s.href)}" title="${s.title}">${s.label}</a></li></#list>
      <#if chart.bound??><li>${chart.bound?no_esc} hollow: at least, about or up to</li></#if>
    </ul>
    <span class="meta">${chart.points} value<#if chart.points != 1>s</#if> in time order; each point leads to its source. The table below gives them all.</span>
  </figcaption>
</figure>
</#macro>

<#-- Who appears with whom, with the same pairs as a list. -->
<#macro network chart>
<section class="chart-section" aria-labelledby="network-section-title">
<h2 id="network-section-title">Who appears with whom</h2>
<figure class="chart-figure chart-figure-wide">
  <div class="chart-scroll" role="region" aria-label="Network of actors (scrolls sideways on narrow screens)" tabindex="0">${chart.svg?no_esc}</div>
  <figcaption>Actors who appear in the same events, ${chart.actors?size} of them in ${chart.pairs} pairs. A larger circle means more events; a thicker line, more events together. Each circle leads to its actor.</figcaption>
</figure>
<details class="chart-data">
  <summary>The network as a list</summary>
  <ul><#list chart.actors as a><li><a href="${m.u(a.href)}">${a.name}</a> <span class="meta">(${a.events} event<#if a.events != 1>s</#if>)</span> with <#list a.with as w><a href="${m.u(w.href)}">${w.name}</a> <span class="meta">${w.count}</span><#sep>, </#sep></#list></li></#list></ul>
</details>
</section>
</#macro>
