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
    const first = document.querySelector("#search-results a");
    if (first) first.focus();
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
  const filters = el("div", { id: "search-filters", class: "search-filters" });
  const status = el("p", { id: "search-status", class: "search-status", role: "status", "aria-live": "polite" });
  const results = el("ol", { id: "search-results", class: "search-results" });
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
  box.replaceChildren(form, filters, status, results, more);
  if (!state.q) input.focus();
}

function toggle(key, value) {
  shown = PAGE;
  const current = state.filters[key] || [];
  state.filters[key] = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  if (!state.filters[key].length) delete state.filters[key];
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

// Pagefind loads in the background after the page has rendered (or at the first key pressed, whichever is first).
let loading = null;
function ensurePagefind() {
  if (!loading) {
    loading = (async () => {
      pagefind = await import(new URL("pagefind/pagefind.js", root).href);
      await pagefind.options({ baseUrl: root.pathname, excerptLength: 24 });
      await pagefind.init();
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
  document.getElementById("search-more").hidden = n <= shown;
  if (filtersReady) {
    renderFilters(search.filters);
    box.dataset.filters = "ready";
  }
  box.dataset.count = String(n);
  if (lastInput && !refresh) box.dataset.ms = String(Math.round(performance.now() - lastInput));
  box.dataset.state = "done";
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
