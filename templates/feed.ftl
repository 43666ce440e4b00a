<#ftl output_format="XML" strip_whitespace=true>
<#setting number_format="computer">
<#import "macros.ftl" as m>
<#assign p = content.page>
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${content.site.language}" xml:base="${p.address}">
  <title>${content.site.title}</title>
  <subtitle>${p.subtitle}</subtitle>
  <id>${p.tag}feed</id>
  <link rel="self" href="feed.xml"/>
  <link rel="alternate" type="text/html" href="index.html"/>
  <updated>${p.updated}</updated>
  <author><name>${m.t("feed.author", "site", content.site.title)}</name></author>
<#list p.entries as e>
  <entry>
    <title>${m.t("feed.entry_title", "kind", e.kind, "title", e.title)}</title>
    <id>${p.tag}${e.id}</id>
    <link rel="alternate" type="text/html" href="${e.href}"/>
    <updated>${e.updated}</updated>
    <summary>${e.summary}</summary>
  </entry>
</#list>
</feed>
