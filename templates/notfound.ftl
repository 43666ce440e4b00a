<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<@layout.page title="Page not found" description="This page does not exist.">
<h1>Page not found</h1>
<p class="lead">There is no page at this address. It may have been renamed when the content changed.</p>
<p>Try the <a href="${m.u('search/index.html')}">search</a>, or browse
  <a href="${m.u('timeline/index.html')}">the timeline</a>, <a href="${m.u('actors/index.html')}">actors</a>,
  <a href="${m.u('places/index.html')}">places</a> and <a href="${m.u('sources/index.html')}">sources</a>.</p>
</@layout.page>
