<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#-- A page of a large year's month (or of its events known only to the year): its events, and pages when there are many. -->
<#assign p = content.page>
<@layout.page title=content.title section="timeline" crumbs=[{"href": "timeline/index.html", "label": m.t("nav.timeline")}, {"href": p.yearHref, "label": p.year?c}] description=m.t("month.description", "month", p.head.label)>
<h1 id="${p.head.anchor}"><#if p.head.iso?length == 7><time datetime="${p.head.iso}">${p.head.label}</time><#else>${p.head.label}</#if></h1>
<p class="lead">${m.t("month.lead", "count", p.count, "month", p.head.label)}</p>
<#if p.pager??><@m.pagerSummary p.pager/></#if>
<@m.events list=p.events level="h2"/>
<#if p.pager??><@m.pager p.pager/></#if>
<nav class="pager" aria-label="${m.t("month.pager")}">
  <#if p.previous??><a rel="prev" href="${m.u(p.previous.href)}">← ${p.previous.label}</a></#if>
  <a href="${m.u(p.yearHref)}">${p.year?c}</a>
  <#if p.next??><a rel="next" href="${m.u(p.next.href)}">${p.next.label} →</a></#if>
</nav>
</@layout.page>
