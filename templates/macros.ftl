<#ftl output_format="HTML" strip_whitespace=true>
<#-- Shared parts of pages. Every value is escaped by the HTML output format; models link relative to the site root. -->

<#-- What the functions below read of the page, looked up once per page (each "content" goes through JBake's model). -->
<#assign pageRoot = content.page.root siteRoot = content.page.siteRoot!pageRoot>

<#-- A link relative to the site root, made relative to this page: u("actors/a.html") is "../actors/a.html" on a page
     one folder down. -->
<#assign u = content.link>

<#-- A link to what every language shares (styles, scripts, the data export, the search index), relative to this page: in a
     portal of several languages, another language's pages are in a folder of their own (siteRoot leads out of it). -->
<#assign a = content.asset>

<#-- Interface text in the portal's language: t("nav.timeline"), t("count.events", "count", 3). An argument may be markup
     captured with <#assign x>...</#assign> (a link, a date): the sentence stays in the bundle, the markup here. -->
<#assign t = content.t>

<#-- A count or value as the portal's language writes it ("12,261", "12 261"). -->
<#assign n = content.number>

<#-- Punctuation as the portal's language writes it (the bundles' punct.*): between names in a list ("a, b", in Chinese
     "a、b"), between a citation's publisher and its date, after a heading's first part, between citations, at the end of a sentence. -->
<#assign listSep = t("punct.list") commaSep = t("punct.comma") colonSep = t("punct.colon") citeSep = t("punct.semicolon") fullStop = t("punct.end")>

<#-- A date at its own precision, as <time datetime="ISO">; an interval as two. -->
<#macro date d>
  <#if d.interval??><#if d.start??><#local from><time datetime="${d.start.iso}">${d.start.text}</time></#local></#if><#if d.end??><#local to><time datetime="${d.end.iso}">${d.end.text}</time></#local></#if><#t>
    <#if d.start?? && d.end??>${t("date.range", "start", from, "end", to)}<#elseif d.start??>${t("date.from", "date", from)}<#elseif d.end??>${t("date.until", "date", to)}<#else>${d.text}</#if><#t>
  <#else><time datetime="${d.iso}">${d.text}</time></#if><#t>
</#macro>

<#-- Text shown untranslated (x: {lang, name} when the reader's language has none of its own): the text wrapped in its own
     language, marked as such. -->
<#macro inLanguage x={} tag="div"><#if x.lang??><${tag} lang="${x.lang}"><#if tag == "div"><p class="untranslated-note"><@untranslated x/></p></#if><#nested><#if tag != "div"><@untranslated x/></#if></${tag}><#else><#nested></#if></#macro>
<#macro untranslated x={}><#if x.lang??> <span class="untranslated" lang="${content.site.language}" data-pagefind-ignore>${t("layout.untranslated", "language", x.name)}</span></#if></#macro>

<#-- The language switcher (a portal in several languages): each language by its own name, leading to this page in it. -->
<#macro languages site path>
<#if site.languages??>
<nav class="languages" aria-label="${t("layout.languages")}"><ul><#list site.languages as l><li><#if l.code == site.language><span aria-current="true" lang="${l.code}">${l.name}</span><#else><a href="${a(l.prefix + path)}" hreflang="${l.code}" lang="${l.code}">${l.name}</a></#if></li></#list></ul></nav>
</#if>
</#macro>

<#-- A link to an actor, place, source or measure; actors and places carry a preview line. -->
<#macro ref r>
  <a href="${u(r.href)}" class="xref xref-${r.kind!'page'}"<#if r.description??> data-preview="${r.description}"</#if>>${r.name!r.title}</a><#t>
</#macro>

<#macro refs list sep=listSep>
  <#list list as r><@ref r/><#sep>${sep}</#sep></#list><#t>
</#macro>

<#-- A citation: the source page a fact comes from. -->
<#macro cite s>
  <#-- the publisher's name is isolated (bdi): a name in another script keeps its own direction in a right-to-left page -->
  <a href="${u(s.href)}" class="cite" title="${s.title}"><bdi>${s.publisher}</bdi>${commaSep}<@date s.date/></a><#t>
</#macro>

<#macro cites list>
  <#list list as s><@cite s/><#sep>${citeSep}</#sep></#list><#t>
</#macro>

<#-- Sources listed one per line, each with its title (those that cite a document). -->
<#macro citedBy list>
  <ul class="entity-list"><#list list as s><li><@cite s/> <span class="meta">— ${s.title}</span></li></#list></ul>
</#macro>

<#macro event e level="h3" showSources=true>
  <li class="event<#if e.disputed> disputed</#if>" id="${e.anchor}">
    <p class="event-date"><@date e.date/><#if e.planned> <span class="planned">${t("event.planned")}</span></#if><#if e.disputed> <span class="badge">${t("event.date_disputed")}</span></#if></p>
    <div class="event-body">
      <#-- an event's title is a heading of the list, not of the page: weighted a little above text, not as a heading -->
      <${level} class="event-title" data-pagefind-weight="2"><a href="${u(e.href)}"<#if e.titleIn??> lang="${e.titleIn.lang}"</#if>>${e.title}</a><@untranslated e.titleIn!{}/></${level}>
      <#if e.actors?has_content><p class="event-who"><span class="label" data-pagefind-ignore>${t("event.who")}</span> <@refs e.actors/></p></#if>
      <#if e.places?has_content><p class="event-where"><span class="label" data-pagefind-ignore>${t("event.where")}</span> <@refs e.places/></p></#if>
      <#if (e.documents![])?has_content><p class="event-documents"><span class="label" data-pagefind-ignore>${t("event.documents")}</span> <@refs e.documents/></p></#if>
      <#if e.tags?has_content><p class="event-tags"><span class="label" data-pagefind-ignore>${t("event.tags")}</span> <#list e.tags as tag><span class="tag">${tag}</span><#sep> </#list></p></#if>
      <#if showSources><p class="event-cite"><span class="label" data-pagefind-ignore>${t("event.reported_by")}</span> <@cites e.sources/></p></#if>
      <#if e.alsoReportedBy?? && e.alsoReportedBy?has_content><p class="event-cite"><span class="label" data-pagefind-ignore>${t("event.also_reported_by")}</span> <@cites e.alsoReportedBy/></p></#if>
      <#if (e.variants![])?has_content><p class="event-cite event-variants"><span class="label" data-pagefind-ignore>${t("event.also_reported_as")}</span> <#list e.variants as v><#local source><@cite v.source/></#local>${t("event.variant", "title", v.title, "source", source)}<#sep>${citeSep}</#list></p></#if>
      <#if e.alsoReportedBy??><#-- a source's page: that source's own note -->
        <#if e.note??><p class="note">${e.note}</p></#if>
      <#else><#-- elsewhere: each reporting source's note, attributed -->
        <#list e.versions as v><#if v.note??><#local source><@cite v.source/></#local><p class="note">${v.note} <span class="meta">${t("event.note_on", "source", source)}</span></p></#if></#list>
      </#if>
      <p class="permalink-line"><@permalink e.anchor t("permalink.event", "title", e.title)/></p>
      <#if e.disputed>
        <div class="discrepancy-note" role="note"><strong>${t("event.different_dates")}</strong>
          <ul><#list e.versions as v><li><@date v.date/> — <@cite v.source/></li></#list></ul>
        </div>
      </#if>
    </div>
  </li>
</#macro>

<#-- "Link to this": an anchor link to the element's id, which site.js also copies to the clipboard; what it links
     to is said to screen readers after the visible words. -->
<#macro permalink anchor what>
  <a class="permalink" href="#${anchor}" data-pagefind-ignore>${t("permalink.label")}<span class="visually-hidden">: ${what}</span></a><#t>
</#macro>

<#-- indexed=false keeps a list out of the search index where the year pages already hold the same events. -->
<#macro events list level="h3" showSources=true indexed=true>
  <ol class="events"<#if !indexed> data-pagefind-ignore</#if>><#list list as e><@event e level showSources/></#list></ol>
</#macro>

<#-- What "Cite" (js/cite.js) says of a figure: "Measure, subject: value unit", as of its date. -->
<#macro citeData f>
  data-cite="${t("cite.figure", "measure", f.measure.name, "subject", f.subject.name, "value", ((f.qualifier?has_content)?then(f.qualifier + " ", "")) + f.value, "unit", f.unit)}" data-cite-date="${f.asOf.text!""}" data-cite-iso="${(f.asOf.iso!(f.asOf.edtf!""))}"<#t>
</#macro>

<#macro figureValue f>
  <#if f.qualifier?has_content>${f.qualifier} </#if><strong class="value">${f.value}</strong> ${f.unit}<#t>
</#macro>

<#-- Figures as a table: value, subject, as of, source. -->
<#macro figures list caption showMeasure=true showSubject=true>
  <div class="table-wrap" role="region" aria-label="${caption}" tabindex="0">
  <table class="figures">
    <caption data-pagefind-ignore>${caption}</caption>
    <thead data-pagefind-ignore><tr><#if showMeasure><th scope="col">${t("figure.measure")}</th></#if><#if showSubject><th scope="col">${t("figure.of")}</th></#if><th scope="col">${t("figure.value")}</th><th scope="col">${t("figure.as_of")}</th><th scope="col">${t("figure.source")}</th></tr></thead>
    <tbody>
    <#list list as f>
      <tr id="${f.anchor}"<#if f.disputed> class="disputed"</#if> <@citeData f/>>
        <#if showMeasure><td data-label="${t("figure.measure")}"><@ref f.measure/></td></#if>
        <#if showSubject><td data-label="${t("figure.of")}"><@ref f.subject/></td></#if>
        <td data-label="${t("figure.value")}"><@figureValue f/><#if f.disputed> <span class="badge">${t("figure.disputed")}</span></#if><#if f.note??><br><span class="note">${f.note}</span></#if></td>
        <td data-label="${t("figure.as_of")}"><@date f.asOf/></td>
        <td data-label="${t("figure.source")}"><@cite f.source/> <@permalink f.anchor t("permalink.figure", "value", f.value, "measure", f.measure.name)/></td>
      </tr>
    </#list>
    </tbody>
  </table>
  </div>
</#macro>

<#macro statement s showActor=true>
  <li class="statement" id="${s.anchor}">
    <figure>
      <blockquote<#if s.lang??> lang="${s.lang}"</#if>><p>${s.quote}</p></blockquote>
      <figcaption><#if showActor><@ref s.actor/>${commaSep}</#if><@date s.date/> — <@cite s.source/><#if s.about?has_content><#local about><@refs s.about/></#local> · ${t("statement.about", "entities", about)}</#if><#if s.note??><br><span class="note">${s.note}</span></#if> <@permalink s.anchor t("permalink.statement", "actor", s.actor.name)/></figcaption>
    </figure>
  </li>
</#macro>

<#macro statements list showActor=true>
  <ul class="statements"><#list list as s><@statement s showActor/></#list></ul>
</#macro>

<#-- One discrepancy: each source's version side by side. -->
<#macro discrepancy d level="h3">
  <section class="discrepancy" id="${d.id}" aria-labelledby="${d.id}-title">
    <${level} id="${d.id}-title"><#if d.kind == "figure"><@ref d.measure/>${colonSep}<@ref d.subject/>${commaSep}<@date d.when/><#else><#local event><a href="${u(d.event.href)}">${d.event.title}</a></#local>${t("discrepancy.date_of", "event", event)}</#if></${level}>
    <div class="table-wrap" role="region" aria-labelledby="${d.id}-title" tabindex="0">
    <table class="versions">
      <caption class="visually-hidden" data-pagefind-ignore>${t("discrepancy.versions")}</caption>
      <thead data-pagefind-ignore><tr><th scope="col">${t("discrepancy.source")}</th><th scope="col"><#if d.kind == "figure">${t("discrepancy.value")}<#else>${t("discrepancy.date")}</#if></th><#if d.kind == "figure"><th scope="col">${t("discrepancy.as_of")}</th></#if><th scope="col">${t("discrepancy.note")}</th></tr></thead>
      <tbody>
      <#list d.versions as v>
        <tr><td data-label="${t("discrepancy.source")}"><@cite v.source/></td><td data-label="<#if d.kind == "figure">${t("discrepancy.value")}<#else>${t("discrepancy.date")}</#if>"><#if d.kind == "figure"><#if v.qualifier?? && v.qualifier?has_content>${v.qualifier} </#if><strong>${v.value}</strong><#else><@date v.date/></#if></td><#if d.kind == "figure"><td data-label="${t("discrepancy.as_of")}"><@date v.date/></td></#if><td data-label="${t("discrepancy.note")}">${v.note!""}</td></tr>
      </#list>
      </tbody>
    </table>
    </div>
  </section>
</#macro>

<#macro mentions list level="h3">
  <#list list as m>
    <section class="mentions">
      <${level}><@cite m.source/></${level}>
      <ul><#list m.sentences as s><li>${s.before}<mark>${s.match}</mark>${s.after}</li></#list></ul>
    </section>
  </#list>
</#macro>

<#-- "On this page": links to the sections a page has; items {id, label, count?, show}. -->
<#macro onPage items>
  <#assign shown = items?filter(i -> i.show)>
  <#if shown?size gt 1>
  <nav class="toc on-page" aria-label="${t("layout.on_page")}" data-pagefind-ignore>
    <ul><#list shown as i><li><a href="#${i.id}">${i.label}<#if i.count??> <span class="count">${n(i.count)}</span></#if></a></li></#list></ul>
  </nav>
  </#if>
</#macro>

<#-- Long lists on pages of their own (briefing.emit.Paging): the pager of a numbered page, {number, count, total, from, to,
     previous?, next?, pages: [{number, href, current} or {gap}]}. -->
<#macro pager p>
  <nav class="pager pager-pages" aria-label="${t("pager.nav")}">
    <@pagerSummary p/>
    <ul>
      <#if p.previous??><li><a rel="prev" href="${u(p.previous.href)}">← ${t("pager.previous")}</a></li></#if>
      <#list p.pages as g><li><#if g.gap??>…<#elseif g.current><span aria-current="page">${n(g.number)}</span><#else><a href="${u(g.href)}" aria-label="${t("pager.page", "number", g.number)}">${n(g.number)}</a></#if></li></#list>
      <#if p.next??><li><a rel="next" href="${u(p.next.href)}">${t("pager.next")} →</a></li></#if>
    </ul>
  </nav>
</#macro>

<#-- "Showing 101–200 of 312 · Page 2 of 4". -->
<#macro pagerSummary p>
  <p class="meta pager-summary">${t("pager.showing", "from", p.from, "to", p.to, "total", p.total)}<#if (p.count > 1)> · ${t("pager.page_of", "number", p.number, "count", p.count)}</#if></p>
</#macro>

<#-- Links to the numbered pages of a list: [{number, href}]. -->
<#macro pageLinks pages>
  <p class="page-links"><span class="label">${t("pager.pages")}</span> <#list pages as g><a href="${u(g.href)}" aria-label="${t("pager.page", "number", g.number)}">${n(g.number)}</a><#sep> · </#sep></#list></p>
</#macro>

<#-- A period's marked events on a summary page: {highlights: [{title, href, date, mark}], more}. -->
<#macro highlights x>
  <#if x.highlights?has_content>
  <ul class="highlights"><#list x.highlights as h><li><span class="label">${h.mark}</span> <@date h.date/> · <a href="${u(h.href)}">${h.title}</a></li></#list></ul>
  <#if x.more gt 0><p class="meta">${t("timeline_page.more_marked", "count", x.more)}</p></#if>
  </#if>
</#macro>
