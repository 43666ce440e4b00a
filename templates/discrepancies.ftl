<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#assign p = content.page>
<@layout.page title=content.title section="discrepancies" description=m.t("discrepancies.description")>
<h1>${content.title}</h1>
<#if !p.comparisonsOnly??>
<p class="lead">${m.t("discrepancies.lead")}</p>
<#if p.pager??><@m.pagerSummary p.pager/></#if>
<#if p.discrepancies?has_content>
  <#list p.discrepancies as d><@m.discrepancy d=d level="h2"/></#list>
<#else>
  <p>${m.t("discrepancies.none")}</p>
</#if>
<#if p.comparisonsHref??><p class="more"><a href="${m.u(p.comparisonsHref)}">${m.t("discrepancies.compare")}</a></p></#if>
<#else>
<p class="lead">${m.t("discrepancies.compare_lead")}</p>
<#if p.pager??><@m.pagerSummary p.pager/></#if>
</#if>
<#if p.comparisons?has_content>
<section aria-labelledby="compare-title">
  <#if !p.comparisonsOnly??><h2 id="compare-title">${m.t("discrepancies.compare")}</h2>
  <p>${m.t("discrepancies.compare_lead")}</p><#else><h2 id="compare-title" class="visually-hidden">${m.t("discrepancies.compare")}</h2></#if>
  <#list p.comparisons as c>
    <section class="comparison" id="${c.id}" aria-labelledby="${c.id}-title">
      <h3 id="${c.id}-title"><@m.ref c.measure/>${m.colonSep}<@m.ref c.subject/></h3>
      <@m.figures list=c.figures caption=m.t("discrepancies.by_date") showMeasure=false showSubject=false/>
      <#if c.total gt c.figures?size><p class="meta">${m.t("discrepancies.compare_latest", "shown", c.figures?size, "total", c.total)} <@m.ref c.measure/></p></#if>
    </section>
  </#list>
</section>
</#if>
<#if p.pager?? && p.pager.count gt 1><@m.pager p.pager/></#if>
</@layout.page>
