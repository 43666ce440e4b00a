<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<@layout.page title=content.title>
<article class="prose">
<h1>${content.title}</h1>
<@m.inLanguage content.page.bodyIn!{}>${content.page.html?no_esc}</@m.inLanguage>
</article>
</@layout.page>
