"""The composer: golden texts for the examples, and properties over generated sessions."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thankyou_tui.compose import ComposedNote, compose, generate
from thankyou_tui.data.codec import loads
from thankyou_tui.english import clean_phrase, infinitive_to_gerund
from thankyou_tui.model import (
    Candidate,
    Format,
    Interview,
    Interviewer,
    Method,
    Note,
    NoteKind,
    NoteStatus,
    Session,
    Stage,
    Tone,
)
from thankyou_tui.wording import load_bank, shipped

from .conftest import FIXTURES
from .conftest import run_cli as cli

GOLDEN = Path(__file__).parent / "golden"

# (example file, --now, extra show arguments, golden file): each golden read and approved.
GOLDEN_CASES = [
    ("inperson-single.toml", "2026-11-20T18:00", [], "inperson-single.txt"),
    ("video-panel.toml", "2026-11-24T19:00-08:00", [], "video-panel.txt"),
    (
        "video-panel.toml",
        "2026-12-08T10:00-08:00",
        ["--interviewer", "Priya Raman"],
        "video-panel-follow-up.txt",
    ),
    ("phone-edited-sent.toml", "2026-12-02T10:00", [], "phone-edited-sent-follow-up.txt"),
]


@pytest.mark.parametrize(("example", "now", "extra", "golden"), GOLDEN_CASES)
def test_show_prints_the_approved_golden_text(example, now, extra, golden):
    session_id = cli("import", str(FIXTURES / "examples" / example)).stdout.strip()
    result = cli("show", session_id, "--now", now, *extra)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (GOLDEN / golden).read_text(encoding="utf-8")


def test_show_json_shape_and_filters():
    import json

    session_id = cli("import", str(FIXTURES / "examples" / "phone-edited-sent.toml")).stdout.strip()
    notes = json.loads(cli("show", session_id, "--json", "--now", "2026-11-18T12:00").stdout)
    assert notes == [
        {
            "interviewer": "Grace Kim",
            "method": "email",
            "kind": "thank-you",
            "subject": "Thank you for today's call",
            "body": notes[0]["body"],
            "words": 75,
            "edited": True,
        }
    ]
    assert notes[0]["body"].startswith("Dear Ms. Kim,\n\nThank you")
    bad = cli("show", session_id, "--interviewer", "Nobody")
    assert bad.returncode == 2
    assert bad.stderr.strip() == (
        f"thankyou-tui: error: no interviewer 'Nobody' in {session_id}; there is 'Grace Kim'"
    )
    bad = cli("show", session_id, "--method", "gift")
    assert bad.returncode == 2
    assert "no gift note" in bad.stderr and "its methods are email" in bad.stderr
    bad = cli("show", session_id, "--now", "someday")
    assert bad.returncode == 2 and "--now: can't read 'someday'" in bad.stderr


# -- properties over generated sessions ---------------------------------------------

words = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)


def phrase(min_words: int, max_words: int) -> st.SearchStrategy[str]:
    return st.lists(words, min_size=min_words, max_size=max_words).map(" ".join)


def proper(max_words: int) -> st.SearchStrategy[str]:
    return st.lists(words.map(str.capitalize), min_size=1, max_size=max_words).map(" ".join)


# Points and interests as people type them: noun phrases, clauses, capitals, full stops.
typed_point = st.one_of(
    phrase(2, 8),
    phrase(2, 7).map(lambda p: "the " + p),
    phrase(2, 7).map(lambda p: "We discussed " + p + "."),
    phrase(2, 7).map(lambda p: "How " + p + "?"),
)
typed_interest = st.one_of(
    st.just(""),
    phrase(2, 9).map(lambda p: "building " + p),
    phrase(2, 8).map(lambda p: "because I " + p),
    phrase(2, 9).map(lambda p: "The " + p + "."),
    phrase(2, 8).map(lambda p: "to " + p),
)
typed_qualification = st.one_of(
    phrase(2, 9).map(lambda p: "led " + p),
    phrase(2, 9).map(lambda p: "Managing " + p),
    phrase(2, 9).map(lambda p: "10 years of " + p),
)


@st.composite
def generated_sessions(draw: st.DrawFn) -> Session:
    count = draw(st.integers(1, 6))
    names = draw(
        st.lists(
            st.tuples(proper(1), proper(1)).map(" ".join),
            min_size=count,
            max_size=count,
            unique_by=lambda n: n.split()[0].casefold(),
        )
    )
    people = [
        Interviewer(
            name=name,
            title=draw(st.sampled_from(["", "Engineer", "Director"])),
            salutation=draw(st.sampled_from(["", "Dr. " + name.split()[-1]])),
            points=draw(st.lists(typed_point, min_size=1, max_size=3)),
            methods=draw(
                st.none() | st.lists(st.sampled_from(Method), min_size=1, max_size=4, unique=True)
            ),
        )
        for name in names
    ]
    when = draw(
        st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31)).map(
            lambda d: d.replace(second=0, microsecond=0)
        )
    )
    return Session(
        candidate=Candidate(name=draw(proper(2)), email="me@example.com"),
        interview=Interview(
            company=draw(proper(3)),
            role=draw(proper(4)),
            stage=draw(st.sampled_from(Stage)),
            format=draw(st.sampled_from(Format)),
            panel=draw(st.booleans()),
            date=when,
            qualifications=draw(st.lists(typed_qualification, max_size=3)),
            interest=draw(typed_interest),
            methods=draw(st.lists(st.sampled_from(Method), min_size=1, max_size=4, unique=True)),
            tone=draw(st.sampled_from(Tone)),
        ),
        interviewers=people,
    )


INTEREST_WORDS = re.compile(r"interest|excited|keen|enthusiastic|eager|thrilled|love to|appeals")
FORMAT_WORDS = {Format.PHONE: "by phone", Format.VIDEO: "by video", Format.IN_PERSON: "in person"}


ABBREVIATIONS = ("Dr.", "Mr.", "Ms.", "Mrs.", "Prof.", "St.", "Co.", "Inc.", "Ltd.")


def sentences(text: str) -> list[str]:
    parts = [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]
    merged: list[str] = []
    for part in parts:
        if merged and merged[-1].endswith(ABBREVIATIONS):
            merged[-1] += " " + part
        else:
            merged.append(part)
    return merged


def thank_yous(notes: list[ComposedNote]) -> list[ComposedNote]:
    return [n for n in notes if n.kind is NoteKind.THANK_YOU]


@settings(max_examples=150, deadline=None)
@given(generated_sessions(), st.integers(0, 30))
def test_every_thank_you_note_meets_the_bar(session: Session, hours_later: int):
    assert session.interview.date is not None
    now = session.interview.date + timedelta(hours=hours_later)
    notes = compose(session, now)
    itv = session.interview
    expected = sum(len(session.methods_for(p)) for p in session.interviewers)
    assert len(thank_yous(notes)) == expected
    names = [p.name for p in session.interviewers]
    for note in thank_yous(notes):
        person = session.interviewers[note.interviewer_index]
        body = note.body
        assert itv.company in body and itv.role in body, note.title
        own = person.salutation or (
            person.name.split()[0] if itv.tone is Tone.WARM else person.name
        )
        if note.method is Method.CALL:
            assert re.search(rf"^(Hello|Hi) {re.escape(own)}\b", body, re.M), body
        else:
            assert body.splitlines()[0] == f"Dear {own},"
        assert not any(
            re.search(rf"\b(Dear|Hello|Hi) {re.escape(n)}\b", body)
            for n in names
            if n != person.name and not person.name.startswith(n)
        )
        cleaned = [clean_phrase(p) for p in person.points]
        assert any(
            p in body or p.removeprefix("We ").removeprefix("we ") in body for p in cleaned
        ), (cleaned, body)
        if itv.format is not Format.IN_PERSON:
            assert FORMAT_WORDS[itv.format] in body
        interest = clean_phrase(itv.interest)
        if interest:
            stated = re.sub(
                r"^(because|since|as)\s+", "", infinitive_to_gerund(interest), flags=re.I
            )
            assert stated.lower() in body.lower()
        else:
            assert INTEREST_WORDS.search(body)
        assert "{" not in body and "}" not in body, body
        assert "  " not in body and ".." not in body and " ," not in body and " ." not in body
        assert body.count("!") <= 1
        # A clause never lands where a noun belongs ("talk about we discussed ...").
        assert not re.search(r"\b(about|on|of|explaining|discussing) (we|they|he|she|I)\b", body)
        if note.method is not Method.CALL:
            # No two sentences open alike ("I also enjoyed ... I also enjoyed ...").
            openings = [" ".join(s.split()[:3]) for s in sentences(body) if len(s.split()) > 4]
            assert len(openings) == len(set(openings)), openings
        if note.method is Method.EMAIL:
            assert 50 <= note.words <= 200, (note.words, body)
            assert note.subject and "{" not in note.subject
        if note.method in (Method.HANDWRITTEN, Method.GIFT):
            assert note.words <= 90, (note.words, body)


@settings(max_examples=100, deadline=None)
@given(generated_sessions())
def test_panel_notes_share_no_sentence_but_shared_facts(session: Session):
    session.interview.panel = True
    session.interview.methods = [Method.EMAIL, Method.HANDWRITTEN]
    for person in session.interviewers:
        person.methods = None
    assert session.interview.date is not None
    notes = compose(session, session.interview.date + timedelta(hours=3))
    cand = session.candidate
    shared = {cand.name, cand.email}
    for method in (Method.EMAIL, Method.HANDWRITTEN):
        bodies = [n for n in notes if n.method is method and n.kind is NoteKind.THANK_YOU]
        seen: dict[str, str] = {}
        for note in bodies:
            for line in sentences(note.body)[1:]:  # the greeting is allowed to match in form
                if line in shared or line.endswith(","):  # signature and sign-off lines
                    continue
                assert seen.get(line, note.interviewer) == note.interviewer, line
                seen[line] = note.interviewer


@settings(max_examples=50, deadline=None)
@given(generated_sessions())
def test_same_session_composes_the_same_text(session: Session):
    assert session.interview.date is not None
    now = session.interview.date + timedelta(hours=2)
    assert compose(session, now) == compose(session, now)


# -- specific behaviour ----------------------------------------------------------------


def example(name: str) -> Session:
    return loads((FIXTURES / "examples" / name).read_text(encoding="utf-8"))


def test_edited_note_is_used_exactly_and_regenerate_ignores_it():
    session = example("phone-edited-sent.toml")
    (note,) = compose(session, datetime(2026, 11, 18, 12))
    saved = session.interviewers[0].notes[0]
    assert note.edited and note.body == saved.body and note.subject == saved.subject
    assert note.status is NoteStatus.SENT
    fresh = generate(session, datetime(2026, 11, 18, 12), 0, Method.EMAIL)
    assert not fresh.edited and fresh.body != saved.body
    assert "Riverbend Library" in fresh.body


def test_follow_up_appears_two_business_days_after_the_decision_date():
    session = example("video-panel.toml")  # decision_by Friday 2026-12-04
    tz = timezone(timedelta(hours=-8))
    before = compose(session, datetime(2026, 12, 8, 8, 59, tzinfo=tz))
    after = compose(session, datetime(2026, 12, 8, 9, 0, tzinfo=tz))
    assert [n.kind for n in before].count(NoteKind.FOLLOW_UP) == 0
    (follow,) = [n for n in after if n.kind is NoteKind.FOLLOW_UP]
    assert follow.interviewer == "Priya Raman" and follow.method is Method.EMAIL
    assert "4 December" in follow.body
    for cliche in ("just checking in", "touching base", "circle back"):
        assert cliche not in follow.body.lower()


def test_follow_up_without_decision_date_is_five_business_days_later():
    session = example("inperson-single.toml")  # Friday 2026-11-20, no decision date
    assert not any(
        n.kind is NoteKind.FOLLOW_UP for n in compose(session, datetime(2026, 11, 27, 8))
    )
    due = [n for n in compose(session, datetime(2026, 11, 27, 9)) if n.kind is NoteKind.FOLLOW_UP]
    assert len(due) == 1


def test_offer_stage_has_no_follow_up():
    session = example("video-panel.toml")
    session.interview.stage = Stage.OFFER
    later = datetime(2027, 1, 30, tzinfo=UTC)
    assert not any(n.kind is NoteKind.FOLLOW_UP for n in compose(session, later))
    assert (
        "about your offer for the Staff Software Engineer role" in compose(session, later)[0].body
    )


def test_user_phrase_file_overrides_a_slot_and_reports_mistakes(tmp_path: Path):
    (tmp_path / "phrases.toml").write_text(
        '[close]\nwarm = ["I hope we speak again soon, {name}.", "Thanks once more for the chat."]\n'
        '[sign_off]\nwarm = ["{nonsense} regards,"]\n[bogus]\nx = 1\n'
    )
    bank = load_bank(tmp_path)
    assert [str(p).split(": ", 1)[1] for p in bank.problems] == [
        "sign_off.warm: '{nonsense} regards,' uses unknown {nonsense}",
        "bogus: is not a phrase slot; check the name",
    ]
    assert (
        bank.options("close", Tone.WARM) == ["Thanks once more for the chat."]
        or bank.options("close", Tone.WARM)[-1] == "Thanks once more for the chat."
    )
    assert bank.options("sign_off", Tone.WARM) == shipped().options("sign_off", Tone.WARM)
    session = example("inperson-single.toml")
    email = compose(session, datetime(2026, 11, 20, 18), bank)[0]
    assert (
        "Thanks once more for the chat." in email.body or "I hope we speak again soon" in email.body
    )


def test_every_slot_has_enough_alternatives_for_a_six_person_panel():
    bank = shipped()
    varying = [
        "opening", "point", "point_clause", "point_own", "point_more", "point_more_clause",
        "point_more_own", "card_point_own", "no_point",
        "qualification", "fit",
        "panel", "interest", "interest_clause", "no_interest", "close", "subject",
        "card_opening", "gift_opening", "card_point", "card_point_clause", "card_interest",
        "card_interest_clause", "card_no_interest",
    ]  # fmt: skip
    for slot in varying:
        for tone in Tone:
            options = bank.options(slot, tone)
            assert len(set(options)) >= 6, (slot, tone)


def test_hostile_text_is_kept_literally():
    session = example("video-panel.toml")
    session.interviewers[0].points = ["[/] the {role} and [link=x]markup[/link]"]
    body = compose(session, datetime(2026, 11, 24, 19))[0].body
    assert "[/] the {role} and [link=x]markup[/link]" in body


def test_sparse_session_still_gives_a_real_note():
    session = Session(
        candidate=Candidate(name="Jo Lee"),
        interview=Interview(
            company="Ink", role="Clerk", format=Format.PHONE, date=date(2026, 3, 2)
        ),
        interviewers=[Interviewer(name="Sam")],
    )
    (note,) = compose(session, datetime(2026, 3, 2, 20))
    assert 50 <= note.words <= 200
    assert "by phone today" in note.body


def test_user_edited_note_with_unknown_keys_round_trips_through_compose():
    session = example("phone-edited-sent.toml")
    session.interviewers[0].notes.append(Note(Method.CALL, "my own call notes"))
    session.interviewers[0].methods = [Method.EMAIL, Method.CALL]
    notes = compose(session, datetime(2026, 11, 18, 12))
    assert [n.body for n in notes if n.method is Method.CALL] == ["my own call notes"]


# Slots whose sentences can stand in the same note: no two may open with the same words.
EMAIL_SLOTS = [
    ["opening"], ["point", "point_clause", "point_own", "no_point"],
    ["point_more", "point_more_clause", "point_more_own"],
    ["qualification", "fit"],
    ["panel"], ["interest", "interest_clause", "no_interest"], ["close"],
]  # fmt: skip
CARD_SLOTS = [
    ["card_opening", "gift_opening"],
    ["card_point", "card_point_clause", "card_point_own"],
    ["card_interest", "card_interest_clause", "card_no_interest"],
]


@pytest.mark.parametrize("groups", [EMAIL_SLOTS, CARD_SLOTS], ids=["email", "card"])
@pytest.mark.parametrize("tone", list(Tone))
def test_sentences_that_meet_in_one_note_never_open_alike(groups, tone):
    bank = shipped()

    def opening(template: str) -> str:
        return " ".join(template.lower().split()[:3])

    seen: dict[str, str] = {}
    for group in groups:
        openings = {opening(t) for slot in group for t in bank.options(slot, tone)}
        for words in openings:
            assert words not in seen, f"{group} and {seen[words]} both open with {words!r}"
        seen.update(dict.fromkeys(openings, str(group)))


@pytest.mark.parametrize(
    ("role", "phrase"),
    [
        ("Engineer", "as an Engineer,"),
        ("UX Researcher", "as a UX Researcher,"),
        ("Hourly Supervisor", "as an Hourly Supervisor,"),
        ("Designer", "as a Designer,"),
    ],
)
def test_articles_fit_the_role(tmp_path: Path, role: str, phrase: str):
    (tmp_path / "phrases.toml").write_text(
        '[no_interest]\nwarm = ["I would be delighted to join you as {a_role}, truly keen."]\n'
    )
    session = example("inperson-single.toml")
    session.interview.role = role
    session.interview.interest = ""
    email = compose(session, datetime(2026, 11, 20, 18), load_bank(tmp_path))[0]
    assert phrase in email.body


def test_voicemail_is_one_or_two_sentences():
    session = example("video-panel.toml")
    session.interview.methods = [Method.CALL]
    for note in compose(session, datetime(2026, 11, 24, 19)):
        voicemail = note.body.split("Voicemail (one or two sentences):\n", 1)[1].strip()
        assert 1 <= len(sentences(voicemail)) <= 2, voicemail
        assert "Acme Robotics" in voicemail and "by video" in voicemail


def test_show_uses_the_users_phrase_file_and_warns_about_mistakes(tmp_path: Path, monkeypatch):
    config = tmp_path / "config"
    config.mkdir()
    monkeypatch.setenv("THANKYOU_TUI_CONFIG_DIR", str(config))
    (config / "phrases.toml").write_text(
        '[close]\nwarm = ["Talk soon, I hope."]\n[sign_off]\nwarm = ["{oops},"]\n'
    )
    session_id = cli("import", str(FIXTURES / "examples" / "inperson-single.toml")).stdout.strip()
    result = cli("show", session_id, "--method", "email", "--now", "2026-11-20T18:00")
    assert result.returncode == 0
    assert "Talk soon, I hope." in result.stdout
    assert result.stderr.startswith("thankyou-tui: warning: ")
    assert "uses unknown {oops}" in result.stderr


def test_a_clause_typed_as_a_second_point_reads_as_english():
    session = example("inperson-single.toml")
    session.interviewers[0].points = ["the sourdough programme", "We talked about night shifts."]
    body = compose(session, datetime(2026, 11, 20, 18))[0].body
    assert "when we talked about night shifts." in body
    assert "about we talked" not in body and "on we talked" not in body


def test_a_point_about_your_own_work_is_thanked_for_their_interest():
    session = example("inperson-single.toml")
    session.interviewers[0].points = ["my sourdough starter", "my plan for weekend shifts"]
    email, card = compose(session, datetime(2026, 11, 20, 18))
    for note in (email, card):
        assert "my sourdough starter" in note.body
        for wrong in ("hearing about my", "learning about my", "insight you shared on my"):
            assert wrong not in note.body.lower()


def test_interest_typed_as_an_infinitive_reads_as_english():
    session = example("video-panel.toml")
    session.interview.interest = "To make warehouse robots safer."
    for note in compose(session, datetime(2026, 11, 24, 19)):
        assert "making warehouse robots safer" in note.body
        assert "about to make" not in note.body and "to to make" not in note.body
