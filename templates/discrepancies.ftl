<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#assign p = content.page>
<@layout.page title=content.title section="discrepancies" description="Where the sources give different figures or dates.">
<h1>${content.title}</h1>
<p class="lead">Where two sources give different values for the same measure, subject and month, or different dates for the same event, each version is shown side by side. Nothing is corrected: the reader sees what each source says. Dates at different precision that contain one another (a year and a day within it) are not counted as disagreements.</p>
<#if p.discrepancies?has_content>
  <#list p.discrepancies as d><@m.discrepancy d level="h2"/></#list>
<#else>
  <p>The sources do not contradict one another on any figure or date recorded here.</p>
</#if>
</@layout.page>
