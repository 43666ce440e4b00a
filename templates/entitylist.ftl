<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#-- A page of one of an actor's or place's long lists (events, mentions, figures, statements, disagreements, places within), or a document's. -->
<#assign p = content.page>
<#assign crumbs = [{"href": p.section + "/index.html", "label": m.t("nav." + p.section)}, {"href": p.owner.href, "label": p.owner.name}]>
<@layout.page title=content.title section=p.section crumbs=crumbs description=p.heading>
<h1>${p.heading}</h1>
<@m.pagerSummary p.pager/>
<#if p.list == "events"><@m.events list=p.items level="h2" indexed=false/>
<#elseif p.list == "mentions"><@m.mentions list=p.items level="h2"/>
<#elseif p.list == "figures"><@m.figures list=p.items caption=p.heading showSubject=false/>
<#elseif p.list == "values"><@m.figures list=p.items caption=p.heading showMeasure=false/>
<#elseif p.list == "statementsBy"><@m.statements list=p.items showActor=false/>
<#elseif p.list == "statementsAbout"><@m.statements list=p.items/>
<#elseif p.list == "discrepancies"><#list p.items as d><@m.discrepancy d=d level="h2"/></#list>
<#elseif p.list == "sources"><@m.citedBy p.items/>
<#elseif p.list == "contains"><ul class="entity-list"><#list p.items as e><li><@m.ref e/></li></#list></ul>
</#if>
<#if p.pager.count gt 1><@m.pager p.pager/></#if>
<p class="more"><a href="${m.u(p.owner.href)}">${m.t("entity.list.back", "name", p.owner.name)}</a></p>
</@layout.page>
