// Trim stylesheets to the selectors a built site can use, with the site's pinned PurgeCSS
// (node_modules/purgecss), for hooks/trim_theme_css.py.
// stdin: JSON {content: [file, ...], css: [file, ...]}: the pages and every script that can
// add a class at run time (Material's bundle, the widgets), and the stylesheets to trim.
// stdout: JSON {file: trimmed css}, for each stylesheet.
const { PurgeCSS } = require("purgecss");
let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", async () => {
  const { content, css } = JSON.parse(input);
  const results = await new PurgeCSS().purge({
    content,
    css,
    // Custom properties, keyframes and @font-face rules all stay: other stylesheets and
    // scripts use the properties, and PurgeCSS's fontFace option reads only font-family,
    // so it dropped KaTeX_Main, which KaTeX names in the `font` shorthand.
  });
  process.stdout.write(JSON.stringify(Object.fromEntries(results.map((r) => [r.file, r.css]))));
});
