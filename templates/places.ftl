<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "entities.ftl" as entities>
<#import "charts.ftl" as charts>
<#import "macros.ftl" as m>
<@layout.page title="Places" section="places" description="Countries, regions, towns and bases named in the sources.">
<h1>Places</h1>
<p class="lead">Every place the sources name. A region's page also lists the events in the towns within it.</p>
<#if content.page.map??><@charts.placesMap content.page.map/></#if>
<@entities.index groups=content.page.groups/>
<#if !content.page.groups?has_content><p class="empty">${m.t("empty.places")}</p></#if>
</@layout.page>
