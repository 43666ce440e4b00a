<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#import "entities.ftl" as entities>
<#-- A page of a long index of actors or places: one kind's entities by name. -->
<#assign p = content.page>
<@layout.page title=content.title section=p.section crumbs=[{"href": p.index.href, "label": p.index.label}] description=p.heading>
<h1>${p.heading}</h1>
<@m.pagerSummary p.pager/>
<@entities.entries p.items/>
<#if p.pager.count gt 1><@m.pager p.pager/></#if>
</@layout.page>
