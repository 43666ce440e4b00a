<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "entities.ftl" as entities>
<#import "charts.ftl" as charts>
<#import "macros.ftl" as m>
<@layout.page title="Actors" section="actors" description="People, states, UN bodies, forces and armed groups named in the sources.">
<h1>Actors</h1>
<p class="lead">Everyone the sources name in connection with the topic. Each page gathers the events they took part in, the figures about them, what they said and what the sources say of them.</p>
<#if content.page.network??><@charts.network content.page.network/></#if>
<@entities.index groups=content.page.groups/>
<#if !content.page.groups?has_content><p class="empty">${m.t("empty.actors")}</p></#if>
</@layout.page>
