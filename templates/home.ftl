<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#import "charts.ftl" as charts>
<#assign p = content.page>
<#-- a count on the home page: the number in bold, the words around it from the bundle -->
<#function stat key count>
  <#local number><strong>${m.n(count)}</strong></#local>
  <#return m.t(key, "count", count, "number", number)>
</#function>
<@layout.page title=content.site.title description=p.tagline wide=true>
<#-- the brief first: the title, then the overview (with the portal's counts beside it on wide screens), then the key
     numbers, the map, the latest events and the sources -->
<div class="hero">
  <h1>${content.site.title}</h1>
  <p class="tagline">${p.tagline}.</p>
</div>
<div class="columns brief">
<section class="overview prose" aria-labelledby="overview-title">
  <h2 id="overview-title">${m.t("home.overview")}</h2>
  <#if p.overview??><@m.inLanguage p.overviewIn!{}>${p.overview?no_esc}</@m.inLanguage></#if>
</section>
<div class="side at-a-glance">
  <#if p.span.from??><#assign from><@m.date p.span.from/></#assign><#assign to><@m.date p.span.to/></#assign><p class="span">${m.t("home.span", "from", from, "to", to)} ${m.t((p.counts.discrepancies gt 0)?then("home.cited_disagree", "home.cited"))}</p></#if>
  <nav aria-label="${m.t("home.stats")}">
    <ul class="stats">
      <li><a href="${m.u('timeline/index.html')}">${stat("home.stats.events", p.counts.events)}</a></li>
      <li><a href="${m.u('actors/index.html')}">${stat("home.stats.actors", p.counts.actors)}</a></li>
      <li><a href="${m.u('places/index.html')}">${stat("home.stats.places", p.counts.places)}</a></li>
      <li><a href="${m.u('figures/index.html')}">${stat("home.stats.figures", p.counts.figures)}</a></li>
      <li><a href="${m.u('sources/index.html')}">${stat("home.stats.sources", p.counts.sources)}</a></li>
      <#if p.counts.discrepancies gt 0><li><a href="${m.u('discrepancies/index.html')}">${stat("home.stats.discrepancies", p.counts.discrepancies)}</a></li></#if>
    </ul>
  </nav>
</div>
</div>
<#if p.keyFigures?has_content>
<section class="key-figures" aria-labelledby="key-figures-title">
  <#if p.topic??><#assign topic><@m.ref p.topic/></#assign></#if>
  <h2 id="key-figures-title"><#if p.topic??>${m.t("home.key_numbers_on", "topic", topic)}<#else>${m.t("home.key_numbers")}</#if></h2>
  <ul class="cards">
  <#list p.keyFigures as k>
    <#assign f = k.figure>
    <li class="card<#if f.disputed> disputed</#if><#if k.stale> stale</#if>" id="${f.anchor}" <@m.citeData f/>>
      <h3><a href="${m.u(f.measure.href)}">${f.measure.name}</a></h3>
      <#if !p.topic?? || f.subject.href != p.topic.href><p class="card-subject"><@m.ref f.subject/></p></#if>
      <p class="card-value"><@m.figureValue f/><#if f.disputed> <span class="badge">${m.t("figure.disputed")}</span></#if></p>
      <#assign asOf><@m.date f.asOf/></#assign>
      <p class="card-asof">${m.t("home.as_of", "date", asOf)}<#if k.stale> <span class="badge badge-stale">${m.t("home.stale")}</span></#if></p>
      <#if f.note??><p class="card-note">${f.note}</p></#if>
      <p class="card-meta"><@m.cite f.source/> <@m.permalink f.anchor m.t("permalink.figure", "value", f.value, "measure", f.measure.name)/></p>
    </li>
  </#list>
  </ul>
</section>
</#if>
<#if p.map??><@charts.placesMap p.map true/></#if>
<div class="columns">
<section aria-labelledby="latest-title">
  <h2 id="latest-title">${m.t("home.latest")}</h2>
  <@m.events list=p.latestEvents level="h3" indexed=false/>
  <#if !p.latestEvents?has_content><p class="empty">${m.t("empty.events")}</p></#if>
  <p class="more"><a href="${m.u('timeline/index.html')}">${m.t("home.whole_timeline")}</a></p>
</section>
<aside class="side" aria-labelledby="sources-title">
  <section>
    <h2 id="sources-title">${m.t("home.sources")}</h2>
    <ul class="source-list">
    <#list p.sources as s><li><a href="${m.u(s.href)}">${s.title}</a><br><span class="meta">${s.publisher} · <@m.date s.date/></span></li></#list>
    </ul>
    <#if !p.sources?has_content><p class="empty">${m.t("empty.sources")}</p></#if>
    <p class="more"><a href="${m.u('sources/index.html')}">${m.t("home.about_sources")}</a></p>
  </section>
</aside>
</div>
</@layout.page>
