// Render TeX with the site's pinned KaTeX (node_modules/katex), for hooks/render_math.py.
// stdin: JSON [{tex, display}]; stdout: JSON [{html} | {error}], in the same order.
const katex = require("katex");
let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const rendered = JSON.parse(input).map(({ tex, display }) => {
    try {
      return { html: katex.renderToString(tex, { displayMode: display, throwOnError: true, output: "htmlAndMathml" }) };
    } catch (error) {
      return { error: String(error.message || error) };
    }
  });
  process.stdout.write(JSON.stringify(rendered));
});
