<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#assign p = content.page>
<@layout.page title=content.title section="timeline" crumbs=[{"href": "timeline/index.html", "label": "Timeline"}] description="Events of " + content.title>
<h1>${content.title}</h1>
<p class="lead">${p.count} event<#if p.count != 1>s</#if> in ${content.title}.</p>
<nav class="toc years" aria-label="Years">
  <ul><#list p.years as y><li><#if y.current><span aria-current="page">${y.year}</span><#else><a href="${m.u(y.href)}">${y.year}</a></#if></li></#list></ul>
</nav>
<#list p.months as mo>
<section aria-labelledby="${mo.anchor}">
  <h2 class="month" id="${mo.anchor}"><#if mo.iso?length == 7><time datetime="${mo.iso}">${mo.label}</time><#else>${mo.label}</#if></h2>
  <@m.events list=mo.events level="h3"/>
</section>
</#list>
<nav class="pager" aria-label="Previous and next year">
  <#if p.previous??><a rel="prev" href="${m.u(p.previous.href)}">← ${p.previous.year}</a></#if>
  <#if p.next??><a rel="next" href="${m.u(p.next.href)}">${p.next.year} →</a></#if>
</nav>
</@layout.page>
