"""Fitting the user's phrases into correct English sentences. Pure code."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from enum import Enum
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class WordLists:
    lowercase_starters: frozenset[str]
    clause_subjects: frozenset[str]
    verb_starters: frozenset[str]
    an_exceptions: frozenset[str]
    an_prefixes: tuple[str, ...]
    a_exceptions: frozenset[str]


@cache
def word_lists() -> WordLists:
    raw = tomllib.loads(
        resources.files("thankyou_tui.phrases").joinpath("grammar.toml").read_text("utf-8")
    )
    return WordLists(
        lowercase_starters=frozenset(raw["lowercase_starters"]),
        clause_subjects=frozenset(raw["clause_subjects"]),
        verb_starters=frozenset(raw["irregular_past"]) | frozenset(raw["base_verbs"]),
        an_exceptions=frozenset(raw["an_exceptions"]),
        an_prefixes=tuple(raw["an_prefixes"]),
        a_exceptions=frozenset(raw["a_exceptions"]),
    )


class Shape(Enum):
    """What kind of phrase the user typed, so the sentence around it fits."""

    NOUN = "noun"  # "the plan to move telemetry onto Kafka", "how the team works"
    CLAUSE = "clause"  # "we discussed the roadmap"
    VERB = "verb"  # "led the move of 40 services" (qualifications)
    GERUND = "gerund"  # "managing a team of five" (qualifications)


_SPACES = re.compile(r"\s+")
_TRAILING = re.compile(r"[\s.!?;:,]+$")


def first_word(text: str) -> str:
    match = re.match(r"[\w'’-]+", text)
    return match.group(0).lower().replace("’", "'") if match else ""


def clean_phrase(text: str) -> str:
    """A user phrase ready to sit mid-sentence: one line, no end punctuation, and a
    lowercased first letter when the first word is an ordinary word ("The" -> "the")."""
    text = _SPACES.sub(" ", text).strip()
    text = _TRAILING.sub("", text)
    # Quotes around the whole phrase add nothing mid-sentence.
    if len(text) >= 2 and text[0] in "\"'“‘" and text[-1] in "\"'”’":
        text = text[1:-1].strip()
    word = first_word(text)
    lists = word_lists()
    ordinary = (
        word in lists.lowercase_starters
        or word in lists.verb_starters
        or (len(word) > 4 and word.endswith(("ing", "ed")))
    )
    # Keep acronyms and names: only lower a capital followed by a lower-case letter.
    if ordinary and word != "i" and text[:1].isupper() and not text[1:2].isupper():
        text = text[0].lower() + text[1:]
    return text


def shape_of(text: str) -> Shape:
    word = first_word(text)
    lists = word_lists()
    if word in lists.clause_subjects:
        return Shape.CLAUSE
    if word in lists.verb_starters or (len(word) > 4 and word.endswith("ed")):
        return Shape.VERB
    if len(word) > 4 and word.endswith("ing"):
        return Shape.GERUND
    return Shape.NOUN


def without_because(text: str) -> str:
    return re.sub(r"^(because|since|as)\s+", "", text, flags=re.IGNORECASE)


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def join_names(items: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def article(phrase: str) -> str:
    """ "a" or "an" for a phrase, by its sound."""
    word = first_word(phrase)
    lists = word_lists()
    if not word:
        return "a"
    if word in lists.an_exceptions or word.startswith(lists.an_prefixes):
        return "an"
    if word in lists.a_exceptions or word.startswith(("uni", "use", "eu")):
        return "a"
    return "an" if word[0] in "aeiou" else "a"


def with_article(phrase: str) -> str:
    return f"{article(phrase)} {phrase}"


def possessive(name: str) -> str:
    """ "Acme's", "Acme Robotics'"."""
    name = name.rstrip()
    if not name:
        return name
    return f"{name}'" if name.endswith(("s", "S")) else f"{name}'s"


def first_name(full_name: str) -> str:
    parts = full_name.split()
    return parts[0] if parts else full_name


_DOUBLED = [
    (re.compile(r"\s+([,.;:!?])"), r"\1"),  # no space before punctuation
    (re.compile(r"([,;:])\1+"), r"\1"),
    (re.compile(r",\."), "."),
    (re.compile(r"(?<!\.)\.\.(?!\.)"), "."),  # ".." -> "." but keep an ellipsis
    (re.compile(r"[ \t]{2,}"), " "),
]


def tidy(sentence: str) -> str:
    """Mend the seams where user phrases meet template text."""
    for pattern, replacement in _DOUBLED:
        sentence = pattern.sub(replacement, sentence)
    return sentence.strip()


def word_count(text: str) -> int:
    return len(text.split())


_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
_INFINITIVE = re.compile(r"^to\s+(\w+)(.*)$", re.DOTALL | re.IGNORECASE)


def gerund(verb: str) -> str:
    """ "help" -> "helping", "make" -> "making", "run" -> "running", "see" -> "seeing"."""
    word = verb.lower()
    if word in ("be", "see", "flee", "agree", "free"):
        return verb + "ing"
    if word.endswith("ie"):
        return verb[:-2] + "ying"
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    one_syllable = len(_VOWEL_GROUPS.findall(word)) == 1
    if (
        one_syllable
        and len(word) >= 3
        and word[-1] not in "aeiouwxy"
        and word[-2] in "aeiou"
        and word[-3] not in "aeiou"
    ):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def infinitive_to_gerund(phrase: str) -> str:
    """ "to help older patients book visits" -> "helping older patients book visits"."""
    match = _INFINITIVE.match(phrase)
    if not match:
        return phrase
    return gerund(match.group(1)) + match.group(2)
