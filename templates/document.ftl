<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#import "entities.ftl" as entities>
<#assign p = content.page>
<@layout.page title=content.title section="documents" crumbs=[{"href": "documents/index.html", "label": m.t("nav.documents")}] description=p.description!p.entity.description>
<article class="entity document" data-cite="${content.title}<#if p.symbol??> (${p.symbol})</#if>" data-cite-date="<#if p.date??>${p.date.text!""}</#if>" data-cite-iso="<#if p.date??>${p.date.iso!(p.date.edtf!"")}</#if>">
<header class="entity-head">
<h1>${content.title}</h1>
<p class="kind">${p.kindLabel}<#if p.symbol??> · <span class="symbol" data-pagefind-weight="10">${p.symbol}</span></#if></p>
<#if p.description??><p class="lead"><@m.inLanguage p.descriptionIn!{} "span">${p.description}</@m.inLanguage></p></#if>
<dl class="metadata">
  <#if p.symbol??><div><dt data-pagefind-ignore>${m.t("document.meta.symbol")}</dt> <dd data-pagefind-weight="10">${p.symbol}<#if p.number??> <span class="visually-hidden">${p.number}</span></#if></dd></div></#if>
  <#if p.date??><div><dt data-pagefind-ignore>${m.t("document.meta.date")}</dt> <dd><@m.date p.date/></dd></div></#if>
  <#if p.issuer??><div><dt data-pagefind-ignore>${m.t("document.meta.issuer")}</dt> <dd><@m.ref p.issuer/></dd></div></#if>
  <#if p.address??><div><dt data-pagefind-ignore>${m.t("document.meta.address")}</dt> <dd><a class="url" href="${p.address}" rel="external noopener">${p.address}</a></dd></div></#if>
</dl>
<@entities.aliases p.aliases![]/>
<#if p.address??><p><a class="button-link original" href="${p.address}" rel="external noopener">${m.t("document.official_record")}</a></p></#if>
<p class="cite-here" data-pagefind-ignore></p>
</header>
<@m.onPage [
  {"id": "events-title", "label": m.t("entity.section.events"), "count": entities.total(p, "events"), "show": p.events?has_content},
  {"id": "mentions-title", "label": m.t("entity.section.mentions"), "count": entities.total(p, "mentions"), "show": p.mentions?has_content},
  {"id": "sources-title", "label": m.t("document.section.sources"), "count": entities.total(p, "sources"), "show": p.sources?has_content}
]/>
<#if p.events?has_content>
<section aria-labelledby="events-title">
  <h2 id="events-title">${m.t("document.events", "count", entities.total(p, "events"))}</h2>
  <#if p.eventsMore??><@entities.more p.eventsMore/></#if>
  <@m.events list=p.events indexed=false/>
</section>
</#if>
<#if p.mentions?has_content>
<section aria-labelledby="mentions-title" data-pagefind-ignore>
  <h2 id="mentions-title">${m.t("entity.mentions")}</h2>
  <@m.mentions list=p.mentions/>
  <#if p.mentionsMore??><@entities.more p.mentionsMore/></#if>
</section>
</#if>
<#if p.sources?has_content>
<section aria-labelledby="sources-title">
  <h2 id="sources-title">${m.t("document.sources", "count", entities.total(p, "sources"))}</h2>
  <@m.citedBy p.sources/>
  <#if p.sourcesMore??><@entities.more p.sourcesMore/></#if>
</section>
</#if>
<#if !p.events?has_content && !p.mentions?has_content && !p.sources?has_content><p class="empty">${m.t("document.none")}</p></#if>
</article>
</@layout.page>
