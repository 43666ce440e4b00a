// Search page: queries the Pagefind index built with the site, as the reader types.
// The query and filters live in the URL (?q=...&type=Actor), so a search can be shared and restored.
// Nothing is loaded from another origin: pagefind/ sits beside this script's folder in the site.
// Every word it shows comes from the page: the search box's data-text attribute holds the portal's interface text
// (raw patterns whose {name} arguments are filled in here; plural forms as key.one / key.other).

const root = new URL("..", import.meta.url); // js/ is one level below the site root
const FILTERS = ["type", "year", "actor", "place", "source"];
const PAGE = 5; // results shown at first, and added by "More results": each one fetches its page's fragment
const MAX_CHIPS = 12;

const box = document.getElementById("search");
const lang = document.documentElement.lang || "en";
const TEXT = readText();
const plurals = new Intl.PluralRules(lang);
const numbers = new Intl.NumberFormat(lang);
const state = readUrl();
let pagefind;
let latest = 0;
let lastInput = 0;
let focusResults = false; // whether the next results take focus (a search from the header, or Enter in the box)
let shown = PAGE; // when the reader last typed, to measure keystroke-to-results time (the bench reads data-ms)

function readText() {
  try {
    return JSON.parse(box.getAttribute("data-text") || "{}");
  } catch (e) {
    return {};
  }
}

/** The text of {@code key} with its {name} arguments filled in; with a count, the language's plural form of it. */
function t(key, args = {}) {
  let pattern = TEXT[key];
  if ("count" in args) pattern = TEXT[key + "." + plurals.select(args.count)] ?? TEXT[key + ".other"] ?? pattern;
  if (pattern === undefined) return key;
  return pattern.replace(/''/g, "'").replace(/\{(\w+)\}/g, (all, name) =>
    name in args ? (typeof args[name] === "number" ? numbers.format(args[name]) : String(args[name])) : all);
}

function readUrl() {
  const params = new URLSearchParams(location.search);
  const filters = {};
  for (const key of FILTERS) {
    const values = params.getAll(key);
    if (values.length) filters[key] = values;
  }
  return { q: params.get("q") || "", filters };
}

function writeUrl() {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const key of FILTERS) for (const v of state.filters[key] || []) params.append(key, v);
  const query = params.toString();
  history.replaceState(null, "", query ? "?" + query : location.pathname);
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "text") e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

// Pagefind's excerpt marks the matched words with <mark>; keep those and nothing else.
function excerpt(html) {
  const doc = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html");
  const p = el("p", { class: "excerpt" });
  for (const node of doc.body.firstChild.childNodes) {
    if (node.nodeName === "MARK") p.append(el("mark", { text: node.textContent }));
    else p.append(document.createTextNode(node.textContent));
  }
  return p;
}

function build() {
  const input = el("input", { id: "search-q", type: "search", name: "q", autocomplete: "off",
    "aria-describedby": "search-status", "aria-controls": "search-results" });
  input.value = state.q;
  const form = el("form", { role: "search", class: "search-form", action: "" },
    el("label", { for: "search-q", text: t("label") }), input);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (box.dataset.state === "done") focusHeading();
    else focusResults = true;
  });
  // start fetching the index at the first key the reader presses, so it is ready by the last
  input.addEventListener("keydown", () => ensurePagefind().catch(() => {}), { once: true });
  input.addEventListener("input", () => {
    lastInput = performance.now();
    shown = PAGE;
    state.q = input.value.trim();
    run();
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown") {
      const first = document.querySelector("#search-results a");
      if (first) { e.preventDefault(); first.focus(); }
    }
  });
  // Filters fold behind one control that says how many are on (open beside the results on a wide screen), so the
  // results start right under the search box and nothing moves when the chips arrive.
  const filters = el("div", { id: "search-filters", class: "search-filters" });
  const toggleLabel = el("span", { id: "search-filters-label" });
  const fold = el("details", { id: "search-filters-box", class: "search-filters-box" },
    el("summary", {}, toggleLabel), filters);
  if (window.matchMedia("(min-width: 64rem)").matches) fold.open = true;
  const heading = el("h2", { id: "search-results-title", class: "search-heading", tabindex: "-1", text: t("results_heading") });
  const status = el("p", { id: "search-status", class: "search-status", role: "status", "aria-live": "polite" });
  const other = el("p", { id: "search-other", class: "search-other", hidden: "" });
  const results = el("ol", { id: "search-results", class: "search-results", "aria-labelledby": "search-results-title" });
  const more = el("button", { type: "button", id: "search-more", class: "search-more", hidden: "" }, document.createTextNode(t("more")));
  more.addEventListener("click", () => {
    const focusAt = shown;
    shown += PAGE * 2;
    run().then(() => {
      const next = document.querySelectorAll("#search-results a.result-link")[focusAt];
      if (next) next.focus();
    });
  });
  results.addEventListener("keydown", (e) => {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    const links = [...results.querySelectorAll("a.result-link")];
    const i = links.indexOf(document.activeElement);
    if (i < 0) return;
    e.preventDefault();
    if (e.key === "ArrowDown" && i < links.length - 1) links[i + 1].focus();
    else if (e.key === "ArrowUp") (i > 0 ? links[i - 1] : input).focus();
  });
  const main = el("div", { class: "search-main" }, heading, status, other, results, more);
  box.replaceChildren(form, el("div", { class: "search-layout" }, fold, main));
  renderToggle();
  if (!state.q) input.focus();
  else focusResults = true; // a search that arrives with the page (the header's box): focus goes to its results
}

/** The filters' control: "Filters", and how many are on. */
function renderToggle() {
  const on = Object.values(state.filters).reduce((n, v) => n + v.length, 0);
  const label = document.getElementById("search-filters-label");
  label.replaceChildren(document.createTextNode(t("filters") + " "),
    el("span", { class: "count", text: on ? t("filters_on", { count: on }) : "" }));
  document.getElementById("search-filters-box").dataset.active = String(on);
}

/** Moves focus to the results' heading, so that one Tab reaches the first result. */
function focusHeading() {
  focusResults = false;
  document.getElementById("search-results-title").focus({ preventScroll: true });
}

// Words of the query that the results really contain (a word starting with all but the query word's last two
// letters, so that "retrait" is not taken as matched by "re-engage"): none means no good match in this language.
function plain(s) {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function goodMatch(query, data) {
  const words = plain(query).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
  if (!words.length || !data.length) return true;
  return data.some((d) => {
    const marked = [...d.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => plain(m[1]));
    const title = plain(d.meta.title || "");
    return words.some((w) => {
      const stem = w.slice(0, Math.max(3, w.length - 2));
      return marked.some((m) => m.startsWith(stem)) || title.split(/[^\p{L}\p{N}]+/u).some((x) => x.startsWith(stem));
    });
  });
}

/** Says the query has no good match in the page's language and, where the page names other languages, offers their search. */
function renderOther(weak, none = false) {
  const other = document.getElementById("search-other");
  const alternates = [...document.querySelectorAll("link[rel=alternate][hreflang]")]
    .filter((l) => l.getAttribute("hreflang") !== "x-default" && l.getAttribute("hreflang") !== lang);
  if (!weak && !(none && alternates.length)) {
    other.hidden = true;
    other.replaceChildren();
    return;
  }
  const names = new Intl.DisplayNames([lang], { type: "language" });
  const parts = weak ? [document.createTextNode(t("weak", { query: state.q, language: names.of(lang) }))] : [];
  for (const link of alternates) {
    const hl = link.getAttribute("hreflang");
    const href = new URL(link.getAttribute("href"), location.href);
    href.search = "?q=" + encodeURIComponent(state.q);
    parts.push(document.createTextNode(" "),
      el("a", { href: href.href, hreflang: hl, lang: hl, text: t("other_language", { language: names.of(hl) }) }));
  }
  other.replaceChildren(...parts);
  other.hidden = false;
}

function toggle(key, value) {
  shown = PAGE;
  const current = state.filters[key] || [];
  state.filters[key] = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  if (!state.filters[key].length) delete state.filters[key];
  renderToggle();
  run();
}

function renderFilters(counts) {
  const wrap = document.getElementById("search-filters");
  const groups = [];
  for (const key of FILTERS) {
    const values = Object.entries(counts[key] || {})
      .filter(([v, n]) => n > 0 || (state.filters[key] || []).includes(v))
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, MAX_CHIPS);
    if (!values.length) continue;
    const list = el("ul", { class: "chips" });
    for (const [value, n] of values) {
      const on = (state.filters[key] || []).includes(value);
      const b = el("button", { type: "button", class: "chip", "aria-pressed": String(on) },
        document.createTextNode(value + " "), el("span", { class: "count", text: "(" + numbers.format(n) + ")" }));
      b.addEventListener("click", () => toggle(key, value));
      list.append(el("li", {}, b));
    }
    groups.push(el("fieldset", { class: "filter-group" }, el("legend", { text: t("filter." + key) }), list));
  }
  wrap.replaceChildren(...groups);
}

// The index's bundles that hold the page's language (all of them if none does), as Pagefind picks a language: a
// large portal's index comes in several bundles (pagefind/bundles.json lists them, with their languages), each made by
// one Pagefind process; the first is searched and the others merged into it.
async function bundles() {
  let list = [{ path: "pagefind/", languages: [] }];
  try {
    const response = await fetch(new URL("pagefind/bundles.json", root));
    if (response.ok) list = (await response.json()).bundles;
  } catch (e) {
    // an index without its list (an older build): one bundle
  }
  const wanted = [lang.toLowerCase(), lang.toLowerCase().split("-")[0]];
  const mine = list.filter((b) => (b.languages || []).some((l) => wanted.includes(l.toLowerCase())));
  return mine.length ? mine : list;
}

// Pagefind loads in the background after the page has rendered (or at the first key pressed, whichever is first).
let loading = null;
function ensurePagefind() {
  if (!loading) {
    loading = (async () => {
      const [[first, ...others], module] = await Promise.all([bundles(), import(new URL("pagefind/pagefind.js", root).href)]);
      const at = (bundle) => new URL(bundle.path, root).pathname;
      const options = { baseUrl: root.pathname, excerptLength: 24 };
      pagefind = module;
      await pagefind.options({ ...options, basePath: at(first) });
      await pagefind.init();
      await Promise.all(others.map((bundle) => pagefind.mergeIndex(at(bundle), options)));
    })();
  }
  return loading;
}

// The filter index (chips with counts) loads after the first results are shown, off the critical path.
let filtersReady = false;
async function loadFilters() {
  if (filtersReady) return;
  await pagefind.filters();
  filtersReady = true;
  run(true); // again, now with counts for every filter
}

/** Searches and renders; {@code refresh} re-renders the same query (its timing is not the reader's wait). */
async function run(refresh = false) {
  writeUrl();
  const ticket = ++latest;
  const status = document.getElementById("search-status");
  const active = Object.keys(state.filters).length > 0;
  if (!state.q && !active) {
    document.getElementById("search-results").replaceChildren();
    document.getElementById("search-more").hidden = true;
    status.textContent = t("hint");
    renderOther(false);
    if (filtersReady) renderFilters(await pagefind.filters());
    if (ticket !== latest) return;
    box.dataset.state = "idle";
    return;
  }
  box.dataset.state = "searching";
  try {
    await ensurePagefind();
  } catch (e) {
    status.textContent = t("failed");
    return;
  }
  const search = await pagefind.debouncedSearch(state.q || null, { filters: state.filters }, 120);
  if (search === null || ticket !== latest) return; // a newer keystroke superseded this search
  const data = await Promise.all(search.results.slice(0, shown).map((r) => r.data()));
  if (ticket !== latest) return;
  const list = document.getElementById("search-results");
  list.replaceChildren(...data.map((d) => {
    const type = (d.filters.type || [])[0];
    const meta = [type, d.meta.date].filter(Boolean).join(" · ");
    return el("li", { class: "result" },
      el("a", { class: "result-link", href: d.url, text: d.meta.title || d.url }),
      meta ? el("span", { class: "result-meta", text: meta }) : null,
      excerpt(d.excerpt));
  }));
  const n = search.results.length;
  status.textContent = n === 0 ? t("none") : t(n > shown ? "results_partial" : "results", { count: n, shown });
  const weak = state.q !== "" && !goodMatch(state.q, data.slice(0, PAGE));
  renderOther(weak, n === 0 && state.q !== "");
  box.dataset.match = n === 0 ? "none" : weak ? "weak" : "good";
  document.getElementById("search-more").hidden = n <= shown;
  if (filtersReady) {
    renderFilters(search.filters);
    box.dataset.filters = "ready";
  }
  box.dataset.count = String(n);
  if (lastInput && !refresh) box.dataset.ms = String(Math.round(performance.now() - lastInput));
  box.dataset.state = "done";
  if (focusResults && !refresh) focusHeading();
  if (!filtersReady) loadFilters();
}

function start() {
  if (location.protocol === "file:") {
    box.append(el("p", { class: "note", text: t("file") }));
    return;
  }
  build();
  run();
  // fetch the index in the background once the page is up, so the first query does not wait for it
  setTimeout(() => ensurePagefind().catch(() => {}), 50);
}

start();
