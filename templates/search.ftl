<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<@layout.page title=content.title section="search" description=m.t("search.description")>
<h1>${content.title}</h1>
<#-- the script's texts, in the portal's language, as JSON (escaped here like any attribute) -->
<div id="search" class="search" data-text="${content.page.text}">
  <noscript>
    <#assign actorsLink><a href="${m.u('actors/index.html')}">${m.t("link.actors")}</a></#assign>
    <#assign placesLink><a href="${m.u('places/index.html')}">${m.t("link.places")}</a></#assign>
    <#assign timelineLink><a href="${m.u('timeline/index.html')}">${m.t("link.timeline")}</a></#assign>
    <#assign figuresLink><a href="${m.u('figures/index.html')}">${m.t("link.figures")}</a></#assign>
    <#assign sourcesLink><a href="${m.u('sources/index.html')}">${m.t("link.sources")}</a></#assign>
    <p class="note">${m.t("search.noscript", "actors", actorsLink, "places", placesLink, "timeline", timelineLink, "figures", figuresLink, "sources", sourcesLink)}</p>
  </noscript>
</div>
<script type="module" src="${m.a('js/search.js')}"></script>
</@layout.page>
