<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#assign p = content.page>
<@layout.page title=content.title section="sources" crumbs=[{"href": "sources/index.html", "label": "Sources"}] description="Summary of and facts drawn from: " + content.title>
<article class="source">
<h1>${content.title}</h1>
<dl class="metadata">
<#list p.metadata as row>
  <div><dt>${row.label}</dt><dd><#if row.unknown??><span class="unknown">Unknown.</span> ${row.unknown}<#elseif row.date??><@m.date row.date/><#elseif row.url??><a class="url" href="${row.url}" rel="external noopener">${row.url}</a><#else>${row.value}</#if></dd></div>
</#list>
</dl>
<#if p.provenanceNote??><p class="note callout"><strong>How this is known:</strong> ${p.provenanceNote}</p></#if>
<#if p.scopeNote??><p class="note callout"><strong>Left out:</strong> ${p.scopeNote}</p></#if>
<#if p.original??><p><a class="button-link original" href="${p.original}" rel="external noopener">Read the original</a></p></#if>
<@m.onPage [
  {"id": "summary-title", "label": "Summary", "show": true},
  {"id": "events-title", "label": "Events", "count": p.events?size, "show": p.events?has_content},
  {"id": "figures-title", "label": "Figures", "count": p.figures?size, "show": p.figures?has_content},
  {"id": "statements-title", "label": "Statements", "count": p.statements?size, "show": p.statements?has_content}
]/>
<section class="prose summary" aria-labelledby="summary-title">
  <h2 id="summary-title">Summary</h2>
  ${p.summary?no_esc}
</section>

<#if p.events?has_content>
<section aria-labelledby="events-title">
  <h2 id="events-title">Events drawn from this source (${p.events?size})</h2>
  <@m.events list=p.events showSources=false indexed=false/>
</section>
</#if>
<#if p.figures?has_content>
<section aria-labelledby="figures-title">
  <h2 id="figures-title">Figures drawn from this source (${p.figures?size})</h2>
  <@m.figures list=p.figures caption="Figures given by this source"/>
</section>
</#if>
<#if p.statements?has_content>
<section aria-labelledby="statements-title">
  <h2 id="statements-title">Statements quoted (${p.statements?size})</h2>
  <@m.statements list=p.statements/>
</section>
</#if>
</article>
</@layout.page>
