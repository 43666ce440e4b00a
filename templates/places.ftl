<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "entities.ftl" as entities>
<@layout.page title="Places" section="places" description="Countries, regions, towns and bases named in the sources.">
<h1>Places</h1>
<p class="lead">Every place the sources name. A region's page also lists the events in the towns within it.</p>
<@entities.index groups=content.page.groups/>
</@layout.page>
