// Formulas are rendered at build time (hooks/render_math.py). A display formula wider
// than the column scrolls sideways (site.css); keyboard users must be able to focus it
// to scroll it, so such a formula becomes a focusable, labelled region.
(function () {
  function markScrollable() {
    // Measure every formula first, then write: a write between two reads would make each
    // read lay the page out again (hundreds of formulas on a page).
    var formulas = [].slice.call(document.querySelectorAll("div.arithmatex"));
    var wide = formulas.map(function (element) { return element.scrollWidth > element.clientWidth; });
    formulas.forEach(function (element, i) {
      if (wide[i]) {
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
