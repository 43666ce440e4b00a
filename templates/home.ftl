<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#import "charts.ftl" as charts>
<#assign p = content.page>
<@layout.page title=content.site.title description=p.tagline wide=true>
<div class="hero">
  <h1>${content.site.title}</h1>
  <p class="tagline">${p.tagline}.</p>
  <#if p.span.from??><p class="span">The timeline runs from <@m.date p.span.from/> to <@m.date p.span.to/>. Every event, figure and statement links to the source it was drawn from<#if p.counts.discrepancies gt 0>, and where two sources disagree both versions are shown</#if>.</p></#if>
  <nav aria-label="In numbers">
    <ul class="stats">
      <li><a href="${m.u('timeline/index.html')}"><strong>${p.counts.events}</strong> events</a></li>
      <li><a href="${m.u('actors/index.html')}"><strong>${p.counts.actors}</strong> actors</a></li>
      <li><a href="${m.u('places/index.html')}"><strong>${p.counts.places}</strong> places</a></li>
      <li><a href="${m.u('figures/index.html')}"><strong>${p.counts.figures}</strong> figures</a></li>
      <li><a href="${m.u('sources/index.html')}"><strong>${p.counts.sources}</strong> sources</a></li>
      <#if p.counts.discrepancies gt 0><li><a href="${m.u('discrepancies/index.html')}"><strong>${p.counts.discrepancies}</strong> disagreements</a></li></#if>
    </ul>
  </nav>
</div>
<#if p.keyFigures?has_content>
<section class="key-figures" aria-labelledby="key-figures-title">
  <h2 id="key-figures-title">Key numbers<#if p.topic??> on <@m.ref p.topic/></#if></h2>
  <ul class="cards">
  <#list p.keyFigures as f>
    <li class="card<#if f.disputed> disputed</#if>">
      <h3><a href="${m.u(f.measure.href)}">${f.measure.name}</a></h3>
      <#if !p.topic?? || f.subject.href != p.topic.href><p class="card-subject"><@m.ref f.subject/></p></#if>
      <p class="card-value"><@m.figureValue f/><#if f.disputed> <span class="badge">Disputed</span></#if></p>
      <#if f.note??><p class="card-note">${f.note}</p></#if>
      <p class="card-meta">As of <@m.date f.asOf/> · <@m.cite f.source/></p>
    </li>
  </#list>
  </ul>
</section>
</#if>
<#if p.map??><@charts.placesMap p.map true/></#if>
<div class="columns">
<section class="overview prose" aria-labelledby="overview-title">
  <h2 id="overview-title">Overview</h2>
  <#if p.overview??>${p.overview?no_esc}</#if>
</section>
<aside class="side" aria-label="Latest events and sources">
  <section aria-labelledby="latest-title">
    <h2 id="latest-title">Latest events</h2>
    <@m.events list=p.latestEvents level="h3" indexed=false/>
    <#if !p.latestEvents?has_content><p class="empty">${m.t("empty.events")}</p></#if>
    <p class="more"><a href="${m.u('timeline/index.html')}">The whole timeline →</a></p>
  </section>
  <section aria-labelledby="sources-title">
    <h2 id="sources-title">Sources</h2>
    <ul class="source-list">
    <#list p.sources as s><li><a href="${m.u(s.href)}">${s.title}</a><br><span class="meta">${s.publisher} · <@m.date s.date/></span></li></#list>
    </ul>
    <#if !p.sources?has_content><p class="empty">${m.t("empty.sources")}</p></#if>
    <p class="more"><a href="${m.u('sources/index.html')}">About the sources →</a></p>
  </section>
</aside>
</div>
</@layout.page>
