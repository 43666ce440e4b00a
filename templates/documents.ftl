<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#import "entities.ftl" as entities>
<@layout.page title=content.title section="documents" description=m.t("documents.description")>
<h1>${content.title}</h1>
<p class="lead">${m.t("documents.lead")}</p>
<@entities.index groups=content.page.groups/>
</@layout.page>
