<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#import "entities.ftl" as entities>
<#import "charts.ftl" as charts>
<#assign p = content.page>
<#assign crumbs = [{"href": "places/index.html", "label": m.t("nav.places")}]>
<#list p.within as w><#assign crumbs = crumbs + [{"href": w.href, "label": w.name}]></#list>
<@layout.page title=content.title section="places" crumbs=crumbs description=p.entity.description>
<article class="entity">
<header class="entity-head">
<#if p.map??><@charts.locator p.map/></#if>
<h1>${content.title}</h1>
<p class="kind">${p.entity.description}<#if p.coords??> · <span class="coords" data-pagefind-ignore><span class="visually-hidden">${m.t("place.coordinates")} </span>${p.coords}</span></#if></p>
<@entities.aliases p.aliases![]/>
<#if p.contains?has_content><p class="contains"><span class="label" data-pagefind-ignore>${m.t("place.within")}</span> <@m.refs p.contains/></p><@entities.more p.containsMore!/></#if>
</header>
<@m.onPage entities.sections(p)/>
<@entities.backlinks p content.title/>
</article>
</@layout.page>
