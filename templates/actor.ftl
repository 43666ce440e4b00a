<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#import "entities.ftl" as entities>
<#assign p = content.page>
<@layout.page title=content.title section="actors" crumbs=[{"href": "actors/index.html", "label": m.t("nav.actors")}] description=p.entity.description>
<article class="entity">
<header class="entity-head">
<h1>${content.title}</h1>
<p class="kind">${p.kindLabel}<#if p.country??> · <@m.ref p.country/></#if></p>
<p class="lead"><@m.inLanguage p.descriptionIn!{} "span">${p.entity.description}</@m.inLanguage></p>
<@entities.aliases p.aliases![]/>
<#if p.companions?has_content>
<p class="companions" data-pagefind-ignore><span class="label">${m.t("actor.companions")}</span> <#list p.companions as c><@m.ref c/> (${m.n(c.count)})<#sep>${m.listSep}</#sep></#list></p>
</#if>
</header>
<@m.onPage [
  {"id": "figures-title", "label": m.t("actor.section.figures"), "count": entities.total(p, "figures"), "show": p.figures?has_content},
  {"id": "said-title", "label": m.t("actor.section.said"), "count": entities.total(p, "statementsBy"), "show": p.statementsBy?has_content}
] + entities.sections(p)/>
<#if p.figures?has_content>
<section aria-labelledby="figures-title">
  <h2 id="figures-title">${m.t("actor.figures")}</h2>
  <@m.figures list=p.figures caption=m.t("actor.figures_caption", "name", content.title) showSubject=false/>
  <@entities.more p.figuresMore!/>
</section>
</#if>
<#if p.statementsBy?has_content>
<section aria-labelledby="said-title">
  <h2 id="said-title">${m.t("actor.statements_by", "name", content.title)}</h2>
  <@m.statements list=p.statementsBy showActor=false/>
  <@entities.more p.statementsByMore!/>
</section>
</#if>
<@entities.backlinks p content.title/>
</article>
</@layout.page>
