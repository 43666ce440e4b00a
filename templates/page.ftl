<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.page title=content.title>
<article class="prose">
<h1>${content.title}</h1>
${content.page.html?no_esc}
</article>
</@layout.page>
