/* Briefing portal: "Cite" on every source, document, event and figure. The citation is made when the reader asks for
   it: the portal's citation style (the bundle's patterns, from <body data-text>), the item's permalink (the public
   address when the page names one in rel=canonical) and the reader's today as the access date, in the page's language;
   with that item's BibTeX and CSL-JSON. "Copy" uses the clipboard, or selects the text to copy by hand. */
(function () {
  "use strict";
  var doc = document;
  var TEXT = {};
  try { TEXT = JSON.parse(doc.body.getAttribute("data-text") || "{}"); } catch (e) { TEXT = {}; }
  var lang = doc.documentElement.lang || "en";
  var portal = (doc.querySelector(".site-title") || {}).textContent || "";
  var canonical = doc.querySelector("link[rel=canonical]");
  var count = 0;

  function t(key, args) {
    var pattern = TEXT[key] || "";
    return pattern.replace(/''/g, "'").replace(/\{(\w+)\}/g, function (all, name) { return name in args ? args[name] : all; });
  }

  function el(tag, cls, text) {
    var e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  function clean(s) {
    return (s || "").replace(/\s+/g, " ").trim();
  }

  /** The item's address: its link (or its anchor on this page), on the public site when the page names its address. */
  function permalink(item) {
    var base = canonical ? canonical.href : location.href.split("#")[0];
    var link = item.getAttribute("data-cite-href") || (item.id ? "#" + item.id : "");
    return new URL(link, base).href;
  }

  /** What is cited: {title, date, iso, url, text?} read from the item's data-cite attributes and its date element. */
  function describe(item) {
    var when = item.matches("li.event") ? item.querySelector(".event-date") : null;
    var time = when ? when.querySelector("time") : null;
    var date = item.getAttribute("data-cite-date");
    if (date === null && when) {
      var d = when.cloneNode(true);
      Array.prototype.forEach.call(d.querySelectorAll(".badge, .planned"), function (b) { b.remove(); });
      date = clean(d.textContent);
    }
    var titleLink = item.matches("li.event") ? item.querySelector(".event-title a") : null;
    if (titleLink && !item.hasAttribute("data-cite-href")) item.setAttribute("data-cite-href", titleLink.getAttribute("href"));
    return {
      title: clean(item.getAttribute("data-cite") || (item.querySelector(".event-title") || {}).textContent),
      date: clean(date),
      iso: item.getAttribute("data-cite-iso") || (time ? time.getAttribute("datetime") : ""),
      url: permalink(item),
      text: item.getAttribute("data-cite-text")
    };
  }

  /** The page's language as the reader's browser writes it: the reader's own variant of it (en-GB) when they have one. */
  function locale() {
    if (lang.indexOf("-") > 0) return lang;
    var mine = (navigator.languages || [navigator.language]).filter(function (l) { return l && l.split("-")[0] === lang; });
    return mine.length ? mine[0] : lang;
  }

  function accessed(today) {
    return new Intl.DateTimeFormat(locale(), { year: "numeric", month: "long", day: "numeric" }).format(today);
  }

  function isoDay(today) {
    return today.getFullYear() + "-" + ("0" + (today.getMonth() + 1)).slice(-2) + "-" + ("0" + today.getDate()).slice(-2);
  }

  function citation(c, today) {
    var args = { title: c.title, date: c.date, portal: portal, url: c.url, accessed: accessed(today), citation: c.text || "" };
    if (c.text) return t("cite.source", args);
    return t(c.date ? "cite.item" : "cite.item_undated", args);
  }

  function tex(s) {
    return s.replace(/[\\{}%&$#_~^]/g, function (ch) {
      return ch === "\\" ? "\\textbackslash{}" : ch === "~" ? "\\textasciitilde{}" : ch === "^" ? "\\textasciicircum{}" : "\\" + ch;
    });
  }

  function key(c) {
    return (c.url.split("/").pop() || "item").replace(/\.html#?/, "-").replace(/[^A-Za-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || "item";
  }

  function bibtex(c, today) {
    var f = [["title", tex(c.title)], ["organization", tex(portal)]];
    if (c.iso) f.push(["date", c.iso]);
    f.push(["url", c.url], ["urldate", isoDay(today)], ["langid", lang]);
    return "@online{" + key(c) + ",\n" + f.map(function (x) { return "  " + x[0] + " = {" + x[1] + "},\n"; }).join("") + "}\n";
  }

  function csl(c, today) {
    var item = { id: key(c), type: "webpage", title: c.title, "container-title": portal, URL: c.url,
      accessed: { "date-parts": [[today.getFullYear(), today.getMonth() + 1, today.getDate()]] }, language: lang };
    var parts = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(c.iso || "");
    if (parts) item.issued = { "date-parts": [parts.slice(1).filter(Boolean).map(Number)] };
    else if (c.iso) item.issued = { raw: c.iso };
    return JSON.stringify([item], null, 2) + "\n";
  }

  var status = null, statusTimer = 0;
  function say(text) {
    if (!status) {
      status = el("div", "copy-status");
      status.setAttribute("role", "status");
      doc.body.appendChild(status);
    }
    status.textContent = text;
    status.hidden = false;
    clearTimeout(statusTimer);
    statusTimer = setTimeout(function () { status.hidden = true; status.textContent = ""; }, 2500);
  }

  /** Copies the text of {@code node}: the clipboard where the browser allows it, else the text selected to copy by hand. */
  function copy(node, done) {
    var text = node.textContent;
    function select() {
      var range = doc.createRange();
      range.selectNodeContents(node);
      var sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      var ok = false;
      try { ok = doc.execCommand("copy"); } catch (e) { ok = false; }
      say(ok ? done : TEXT["cite.select"] || "");
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { say(done); }, select);
    } else {
      select();
    }
  }

  function copyButton(label, node, done) {
    var b = el("button", "cite-copy", label);
    b.type = "button";
    b.addEventListener("click", function () { copy(node, done); });
    return b;
  }

  /** The panel under a Cite button: the citation, Copy, and the item's BibTeX and CSL-JSON, made with today's date. */
  function panel(item, id) {
    var c = describe(item), today = new Date();
    var box = el("div", "cite-panel");
    box.id = id;
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", TEXT["cite.label"] || "");
    box.setAttribute("data-pagefind-ignore", "");
    var text = el("p", "cite-text", citation(c, today));
    box.appendChild(text);
    box.appendChild(copyButton(TEXT["cite.copy"] || "", text, TEXT["cite.copied"] || ""));
    [["BibTeX", bibtex(c, today), "cite.copy_bibtex"], ["CSL-JSON", csl(c, today), "cite.copy_csl"]].forEach(function (f) {
      var details = el("details", "cite-format");
      details.appendChild(el("summary", null, f[0]));
      var pre = el("pre", "cite-code", f[1]);
      details.appendChild(pre);
      details.appendChild(copyButton(TEXT[f[2]] || f[0], pre, TEXT["cite.copied"] || ""));
      box.appendChild(details);
    });
    return box;
  }

  /** A Cite button for each item marked data-cite (or each event), where the item says: its .cite-here, or its permalink. */
  function buttons() {
    var items = doc.querySelectorAll("[data-cite], li.event");
    Array.prototype.forEach.call(items, function (item) {
      var at = item.querySelector(".cite-here") || item.querySelector(".permalink");
      if (!at || item.querySelector(".cite-button")) return;
      var id = "cite-panel-" + (++count);
      var b = el("button", "cite-button", TEXT["cite.label"] || "");
      b.type = "button";
      b.setAttribute("aria-expanded", "false");
      b.setAttribute("aria-controls", id);
      b.setAttribute("aria-label", (TEXT["cite.label"] || "") + ": " + describe(item).title);
      b.addEventListener("click", function () {
        var open = doc.getElementById(id);
        if (open) {
          open.remove();
          b.setAttribute("aria-expanded", "false");
          return;
        }
        var p = panel(item, id);
        var host = at.classList.contains("cite-here") ? at : at.parentNode;
        if (host.tagName === "TD") host.appendChild(p); // a figure's row: under its source, in its cell
        else host.parentNode.insertBefore(p, host.nextSibling);
        b.setAttribute("aria-expanded", "true");
      });
      if (at.classList.contains("cite-here")) at.appendChild(b);
      else at.parentNode.insertBefore(b, at.nextSibling);
    });
  }

  buttons();
})();
