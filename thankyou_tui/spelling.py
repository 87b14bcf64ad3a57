"""Offline spelling, with pyspellchecker's shipped dictionary. Pure code, no I/O of its own.

pyspellchecker was chosen over symspellpy: it loads in about 0.3 s and 49 MB (symspellpy's
dictionary took 13 s and 130 MB here), is pure Python, and its suggestions ("beleive" ->
"believe") are what a proofreader wants. Its dictionary is American, so British spellings
are accepted by trying the American form ("organise" -> "organize", "colour" -> "color").
Load it with `speller()` off the UI thread; it is cached once loaded.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache, lru_cache
from importlib import resources
from typing import Any

# British endings and their American forms, tried in turn when a word is not in the
# dictionary as it is.
_BRITISH = [
    (r"isation(s?)$", r"ization\1"),
    (r"is(e|es|ed|ing|er|ers)$", r"iz\1"),
    (r"ys(e|es|ed|ing)$", r"yz\1"),
    (r"our(s|ed|ing|able|ite|ites)?$", r"or\1"),
    (r"tre(s?)$", r"ter\1"),
    (r"ence$", r"ense"),
    (r"ll(ed|ing|er|ers)$", r"l\1"),
    (r"ogue(s?)$", r"og\1"),
    (r"mme(s?)$", r"m\1"),
    (r"ae", r"e"),
    (r"oe", r"e"),
    (r"ement$", r"ment"),
    (r"t$", r"ed"),  # learnt, spelt, dreamt
]


@cache
def known_words() -> frozenset[str]:
    raw = tomllib.loads(
        resources.files("thankyou_tui.phrases").joinpath("checks.toml").read_text("utf-8")
    )
    return frozenset(raw["known_words"])


class Speller:
    """Says whether a word is spelt right, and what it was probably meant to be."""

    def __init__(self) -> None:
        from spellchecker import SpellChecker  # ~0.3 s: loaded once, off the UI thread

        self._checker: Any = SpellChecker(distance=2)

    @lru_cache(maxsize=16384)  # noqa: B019 - one speller for the life of the process
    def is_known(self, word: str) -> bool:
        word = word.lower().replace("’", "'")
        if word in known_words() or not self._checker.unknown([word]):
            return True
        for suffix in ("'s", "'ll", "'ve", "'re", "'d", "'m", "n't", "s'"):
            if word.endswith(suffix) and len(word) > len(suffix) + 1:
                return self.is_known(word[: -len(suffix)])
        return any(
            not self._checker.unknown([variant])
            for pattern, repl in _BRITISH
            if (variant := re.sub(pattern, repl, word)) != word
        )

    @lru_cache(maxsize=4096)  # noqa: B019
    def suggestion(self, word: str) -> str | None:
        """The likeliest intended word, or None when nothing is close."""
        fixed = self._checker.correction(word.lower())
        if not fixed or fixed == word.lower():
            return None
        return str(fixed)


@cache
def speller() -> Speller:
    return Speller()
