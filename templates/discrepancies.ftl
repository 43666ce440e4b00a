<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#assign p = content.page>
<@layout.page title=content.title section="discrepancies" description="Where the sources give different figures or dates.">
<h1>${content.title}</h1>
<p class="lead">Where two sources give different values for the same measure, subject and month, or different dates for the same event, each version is shown side by side. Nothing is corrected: the reader sees what each source says. Dates at different precision that contain one another (a year and a day within it) are not counted as disagreements.</p>
<#if p.discrepancies?has_content>
  <#list p.discrepancies as d><@m.discrepancy d=d level="h2"/></#list>
<#else>
  <p>The sources do not contradict one another on any figure given for the same month, nor on the date of any event they share.</p>
</#if>
<#if p.comparisons?has_content>
<section aria-labelledby="compare-title">
  <h2 id="compare-title">Figures to compare across sources</h2>
  <p>Several sources give these numbers for the same subject at different dates. They do not contradict one another by the rule above, but a reader should set them side by side: a count that stays the same over years may be stale, a force that shrinks may reflect a drawdown or a different way of counting.</p>
  <#list p.comparisons as c>
    <section class="comparison" id="${c.id}" aria-labelledby="${c.id}-title">
      <h3 id="${c.id}-title"><@m.ref c.measure/>: <@m.ref c.subject/></h3>
      <@m.figures list=c.figures caption="Values by date" showMeasure=false showSubject=false/>
    </section>
  </#list>
</section>
</#if>
</@layout.page>
