<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros.ftl" as m>
<#assign p = content.page>
<@layout.page title="Sources" section="sources" description="Every source the portal draws on, with what was taken from each.">
<h1>Sources</h1>
<p class="lead">Each source has a page with what is known of it (and what is not), the editors' summary, and every event, figure and statement drawn from it.</p>
<ul class="entity-list sources">
<#list p.sources as s>
  <li>
    <h2><a href="${m.u(s.href)}">${s.title}</a></h2>
    <p class="meta">${s.publisher} · <@m.date s.date/> · ${s.kind}</p>
    <ul class="facts">
      <li>${s.events} event<#if s.events != 1>s</#if></li>
      <li>${s.figures} figure<#if s.figures != 1>s</#if></li>
      <li>${s.statements} statement<#if s.statements != 1>s</#if></li>
    </ul>
  </li>
</#list>
</ul>
<#if !p.sources?has_content><p class="empty">${m.t("empty.sources")}</p></#if>
</@layout.page>
