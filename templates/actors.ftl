<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#import "entities.ftl" as entities>
<#import "charts.ftl" as charts>
<@layout.page title=content.title section="actors" description=m.t("actors.description")>
<h1>${content.title}</h1>
<p class="lead">${m.t("actors.lead")}</p>
<#if content.page.network??><@charts.network content.page.network/></#if>
<@entities.index groups=content.page.groups top=content.page.top![]/>
<#if !content.page.groups?has_content><p class="empty">${m.t("empty.actors")}</p></#if>
</@layout.page>
