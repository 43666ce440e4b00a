<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#assign p = content.page>
<@layout.page title=content.title section="sources" crumbs=[{"href": "sources/index.html", "label": m.t("nav.sources")}] description=m.t("source.description", "title", content.title)>
<#assign published = p.metadata?filter(r -> r.date??)>
<article class="source" data-cite="${content.title}"<#if p.citation??> data-cite-text="${p.citation}"</#if> data-cite-date="<#if published?has_content>${published[0].date.text!""}</#if>" data-cite-iso="<#if published?has_content>${published[0].date.iso!(published[0].date.edtf!"")}</#if>">
<h1<#if p.lang??> lang="${p.lang}"</#if>>${content.title}</h1>
<dl class="metadata">
<#list p.metadata as row>
  <div><dt data-pagefind-ignore>${row.label}</dt> <dd><#if row.unknown??><span class="unknown">${m.t("source.unknown")}</span> ${row.unknown}<#elseif row.date??><@m.date row.date/><#elseif row.url??><a class="url" href="${row.url}" rel="external noopener">${row.url}</a><#else>${row.value}</#if></dd></div>
</#list>
</dl>
<#if p.provenanceNote??><p class="note callout"><strong>${m.t("source.provenance")}</strong> <#if p.provenanceLang??><span lang="${p.provenanceLang}">${p.provenanceNote}</span><#else>${p.provenanceNote}</#if></p></#if>
<#if p.scopeNote??><p class="note callout"><strong>${m.t("source.scope")}</strong> <#if p.scopeLang??><span lang="${p.scopeLang}">${p.scopeNote}</span><#else>${p.scopeNote}</#if></p></#if>
<#if p.original??><p><a class="button-link original" href="${p.original}" rel="external noopener">${m.t("source.read_original")}</a></p></#if>
<p class="cite-here" data-pagefind-ignore></p>
<@m.onPage [
  {"id": "summary-title", "label": m.t("source.section.summary"), "show": true},
  {"id": "events-title", "label": m.t("source.section.events"), "count": p.events?size, "show": p.events?has_content},
  {"id": "figures-title", "label": m.t("source.section.figures"), "count": p.figures?size, "show": p.figures?has_content},
  {"id": "statements-title", "label": m.t("source.section.statements"), "count": p.statements?size, "show": p.statements?has_content},
  {"id": "cite-title", "label": m.t("citation.title_heading"), "show": p.citation??}
]/>
<section class="prose summary" aria-labelledby="summary-title">
  <h2 id="summary-title">${m.t("source.section.summary")}</h2>
  <@m.inLanguage p.summaryIn!{}>${p.summary?no_esc}</@m.inLanguage>
</section>

<#if p.events?has_content>
<section aria-labelledby="events-title">
  <h2 id="events-title">${m.t("source.events", "count", p.events?size)}</h2>
  <@m.events list=p.events showSources=false indexed=false/>
</section>
</#if>
<#if p.figures?has_content>
<section aria-labelledby="figures-title">
  <h2 id="figures-title">${m.t("source.figures", "count", p.figures?size)}</h2>
  <@m.figures list=p.figures caption=m.t("source.figures_caption")/>
</section>
</#if>
<#if p.statements?has_content>
<section aria-labelledby="statements-title">
  <h2 id="statements-title">${m.t("source.statements", "count", p.statements?size)}</h2>
  <@m.statements list=p.statements/>
</section>
</#if>
<#if p.citation??>
<section class="citation" aria-labelledby="cite-title" data-pagefind-ignore>
  <h2 id="cite-title">${m.t("citation.title_heading")}</h2>
  <p class="citation-text">${p.citation}</p>
  <p class="meta">${m.t("citation.files")} <#list p.citationFiles as f><a href="${m.a(f.href)}" download>${f.label}</a><#sep> · </#sep></#list></p>
</section>
</#if>
</article>
</@layout.page>
