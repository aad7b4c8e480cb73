"""The Chinese edition kept in step with the English one.

`twins` reads what a translation must keep from its English page (its skeleton);
`check` and `anchors` are the command-line tools translators run on one page.
"""
