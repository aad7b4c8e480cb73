"""The prose reader behind the prose-number and claim tests finds what a reader reads, and only that."""

import textwrap

from examplecheck import prose

PAGE = textwrap.dedent('''\
    # Losses

    The loss is 1.4795 and the gradient $7.29 \\times 10^{-8}$.

    ```python
    print(123.456)
    ```

    $$
    L = 0.5772 x
    $$

    Inline `code 9.876` and [a link](https://example.org/3.14159) and <!-- 2.71828 -->.
    > The post writes 6.6666, a quote of its own words.

    !!! warning "Underflow at 88.7228"
        | seed | steps |
        |---|---|
        | 0 | 241 |

    ![Falls to 0.0291 at layer 30](figure.svg)
    Python 3.11.7, arXiv 1412.6980, He et al. (2015), 1000 seeds, exactly 0 here.
''')


def numbers(markdown):
    return [(n.line, n.written) for n in prose.read(markdown).numbers]


def test_reads_prose_and_inline_math_but_not_code_math_links_comments_or_quotes():
    found = numbers(PAGE)
    assert (3, "1.4795") in found and (3, "7.29 \\times 10^{-8}") in found
    assert (16, "88.7228") in found and (19, "241") in found and (21, "0.0291") in found
    for hidden in ("123.456", "0.5772", "9.876", "3.14159", "2.71828", "6.6666", "1412.6980", "3.11.7"):
        assert not any(hidden in written for _, written in found), hidden


def test_significant_digits():
    assert [prose.Number(m).significant_digits for m in ("0.0700", "1000", "241", "0.5", "7.29")] == [3, 1, 3, 1, 3]


def test_a_number_the_outputs_do_not_print_is_reported_with_its_line():
    output = "tensor(1.4795) 7.29e-08 88.7228 241 0.0291 0"
    assert prose.unprinted_numbers(PAGE, output, {}) == []
    changed = output.replace("1.4795", "1.4796")  # what --update-outputs does when torch changes
    assert prose.unprinted_numbers(PAGE, changed, {}) == [(3, "'1.4795' is not printed by any example on this page")]
    assert prose.unprinted_numbers(PAGE, changed, {"1.4795": "a constant"}) == []


def test_a_number_after_exactly_must_be_printed_whatever_its_digits():
    output = "tensor(1.4795) 7.29e-08 88.7228 241 0.0291"
    assert prose.unprinted_numbers(PAGE, output, {}) == [(22, "'exactly 0': no example on this page prints that value")]
    assert prose.unprinted_numbers(PAGE, output + " 0.0000e+00", {}) == []


def test_claims_need_a_marker_that_names_an_included_output():
    outputs = {"snippets/a.py": "zero entries 0 of 4096"}
    backed = 'It is never zero <!-- shown: snippets/a.py "0 of 4096" -->, and "always" in quotes is no claim.\n'
    assert prose.unbacked_claims(backed, outputs.get) == []
    missing = "The step can never grow back.\n"
    assert prose.unbacked_claims(missing, outputs.get)[0][0] == 1
    wrong_text = 'It is never zero <!-- shown: snippets/a.py "1 of 4096" -->.\n'
    assert prose.unbacked_claims(wrong_text, outputs.get) == [(1, "snippets/a.py does not print '1 of 4096'")]
    not_on_page = 'It is never zero <!-- shown: snippets/b.py "0" -->.\n'
    assert "does not include" in prose.unbacked_claims(not_on_page, outputs.get)[0][1]


def test_a_marker_covers_only_the_claims_before_it_in_its_paragraph():
    outputs = {"snippets/a.py": "True"}
    text = 'Always one <!-- shown: snippets/a.py "True" --> and never two.\n\nExactly three.\n'
    assert [line for line, _ in prose.unbacked_claims(text, outputs.get)] == [1, 3]


def test_a_marker_must_not_start_a_line():
    outputs = {"snippets/a.py": "True"}
    text = 'It is never zero\n<!-- shown: snippets/a.py "True" -->.\n'
    assert prose.unbacked_claims(text, outputs.get) == [
        (2, "a marker that starts a line ends the paragraph on the rendered page: move it to the end of the line above")]


def test_chinese_prose_numbers_touching_characters_are_read():
    text = "两种算法的损失都是1.4795，梯度恰好为0。\n"
    assert [str(n.number) for n in prose.read(text).numbers] == ["1.4795", "0"]
    assert prose.unprinted_numbers(text, "tensor(1.4795)", {}) == [
        (1, "'exactly 0': no example on this page prints that value")]
    assert prose.unprinted_numbers(text, "tensor(1.4795) tensor(0.)", {}) == []


def test_chinese_claim_words_need_a_marker_too():
    outputs = {"snippets/a.py": "0 of 4096"}
    assert [c.word for c in prose.read("它总是非零，也从不下溢。\n").claims] == ["总是", "从不"]
    assert prose.unbacked_claims('它从不为零 <!-- shown: snippets/a.py "0 of 4096" -->。\n', outputs.get) == []
