// Parse formulas with the site's own KaTeX copy; used by tests/test_site_build.py.
// stdin: JSON [{where, tex, display}]; stdout: JSON [{where, error}] for each that fails.
const katex = require("katex");
let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const failures = [];
  for (const { where, tex, display } of JSON.parse(input)) {
    try {
      katex.renderToString(tex, { displayMode: display, throwOnError: true });
    } catch (error) {
      failures.push({ where, error: String(error.message || error) });
    }
  }
  process.stdout.write(JSON.stringify(failures));
});
