<#ftl output_format="HTML" strip_whitespace=true>
<#import "macros.ftl" as m>
<#-- The index of actors or places: grouped by kind, each with its one line and event count. A long index is a hub:
     the most cited, then each kind with its numbered pages (named by their first and last entries). -->
<#macro index groups top=[]>
<nav class="toc" aria-label="${m.t("entity.kinds")}">
  <ul><#list groups as g><li><a href="#${g.id}">${g.label} <span class="count">${m.n(g.count)}</span></a></li></#list></ul>
</nav>
<#if top?has_content>
<section aria-labelledby="top-title">
  <h2 id="top-title">${m.t("index.top")}</h2>
  <@entries top/>
</section>
</#if>
<#list groups as g>
<section aria-labelledby="${g.id}">
  <h2 id="${g.id}">${g.label}<#if g.pages??> <span class="count">${m.n(g.count)}</span></#if></h2>
  <#if g.items??><@entries g.items/><#else>
  <ul class="index-pages"><#list g.pages as x><li><a href="${m.u(x.href)}">${m.t("index.range", "first", x.first, "last", x.last)}</a></li></#list></ul>
  </#if>
</section>
</#list>
</#macro>

<#-- Entities as a list, each with its one line and event count. -->
<#macro entries list>
  <ul class="entity-list">
  <#list list as e>
    <li><a href="${m.u(e.href)}" class="xref xref-${e.kind}">${e.name}</a><span class="visually-hidden"> — </span> <span class="meta">${e.description}<#if e.events gt 0> · ${m.t("count.events", "count", e.events)}</#if></span></li>
  </#list>
  </ul>
</#macro>

<#-- Under a list cut short on an entity's page: how many it shows of how many, and the pages that hold them all. -->
<#macro more x>
  <#if x.name??><p class="more">${m.t("entity.more." + x.name, "shown", x.shown, "total", x.total)} <a href="${m.u(x.href)}">${m.t("entity.all")}</a><#if x.pages?size gt 1> · <span class="page-links"><#list x.pages as g><a href="${m.u(g.href)}" aria-label="${m.t("pager.page", "number", g.number)}">${m.n(g.number)}</a><#sep> · </#sep></#list></span></#if></p></#if>
</#macro>

<#-- Other names; a long list (spellings kept for search) folds away. -->
<#macro aliases list>
<#if list?size gt 4>
<div class="aliases"><details><summary data-pagefind-ignore><span class="label">${m.t("entity.also_called")}</span> ${m.t("entity.also_called_more", "first", list[0], "second", list[1], "count", list?size - 2)}</summary><p data-pagefind-weight="8"><span class="label print-inline" data-pagefind-ignore>${m.t("entity.also_called")}</span> <#list list as a>${a}<#sep>${m.listSep}</#sep></#list></p></details></div>
<#elseif list?has_content>
<p class="aliases" data-pagefind-weight="8"><span class="label" data-pagefind-ignore>${m.t("entity.also_called")}</span> <#list list as a>${a}<#sep>${m.listSep}</#sep></#list></p>
</#if>
</#macro>

<#-- The backlink sections a page has, for its "On this page" list (counts: the whole lists, also those cut short). -->
<#function total p key>
  <#if p[key + "More"]??><#return p[key + "More"].total></#if>
  <#return (p[key]![])?size>
</#function>

<#function sections p>
  <#return [
    {"id": "events-title", "label": m.t("entity.section.events"), "count": total(p, "events"), "show": (p.events![])?has_content},
    {"id": "mentions-title", "label": m.t("entity.section.mentions"), "count": total(p, "mentions"), "show": (p.mentions![])?has_content},
    {"id": "about-title", "label": m.t("entity.section.about"), "count": total(p, "statementsAbout"), "show": (p.statementsAbout![])?has_content},
    {"id": "disc-title", "label": m.t("entity.section.discrepancies"), "count": total(p, "discrepancies"), "show": (p.discrepancies![])?has_content}
  ]>
</#function>

<#-- What actor and place pages share: mentions in the summaries, events, statements about, discrepancies. -->
<#macro backlinks p name>
<#if p.events?has_content>
<section aria-labelledby="events-title">
  <h2 id="events-title">${m.t("entity.events", "count", total(p, "events"))}</h2>
  <@more p.eventsMore!/>
  <@m.events list=p.events indexed=false/>
</section>
</#if>
<#if p.mentions?has_content>
<#-- kept out of the search index: these sentences are the summaries', found on their source pages -->
<section aria-labelledby="mentions-title" data-pagefind-ignore>
  <h2 id="mentions-title">${m.t("entity.mentions")}</h2>
  <@m.mentions list=p.mentions/>
  <@more p.mentionsMore!/>
</section>
</#if>
<#if p.statementsAbout?has_content>
<section aria-labelledby="about-title">
  <h2 id="about-title">${m.t("entity.statements_about", "name", name)}</h2>
  <@m.statements list=p.statementsAbout/>
  <@more p.statementsAboutMore!/>
</section>
</#if>
<#if p.discrepancies?has_content>
<section aria-labelledby="disc-title">
  <h2 id="disc-title">${m.t("discrepancies.title")}</h2>
  <#list p.discrepancies as d><@m.discrepancy d/></#list>
  <@more p.discrepanciesMore!/>
</section>
</#if>
</#macro>
