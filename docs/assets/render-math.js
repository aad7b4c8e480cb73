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
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", renderMath);
  } else {
    renderMath();
  }
})();
