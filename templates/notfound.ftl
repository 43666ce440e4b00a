<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<@layout.page title=content.title description=m.t("notfound.description")>
<h1>${content.title}</h1>
<p class="lead">${m.t("notfound.lead")}</p>
<#assign searchLink><a href="${m.u('search/index.html')}">${m.t("link.search")}</a></#assign>
<#assign timelineLink><a href="${m.u('timeline/index.html')}">${m.t("link.timeline")}</a></#assign>
<#assign actorsLink><a href="${m.u('actors/index.html')}">${m.t("link.actors")}</a></#assign>
<#assign placesLink><a href="${m.u('places/index.html')}">${m.t("link.places")}</a></#assign>
<#assign sourcesLink><a href="${m.u('sources/index.html')}">${m.t("link.sources")}</a></#assign>
<p>${m.t("notfound.try", "search", searchLink, "timeline", timelineLink, "actors", actorsLink, "places", placesLink, "sources", sourcesLink)}</p>
</@layout.page>
