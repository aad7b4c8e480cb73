// Render every formula that pymdownx.arithmatex (generic mode) left in the page
// with the KaTeX copy served by this site. Runs on DOMContentLoaded, so it works
// from a local server and from disk (file://) alike.
(function () {
  function renderMath() {
    document.querySelectorAll(".arithmatex").forEach(function (element) {
      var display = element.tagName === "DIV";
      // Strip the \( \) or \[ \] delimiters arithmatex wraps each formula in.
      var tex = element.textContent.trim().replace(/^\\[(\[]/, "").replace(/\\[)\]]$/, "");
      try {
        katex.render(tex, element, { displayMode: display, throwOnError: true });
      } catch (error) {
        // Leave this formula as source, keep rendering the others, and make the
        // failure visible to readers' consoles and to the browser tests.
        console.error("KaTeX could not render " + JSON.stringify(tex) + ": " + error.message);
      }
    });
    markScrollable();
    if (document.fonts) document.fonts.ready.then(markScrollable); // widths change once KaTeX's fonts load
    window.addEventListener("resize", markScrollable);
  }

  // A display formula wider than the column scrolls sideways (site.css); keyboard
  // users must be able to focus it to scroll it too.
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

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", renderMath);
  } else {
    renderMath();
  }
})();
