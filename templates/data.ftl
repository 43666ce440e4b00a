<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#assign p = content.page>
<@layout.page title="Data downloads" description="The whole linked corpus as JSON and CSV, for analysts.">
<h1>Data downloads</h1>
<p class="lead">Everything on this site, as data: the linked corpus as one JSON file, and a CSV file per kind for spreadsheets. Every row names the source ids it comes from; dates are in EDTF (2013, 2013-04, 2013-04-25, intervals with a slash).</p>
<ul class="entity-list">
<#list p.files as f>
  <li><a href="${m.u(f.href)}" download>${f.name}</a> <span class="meta">— ${f.description}</span></li>
</#list>
</ul>
<p>The CSV files are UTF-8 with a byte-order mark, comma-separated, one header row; lists inside a cell (actors, places, sources) are separated by spaces, aliases by semicolons.</p>
</@layout.page>
