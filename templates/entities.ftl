<#ftl output_format="HTML" strip_whitespace=true>
<#import "macros.ftl" as m>
<#-- The index of actors or places: grouped by kind, each with its one line and event count. -->
<#macro index groups>
<nav class="toc" aria-label="${m.t("entity.kinds")}">
  <ul><#list groups as g><li><a href="#${g.id}">${g.label} <span class="count">${m.n(g.items?size)}</span></a></li></#list></ul>
</nav>
<#list groups as g>
<section aria-labelledby="${g.id}">
  <h2 id="${g.id}">${g.label}</h2>
  <ul class="entity-list">
  <#list g.items as e>
    <li><a href="${m.u(e.href)}" class="xref xref-${e.kind}">${e.name}</a><span class="visually-hidden"> — </span> <span class="meta">${e.description}<#if e.events gt 0> · ${m.t("count.events", "count", e.events)}</#if></span></li>
  </#list>
  </ul>
</section>
</#list>
</#macro>

<#-- Other names; a long list (spellings kept for search) folds away. -->
<#macro aliases list>
<#if list?size gt 4>
<div class="aliases"><details><summary><span class="label">${m.t("entity.also_called")}</span> ${m.t("entity.also_called_more", "first", list[0], "second", list[1], "count", list?size - 2)}</summary><p data-pagefind-weight="8"><span class="label print-inline">${m.t("entity.also_called")}</span> <#list list as a>${a}<#sep>, </#sep></#list></p></details></div>
<#elseif list?has_content>
<p class="aliases" data-pagefind-weight="8"><span class="label">${m.t("entity.also_called")}</span> <#list list as a>${a}<#sep>, </#sep></#list></p>
</#if>
</#macro>

<#-- The backlink sections a page has, for its "On this page" list. -->
<#function sections p>
  <#return [
    {"id": "events-title", "label": m.t("entity.section.events"), "count": (p.events![])?size, "show": (p.events![])?has_content},
    {"id": "mentions-title", "label": m.t("entity.section.mentions"), "count": (p.mentions![])?size, "show": (p.mentions![])?has_content},
    {"id": "about-title", "label": m.t("entity.section.about"), "count": (p.statementsAbout![])?size, "show": (p.statementsAbout![])?has_content},
    {"id": "disc-title", "label": m.t("entity.section.discrepancies"), "count": (p.discrepancies![])?size, "show": (p.discrepancies![])?has_content}
  ]>
</#function>

<#-- What actor and place pages share: mentions in the summaries, events, statements about, discrepancies. -->
<#macro backlinks p name>
<#if p.events?has_content>
<section aria-labelledby="events-title">
  <h2 id="events-title">${m.t("entity.events", "count", p.events?size)}</h2>
  <@m.events list=p.events indexed=false/>
</section>
</#if>
<#if p.mentions?has_content>
<#-- kept out of the search index: these sentences are the summaries', found on their source pages -->
<section aria-labelledby="mentions-title" data-pagefind-ignore>
  <h2 id="mentions-title">${m.t("entity.mentions")}</h2>
  <@m.mentions list=p.mentions/>
</section>
</#if>
<#if p.statementsAbout?has_content>
<section aria-labelledby="about-title">
  <h2 id="about-title">${m.t("entity.statements_about", "name", name)}</h2>
  <@m.statements list=p.statementsAbout/>
</section>
</#if>
<#if p.discrepancies?has_content>
<section aria-labelledby="disc-title">
  <h2 id="disc-title">${m.t("discrepancies.title")}</h2>
  <#list p.discrepancies as d><@m.discrepancy d/></#list>
</section>
</#if>
</#macro>
