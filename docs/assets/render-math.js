// Render every formula that pymdownx.arithmatex (generic mode) left in the page
// with the KaTeX copy served by this site. Runs on DOMContentLoaded, so it works
// from a local server and from disk (file://) alike.
(function () {
  function renderMath() {
    document.querySelectorAll(".arithmatex").forEach(function (element) {
      var tex = element.textContent.trim();
      var display = element.tagName === "DIV";
      // Strip the \( \) or \[ \] delimiters arithmatex wraps each formula in.
      tex = tex.replace(/^\\[(\[]/, "").replace(/\\[)\]]$/, "");
      katex.render(tex, element, { displayMode: display, throwOnError: true });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", renderMath);
  } else {
    renderMath();
  }
})();
