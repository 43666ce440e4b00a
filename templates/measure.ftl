<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#import "charts.ftl" as charts>
<#import "entities.ftl" as entities>
<#assign p = content.page>
<@layout.page title=content.title section="figures" crumbs=[{"href": "figures/index.html", "label": m.t("nav.figures")}] description=m.t("measure.description", "measure", content.title)>
<h1>${content.title}</h1>
<p class="lead"><#if p.measure.description??>${p.measure.description}. </#if>${m.t("measure.lead", "unit", p.measure.unit)}</p>
<#if p.chart??><@charts.measure p.chart/><#if p.chart.total gt p.chart.points><p class="meta">${m.t("measure.chart_latest", "shown", p.chart.points, "total", p.chart.total)}</p></#if></#if>
<@entities.more p.figuresMore!/>
<@m.figures list=p.figures caption=m.t("measure.caption", "measure", content.title) showMeasure=false/>
<#if p.discrepancies?has_content>
<section aria-labelledby="disc-title">
  <h2 id="disc-title">${m.t("measure.disagree")}</h2>
  <#list p.discrepancies as d><@m.discrepancy d/></#list>
</section>
</#if>
</@layout.page>
