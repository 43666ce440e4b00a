<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#assign p = content.page>
<@layout.page title=content.site.title description=p.tagline>
<div class="hero">
  <h1>${content.site.title}</h1>
  <p class="tagline">${p.tagline}</p>
  <#if p.span.from??><p class="span">The timeline runs from <@m.date p.span.from/> to <@m.date p.span.to/>: ${p.counts.events} events, ${p.counts.actors} actors, ${p.counts.places} places, drawn from ${p.counts.sources} sources<#if p.counts.discrepancies gt 0>, with <a href="${m.u('discrepancies/index.html')}">${p.counts.discrepancies} disagreements</a> between them</#if>.</p></#if>
</div>
<#if p.keyFigures?has_content>
<section class="key-figures" aria-labelledby="key-figures-title">
  <h2 id="key-figures-title">Key numbers<#if p.topic??> on <@m.ref p.topic/></#if></h2>
  <ul class="cards">
  <#list p.keyFigures as f>
    <li class="card">
      <p class="card-value"><@m.figureValue f/></p>
      <p class="card-label"><@m.ref f.measure/></p>
      <p class="card-meta">as of <@m.date f.asOf/> · <@m.cite f.source/></p>
    </li>
  </#list>
  </ul>
</section>
</#if>
<div class="columns">
<section class="overview prose" aria-labelledby="overview-title">
  <h2 id="overview-title">Overview</h2>
  <#if p.overview??>${p.overview?no_esc}</#if>
</section>
<aside class="side">
  <section aria-labelledby="latest-title">
    <h2 id="latest-title">Latest events</h2>
    <@m.events list=p.latestEvents level="h3"/>
    <p><a href="${m.u('timeline/index.html')}">The whole timeline</a></p>
  </section>
  <section aria-labelledby="sources-title">
    <h2 id="sources-title">Sources</h2>
    <ul class="source-list">
    <#list p.sources as s><li><a href="${m.u(s.href)}">${s.title}</a><br><span class="meta">${s.publisher} · <@m.date s.date/></span></li></#list>
    </ul>
  </section>
</aside>
</div>
</@layout.page>
