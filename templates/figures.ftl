<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#assign p = content.page>
<@layout.page title="Figures" section="figures" description="Every number the sources give, by what it measures.">
<h1>Figures</h1>
<p class="lead">Each measure has a page with every value the sources give for it, in time order, with its qualifier, its as-of date and its source.</p>
<ul class="entity-list">
<#list p.measures as x>
  <li><a href="${m.u(x.href)}">${x.name}</a><span class="visually-hidden"> — </span> <span class="meta">${x.count} value<#if x.count != 1>s</#if><#if x.disputed gt 0>, <span class="badge">${x.disputed} disputed</span></#if><#if x.description??> · ${x.description}</#if></span></li>
</#list>
</ul>
<#if !p.measures?has_content><p class="empty">${m.t("empty.figures")}</p></#if>
</@layout.page>
