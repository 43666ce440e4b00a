<#ftl output_format="XML" strip_whitespace=true>
<#assign p = content.page>
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list p.urls as u>
  <url><loc>${p.address}<#if u != "index.html">${u}</#if></loc></url>
</#list>
</urlset>
