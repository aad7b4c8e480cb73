"""The scanner behind test_no_request_to_another_host must catch each way a page can fetch remotely."""

from tests.external_refs import scan_file


def scan(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    return [url for _, _, url in scan_file(path)]


def test_html_fetches_are_found(tmp_path):
    found = scan(tmp_path, "page.html", """
        <link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
        <link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">
        <script src="https://cdn.jsdelivr.net/npm/katex/dist/katex.min.js"></script>
        <img srcset="local.png 1x, //cdn.example.org/big.png 2x">
        <div style="background: url('https://img.example.org/x.png')"></div>
        <style>@import "https://css.example.org/a.css";</style>
        <script type="module">import mermaid from "https://unpkg.com/mermaid/dist/mermaid.esm.min.mjs";</script>
        <a href="https://docs.pytorch.org/">a link a reader clicks is fine</a>
        <script src="assets/local.js"></script>
    """)
    assert found == [
        "https://fonts.gstatic.com",
        "https://fonts.googleapis.com/css?family=Roboto",
        "https://cdn.jsdelivr.net/npm/katex/dist/katex.min.js",
        "//cdn.example.org/big.png",
        "https://img.example.org/x.png",
        "https://css.example.org/a.css",
        "https://unpkg.com/mermaid/dist/mermaid.esm.min.mjs",
    ]


def test_css_and_js_fetches_are_found(tmp_path):
    assert scan(tmp_path, "a.css", "@font-face{src:url(https://fonts.example.org/f.woff2)} .x{background:url(img/a.png)}") == [
        "https://fonts.example.org/f.woff2"
    ]
    assert scan(tmp_path, "a.js", 'importScripts("https://x.example.org/w.js"); fetch("/local"); import("//y.example.org/m.js")') == [
        "https://x.example.org/w.js",
        "//y.example.org/m.js",
    ]
