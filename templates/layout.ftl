<#ftl output_format="HTML" strip_whitespace=true>
<#import "macros.ftl" as m>
<#-- The one base layout: head, header with sections and search, breadcrumbs, main, footer.
     scripts/styles: extra files (relative to the site root) a page type needs, e.g. the search page's. -->
<#macro page title section="" description="" crumbs=[] wide=false scripts=[] styles=[]>
<#setting number_format="computer">
<#assign site = content.site>
<#assign search = content.page.search!{}>
<#-- pageUrl: the page's path within its language's folder (the same in every language); content.page.url its place in the site -->
<#local pageUrl = content.page.path!content.page.url>
<!DOCTYPE html>
<html lang="${site.language}" dir="${site.direction}">
<head>
<meta charset="utf-8">
<#-- What a page may load and run: this site's own files only (Pagefind's WebAssembly needs 'wasm-unsafe-eval'), no
     inline script or style, no plugins; frame-ancestors is not read from a meta tag. -->
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'">
<meta name="referrer" content="strict-origin-when-cross-origin">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if pageUrl == "index.html">${site.title}<#else>${title} · ${site.title}</#if></title>
<meta name="description" content="<#if description?has_content>${description}<#else>${site.tagline}</#if>">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="data:,">
<#assign pageTitle><#if pageUrl == "index.html">${site.title}<#else>${title}</#if></#assign>
<meta property="og:type" content="website">
<meta property="og:site_name" content="${site.title}">
<meta property="og:title" content="${pageTitle}">
<meta property="og:description" content="<#if description?has_content>${description}<#else>${site.tagline}</#if>">
<meta name="twitter:card" content="summary">
<#if site.address?? && pageUrl != "404.html"><#assign canonical = site.address + (pageUrl == "index.html")?then(content.page.url?remove_ending("index.html"), content.page.url)>
<link rel="canonical" href="${canonical}">
<meta property="og:url" content="${canonical}">
</#if>
<#if site.languages?? && pageUrl != "404.html"><#list site.languages as l><link rel="alternate" hreflang="${l.code}" href="<@there l.prefix pageUrl/>">
</#list><link rel="alternate" hreflang="x-default" href="<@there "" pageUrl/>">
</#if>
<link rel="alternate" type="application/atom+xml" title="${m.t("layout.feed", "site", site.title)}" href="${m.u('feed.xml')}">
<#list search.filters![] as f><meta name="pagefind-filter-${f.key}" data-pagefind-filter="${f.key}[content]" content="${f.value}">
</#list>
<#if search.date??><meta name="pagefind-meta-date" data-pagefind-meta="date[content]" content="${search.date}">
</#if>
<#if content.page.jsonLd??><script type="application/ld+json">${content.page.jsonLd?no_esc}</script>
</#if>
<link rel="stylesheet" href="${m.a('css/site.css')}">
<#list styles as s><link rel="stylesheet" href="${m.a(s)}">
</#list>
<script src="${m.a('js/site.js')}" defer></script>
<script src="${m.a('js/cite.js')}" defer></script>
<#list scripts as s><script src="${m.a(s)}" defer></script>
</#list>
</head>
<body class="page-${content.type}" data-text="${site.text}">
<a class="skip-link" href="#main">${m.t("layout.skip")}</a>
<header class="site-header">
  <div class="site-header-inner">
    <a class="site-title" href="${m.u('index.html')}"<#if pageUrl == "index.html"> aria-current="page"</#if>>${site.title}</a>
    <nav class="site-nav" aria-label="${m.t("layout.sections")}">
      <ul>
      <#list site.nav as n><li><a href="${m.u(n.href)}"<#if n.section == section> aria-current="<#if pageUrl == n.href>page<#else>true</#if>"</#if>>${n.label}</a></li></#list>
      </ul>
    </nav>
    <form class="site-search" role="search" action="${m.u('search/index.html')}" method="get">
      <label for="site-search-q" class="visually-hidden">${m.t("layout.search.label")}</label>
      <input id="site-search-q" name="q" type="search" placeholder="${m.t("layout.search.placeholder")}" autocomplete="off" aria-keyshortcuts="/">
      <button type="submit">${m.t("layout.search.button")}</button>
    </form>
    <@m.languages site pageUrl/>
  </div>
</header>
<#if crumbs?has_content>
<nav class="breadcrumbs" aria-label="${m.t("layout.breadcrumb")}">
  <ol>
    <li><a href="${m.u('index.html')}">${m.t("layout.home")}</a></li>
    <#list crumbs as c><li><a href="${m.u(c.href)}">${c.label}</a></li></#list>
    <li><span aria-current="page">${title}</span></li>
  </ol>
</nav>
</#if>
<main id="main"<#if wide> class="wide"</#if> tabindex="-1"<#if search.index!false> data-pagefind-body</#if>>
<p class="print-only" data-pagefind-ignore>${site.title}<#if title != site.title> · ${title}</#if></p>
<#nested>
</main>
<footer class="site-footer">
  <div>
    <p class="footer-title">${site.title}</p>
    <p>${site.tagline}.</p>
    <p>${m.t("layout.footer.cites")} <#list site.footer as f><a href="${m.u(f.href)}"<#if pageUrl == f.href> aria-current="page"</#if>>${f.label}</a><#sep> · </#sep></#list></p>
  </div>
</footer>
</body>
</html>
</#macro>

<#-- This page in the language whose folder is prefix: its full address when the site's is known, else a relative link. -->
<#macro there prefix path><#if site.address??>${site.address}${prefix}${(path == "index.html")?then("", path)}<#else>${m.a(prefix + path)}</#if></#macro>
