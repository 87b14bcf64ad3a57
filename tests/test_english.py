import pytest

from thankyou_tui.english import (
    Shape,
    article,
    clean_phrase,
    gerund,
    infinitive_to_gerund,
    join_names,
    possessive,
    shape_of,
    tidy,
)


@pytest.mark.parametrize(
    ("typed", "cleaned"),
    [
        ("The plan to move telemetry onto Kafka.", "the plan to move telemetry onto Kafka"),
        ("  how   the team\nworks?! ", "how the team works"),
        ("Kafka migration", "Kafka migration"),
        ("SQL tuning", "SQL tuning"),
        ("iPhone app", "iPhone app"),
        ("I explained my approach.", "I explained my approach"),
        ("Managing a team of five", "managing a team of five"),
        ("Led the move", "led the move"),
        ('"the roadmap"', "the roadmap"),
        ("", ""),
    ],
)
def test_clean_phrase(typed, cleaned):
    assert clean_phrase(typed) == cleaned


@pytest.mark.parametrize(
    ("phrase", "shape"),
    [
        ("we discussed the roadmap", Shape.CLAUSE),
        ("I explained my approach", Shape.CLAUSE),
        ("led the move of 40 services", Shape.VERB),
        ("shipped the app", Shape.VERB),
        ("managing a team", Shape.GERUND),
        ("10 years of Python", Shape.NOUN),
        ("the plan", Shape.NOUN),
    ],
)
def test_shape_of(phrase, shape):
    assert shape_of(phrase) is shape


def test_join_names():
    assert join_names([]) == ""
    assert join_names(["A"]) == "A"
    assert join_names(["A", "B"]) == "A and B"
    assert join_names(["A", "B", "C"]) == "A, B and C"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Engineer", "an"),
        ("Designer", "a"),
        ("hour", "an"),
        ("University lecturer", "a"),
        ("MBA intern", "an"),
        ("UX Researcher", "a"),
        ("Office Manager", "an"),
        ("user researcher", "a"),
    ],
)
def test_article(word, expected):
    assert article(word) == expected


def test_possessive():
    assert possessive("Acme") == "Acme's"
    assert possessive("Acme Robotics") == "Acme Robotics'"
    assert possessive("James") == "James'"


def test_tidy_mends_seams():
    assert tidy("Hello , world..") == "Hello, world."
    assert tidy("Wait... really") == "Wait... really"
    assert tidy("a,, b;; c") == "a, b; c"
    assert tidy("at Co.,. then") == "at Co. then"


@pytest.mark.parametrize(
    ("verb", "ing"),
    [
        ("help", "helping"),
        ("make", "making"),
        ("run", "running"),
        ("plan", "planning"),
        ("see", "seeing"),
        ("lie", "lying"),
        ("open", "opening"),
        ("build", "building"),
        ("shop", "shopping"),
        ("grow", "growing"),
        ("fix", "fixing"),
        ("be", "being"),
    ],
)
def test_gerund(verb, ing):
    assert gerund(verb) == ing


def test_infinitive_interest_becomes_a_gerund_phrase():
    assert infinitive_to_gerund("to help older patients book visits") == (
        "helping older patients book visits"
    )
    assert infinitive_to_gerund("the chance to help") == "the chance to help"
