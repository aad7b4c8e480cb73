// Formulas are rendered at build time (hooks/render_math.py). A display formula wider
// than the column scrolls sideways (site.css); keyboard users must be able to focus it
// to scroll it, so such a formula becomes a focusable, labelled region.
(function () {
  function markScrollable() {
    document.querySelectorAll("div.arithmatex").forEach(function (element) {
      if (element.scrollWidth > element.clientWidth) {
        element.setAttribute("tabindex", "0");
        element.setAttribute("role", "region");
        element.setAttribute("aria-label", "formula, scrolls sideways");
      } else {
        element.removeAttribute("tabindex");
        element.removeAttribute("role");
        element.removeAttribute("aria-label");
      }
    });
  }

  function start() {
    markScrollable();
    if (document.fonts) document.fonts.ready.then(markScrollable); // widths change once KaTeX's fonts load
    window.addEventListener("resize", markScrollable);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
