<#ftl output_format="XML" strip_whitespace=true>
<#assign p = content.page>
<?xml version="1.0" encoding="UTF-8"?>
<#if p.entries??>
<#-- a portal in several languages: every page of every language, each with its alternates in the others -->
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
<#list p.entries as e>
  <url><loc>${p.address}${e.loc}</loc><#list e.alternates as a><xhtml:link rel="alternate" hreflang="${a.lang}" href="${p.address}${a.href}"/></#list></url>
</#list>
</urlset>
<#else>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list p.urls as u>
  <url><loc>${p.address}<#if u != "index.html">${u}</#if></loc></url>
</#list>
</urlset>
</#if>