<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#import "entities.ftl" as entities>
<#import "charts.ftl" as charts>
<@layout.page title=content.title section="places" description=m.t("places.description")>
<h1>${content.title}</h1>
<p class="lead">${m.t("places.lead")}</p>
<#if content.page.map??><@charts.placesMap content.page.map/></#if>
<@entities.index groups=content.page.groups top=content.page.top![]/>
<#if !content.page.groups?has_content><p class="empty">${m.t("empty.places")}</p></#if>
</@layout.page>
