<#ftl output_format="plainText" strip_whitespace=true>
User-agent: *
Allow: /
<#if content.page.address?starts_with("http")>Sitemap: ${content.page.address}sitemap.xml</#if>
