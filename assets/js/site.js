/* Briefing portal: "/" focuses the search box; actor and place links show a preview. No dependencies.
   Its words come from the page (<body data-text>, made from the portal's interface text), never from this file. */
(function () {
  "use strict";
  var doc = document;

  function typing(el) {
    if (!el) return false;
    var tag = el.tagName;
    return el.isContentEditable || tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT";
  }

  // (a) "/" anywhere but in a field focuses the header search input.
  doc.addEventListener("keydown", function (ev) {
    if (ev.key !== "/" || ev.ctrlKey || ev.metaKey || ev.altKey || ev.defaultPrevented || typing(ev.target)) return;
    var q = doc.getElementById("site-search-q");
    if (!q) return;
    ev.preventDefault();
    q.focus();
    q.select();
  });

  // (b) Preview of links carrying data-preview: one tooltip, referenced by aria-describedby while shown.
  var TEXT = {};
  try { TEXT = JSON.parse(doc.body.getAttribute("data-text") || "{}"); } catch (e) { TEXT = {}; }
  var KINDS = { "xref-actor": TEXT.actor || "", "xref-place": TEXT.place || "", "xref-document": TEXT.document || "" };
  var tip = null, owner = null, hideTimer = 0;

  function tooltip() {
    if (tip) return tip;
    tip = doc.createElement("div");
    tip.id = "xref-preview";
    tip.className = "preview";
    tip.setAttribute("role", "tooltip");
    tip.hidden = true;
    // Hovering the tooltip keeps it open, so the pointer can move onto it (WCAG 1.4.13).
    tip.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
    tip.addEventListener("mouseleave", function () { hideSoon(); });
    doc.body.appendChild(tip);
    return tip;
  }

  function kindOf(a) {
    for (var c in KINDS) if (a.classList.contains(c)) return KINDS[c];
    return "";
  }

  function show(a) {
    clearTimeout(hideTimer);
    if (owner === a) return;
    hide();
    pending = a;
    var t = tooltip();
    t.textContent = "";
    var kind = kindOf(a);
    if (kind) { var k = doc.createElement("span"); k.textContent = kind; t.appendChild(k); }
    var name = doc.createElement("b");
    name.textContent = a.textContent.trim();
    t.appendChild(name);
    t.appendChild(doc.createTextNode(a.getAttribute("data-preview")));
    t.hidden = false;
    owner = a;
    a.setAttribute("aria-describedby", t.id);
    place(a, t);
  }

  function place(a, t) {
    var r = a.getClientRects()[0] || a.getBoundingClientRect();
    var vw = doc.documentElement.clientWidth;
    var w = t.offsetWidth, h = t.offsetHeight;
    var left = Math.max(8, Math.min(r.left, vw - w - 8));
    var top = r.bottom + 6;
    if (top + h > window.innerHeight && r.top - h - 6 > 0) top = r.top - h - 6; // flip above when no room below
    t.style.left = left + window.scrollX + "px";
    t.style.top = top + window.scrollY + "px";
  }

  function hide() {
    clearTimeout(hideTimer);
    pending = null;
    if (owner) owner.removeAttribute("aria-describedby");
    owner = null;
    if (tip) tip.hidden = true;
  }

  function hideSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 150);
  }

  // Links in prose (the overview, summaries, editorial pages) carry no preview line of their own: the first hover or
  // focus reads the description of the page they lead to (its meta description; same site only), once per address.
  var PROSE = ".prose a.xref-actor, .prose a.xref-place, .prose a.xref-document";
  var fetched = {};

  function target(ev) {
    var el = ev.target;
    return el && el.closest ? el.closest("a[data-preview], " + PROSE) : null;
  }

  function preview(a) {
    if (a.hasAttribute("data-preview")) { show(a); return; }
    var url = a.href.split("#")[0];
    if (!window.fetch || location.protocol === "file:" || url.indexOf(location.origin + "/") !== 0) return;
    if (owner !== a) hide();
    pending = a;
    (fetched[url] = fetched[url] || fetch(url).then(function (r) { return r.ok ? r.text() : ""; }).then(function (html) {
      var meta = new DOMParser().parseFromString(html, "text/html").querySelector("meta[name=description]");
      return meta ? meta.getAttribute("content") : "";
    }).catch(function () { return ""; })).then(function (line) {
      if (!line) return;
      a.setAttribute("data-preview", line);
      if (pending === a) show(a);
    });
  }
  var pending = null;

  doc.addEventListener("mouseover", function (ev) { var a = target(ev); if (a) preview(a); });
  doc.addEventListener("mouseout", function (ev) {
    var a = target(ev);
    if (a && !a.contains(ev.relatedTarget)) {
      if (a === pending) pending = null;
      if (a === owner) hideSoon();
    }
  });
  doc.addEventListener("focusin", function (ev) { var a = target(ev); if (a) preview(a); });
  doc.addEventListener("focusout", function (ev) { var a = target(ev); if (a === pending) pending = null; if (a && a === owner) hide(); });
  doc.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && owner && !tip.hidden) hide();
  });
  window.addEventListener("resize", hide);

  // (c) "Link to this" links (a.permalink) go to their anchor as plain links; where the browser allows it, the
  // address is also copied, and a polite status says so.
  var status = null, statusTimer = 0;
  doc.addEventListener("click", function (ev) {
    var a = ev.target && ev.target.closest ? ev.target.closest("a.permalink") : null;
    if (!a || !navigator.clipboard || !window.isSecureContext) return;
    navigator.clipboard.writeText(a.href).then(function () {
      if (!status) {
        status = doc.createElement("div");
        status.className = "copy-status";
        status.setAttribute("role", "status");
        doc.body.appendChild(status);
      }
      status.textContent = TEXT.copied || "";
      status.hidden = false;
      clearTimeout(statusTimer);
      statusTimer = setTimeout(function () { status.hidden = true; status.textContent = ""; }, 2500);
    }, function () { /* not allowed: the link still works */ });
  });

  // (d) A chart wider than its frame (the timeline on a phone) starts at its end: the latest years first.
  Array.prototype.forEach.call(doc.querySelectorAll(".chart-scroll-end"), function (f) {
    if (f.scrollWidth <= f.clientWidth + 1) return;
    f.classList.add("scrolls");
    f.scrollLeft = f.scrollWidth; // the frame runs left to right in any language (site.css), like the time it shows
  });

  // (e) On paper, the addresses of the main text's links go to numbered notes at its end, not into the sentences:
  // each external link gets a print-only note number, and the notes list is written once, now (print-only as well).
  var main = doc.getElementById("main");
  if (main) {
    var notes = doc.createElement("ol"), seen = {};
    Array.prototype.forEach.call(main.querySelectorAll("a[href^='http']:not(.url):not(.original)"), function (a) {
      var href = a.href;
      if (!(href in seen)) {
        var li = doc.createElement("li");
        li.textContent = href;
        notes.appendChild(li);
        seen[href] = notes.children.length;
      }
      var n = doc.createElement("sup");
      n.className = "print-inline print-note";
      n.textContent = seen[href];
      a.parentNode.insertBefore(n, a.nextSibling);
    });
    if (notes.children.length) {
      var box = doc.createElement("section");
      box.className = "print-only print-notes";
      box.setAttribute("data-pagefind-ignore", "");
      var h = doc.createElement("h2");
      h.textContent = TEXT["print.notes"] || "";
      box.appendChild(h);
      box.appendChild(notes);
      main.appendChild(box);
    }
  }

  // A printed briefing shows everything: open folded lists (other names) before printing.
  window.addEventListener("beforeprint", function () {
    hide();
    Array.prototype.forEach.call(doc.querySelectorAll("details:not([open])"), function (d) {
      d.open = true;
      d.setAttribute("data-print-opened", "");
    });
  });
  window.addEventListener("afterprint", function () {
    Array.prototype.forEach.call(doc.querySelectorAll("details[data-print-opened]"), function (d) {
      d.open = false;
      d.removeAttribute("data-print-opened");
    });
  });
})();
