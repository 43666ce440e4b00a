<#ftl output_format="HTML" strip_whitespace=true>
<#import "macros.ftl" as m>
<#-- Pictures drawn at build time (briefing.emit.svg.Charts): each model carries a finished, escaped inline SVG whose
     links already lead from this page, and the same data as rows, shown beside it as a list or table. -->

<#-- The map of places, as a section of the home page (heading=true) or under the places index's lead. -->
<#macro placesMap chart heading=false>
<#if heading><section class="chart-section" aria-labelledby="map-section-title"><h2 id="map-section-title">${m.t("map.heading")}</h2><div class="chart-split"></#if>
<figure class="chart-figure chart-figure-map">
  ${chart.svg?no_esc}
  <figcaption><#if chart.countries??>${m.t("map.caption", "countries", chart.countries)}<#else>${m.t("map.caption.plain")}</#if> <span class="attribution" data-pagefind-ignore>${m.t("map.attribution")}</span></figcaption>
</figure>
<#if heading><div class="chart-data chart-data-open" data-pagefind-ignore><h3 class="chart-data-title" id="map-list-title">${m.t("map.list.heading")}</h3><#else><details class="chart-data" data-pagefind-ignore><summary>${m.t("map.list.summary")}</summary></#if>
  <ul class="chart-list"<#if heading> aria-labelledby="map-list-title"</#if>><#list chart.places as p><li><a href="${m.u(p.href)}">${p.name}</a> <span class="meta"><#if !p.name?lower_case?ends_with(p.kind?lower_case)>${p.kind} · </#if>${m.t("map.list.events", "count", p.events)}</span></li></#list></ul>
  <#if chart.outside?has_content><p class="meta">${m.t("map.outside")} <#list chart.outside as p><a href="${m.u(p.href)}">${p.name}</a><#sep>${m.listSep}</#sep></#list>${m.fullStop}</p></#if>
<#if heading></div></div></section><#else></details></#if>
</#macro>

<#-- A place's small locator map; it names no other place, so it is a picture (role img) described by its desc. -->
<#macro locator chart>
<figure class="chart-figure chart-figure-locator">
  ${chart.svg?no_esc}
  <figcaption class="attribution" data-pagefind-ignore>${m.t("map.locator.attribution")}</figcaption>
</figure>
</#macro>

<#-- Events by month across the years, with the mandate and the withdrawal marked. -->
<#macro timeline chart>
<figure class="chart-figure chart-figure-wide">
  <div class="chart-scroll chart-scroll-end" role="region" aria-label="${m.t('timeline.figure.region')}" tabindex="0">${chart.svg?no_esc}</div>
  <p class="scroll-cue" aria-hidden="true">${m.t('timeline.figure.scroll')}</p>
  <figcaption>
    <#if chart.legend?has_content><ul class="chart-legend" aria-label="${m.t('timeline.figure.legend')}"><#list chart.legend as k><li>${k.symbol?no_esc} ${k.label}</li></#list></ul></#if>
    ${m.t(chart.legend?has_content?then(chart.aggregate???then('timeline.figure.caption_marks_months', 'timeline.figure.caption_marks'), 'timeline.figure.caption'))}
  </figcaption>
</figure>
<details class="chart-data" data-pagefind-ignore>
  <summary>${m.t(chart.marks?has_content?then('timeline.data.summary_marks', 'timeline.data.summary'))}</summary>
  <div class="chart-data-cols">
  <div class="table-wrap" role="region" aria-label="${m.t('timeline.data.months')}" tabindex="0">
  <table>
    <caption>${m.t('timeline.data.months')}</caption>
    <thead><tr><th scope="col">${m.t('timeline.data.month')}</th><th scope="col">${m.t('timeline.data.events')}</th></tr></thead>
    <tbody><#list chart.months as mo><tr><td data-label="${m.t('timeline.data.month')}"><a href="${m.u(mo.href)}"><time datetime="${mo.iso}">${mo.label}</time></a></td><td data-label="${m.t('timeline.data.events')}">${mo.count}</td></tr></#list></tbody>
  </table>
  </div>
  <#if chart.marks?has_content>
  <div>
  <p class="chart-data-title" id="timeline-marked-title">${m.t('timeline.data.marked')}</p>
  <ul aria-labelledby="timeline-marked-title"><#list chart.marks as k><li><span class="label">${k.kind}</span> ${k.date} · <a href="${m.u(k.href)}">${k.title}</a><#if !k.shown> <span class="meta">${m.t('timeline.data.year_only')}</span></#if></li></#list></ul>
  </div>
  </#if>
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
      <#if chart.bound??><li>${chart.bound?no_esc} ${m.t("chart.measure.hollow")}</li></#if>
    </ul>
    <span class="meta">${m.t("chart.measure.caption", "count", chart.points)}</span>
  </figcaption>
</figure>
</#macro>

<#-- Who appears with whom, with the same pairs as a list. -->
<#macro network chart>
<section class="chart-section" aria-labelledby="network-section-title">
<h2 id="network-section-title">${m.t("chart.network.title")}</h2>
<figure class="chart-figure chart-figure-wide">
  <div class="chart-scroll" role="region" aria-label="${m.t("chart.network.region")}" tabindex="0">${chart.svg?no_esc}</div>
  <figcaption>${m.t("chart.network.caption", "actors", chart.actors?size, "pairs", chart.pairs)}</figcaption>
</figure>
<details class="chart-data">
  <summary>${m.t("chart.network.list")}</summary>
  <ul><#list chart.actors as a><li><a href="${m.u(a.href)}">${a.name}</a> <span class="meta">(${m.t("count.events", "count", a.events)})</span> ${m.t("chart.network.with")} <#list a.with as w><a href="${m.u(w.href)}">${w.name}</a> <span class="meta">${m.n(w.count)}</span><#sep>${m.listSep}</#sep></#list></li></#list></ul>
</details>
</section>
</#macro>
