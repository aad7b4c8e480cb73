"""The engine that checks the site's examples and the prose around them.

- stated_output: run a program and compare what each print() prints with the
  `#> ` lines stated under it (and rewrite them on request).
- torch_state: reset torch's process-wide state between in-process examples.
- pytest_plugin: the sybil/pytest glue that makes every snippet and page fence a test.
- prose: read a page's prose and find the numbers and the claims it makes, so the
  tests can require each to be printed by an example on that page.

The tests that use it live in tests/; this package knows nothing about this
site's pages beyond the `snippets/` + `docs/` layout.
"""
