<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<@layout.page title="Search" section="search" description="Search every page of the portal.">
<h1>Search</h1>
<div id="search" class="search">
  <noscript>
    <p class="note">Search runs in your browser and needs JavaScript, which is turned off. Everything can still be reached from the indexes:
      <a href="${m.u('actors/index.html')}">actors</a>, <a href="${m.u('places/index.html')}">places</a>,
      <a href="${m.u('timeline/index.html')}">the timeline</a>, <a href="${m.u('figures/index.html')}">figures</a> and
      <a href="${m.u('sources/index.html')}">sources</a>.</p>
  </noscript>
</div>
<script type="module" src="${m.u('js/search.js')}"></script>
</@layout.page>
