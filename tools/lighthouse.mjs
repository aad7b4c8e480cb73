// Lighthouse on every page, for tools/lighthouse.py (which serves the site and prints the table).
// stdin: JSON {origin, pages: ["index.html", ...], chromePath, chromeFlags: [...], preset: "mobile"|"desktop"}
// stdout: one JSON line per page: {page, scores: {performance, ...}, failed: [{id, title, score}],
//   errors: [{id, message}] (audits that could not run, run warnings), metrics}
// Runs the pinned npm lighthouse against Debian's Chromium (chromePath), one browser for all pages.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

let input = "";
for await (const chunk of process.stdin) input += chunk;
const { origin, pages, chromePath, chromeFlags, preset } = JSON.parse(input);

const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...chromeFlags, "--headless=new"] });
try {
  for (const page of pages) {
    const result = await lighthouse(
      `${origin}/${page}`,
      { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES },
      preset === "desktop" ? desktopConfig : undefined,
    );
    const { categories, audits } = result.lhr;
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, categories[id].score]));
    // Audits that count towards a category and did not pass: what to fix.
    const weighted = new Set(CATEGORIES.flatMap((id) => categories[id].auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id)));
    const failed = Object.values(audits)
      .filter((audit) => weighted.has(audit.id) && audit.score !== null && audit.score < 1)
      .map((audit) => ({ id: audit.id, title: audit.title, score: audit.score, value: audit.displayValue || "" }));
    // Audits that could not run: a category with one has no score (null), not a 0.
    const errors = Object.values(audits)
      .filter((audit) => weighted.has(audit.id) && audit.scoreDisplayMode === "error")
      .map((audit) => ({ id: audit.id, message: (audit.errorMessage || "").slice(0, 200) }))
      .concat((result.lhr.runWarnings || []).map((warning) => ({ id: "run warning", message: String(warning).slice(0, 200) })));
    const metrics = Object.fromEntries(
      ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"]
        .map((id) => [id, audits[id] ? audits[id].numericValue : null]),
    );
    process.stdout.write(JSON.stringify({ page, scores, failed, errors, metrics }) + "\n");
  }
} finally {
  await chrome.kill();
}
