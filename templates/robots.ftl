<#ftl output_format="plainText" strip_whitespace=true>
User-agent: *
Allow: /
Sitemap: ${content.page.address}sitemap.xml
