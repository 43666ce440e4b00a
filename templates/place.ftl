<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#import "entities.ftl" as entities>
<#assign p = content.page>
<#assign crumbs = [{"href": "places/index.html", "label": "Places"}]>
<#list p.within as w><#assign crumbs = crumbs + [{"href": w.href, "label": w.name}]></#list>
<@layout.page title=content.title section="places" crumbs=crumbs description=p.entity.description>
<article class="entity">
<h1>${content.title}</h1>
<p class="kind">${p.entity.description} · <span class="coords">${p.lat?string("0.00")}°, ${p.lon?string("0.00")}°</span></p>
<#if p.aliases?has_content><p class="aliases"><span class="label">Also called</span> <#list p.aliases as a>${a}<#sep>, </#sep></#list></p></#if>
<#if p.contains?has_content><p class="contains"><span class="label">Places within</span> <@m.refs p.contains/></p></#if>
<@entities.backlinks p content.title/>
</article>
</@layout.page>
