"""The composer: golden texts for the examples, the phrase bank's contract, specific behaviour.

The measurable lines of the rubric, over every example and generated sessions, are in
test_note_quality.py.
"""

from __future__ import annotations

import itertools
import json
import re
import string
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thankyou_tui import english as en
from thankyou_tui.compose import CARD_WORDS, compose, generate, letter_words
from thankyou_tui.data.codec import loads
from thankyou_tui.model import (
    Candidate,
    Format,
    Interview,
    Interviewer,
    Method,
    Note,
    NoteKind,
    NoteStatus,
    Outcome,
    Point,
    Session,
    Stage,
    Tone,
)
from thankyou_tui.wording import FACTS, load_bank, shipped

from .conftest import FIXTURES
from .conftest import run_cli as cli
from .test_note_quality import letter_sentences, problems_in, typed_sessions

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
    ("messy-panel-inperson.toml", "2026-11-23T19:00", [], "messy-panel-inperson.txt"),
    ("offer-formal-phone.toml", "2026-11-25T19:00", [], "offer-formal-phone.txt"),
    ("sparse-formal-video.toml", "2026-11-27T18:00", [], "sparse-formal-video.txt"),
]


def example(name: str) -> Session:
    return loads((FIXTURES / "examples" / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize(("example_file", "now", "extra", "golden"), GOLDEN_CASES)
def test_show_prints_the_approved_golden_text(example_file, now, extra, golden):
    session_id = cli("import", str(FIXTURES / "examples" / example_file)).stdout.strip()
    result = cli("show", session_id, "--now", now, *extra)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # the shipped bank keeps its own contract
    assert result.stdout == (GOLDEN / golden).read_text(encoding="utf-8")


def test_every_example_has_a_golden_text():
    assert {c[0] for c in GOLDEN_CASES} == {p.name for p in (FIXTURES / "examples").glob("*")}


def test_show_json_shape_and_filters():
    session_id = cli("import", str(FIXTURES / "examples" / "phone-edited-sent.toml")).stdout.strip()
    notes = json.loads(cli("show", session_id, "--json", "--now", "2026-11-18T12:00").stdout)
    assert notes == [
        {
            "interviewer": "Grace Kim",
            "method": "email",
            "kind": "thank-you",
            "subject": "Thank you for today's call",
            "body": notes[0]["body"],
            "words": 68,
            "edited": True,
            "advice": [],
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


def test_the_word_count_is_the_letters_own():
    """Greeting, sign-off and signature are not counted: 100-180 means the letter itself."""
    session = example("inperson-single.toml")
    email = compose(session, datetime(2026, 11, 20, 18))[0]
    paragraphs = email.body.strip().split("\n\n")
    assert email.words == sum(len(p.split()) for p in paragraphs[1:-1])


# -- the phrase bank's contract --------------------------------------------------------------


def test_the_shipped_bank_keeps_its_own_contract():
    bank = shipped()
    assert bank.problems == ()
    for name, slot in bank.slots.items():
        assert slot.options, f"{name} has no alternatives"
        for templates in slot.options.values():
            for template in templates:
                assert slot.problem(template) is None, (name, template)


def _fill_every_placeholder(template: str) -> str:
    names = {n for _, n, _, _ in string.Formatter().parse(template) if n}
    return template.format_map({n: f"<{n}>" for n in names})


# Every shape a slot takes, filled with the way people type it: the sentence must read as English
# (checked by the slips a reader notices at once).
SHAPED = {
    "point.topic": [
        "your plan to retire paper tickets",
        "how you onboard new nurses",
        "the Q3 roadmap",
    ],
    "point.concern": ["your worry about queues at the terminal", "k8s cost overruns"],
    "point.asked": ["your question about how I would prioritise the roadmap"],
    "point.answer": ["how you measure developer productivity", "about the on-call rotation"],
    "point.said": ["you're opening an office in Leeds", "we both used to work at agencies"],
    "point.feedback": ["you did not like my boundary conditions on the east side"],
    "point.own": ["my portfolio piece on the checkout redesign"],
    "point.own_clause": ["I walked you through my portfolio"],
    "point.offer_topic": ["the flexibility you offered on the start date"],
    "point.offer_info": ["your mentoring scheme for new partners"],
    "interest.gerund": ["helping clinics cut their paperwork"],
    "interest.noun": ["the move to event-driven architecture", "your mission of fair banking"],
    "interest.clause": ["I care about accessible public services", "I'd love to work on search"],
    "offer_interest.gerund": ["building the adjudication practice"],
    "offer_interest.noun": ["the mentoring scheme"],
    "offer_interest.clause": ["I care about construction law"],
    "qual.tied": ["I led the replacement of a booking system", "I am fluent in Spanish"],
    "qual.role": ["I have spent 8 years running payments teams", "I hold a PhD in biology"],
}
SLIPS = re.compile(
    r"\b(help(ing)? with \w+ing|the chance of \w+ing|about (we|I|you) \w+ed|(\w+) \4)\b|"
    r"\{|\}|\s[,.]|\.\.",
    re.I,
)


@pytest.mark.parametrize("slot", sorted(SHAPED))
@pytest.mark.parametrize("tone", list(Tone))
def test_every_slot_reads_as_english_with_every_shape_it_takes(slot, tone):
    bank = shipped()
    placeholder = (
        "point" if slot.startswith("point") else "qual" if slot.startswith("qual") else "interest"
    )
    values = {f: f"<{f}>" for f in FACTS} | {
        "also": "",
        "why": "I did the same at Lyft",
        "is": "is",
        "deed": "I led the replacement of a booking system",
        "state": "I am fluent in Spanish",
        "doing": "leading the replacement of a booking system",
    }
    for phrase in SHAPED[slot]:
        for template in bank.templates(slot, tone):
            text = en.tidy(template.format_map(values | {placeholder: phrase}))
            assert not SLIPS.search(text), (template, text)
        # The same point with the user's reason, or with a strength about the same thing.
        deed = "I led the move of 40 services to Kubernetes"
        own = {"qual": deed, "deed": deed, "state": "I am fluent in Spanish"}
        for variant in (f"{slot}_why", f"{slot}_own"):
            if bank.has(variant):
                for template in bank.templates(variant, tone):
                    text = en.tidy(template.format_map(values | own | {placeholder: phrase}))
                    assert not SLIPS.search(text), (template, text)


def test_a_users_phrase_file_breaking_the_contract_is_reported_and_skipped(tmp_path: Path):
    (tmp_path / "phrases.toml").write_text(
        '[close.decision]\nwarm = ["I hope we speak again soon.", "Talk soon, {nonsense}."]\n'
        '[sign_off]\nwarm = ["{nonsense} regards,"]\n'
        '[point.topic]\nany = ["I liked it."]\nuses = ["point", "company"]\n[bogus]\nwarm = ["x"]\n'
    )
    bank = load_bank(tmp_path)
    messages = [str(p).split(": ", 1)[1] for p in bank.problems]
    assert any("{nonsense}" in m and "close.decision" in m for m in messages), messages
    assert any("leaves out {point}" in m for m in messages), messages
    assert any("the app sets what a slot takes" in m for m in messages), messages
    assert any("bogus.warm: is not a phrase slot" in m for m in messages), messages
    assert bank.templates("close.decision", Tone.WARM) == ("I hope we speak again soon.",)
    # A list whose every template broke the contract is not blanked: the shipped one stays.
    assert bank.templates("sign_off", Tone.WARM) == shipped().templates("sign_off", Tone.WARM)
    assert bank.templates("point.topic", Tone.WARM) == shipped().templates("point.topic", Tone.WARM)
    session = example("inperson-single.toml")
    email = compose(session, datetime(2026, 11, 20, 18), bank)[0]
    assert "I hope we speak again soon." in email.body


def test_a_missing_value_raises_rather_than_leaving_a_blank():
    from thankyou_tui.compose import _Writer

    session = example("inperson-single.toml")
    writer = _Writer(session, datetime(2026, 11, 20, 18), shipped())
    with pytest.raises(KeyError):
        writer.one("point.topic", 0)  # a point slot given no point


def test_every_varying_slot_has_enough_alternatives_for_a_panel():
    bank = shipped()
    for name, slot in bank.slots.items():
        if name.startswith(("opening", "point.", "qual.", "interest.", "close.", "panel.")):
            for tone in Tone:
                assert len(set(slot.templates(tone))) >= 3, (name, tone)


def test_no_two_alternatives_of_a_slot_share_six_words():
    """Shared wording between alternatives is how panel notes come to share a run."""
    bank = shipped()
    for name, slot in bank.slots.items():
        for tone in Tone:
            seen: dict[tuple[str, ...], str] = {}
            for template in slot.templates(tone):
                for part in re.split(r"\{[^}]*\}", template):
                    words = en.words_of(part)
                    for i in range(len(words) - 5):
                        run = words[i : i + 6]
                        assert seen.get(run, template) == template, (name, run)
                        seen[run] = template


# -- behaviour ---------------------------------------------------------------------------------


def test_edited_note_is_used_exactly_and_regenerate_ignores_it():
    session = example("phone-edited-sent.toml")
    (note,) = compose(session, datetime(2026, 11, 18, 12))
    saved = session.interviewers[0].notes[0]
    assert note.edited and note.body == saved.body and note.subject == saved.subject
    assert note.status is NoteStatus.SENT
    fresh = generate(session, datetime(2026, 11, 18, 12), 0, Method.EMAIL)
    assert not fresh.edited and fresh.body != saved.body
    assert "Riverbend Library" in fresh.body or "Digital Services Librarian" in fresh.body


def test_regenerate_gives_what_compose_would_without_the_edit():
    session = example("video-panel.toml")
    now = datetime(2026, 11, 24, 19, tzinfo=timezone(timedelta(hours=-8)))
    plain = compose(session, now)
    session.interviewers[1].notes.append(Note(Method.EMAIL, "My own words.\n", "Thanks"))
    assert compose(session, now)[1].body == "My own words.\n"
    assert generate(session, now, 1, Method.EMAIL).body == plain[1].body


def test_follow_up_appears_two_business_days_after_the_decision_date():
    session = example("video-panel.toml")  # decision_by Friday 2026-12-04
    tz = timezone(timedelta(hours=-8))
    before = compose(session, datetime(2026, 12, 8, 8, 59, tzinfo=tz))
    after = compose(session, datetime(2026, 12, 8, 9, 0, tzinfo=tz))
    assert [n.kind for n in before].count(NoteKind.FOLLOW_UP) == 0
    (follow,) = [n for n in after if n.kind is NoteKind.FOLLOW_UP]
    assert follow.interviewer == "Priya Raman" and follow.method is Method.EMAIL
    assert "December 4" in follow.body  # (a +1 number: a US user writes the month first)
    assert "on-call load" in follow.body  # it recalls a point of theirs
    for cliche in ("just checking in", "touching base", "circle back"):
        assert cliche not in follow.body.lower()


def test_a_follow_up_greets_exactly_as_the_sent_thank_you_did():
    session = example("phone-edited-sent.toml")
    (follow,) = [
        n for n in compose(session, datetime(2026, 12, 2, 10)) if n.kind is NoteKind.FOLLOW_UP
    ]
    assert follow.body.startswith("Dear Ms. Kim,\n")


def test_a_follow_up_recalls_a_plain_point_with_the_interest_in_one_sentence():
    """ "Since we spoke, I have kept thinking about X. What draws me most to the role is still
    Y": two stock sentences where one says what the point did (read 30)."""
    session = example("phone-edited-sent.toml")
    (follow,) = [
        n for n in compose(session, datetime(2026, 12, 2, 10)) if n.kind is NoteKind.FOLLOW_UP
    ]
    (sentence,) = [s for s in en.sentences(follow.body) if "teen coding club" in s]
    assert "bringing coding clubs to the branch libraries" in sentence, follow.body
    assert follow.body.count("coding clubs to the branch") == 1


def test_follow_up_without_decision_date_is_five_business_days_later():
    session = example("inperson-single.toml")  # Friday 2026-11-20, no decision date
    assert not any(
        n.kind is NoteKind.FOLLOW_UP for n in compose(session, datetime(2026, 11, 27, 8))
    )
    due = [n for n in compose(session, datetime(2026, 11, 27, 9)) if n.kind is NoteKind.FOLLOW_UP]
    assert len(due) == 1


def test_an_offer_note_thanks_for_the_offer_and_pitches_nothing():
    session = example("offer-formal-phone.toml")
    (email,) = compose(session, datetime(2026, 11, 25, 19))
    body = email.body.lower()
    assert "offer" in body and re.search(r"look(ing)? forward", body)
    for pitch in ("i hope i get", "would bring", "my experience", "remain very interested", "fit"):
        assert pitch not in body, pitch
    later = datetime(2027, 1, 30, tzinfo=UTC)
    assert not any(n.kind is NoteKind.FOLLOW_UP for n in compose(session, later))


def test_no_note_hopes_for_a_next_stage_once_a_decision_date_is_set():
    """Read 17: "I would be delighted to progress to the next stage" when the panel had said
    it would decide by 11 December."""
    session = example("messy-panel-inperson.toml")
    session.interview.stage = Stage.INTERVIEW
    for now in (datetime(2026, 11, 23, 19), datetime(2026, 11, 24, 9)):
        for note in compose(session, now):
            for words in ("next stage", "next step", "take things further", "process further"):
                assert words not in note.body, (note.title, words)


@pytest.mark.parametrize(
    ("name", "reader"),
    [
        ("05-antimicrobial-pharmacist-final.toml", "Femke"),
        ("6-08-senior-procurement-officer-brisbane.toml", "Sunil"),
    ],
)
def test_a_note_long_enough_without_an_offer_of_more_makes_none(name: str, reader: str):
    """Read 17: "I am happy to answer any other questions … I hope to hear from you soon"
    stacked two stock lines on a note that was long enough without the first."""
    session = loads((FIXTURES / "unseen" / name).read_text(encoding="utf-8"))
    extras = set(shipped().templates("extra", session.interview.tone))
    notes = compose(session, datetime(2026, 11, 27, 21))
    (email,) = [n for n in notes if n.method is Method.EMAIL and reader in n.interviewer]
    assert email.words >= 100
    assert not any(extra in email.body for extra in extras)


def test_a_point_that_starts_with_you_is_not_framed_by_you_again():
    """Read 17: "I have kept thinking about your point that you liked the footsteps"."""
    session = example("video-panel.toml")
    said = "she liked the footsteps but said dialogue sat too far back at 4:10"
    for why in ("she's right, heard it on the train home", "fair, I had only tested it on laptop"):
        for person in session.interviewers:
            person.points = [Point(said, why)]
        for note in compose(session, datetime(2026, 11, 24, 19)):
            body = note.body.lower()
            for frame in ("your point that you", "told me that you", "said that you", "said: you"):
                assert frame not in body, (frame, note.body)


def test_a_private_point_still_tells_how_to_greet_the_reader():
    """Round 10: "travel ~30%?? he said 'varies' -> red flag?" is left out of the note, but
    its "he" is how the formal greeting knew to say "Mr": without it, "Dear Vikram"."""
    session = example("sparse-formal-video.toml")
    person = session.interviewers[0]
    person.name = "Vikram Raghunathan"
    person.points = [
        Point("travel ~30%?? he said 'varies' -> red flag? ask Wei Ling"),
        Point("the procurement fraud case I ran (kickbacks via shell vendors)"),
    ]
    (email,) = compose(session, datetime(2026, 11, 27, 19))
    assert email.body.startswith("Dear Mr. Raghunathan") or email.body.startswith(
        "Dear Mr Raghunathan"
    )
    assert "travel" not in email.body and "red flag" not in email.body
    assert any("note to yourself" in a for a in email.advice)


def test_a_card_cuts_a_clause_only_at_its_own_comma():
    """Round 10: "I have been thinking about what you said: we both used to work." (cut
    before "at the Polanco hotel")."""
    session = example("inperson-single.toml")
    person = session.interviewers[0]
    person.methods = [Method.HANDWRITTEN]
    person.points = [Point("we both used to work at the Polanco hotel, diff years")]
    (card,) = compose(session, datetime(2026, 11, 20, 19))
    assert "we both used to work." not in card.body


def test_a_colleague_greeted_with_a_title_is_named_so_in_the_others_notes():
    """The walk: "Dear Mrs Carver" in her note, "It was lovely to meet Helen" in the next."""
    session = example("video-panel.toml")
    notes = compose(session, datetime(2026, 11, 24, 19, tzinfo=timezone(timedelta(hours=-8))))
    marcus = next(n for n in notes if n.interviewer == "Marcus Bell")
    assert "Priya" not in marcus.body.replace("Priya Raman", "")
    assert "Dr. Raman" in marcus.body or "Dr Raman" in marcus.body


def test_a_point_that_starts_with_your_is_not_anyones_take_on_your():
    """The walk: "It was really useful to hear your take on your team's month-end crunch"."""
    session = example("video-panel.toml")
    for person in session.interviewers:
        person.points = [Point("her team's month-end crunch"), Point("his team's on-call rota")]
    for note in compose(session, datetime(2026, 11, 24, 19)):
        for frame in ("take on your", "thoughts on your", "view on your"):
            assert frame not in note.body, note.body


def test_a_run_that_begins_in_the_sentence_before_is_blamed_on_that_sentence():
    """Five readers at an offer, the same point for four: "… is helping your drivers spend
    less time waiting. I …" was a run of nine with a colleague's note, blamed on whatever
    came after, so every close that opened with "I" was banned and a copied one kept."""
    people = [
        Interviewer(name=name, points=[Point("her plan to move billing onto Stripe")])
        for name in (
            "Dr. Lena Fischer",
            "Prof. Ahmed Siddiqui",
            "Jean-Luc Moreau",
            "Sarah-Jane Okoro",
            "María Fernanda López",
        )
    ]
    people[1].points += [
        Point("his question about how I'd handle a failed migration"),
        Point("their move from Jenkins to GitHub Actions"),
    ]
    session = Session(
        candidate=Candidate(name="Sam Rivera", email="sam@example.com"),
        interview=Interview(
            company="Harbourline Ferries",
            role="Ward Manager",
            stage=Stage.OFFER,
            format=Format.IN_PERSON,
            date=datetime(2026, 11, 2, 8, 0),
            interest="I want to help their drivers spend less time waiting at depots",
            methods=[Method.EMAIL, Method.HANDWRITTEN],
            tone=Tone.WARM,
        ),
        interviewers=people,
    )
    notes = compose(session, datetime(2026, 11, 2, 9))
    assert [p for p in problems_in(session, notes) if "share" in p] == []


def test_a_note_written_on_a_friday_wishes_a_good_weekend_not_the_rest_of_the_week():
    """ "I hope the remainder of your week goes well" at six on a Friday evening."""
    unseen = sorted((FIXTURES / "unseen").glob("*.toml")) + sorted(
        (FIXTURES / "examples").glob("*.toml")
    )
    for path in unseen:
        session = loads(path.read_text(encoding="utf-8"))
        session.interview.date = datetime(2026, 11, 27, 10)
        for note in compose(session, datetime(2026, 11, 27, 18)):
            assert "your week" not in note.body, (path.name, note.body)
        session.interview.date = datetime(2026, 11, 24, 10)
        for note in compose(session, datetime(2026, 11, 24, 18)):
            assert "good weekend" not in note.body and "pleasant weekend" not in note.body


def test_a_point_about_pay_is_left_out_and_the_preview_says_so():
    """Round 8: "offer: 90k + bonus, start 1 March (notice period 3 mo - ok?)" was quoted
    back to the reader in the email and the call."""
    session = example("offer-formal-phone.toml")
    person = session.interviewers[0]
    pay = Point("offer: 90k + bonus, start 1 March (notice period 3 mo - ok?)")
    person.points = [pay, *person.points]
    notes = compose(session, datetime(2026, 11, 25, 19))
    for note in notes:
        assert "90" not in note.body and "bonus" not in note.body
    (email,) = [n for n in notes if n.method is Method.EMAIL]
    assert any("pay is for the negotiation" in a and "90k" in a for a in email.advice)


@pytest.mark.parametrize("tone", list(Tone))
def test_an_offer_is_accepted_in_the_note_only_when_the_user_said_so(tone: Tone):
    session = example("offer-formal-phone.toml")
    session.interview.tone = tone
    accepting = re.compile(r"\baccept|\bsay yes\b|working with you|before I start|first day")
    for outcome, said in ((None, False), (Outcome.OFFER, False), (Outcome.ACCEPTED, True)):
        session.interview.outcome = outcome
        (email,) = compose(session, datetime(2026, 11, 25, 19))
        assert bool(accepting.search(email.body)) is said, (outcome, email.body)
        assert en.thanks_count(email.body) <= 2


def test_a_final_round_is_not_an_introduction_and_no_note_closes_like_networking():
    session = example("messy-panel-inperson.toml")
    for note in compose(session, datetime(2026, 11, 23, 19)):
        body = note.body.lower()
        assert "introduction to the team" not in body
        assert "staying in touch" not in body and "stay in touch" not in body


def test_a_video_email_says_how_you_met():
    session = example("video-panel.toml")
    for note in compose(session, datetime(2026, 11, 24, 19, tzinfo=timezone(timedelta(hours=-8)))):
        assert "video" in note.body


def test_an_interview_in_the_future_comes_with_a_warning():
    session = example("sparse-formal-video.toml")  # Friday 27 November, 15:00
    (email,) = compose(session, datetime(2026, 11, 26, 9))
    assert any("still ahead" in a for a in email.advice)
    (email,) = compose(session, datetime(2026, 11, 27, 18))
    assert not any("still ahead" in a for a in email.advice)


def test_a_thin_session_says_what_to_add_instead_of_padding():
    session = example("sparse-formal-video.toml")
    (email,) = compose(session, datetime(2026, 11, 27, 18))
    assert email.words < 90
    (advice,) = [a for a in email.advice if "short" in a]
    assert "qualification" in advice and "draws you to the role" in advice
    for empty_claim in ("suits the", "strong match", "plays to my strengths", "good fit"):
        assert empty_claim not in email.body


def test_points_beyond_three_are_reported_not_dropped_silently():
    session = example("inperson-single.toml")
    session.interviewers[0].points += [Point("the new oven"), Point("weekend rota")]
    email = compose(session, datetime(2026, 11, 20, 18))[0]
    assert "weekend rota" not in email.body
    assert any("weekend rota" in a for a in email.advice)


def test_why_a_point_mattered_is_woven_into_the_sentence():
    session = example("video-panel.toml")
    session.interviewers[1].points = [
        Point("property-based testing of the motion planner", "I brought it into my last team")
    ]
    now = datetime(2026, 11, 24, 19, tzinfo=timezone(timedelta(hours=-8)))
    marcus = compose(session, now)[1].body
    sentence = next(s for s in en.sentences(marcus) if "motion planner" in s)
    assert "I brought it into my last team" in sentence


def test_colleagues_are_named_as_a_person_would_name_them():
    session = example("messy-panel-inperson.toml")
    session.interview.methods = [Method.EMAIL]
    for person in session.interviewers:
        person.methods = None
    notes = compose(session, datetime(2026, 11, 23, 19))
    bodies = " ".join(n.body for n in notes)
    for full in ("Aisha Rahman", "Tom O'Brien", "Priya Natarajan"):
        assert full not in bodies.replace("Dana Whitfield", "")
    # Two people: colleagues by first name in a warm note.
    session.interviewers = session.interviewers[:2]
    (first, second) = compose(session, datetime(2026, 11, 23, 19))
    assert "Aisha" in first.body and "Aisha Rahman" not in first.body
    assert "Jean-Luc Moreau" not in second.body


def test_up_to_three_colleagues_are_named_and_a_larger_panel_is_the_panel():
    session = example("messy-panel-inperson.toml")
    session.interview.methods = [Method.EMAIL]
    for person in session.interviewers:
        person.methods = None
    now = datetime(2026, 11, 23, 19)
    whole_panel = re.compile(
        r"rest of the panel|fellow panel|everyone else|whole panel|other (?:panel|members|colleagues|interviewers)"
    )
    notes = compose(session, now)
    firsts = [p.name.split()[0] for p in session.interviewers]
    named = 0
    for note in notes:
        mine = firsts[note.interviewer_index]
        others = [f for f in firsts if f != mine]
        assert not whole_panel.search(note.body), note.body
        if all(f in note.body for f in others):
            named += 1
        assert not any(f in note.body for f in others) or all(f in note.body for f in others)
    # Every other note names them (in all four, "It was good to meet …" read as a roll call).
    assert len(notes) // 2 <= named < len(notes)
    # Four colleagues: the panel as a whole, never a list of four names.
    session.interviewers.append(Interviewer(name="Ola Berg", points=[Point("the Q3 roadmap")]))
    firsts.append("Ola")
    for note in compose(session, now):
        others = [f for f in firsts if f != firsts[note.interviewer_index]]
        assert sum(f in note.body for f in others) < 4, note.body


def _session_with(
    role: str,
    company: str,
    points: list[str],
    qual: str,
    interest: str = "shaping services close to the people they serve",
) -> Session:
    """One reader, one strength: how a note fits the two together."""
    return Session(
        candidate=Candidate(name="Jo Lee"),
        interview=Interview(
            company=company,
            role=role,
            format=Format.VIDEO,
            date=date(2026, 3, 2),
            qualifications=[qual],
            interest=interest,
        ),
        interviewers=[Interviewer(name="Sam Hale", points=[Point(p) for p in points])],
    )


@pytest.mark.parametrize(
    ("role", "company", "point", "qual"),
    [
        # A word of the role's own field, said by both ("stakeholder" in a policy job).
        (
            "Senior Policy Adviser",
            "Northshire Authority",
            "her question about stakeholder mapping for the devolution deal",
            "managed a cross-department stakeholder board",
        ),
        # A sum of money on each side, in a fundraising job.
        (
            "Major Gifts Fundraiser",
            "Riverlight Hospice",
            "their capital appeal for the new family wing (£4m target)",
            "raised £1.2m in major gifts for a cancer charity",
        ),
        # Staff and shifts; a depot and a warehouse.
        (
            "Operations Manager",
            "Northway Freight",
            "her plan to bring the agency staff down from 40% to 20%",
            "managed a 120-person 3-shift site",
        ),
        (
            "Operations Analyst",
            "Kestrel Freight",
            "their plan to move the Leeds depot onto the new WMS",
            "spent 3 years at a 3PL warehouse as shift supervisor",
        ),
    ],
)
def test_a_strength_is_tied_to_the_point_it_is_about(role, company, point, qual):
    session = _session_with(role, company, [point, "the office move"], qual)
    (note,) = compose(session, datetime(2026, 3, 2, 19))
    fitted = en.fit_point_and_why(point, "", en.Reader("Sam Hale", company))[0].text
    strength = " ".join(en.fit_qualification(qual).text.split()[-3:])
    sentence = next(s for s in letter_sentences(note) if fitted.lower() in s.lower())
    assert strength in sentence, note.body


@pytest.mark.parametrize(
    ("role", "company", "point", "qual", "strength"),
    [
        # "booking" and "ticket" are the whole job's field in a ticketing role
        (
            "Head of Digital Ticketing",
            "Harbourline Ferries",
            "their booking site",
            "rebuilt the ticket scanners for a rail operator",
            "ticket scanners",
        ),
        # "I cut failed appointments by a third" has nothing to do with lab bills
        (
            "Practice Manager",
            "Brookside Dental",
            "the lab bills and material costs",
            "cut failed appointments by about a third with text reminders",
            "failed appointments",
        ),
    ],
)
def test_no_likeness_is_claimed_without_a_real_tie(role, company, point, qual, strength):
    session = _session_with(role, company, [point, "the office move"], qual)
    (note,) = compose(session, datetime(2026, 3, 2, 19))
    fitted = en.fit_point_and_why(point, "", en.Reader("Sam Hale", company))[0].text
    sentence = next(s for s in letter_sentences(note) if fitted.lower() in s.lower())
    assert strength not in sentence, note.body


def _interest_session(point: str, interest: str) -> Session:
    points = ["Discussed the Q3 roadmap", point]
    return _session_with("Product Manager", "Fernway", points, "ran a checkout team", interest)


def test_a_plain_point_about_the_interest_is_said_as_the_reason_for_it():
    session = _interest_session(
        "her idea of push alerts when a delivery slot moves",
        "building the delivery app customers rely on",
    )
    (note,) = compose(session, datetime(2026, 3, 2, 19))
    sentence = next(s for s in letter_sentences(note) if "push alerts" in s)
    assert "the delivery app customers rely on" in sentence, note.body


def test_an_unrelated_plain_point_is_never_made_the_reason_for_the_interest():
    session = _interest_session("his cycling club", "building the delivery app customers rely on")
    (note,) = compose(session, datetime(2026, 3, 2, 19))
    sentence = next(s for s in letter_sentences(note) if "cycling club" in s)
    assert "delivery app" not in sentence, note.body


def test_hostile_text_is_kept_literally():
    session = example("video-panel.toml")
    session.interviewers[0].points = [Point("[/] the {role} and [link=x]markup[/link]")]
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
    assert note.body.startswith("Dear Sam,")
    assert "phone" in note.body and "today" in note.body and "Clerk" in note.body
    assert note.advice  # it says what would make it better


def test_user_edited_note_with_unknown_keys_round_trips_through_compose():
    session = example("phone-edited-sent.toml")
    session.interviewers[0].notes.append(Note(Method.CALL, "my own call notes"))
    session.interviewers[0].methods = [Method.EMAIL, Method.CALL]
    notes = compose(session, datetime(2026, 11, 18, 12))
    assert [n.body for n in notes if n.method is Method.CALL] == ["my own call notes"]


def test_call_notes_have_talking_points_and_a_short_voicemail():
    session = example("video-panel.toml")
    session.interview.methods = [Method.CALL]
    for note in compose(session, datetime(2026, 11, 24, 19)):
        points, voicemail = note.body.split("Voicemail:\n", 1)
        assert points.count("•") >= 4
        assert 1 <= len(en.sentences(voicemail)) <= 3, voicemail
        assert "Staff Software Engineer" in voicemail
        # a message they can answer: the candidate's number, when there is one
        assert "+1 415 555 0134" in voicemail, voicemail
    session.candidate.phone = ""
    for note in compose(session, datetime(2026, 11, 24, 19)):
        assert "reach me" not in note.body and "My number" not in note.body


def test_show_uses_the_users_phrase_file_and_warns_about_mistakes(tmp_path: Path, monkeypatch):
    config = tmp_path / "config"
    config.mkdir()
    monkeypatch.setenv("THANKYOU_TUI_CONFIG_DIR", str(config))
    (config / "phrases.toml").write_text(
        '[close.decision]\nwarm = ["Talk soon, I hope."]\n[sign_off]\nwarm = ["{oops},"]\n'
    )
    session_id = cli("import", str(FIXTURES / "examples" / "inperson-single.toml")).stdout.strip()
    result = cli("show", session_id, "--method", "email", "--now", "2026-11-20T18:00")
    assert result.returncode == 0
    assert "Talk soon, I hope." in result.stdout
    assert result.stderr.startswith("thankyou-tui: warning: ")
    assert "uses unknown {oops}" in result.stderr


def test_interest_typed_as_an_infinitive_reads_as_english():
    session = example("video-panel.toml")
    session.interview.interest = "To make warehouse robots safer."
    notes = compose(session, datetime(2026, 11, 24, 19))
    # Every other panel note carries the user's words (the rest restate interest otherwise).
    assert "making warehouse robots safer" in notes[0].body.lower()
    for note in notes:
        assert "about to make" not in note.body and "to to make" not in note.body


@settings(max_examples=40, deadline=None)
@given(typed_sessions())
def test_same_session_composes_the_same_text(session: Session):
    assert session.interview.date is not None
    now = session.interview.date + timedelta(hours=2)
    assert compose(session, now) == compose(session, now)


@settings(max_examples=60, deadline=None)
@given(typed_sessions(), st.sampled_from(list(Stage)))
def test_every_note_greets_its_own_reader_and_no_one_else(session: Session, stage: Stage):
    session.interview.stage = stage
    assert session.interview.date is not None
    notes = compose(session, session.interview.date + timedelta(hours=4))
    formal = session.interview.tone is Tone.FORMAL
    for note in notes:
        person = session.interviewers[note.interviewer_index]
        style = en.title_style(p.name for p in session.interviewers if p is not person)
        own = en.greeting_for(
            person.name, person.salutation, formal, [p.text for p in person.points], style
        )
        if note.method is Method.CALL:
            assert re.search(rf"^(Hello|Hi) {re.escape(own)},", note.body, re.M), note.body
        else:
            assert note.body.splitlines()[0] == f"Dear {own},"


def final_panel(candidate: str, interview: Interview, people: list[Interviewer]) -> Session:
    """An in-person final-round panel, thanked by email."""
    interview.stage, interview.format, interview.panel = Stage.FINAL, Format.IN_PERSON, True
    interview.methods = [Method.EMAIL]
    return Session(candidate=Candidate(name=candidate), interview=interview, interviewers=people)


def test_each_strength_goes_to_the_person_whose_point_it_speaks_to():
    """Words every note shares (the role's "nurse", its field's "booking") tie nothing to
    anything; a shared word ("preceptorship", "sepsis") beats a shared field ("training")."""

    def person(name: str, *points: str) -> Interviewer:
        return Interviewer(name=name, points=[Point(text=p) for p in points])

    session = final_panel(
        "Hannah Okafor",
        Interview(
            company="St Brigid's Hospital",
            role="Charge Nurse, Acute Medical Unit",
            date=datetime(2026, 11, 25, 14, 0),
            qualifications=[
                "6 yrs on a 28-bed acute medical ward, last 2 as deputy",
                "set up a preceptorship scheme for newly qualified nurses",
                "trained in sepsis screening and led the ward's audit",
            ],
        ),
        [
            person("Siobhan Carter", "how they onboard new nurses on night shifts"),
            person("Dr. Raj Mehta", "asked me about a time I escalated a patient",
                   "the new sepsis pathway"),
            person("Lucy Evans", "Talked about the preceptorship programme"),
        ],
    )  # fmt: skip
    bodies = {n.interviewer: n.body for n in compose(session, datetime(2026, 11, 25, 19, 0))}
    assert "I set up a preceptorship scheme" in bodies["Lucy Evans"]
    assert "I am trained in sepsis screening" in bodies["Dr. Raj Mehta"]
    assert "I have spent 6 years on a 28-bed acute medical ward" in bodies["Siobhan Carter"]
    assert bodies["Dr. Raj Mehta"].startswith("Dear Dr. Mehta,")


def test_a_formal_panel_names_colleagues_as_it_greets_them():
    """'Gareth' beside 'Dr. Okonjo' read as a slip in a formal note (a new user's walk)."""
    session = final_panel(
        "Eleanor Whitfield",
        Interview(
            company="Northshire Regional Development Authority",
            role="Senior Policy Adviser",
            date=datetime(2026, 11, 26, 13),
            qualifications=["7 yrs in central govt policy"],
            interest="getting to shape policy close to the communities it affects",
            tone=Tone.FORMAL,
        ),
        [
            Interviewer(name="Dr. Amara Okonjo", points=[Point("her worry about staff morale")]),
            Interviewer(name="Gareth Pryce", points=[Point("he asked about stakeholder mapping")]),
            Interviewer(name="Siobhan Reilly", salutation="Ms Reilly", points=[Point("Q3 plan")]),
        ],
    )
    notes = compose(session, datetime(2026, 11, 26, 18))
    assert [n.body.splitlines()[0] for n in notes] == [
        "Dear Dr. Okonjo,",
        "Dear Mr. Pryce,",
        "Dear Ms Reilly,",
    ]  # fmt: skip  ("Mr." as "Dr." was typed; "Ms Reilly" as the user typed it)
    for note in notes:
        assert not re.search(r"\b(Amara|Gareth|Siobhan)\b", note.body), note.body


def test_a_long_interest_is_said_in_the_users_words_in_every_panel_note():
    """Eleven words would be a run two notes share; the colleague's note says its head
    ("building the software that keeps warehouse robots safe") rather than a stock line."""
    session = example("video-panel.toml")
    notes = compose(session, datetime(2026, 11, 24, 19, tzinfo=timezone(timedelta(hours=-8))))
    emails = [n for n in notes if n.method is Method.EMAIL]
    assert len(emails) == 2
    for note in emails:
        assert "building the software that keeps warehouse robots safe" in note.body.lower()
    assert sum("safe around people" in n.body for n in emails) == 1


def test_a_formal_note_names_a_colleague_with_no_title_by_full_name_beside_titled_ones():
    """ "Mr. Llewellyn and Olivia" read as a slip: one title known, the other not."""
    session = final_panel(
        "Hannah Okafor-Reid",
        Interview(
            company="St Aidan's Academy",
            role="Teacher of Geography",
            date=datetime(2026, 11, 27, 13, 30),
            qualifications=["DofE silver expedition lead"],
            interest="fieldwork for every year group",
            tone=Tone.FORMAL,
        ),
        [
            Interviewer(name="Mr. Gareth Llewellyn", points=[Point("the new reset room")]),
            Interviewer(name="Dr. Farah Siddiqui", points=[Point("the A level NEA")]),
            Interviewer(name="Olivia Marsh-Bennett", points=[Point("supply teachers")]),
        ],
    )
    notes = compose(session, datetime(2026, 11, 27, 18))
    assert "Olivia Marsh-Bennett" in notes[0].body and "Dr. Siddiqui" in notes[0].body
    assert "Mr. Llewellyn and Dr. Siddiqui" in notes[2].body  # (each greeted with a title)
    for note in notes:
        assert not re.search(r"\bOlivia\b(?! Marsh)", note.body.split("\n", 1)[1]), note.body


def test_also_is_said_of_one_point_only():
    """ "Thank you also for … The scanner also struck a chord" read as a list."""
    session = final_panel(
        "Niamh Gallagher",
        Interview(
            company="Northvale Referrals",
            role="Theatre Nurse",
            date=datetime(2026, 11, 27, 9),
            interest="working in orthopaedic theatres",
        ),
        [
            Interviewer(
                name="Sarah-Jane Pryce-Hughes",
                points=[
                    Point("their move to a 4-on 4-off rota", "I did 4 on 4 off and loved it"),
                    Point("asked how I'd handle an owner who won't leave the prep room"),
                    Point("the new CT scanner and anaesthetic monitoring for it", "my cert"),
                ],
            )
        ],
    )
    (email,) = compose(session, datetime(2026, 11, 27, 18))
    assert len(re.findall(r"\balso\b", email.body)) <= 1, email.body


def test_an_interest_with_a_comma_of_its_own_is_never_made_a_subject():
    """ "getting X going, so every kid … once a term is precisely the work I hope to do"."""
    interest = (
        "getting a proper fieldwork programme going from Year 7 up, so every kid gets out"
        " of the classroom at least once a term"
    )
    for hour in range(14, 24):
        session = final_panel(
            "Hannah Okafor-Reid",
            Interview(
                company="St Aidan's Academy",
                role="Teacher of Geography",
                date=datetime(2026, 11, 27, 13),
                interest=interest,
                tone=Tone.FORMAL if hour % 2 else Tone.WARM,
            ),
            [Interviewer(name="Gareth Llewellyn", points=[Point("the new reset room")])],
        )
        (email,) = compose(session, datetime(2026, 11, 27, hour))
        assert re.search(r"once a term[.,;—]", email.body), email.body


def test_a_strength_goes_beside_the_point_it_speaks_to_even_one_with_a_why():
    """ "I ran the knee class at St Mary's" was said of the role, apart from "your plan to run
    group hip and knee classes" (a why of the user's, "the bit of the job I love", had kept
    them apart): it now follows that point, which is said last so nothing comes between."""
    session = final_panel(
        "Grace Oduya",
        Interview(
            company="Riverside Community NHS Trust",
            role="MSK Physiotherapist",
            date=datetime(2026, 11, 27, 9),
            qualifications=["ran the knee class at St Mary's for 2 yrs"],
            interest="getting people back to work after injury",
        ),
        [
            Interviewer(
                name="Tom Hadley",
                points=[
                    Point("their plan to run group hip & knee classes", "it's the bit I love"),
                    Point("he asked how I'd handle a patient who won't do their exercises"),
                ],
            )
        ],
    )
    (email,) = compose(session, datetime(2026, 11, 27, 18))
    sentences = [s for p in email.body.split("\n\n") for s in en.sentences(p)]
    plan = next(i for i, s in enumerate(sentences) if "knee classes" in s)
    assert "knee class at St Mary's" in sentences[plan + 1], email.body


def test_an_interest_that_names_a_team_is_joined_not_worked_on():
    """ "If I could choose one thing to work on next, it would be the early supported discharge
    team" (an unseen session): one joins a team."""
    for hour, tone in itertools.product(range(12, 24), Tone):
        session = final_panel(
            "Priyanka Sharma-Holt",
            Interview(
                company="Pennine Community Health",
                role="Occupational Therapist",
                date=datetime(2026, 11, 27, 10),
                interest="the early supported discharge team",
                tone=tone,
            ),
            [Interviewer(name="Kath Dunleavy", points=[Point("the virtual ward pilot")])],
        )
        (email,) = compose(session, datetime(2026, 11, 27, hour))
        assert "discharge team" in email.body
        assert not re.search(r"work(ing)? on|team is work|days on", email.body), email.body


def test_a_call_after_an_offer_thanks_for_the_offer_and_pitches_nothing():
    session = example("offer-formal-phone.toml")
    session.interview.methods = [Method.CALL]
    for person in session.interviewers:
        person.methods = None
    calls = [n for n in compose(session, datetime(2026, 11, 25, 19)) if n.method is Method.CALL]
    assert calls
    for call in calls:
        assert "Fit:" not in call.body, call.body
        assert "offer" in call.body.split("Voicemail:", 1)[1], call.body


def test_an_offer_not_yet_accepted_says_where_the_candidate_stands():
    """Cold readers asked whether the candidate meant to accept (and the note was 75 words)."""
    session = example("offer-formal-phone.toml")
    (email,) = compose(session, datetime(2026, 11, 25, 19))
    assert re.search(r"written (terms|offer)", email.body), email.body
    session.interview.outcome = Outcome.ACCEPTED
    (email,) = compose(session, datetime(2026, 11, 25, 19))
    assert not re.search(r"written (terms|offer)", email.body), email.body


def test_after_a_final_round_no_note_speaks_of_a_next_stage():
    """ "… the final interview … I would be delighted to progress to the next stage"."""
    for hour, tone in itertools.product(range(12, 24), Tone):
        session = final_panel(
            "Sam Rivera",
            Interview(
                company="Brackwater Consulting",
                role="Senior Civil Engineer",
                date=datetime(2026, 11, 26, 10),
                qualifications=["I am a site lead on a £14m tidal wall at Burnham-on-Sea"],
                tone=tone,
            ),
            [Interviewer(name="Jide Adebayo", points=[Point("saltmarsh habitat creation")])],
        )
        (email,) = compose(session, datetime(2026, 11, 26, hour))
        assert not re.search(r"next (stage|step)|(things|process|position) further", email.body)
        # "… a £14m tidal wall, which I would bring": the wall is not what is brought
        assert not re.search(r"Burnham-on-Sea(, which|, a |; it is)", email.body), email.body


def test_a_long_interest_is_said_whole_to_one_member_of_a_panel():
    """Said whole in two notes of a panel, eleven words of the user's were a run the notes
    share (every cold reader counted it); the others say its head."""
    session = example("messy-panel-inperson.toml")
    session.interview.interest = (
        "helping the practice grow its private list without losing its NHS patients"
    )
    notes = compose(session, datetime(2026, 11, 23, 19))
    whole = {n.interviewer for n in notes if "without losing its NHS patients" in n.body}
    assert whole == {"Jean-Luc Moreau"}  # (the follow-ups' reader: they repeat nothing)
    for note in notes:
        if note.interviewer not in whole and note.method is Method.EMAIL:
            assert "helping the practice grow its private list" in note.body.lower(), note.body


def test_the_decision_date_is_in_every_other_note_of_a_panel_not_in_each():
    """Four notes each offering more "before 2 December" read as one letter reworded (read
    33): the second and fourth readers' notes close without it."""
    session = example("messy-panel-inperson.toml")
    for hour in (19, 21, 23):
        emails = [
            n for n in compose(session, datetime(2026, 11, 23, hour)) if n.method is Method.EMAIL
        ]
        dated = {n.interviewer_index for n in emails if "2 December" in n.body}
        assert dated and dated <= {0, 2}, hour


def test_a_panel_member_after_the_first_may_be_thanked_without_the_role_s_full_title():
    """Four openings "Thank you for … the Hospital Chaplain (0.8 FTE) position at Kahurangi
    Health", synonyms swapped, read as one letter (read 34). The first reader hears the
    title; a later one a shorter thanks, only where the note stays long enough."""
    bank = shipped()
    short = set(bank.templates("opening.panel", Tone.WARM)) | set(
        bank.templates("opening.panel", Tone.FORMAL)
    )
    shapes = [re.compile(re.sub(r"\\\{\w+\\\}", ".+?", re.escape(t)) + "(?:\\s|$)") for t in short]
    used = 0
    for path in sorted((FIXTURES / "unseen").glob("*.toml")):
        session = loads(path.read_text("utf-8"))
        if not session.interview.panel or not isinstance(session.interview.date, datetime):
            continue
        now = session.interview.date + timedelta(hours=6)
        emails = [n for n in compose(session, now) if n.method is Method.EMAIL and not n.edited]
        for note in emails:
            opening = note.body.split("\n\n")[1]
            if any(shape.match(opening) for shape in shapes):
                used += 1
                assert note.interviewer_index != 0, note.body
                assert letter_words(note.body) >= 100, note.body
    assert used >= 5  # (it is used, where it fits)


def test_a_point_about_something_else_is_said_beside_the_interest_never_as_its_cause():
    """ "What you told me about staffing for the ice-cave season left me all the more drawn
    to leading the climbing trips" was a link the user never made (read 34)."""
    session = loads((FIXTURES / "unseen" / "18-01-glacier-guide-skaftafell.toml").read_text())
    notes = compose(session, datetime(2026, 11, 12, 20))
    einar = next(n for n in notes if n.interviewer.startswith("Einar") and n.method is Method.EMAIL)
    (sentence,) = [s for s in letter_sentences(einar) if "staffing" in s]
    if "climbing trips" in sentence:
        assert re.search(r"everything else we covered|as a whole|, and I (came|left)", sentence)


def test_of_two_plain_points_beside_a_woven_one_one_may_stay():
    """Guðrún's email said all three points, two of them plainly, one after another: "a list
    of points pushed through templates" (read 34). Where the note is long enough with one
    plain point beside the woven one, the other is left out, and the preview says so."""
    session = loads((FIXTURES / "unseen" / "18-01-glacier-guide-skaftafell.toml").read_text())
    notes = compose(session, datetime(2026, 11, 12, 20))
    email = next(n for n in notes if n.interviewer.startswith("Guð") and n.method is Method.EMAIL)
    assert "recce the ice-cave route" in email.body
    assert ("15 m/s" in email.body) != ("turned a group back" in email.body)
    assert any("is left out" in line and "tacked on" in line for line in email.advice)
    assert letter_words(email.body) >= 100


def test_a_us_user_writes_the_month_first_and_others_the_day_first():
    """ "before 11 December" in a note from New York (a walk)."""
    session = example("video-panel.toml")  # (a +1 phone number, no country set)
    evening, week_on = datetime(2026, 11, 25, 3, tzinfo=UTC), datetime(2026, 12, 8, tzinfo=UTC)

    def said(now: datetime) -> str:
        return " ".join(n.body for n in compose(session, now))

    assert "December 4" in said(evening) and "4 December" not in said(evening)
    assert "on November 24" in said(week_on)
    session.candidate.phone = "+44 20 7946 0321"
    assert "4 December" in said(evening) and "December 4" not in said(evening)
    assert "on Tuesday 24 November" in said(week_on)


def test_no_strength_is_tied_to_a_point_about_the_candidates_own_work():
    """ "I enjoyed walking you through my portfolio … It took me back to when I carved and
    rigged a 2 m horse": the same horse (read 34)."""
    session = loads((FIXTURES / "unseen" / "18-08-puppet-maker-cape-town.toml").read_text())
    for note in compose(session, datetime(2026, 11, 24, 20, tzinfo=UTC)):
        if "my portfolio" in note.body:
            assert "took me back to when I carved" not in note.body, note.body


def test_at_equal_fit_to_the_points_the_strength_nearest_the_interest_is_said():
    """An MA stood untied beside "the isothermal glazing project" while "4 yrs at a
    cathedral workshop, mostly releading and isothermal glazing" went unused (read 34)."""
    path = FIXTURES / "unseen" / "18-03-stained-glass-conservator-york.toml"
    session = loads(path.read_text("utf-8"))
    (email,) = [n for n in compose(session, datetime(2026, 11, 17, 20)) if n.method is Method.EMAIL]
    assert "four years at a cathedral workshop" in email.body


def test_the_interest_names_its_reader_as_you_in_a_note_to_them():
    """ "learning fine fragrance from Marie-Claire's team", in a note to Marie-Claire (read 35)."""
    session = loads((FIXTURES / "unseen" / "19-02-perfumer.toml").read_text("utf-8"))
    for note in compose(session, datetime(2026, 11, 24, 20)):
        if note.interviewer.startswith("Marie-Claire"):
            assert "Marie-Claire's" not in note.body, note.body
        elif "learning fine fragrance" in note.body:
            assert "Marie-Claire's team" in note.body


def test_a_title_the_name_carries_is_you_in_the_interest_and_a_slip_is_left_out():
    """ "pairing the chenin list with Chef's seasonal menus", to the Chef; the gift card that
    brought back the candidate's embarrassing blind tasting (read 35)."""
    session = loads((FIXTURES / "unseen" / "19-06-sommelier.toml").read_text("utf-8"))
    notes = compose(session, datetime(2026, 11, 19, 20))
    for note in notes:
        assert "blind tasting" not in note.body
        if note.interviewer.startswith("Chef"):
            assert "Chef's" not in note.body, note.body
    assert any("recalls a slip" in line for n in notes for line in n.advice)


def test_a_title_the_app_writes_is_punctuated_as_the_panels_typed_titles():
    """ "Dear Mr Bühler" in his note, "Mr. Bühler" in the others', beside "Prof." and "Dr."
    as typed (read 35): one hand writes them all."""
    session = loads((FIXTURES / "unseen" / "19-01-avalanche-forecaster.toml").read_text("utf-8"))
    notes = compose(session, datetime(2026, 11, 6, 20))
    bodies = " ".join(n.body for n in notes)
    assert "Mr Bühler" not in bodies
    assert any(n.body.startswith("Dear Mr. Bühler,") for n in notes)


def test_an_offer_note_does_not_promise_to_be_in_touch_twice():
    """ "I will review the written terms … and come back to you with any questions. I shall be
    in touch shortly to confirm the arrangements" (read 34)."""
    for path in [
        FIXTURES / "examples" / "offer-formal-phone.toml",
        FIXTURES / "unseen" / "18-06-marine-pilot-rotterdam.toml",
    ]:
        session = loads(path.read_text("utf-8"))
        assert isinstance(session.interview.date, datetime)
        for hours in (2, 5, 20):
            for note in compose(session, session.interview.date + timedelta(hours=hours)):
                if note.method is Method.EMAIL:
                    promises = re.findall(
                        r"come back to you|be in touch|get back to you|write again", note.body
                    )
                    assert len(promises) <= 1, note.body


def test_the_preview_says_why_a_note_has_no_strength_and_why_one_person_gets_follow_ups():
    """Two questions new users asked on a walk: why none of my strengths appeared, and why
    only one interviewer got the follow-ups."""
    session = example("video-panel.toml")
    session.interviewers[0].points = [
        Point("the plan to move fleet telemetry onto Kafka", "I did the same migration at Lyft"),
        Point("her worry about on-call load", "we fixed the same with a follow-the-sun rota"),
        Point("the new safety certification process", "it's exactly what I want to work on"),
    ]
    late = datetime(2026, 12, 20, 10, tzinfo=timezone(timedelta(hours=-8)))
    notes = compose(session, late)
    first = next(n for n in notes if n.interviewer_index == 0 and n.kind is NoteKind.THANK_YOU)
    assert not any(q in first.body for q in session.interview.qualifications), first.body
    assert any("No strength is added" in a and "Kafka" in a for a in first.advice), first.advice
    follow_ups = [n for n in notes if n.kind is NoteKind.FOLLOW_UP]
    assert follow_ups and all("one person of the panel" in " ".join(n.advice) for n in follow_ups)


def test_a_plain_point_beside_a_woven_one_is_left_out_when_the_note_stands_without_it():
    """ "I came away with a better sense of X" after points woven in with their reasons read
    as tacked on to cold readers: left out where the note is long enough as it is (never
    for a line of filler), and the preview says how to bring it back."""

    def session(huddle_why: str = "") -> Session:
        return Session(
            candidate=Candidate(name="Niamh Gallagher"),
            interview=Interview(
                company="Northvale Referrals",
                role="Theatre Nurse",
                format=Format.PHONE,
                date=datetime(2026, 11, 27, 9),
                qualifications=["5 yrs in small animal theatres"],
                interest="working in orthopaedic theatres alongside specialist surgeons",
            ),
            interviewers=[
                Interviewer(
                    name="Sarah-Jane Pryce-Hughes",
                    points=[
                        Point(
                            "their move to a 4-on 4-off rota for theatre nurses",
                            "I did 4 on 4 off at my first practice and it was the best rota I"
                            " have ever worked",
                        ),
                        Point(
                            "the new CT scanner and anaesthetic monitoring for it",
                            "it ties in with the anaesthesia certificate I am studying for",
                        ),
                        Point("how they run the morning huddle", huddle_why),
                    ],
                )
            ],
        )

    now = datetime(2026, 11, 27, 18)
    (email,) = compose(session(), now)
    assert "morning huddle" not in email.body
    assert email.words >= 100
    assert any("morning huddle" in a and "left out" in a for a in email.advice), email.advice
    # With a why of its own it is woven in, and said.
    (email,) = compose(session("we never had one at my practice and it showed"), now)
    assert "morning huddle" in email.body
    assert not any("left out" in a for a in email.advice), email.advice
    # A note too short without it keeps it: a plain point is better than a line of filler.
    session_short = example("video-panel.toml")
    for note in compose(
        session_short, datetime(2026, 11, 24, 19, tzinfo=timezone(timedelta(hours=-8)))
    ):
        if note.interviewer == "Priya Raman":
            assert "on-call load" in note.body


def test_a_point_said_plainly_comes_with_advice_on_how_to_say_more():
    """Without a why, a point can only be said plainly; the preview says how to change that,
    and says nothing once every point has its why (or a strength beside it)."""
    session = example("messy-panel-inperson.toml")
    now = datetime(2026, 11, 23, 19)
    email = next(n for n in compose(session, now) if n.interviewer == "Aisha Rahman")
    assert any("she asked how I would prioritise" in a and "why" in a for a in email.advice)
    for point in session.interviewers[1].points:
        point.why = "I did the same at my last job"
    email = next(n for n in compose(session, now) if n.interviewer == "Aisha Rahman")
    assert not any("said plainly" in a for a in email.advice)


@pytest.mark.parametrize("stage", list(Stage))
def test_a_session_with_no_role_yet_never_says_a_bare_article(stage: Stage):
    """The preview while the role is still empty once read "joining Acme as a." (a tmux walk)."""
    session = Session(
        candidate=Candidate(name="Alex Morgan"),
        interview=Interview(
            company="Acme", stage=stage, format=Format.VIDEO, date=datetime(2026, 11, 26, 9)
        ),
        interviewers=[Interviewer()],
    )
    for note in compose(session, datetime(2026, 11, 26, 12)):
        assert not re.search(r"\b(a|an|the)[.,;:]", note.body), note.body


@pytest.mark.parametrize("stage", list(Stage))
def test_a_session_with_nothing_typed_yet_leaves_no_seam(stage: Stage):
    """The first preview, before company and role, read "… the kind of work I would bring
    to." and "the role at." (a new user's walk)."""
    for quals in ([], ["ran the knee class at St Mary's for 2 yrs"], ["5 yrs MSK outpatients"]):
        session = Session(
            candidate=Candidate(name="Grace Oduya"),
            interview=Interview(stage=stage, qualifications=quals, date=datetime(2026, 11, 27, 7)),
            interviewers=[Interviewer()],
        )
        for note in compose(session, datetime(2026, 11, 27, 9)):
            assert not re.search(r"\b(at|to|as|for|in|a|an|the)[.,;:]", note.body), note.body


def test_a_formal_note_to_a_first_name_does_not_sign_off_yours_sincerely():
    """'Yours sincerely' belongs with 'Dear Ms Castell', not with 'Dear Margaret'."""
    session = example("sparse-formal-video.toml")
    for hour in range(18, 24):
        (email,) = compose(session, datetime(2026, 11, 27, hour))
        assert email.body.startswith("Dear Margaret,")
        assert "Yours" not in email.body
    session = example("offer-formal-phone.toml")
    (email,) = compose(session, datetime(2026, 11, 25, 19))
    assert email.body.startswith("Dear Ms Castell,")  # a title: any formal sign-off will do


@pytest.mark.parametrize("stage", [Stage.INTERVIEW, Stage.FINAL, Stage.OFFER])
def test_something_they_did_for_you_is_thanked_at_any_stage(stage: Stage):
    """'I came away with a better sense of the flexibility you offered' read oddly (a walk)."""
    session = example("offer-formal-phone.toml")  # "the flexibility she offered on the start date"
    session.interview.stage = stage
    (email,) = compose(session, datetime(2026, 11, 25, 19))
    said = next(s for s in en.sentences(email.body) if "flexibility you offered" in s)
    assert re.search(r"thank|grateful|glad of|appreciated", said, re.I), said


def test_a_card_says_the_likeness_its_email_found_without_repeating_the_strength():
    """Readers marked down a card that only said "It was helpful to understand X" when the
    email had tied another point to their work; the card carries that tie, in a few words."""
    session = example("messy-panel-inperson.toml")
    notes = compose(session, datetime(2026, 11, 23, 19))
    tied = {
        "Jean-Luc Moreau": "your plan to retire paper tickets by 2028",
        "Priya Natarajan": "complaints from wheelchair users about the booking site",
    }
    for name, point in tied.items():
        email = next(n for n in notes if n.interviewer == name and n.method is Method.EMAIL)
        card = next(n for n in notes if n.interviewer == name and n.method is Method.HANDWRITTEN)
        strengths = [en.fit_qualification(q).text for q in session.interview.qualifications]
        strength = next(q for q in strengths if q in email.body)
        said = next(s for s in en.sentences(email.body) if strength in s)
        assert point in said.lower()  # the email ties the point to the strength
        assert point in card.body.lower()
        assert strength not in card.body  # the strength itself stays in the email
        # … and the card says it again in a few words, as something done ("leading the
        # replacement of …"): "so close to my own experience" read as a vague claim of fit.
        doing = en.deed_gerund(strength)
        assert doing and doing.split()[0] in card.body, card.body
        assert "my own experience" not in card.body


def test_a_follow_up_recalls_the_likeness_not_the_strength_word_for_word():
    session = example("video-panel.toml")
    (follow_up,) = [
        n
        for n in compose(session, datetime(2026, 12, 8, 10, tzinfo=timezone(timedelta(hours=-8))))
        if n.kind is NoteKind.FOLLOW_UP and n.interviewer == "Priya Raman"
    ]
    assert "on-call load across time zones" in follow_up.body
    # The thank-you said the strength whole; the follow-up names it in brief, not as a vague
    # "so close to work I have done" (a reader took that for an empty claim).
    assert "I mentored six engineers" not in follow_up.body
    assert "mentoring six engineers" in follow_up.body, follow_up.body


def _operations_session(**interview: object) -> Session:
    return Session(
        candidate=Candidate(name="Jamie Carter"),
        interview=Interview(
            company="Brightwell Logistics",
            role="Operations Analyst",
            stage=Stage.FINAL,
            date=datetime(2026, 11, 26, 14),
            qualifications=interview.pop(  # type: ignore[arg-type]
                "qualifications", ["led a WMS rollout across 3 sites", "4 yrs ops analysis at DHL"]
            ),
            interest="getting to work on the network redesign",
            **interview,  # type: ignore[arg-type]
        ),
        interviewers=[
            Interviewer(
                name="Sarah Okafor",
                points=[
                    Point(
                        "Discussed their plan to move the Leeds depot to a new WMS",
                        "did the same migration at DHL",
                    ),
                    Point("her team's on-call load"),
                    Point("how they forecast peak season volumes"),
                ],
            ),
            Interviewer(name="Tom Reilly", points=[Point("asked how I'd handle a late supplier")]),
        ],
    )


def test_a_strength_is_not_stacked_on_a_point_the_user_gave_a_reason_for():
    """A walk-through: "The forecasting model you use struck a chord: I built one in Python
    last year. That overlaps with my own work, as I have worked with SQL" (two claims on one
    point), and a strength tied to the first point landing after the second, unrelated one."""
    session = _operations_session(
        qualifications=["SQL + Power BI", "led a WMS rollout across 3 sites"]
    )
    session.interviewers[0].points.pop()
    session.interviewers[1] = Interviewer(
        name="Priya Shah",
        points=[
            Point("talked about the forecasting model they use", "I built one in Python last year")
        ],
    )
    strengths = [
        (s, note.body)
        for note in compose(session, datetime(2026, 11, 26, 19))
        for s in en.sentences(note.body)
        if "WMS rollout" in s or "SQL" in s
    ]
    assert strengths  # both notes are short without one
    interest = " ".join(session.interview.interest.split()[-2:])  # "network redesign"
    for strength, body in strengths:
        # Said of the role or of the work the candidate wants there, not as a likeness to a
        # point that already has its reason.
        assert any(n in strength for n in ("Operations Analyst", "Brightwell", interest)), body
        assert not re.search(r"struck a chord|overlaps|close to|connects", strength), body


def test_a_template_does_not_echo_the_users_words_in_the_same_sentence():
    """ "If I could choose one thing to work on next, it would be working on the network
    redesign"; "I would draw on my own experience: I have 4 years' experience in …"."""
    from thankyou_tui.compose import _echoes

    for n, company in enumerate(["Acme", "Brightwell", "Kestrel", "Norrland", "Westbrook"]):
        session = Session(
            candidate=Candidate(name="Jamie Carter"),
            interview=Interview(
                company=company,
                role=["Operations Analyst", "Staff Engineer", "Ward Manager"][n % 3],
                date=datetime(2026, 11, 26, 14),
                qualifications=["4 yrs experience in ops analysis at DHL"],
                interest="getting to work on the network redesign",
                tone=list(Tone)[n % 2],
            ),
            interviewers=[Interviewer(name="Tom Reilly", points=[Point("the Q3 roadmap")])],
        )
        (email,) = compose(session, datetime(2026, 11, 26, 19))
        for sentence in en.sentences(email.body):
            carries = " ".join(
                t
                for t in ("working on the network redesign", "4 years experience in ops analysis")
                if t.split()[0] in sentence
            )
            assert not _echoes(sentence, carries), (sentence, email.body)


def test_a_strength_no_point_speaks_to_is_tied_to_the_role():
    """'As for what I would bring, …' read as a strength dropped in, tied to nothing."""
    bank = shipped()
    for tone in Tone:
        for template in bank.templates("qual.role", tone):
            assert re.search(r"\{(role|company|a_role)\}|this role", template), template


def test_two_sentences_in_a_row_do_not_open_with_the_same_word():
    """'If it would help, … If there is more …' read as a list."""
    for session in [example(f.name) for f in sorted((FIXTURES / "examples").glob("*.toml"))]:
        for note in compose(session, session.interview.date + timedelta(hours=8)):
            said = letter_sentences(note)
            for a, b in itertools.pairwise(said):
                first = en.first_word(a)
                assert first == "i" or first != en.first_word(b), (a, b)


def test_no_preposition_is_stacked_at_the_seam_of_template_and_point():
    session = example("messy-panel-inperson.toml")
    session.interviewers[2].points = [
        Point(text="their concern about staff morale after the restructure")
    ]
    for hour in range(18, 24):
        for note in compose(session, datetime(2026, 11, 23, hour)):
            assert not re.search(r"\babout your concern about\b", note.body), note.body


def test_at_equal_fit_something_done_is_said_before_something_held():
    """ "I am a bootcamp graduate" said less than the rota app a food bank still uses."""
    session = final_panel(
        "Zhang Min",
        Interview(
            company="Parcelly",
            role="Junior Backend Developer",
            date=datetime(2026, 11, 26, 14, 0),
            qualifications=[
                "bootcamp grad (Makers, Python/Django track)",
                "built a volunteer rota app my local food bank still uses",
            ],
        ),
        [Interviewer(name="Lena Fischer", points=[Point(text="the on-call handbook")])],
    )
    (email,) = compose(session, datetime(2026, 11, 26, 19, 0))
    assert "I built a volunteer rota app" in email.body
    assert "graduate" not in email.body


# (derandomized: a preference the composer weighs, not a rule it can always keep in a large
# panel, so it is held to one fixed sample rather than to whatever a random run finds)
@settings(max_examples=60, deadline=None, derandomize=True)
@given(typed_sessions())
def test_thanks_are_not_said_in_two_sentences_in_a_row(session: Session):
    """A card read "Many thanks for our conversation on Monday. Thank you for talking me
    through …"."""
    session.interview.methods = [Method.EMAIL, Method.HANDWRITTEN]
    assert session.interview.date is not None
    for note in compose(session, session.interview.date + timedelta(hours=4)):
        if note.method is Method.CALL:
            continue
        for a, b in itertools.pairwise(letter_sentences(note)):
            # (Thanks for something they did for you is its own thanks: "Your advice on the
            # path is much appreciated" after the opening reads well.)
            assert not (en.thanks_count(a) and en.thanks_count(b) and not en.is_kindness(b)), (a, b)
            first = en.first_word(a)
            assert first == "i" or first != en.first_word(b), (a, b)


@settings(max_examples=60, deadline=None)
@given(typed_sessions())
def test_a_strength_is_read_into_the_sentence_in_a_shape_that_fits_it(session: Session):
    """ "reminded me of when I led X" takes something done; "since I am trained in X" takes
    something held ("since I led X" would read as a time)."""
    assert session.interview.date is not None
    for note in compose(session, session.interview.date + timedelta(hours=4)):
        for strength in map(en.fit_qualification, session.interview.qualifications):
            done = strength.shape is en.Shape.ACTION
            for sentence in en.sentences(note.body):
                if strength.text and strength.text in sentence:
                    before = sentence[: sentence.index(strength.text)]
                    assert not (done and re.search(r"\b(since|as) $", before)), sentence
                    assert not (not done and re.search(r"\bwhen $", before)), sentence


def test_a_subject_before_the_role_is_typed_has_no_dangling_dash():
    """A walk-through saw "Thank you for your time —" in the preview while the role was empty."""
    for n, name in enumerate(["Tom Reilly", "Ann Lee", "Bo Chen", "Dana Cruz", "Eve Park"]):
        session = Session(
            candidate=Candidate(name="Sam Rivera"),
            interview=Interview(date=datetime(2026, 11, 26, 10), tone=list(Tone)[n % 2]),
            interviewers=[Interviewer(name=name)],
        )
        (email,) = compose(session, datetime(2026, 11, 26, 12))
        assert email.subject and not re.search(r"^\s*—|—\s*$|\s{2}", email.subject), email.subject


def test_one_why_that_tells_of_the_candidates_work_still_leaves_room_for_a_strength():
    """One story ("because I did the same migration at DHL") is not a strength: read 20 and
    read 21 gave every email without one "Fit 0". The strength said is not the one the story
    tells ("WMS rollout" would say the migration twice)."""
    sarah = next(n for n in compose(_operations_session(), datetime(2026, 11, 26, 19)))
    assert "I did the same migration at DHL" in sarah.body
    assert "operations analysis" in sarah.body and "WMS rollout" not in sarah.body, sarah.body


def test_what_the_candidate_said_in_the_room_is_no_strength():
    """Read 20: "I told the MSC story", "I said 'when the varnish …'", "I grew up outside
    Dungannon" left emails with no strength, as if they told of the candidate's work."""
    for why in ("I told the MSC story from last spring", "I said 'when the varnish stops'",
                "I grew up outside Dungannon", "I answered it well"):  # fmt: skip
        assert not en.why_is_experience(why), why
    assert en.why_is_experience("I did the same migration at DHL")
    assert en.why_is_experience("I have run one before")


def test_a_card_with_a_plain_point_says_the_strength_briefly_as_something_done():
    session = _operations_session(
        methods=[Method.HANDWRITTEN],
        qualifications=["led a WMS rollout across 3 sites", "ran the night shift at a 3PL"],
    )
    cards = compose(session, datetime(2026, 11, 26, 19))
    tom = next(n for n in cards if n.interviewer == "Tom Reilly")
    # (Sarah's card has her own reason; the strengths are spread, so Tom's is the other one.)
    assert "running the night shift at a 3PL" in tom.body, tom.body
    assert CARD_WORDS[0] <= tom.words <= CARD_WORDS[1]


def test_a_card_after_a_long_point_leaves_out_the_word_of_fit_and_still_fits_a_card():
    """Found by hypothesis: a 25-word point with its why, then a strength, made a 94-word card."""
    session = _session_with(
        "Staff Engineer",
        "Acme Robotics",
        [
            "the whole story about how the warehouse team went from paper pick lists to handheld "
            "scanners in six weeks and what broke along the way"
        ],
        "Led the migration of 30 services to Kubernetes",
        interest="helping small clinics cut their paperwork",
    )
    session.interviewers[0].points[0].why = "it reminded me of the rollout I led at Arup"
    session.interview.methods = [Method.HANDWRITTEN]
    (card,) = compose(session, datetime(2026, 3, 2, 19))
    assert card.words <= CARD_WORDS[1], card.body
    assert "Kubernetes" not in card.body  # the why already told of the candidate's work


def test_a_card_says_a_held_strength_whole_rather_than_claim_a_vague_likeness():
    session = _session_with(
        "Warehouse Manager",
        "Northway",
        ["the forklift near miss on the night shift"],
        "hold a NEBOSH General Certificate",
    )
    session.interview.methods = [Method.EMAIL, Method.HANDWRITTEN]
    card = next(
        n for n in compose(session, datetime(2026, 3, 2, 19)) if n.method is Method.HANDWRITTEN
    )
    assert "I hold a NEBOSH General Certificate" in card.body, card.body
    assert "work I have done before" not in card.body


def test_a_card_says_the_work_in_the_users_why_again_in_brief_not_word_for_word():
    """A walk-through: the email and the card to one reader both said "because I catalogued
    the Doulton collection at my last museum"."""
    session = _session_with(
        "Assistant Curator",
        "Harrowgate Museum",
        ["her plan to redisplay the ceramics gallery before the 2027 reopening"],
        "6 yrs in regional museum collections",
    )
    session.interviewers[0].points[0].why = "I catalogued the Doulton collection at my last museum"
    session.interview.methods = [Method.EMAIL, Method.HANDWRITTEN]
    email, card = compose(session, datetime(2026, 3, 2, 19))
    assert "I catalogued the Doulton collection" in email.body
    assert "I catalogued" not in card.body
    assert "cataloguing the Doulton collection" in card.body, card.body


def test_one_strength_is_said_on_one_card_of_a_panel_not_on_every_card():
    session = _session_with(
        "Staff Engineer",
        "Acme Robotics",
        ["her plan to move billing onto Stripe"],
        "Led a team of 8",
    )
    session.interviewers += [
        Interviewer(name=name, points=[Point("the on-call rota")])
        for name in ("Jo Bell", "Ana Ruiz")
    ]
    session.interview.methods = [Method.HANDWRITTEN]
    cards = compose(session, datetime(2026, 3, 2, 19))
    assert sum("leading a team of 8" in card.body for card in cards) == 1, [c.body for c in cards]


def test_a_strength_the_user_also_gave_as_a_why_is_not_said_twice_in_a_panel():
    """A walk-through: "because I cleared a 900-job backlog" in one note, then the same
    backlog as the strength in the colleague's note, and once as the note's own strength too."""
    session = Session(
        candidate=Candidate(name="Sam Ortiz"),
        interview=Interview(
            company="Fernhill Housing Trust",
            role="Repairs Planner",
            format=Format.VIDEO,
            panel=True,
            date=datetime(2026, 11, 26, 10),
            qualifications=[
                "cleared a 900-job backlog at Riverside Homes",
                "5 yrs planning reactive repairs",
                "trained 3 new planners",
            ],
            interest="to get tenants' repairs done right first time",
        ),
        interviewers=[
            Interviewer(
                name="Dr. Aoife Brennan",
                points=[
                    Point(
                        "her worry about the repairs backlog since the storm",
                        "cleared a 900-job backlog at Riverside Homes",
                    ),
                    Point("Talked about their new scheduling software"),
                ],
            ),
            Interviewer(
                name="Marcus Lee", points=[Point("he asked how I'd deal with an angry tenant")]
            ),
        ],
    )
    bodies = [n.body for n in compose(session, datetime(2026, 11, 26, 18))]
    assert sum(b.count("900-job backlog") for b in bodies) == 1, bodies


@pytest.mark.parametrize("format_", [Format.PHONE, Format.VIDEO])
def test_a_card_after_a_call_does_not_thank_them_for_seeing_you(format_: Format):
    """("Thank you kindly for seeing me on Monday" after a phone call read as a slip.)"""
    session = example("messy-panel-inperson.toml")
    session.interview.format = format_
    for tone in Tone:
        session.interview.tone = tone
        cards = [
            n
            for n in compose(session, datetime(2026, 11, 23, 19))
            if n.method is Method.HANDWRITTEN
        ]
        assert cards
        for card in cards:
            opening = en.sentences(card.body.split("\n\n")[1])[0]
            assert not re.search(r"seeing me|welcome", opening), card.body
            if format_ is Format.PHONE:
                assert not re.search(r"\bmeet", opening), card.body


def test_the_first_card_after_an_offer_thanks_for_the_offer():
    session = loads((FIXTURES / "unseen" / "2-06-judicial-law-clerk.toml").read_text("utf-8"))
    (card,) = [
        n for n in compose(session, datetime(2026, 11, 27, 20)) if n.method is Method.HANDWRITTEN
    ]
    assert re.search(r"\boffer\b", card.body.split("\n\n")[1]), card.body


def test_a_card_says_what_the_email_to_the_same_reader_left_out():
    """Read 13: one sentence of the user's, point and reason, in the email, the card and the
    gift card to one reader read as a copy. Where the email left a point out, the card says
    that one, and a gift card after it another."""
    session = loads((FIXTURES / "unseen" / "2-04-textiles-curator.toml").read_text("utf-8"))
    notes = [n for n in compose(session, datetime(2026, 11, 27, 20)) if n.interviewer_index == 0]
    email = next(n for n in notes if n.method is Method.EMAIL)
    card = next(n for n in notes if n.method is Method.HANDWRITTEN)
    gift = next(n for n in notes if n.method is Method.GIFT)
    assert "looked at, not listened to" in email.body
    assert "looked at, not listened to" not in card.body + gift.body
    assert "2028 reopening" in card.body and "Lottery" in gift.body


def test_after_a_call_no_note_says_the_candidate_walked_out_of_the_room():
    """("I left keen to take the process further" after a video call read as a slip.)"""
    paths = sorted((FIXTURES / "unseen").glob("*.toml")) + sorted(
        (FIXTURES / "examples").glob("*.toml")
    )
    remote = 0
    for path in paths:
        session = loads(path.read_text("utf-8"))
        if session.interview.format is Format.IN_PERSON:
            continue
        remote += 1
        for note in compose(session, datetime(2026, 11, 27, 20)):
            if not note.edited:
                assert not re.search(r"I left (keen|even|our meeting)", note.body), note.body
    assert remote >= 10


def test_a_reader_not_told_the_whole_wish_hears_its_work_and_the_note_is_full():
    """Two people met one after the other: the wish "I'd love to work on the recommendation
    engine" goes whole to one; the other's note said a stock line and stopped at 87 words."""
    session = Session(
        candidate=Candidate(name="Sam Rivera"),
        interview=Interview(
            company="Acme Robotics",
            role="Staff Engineer",
            stage=Stage.FINAL,
            date=datetime(2026, 11, 2, 8),
            qualifications=["Led the migration of 30 services to Kubernetes"],
            interest="I'd love to work on the recommendation engine",
            tone=Tone.FORMAL,
        ),
        interviewers=[
            Interviewer(
                name="Dr. Lena Fischer", points=[Point("her plan to move billing onto Stripe")]
            ),
            Interviewer(
                name="Prof. Ahmed Siddiqui",
                points=[Point("asked me about my experience with HIPAA audits")],
            ),
        ],
    )
    lena, ahmed = compose(session, datetime(2026, 11, 2, 9))
    assert "I would love to work on the recommendation engine" in lena.body
    assert "working on the recommendation engine" in ahmed.body
    assert ahmed.words >= 100, ahmed.body


def test_a_card_tells_the_emails_point_in_another_frame():
    """Read 14: the card and the email to Jean-Luc both said "Hearing about your plan to retire
    paper tickets by 2028 …"."""
    session = loads((FIXTURES / "examples" / "messy-panel-inperson.toml").read_text("utf-8"))
    notes = compose(session, datetime(2026, 11, 23, 19))
    point = "your plan to retire paper tickets by 2028"
    frames = {
        note.method: {en.words_of(s)[:2] for s in en.sentences(note.body) if point in s}
        for note in notes
        if note.interviewer_index == 0
    }
    assert frames[Method.EMAIL] and frames[Method.HANDWRITTEN]
    assert not frames[Method.EMAIL] & frames[Method.HANDWRITTEN], frames


def test_a_card_after_an_offer_pitches_nothing():
    """Read of round 6: the gift card to a farm owner who had just made the offer said "My time
    cutting SCC from 220,000 to 140,000 … is something I would love to build on"."""
    session = loads(
        (FIXTURES / "unseen" / "6-06-dairy-farm-manager-canterbury.toml").read_text("utf-8")
    )
    assert session.interview.date is not None
    notes = compose(session, session.interview.date + timedelta(hours=3))
    cards = [n for n in notes if n.method in (Method.HANDWRITTEN, Method.GIFT)]
    assert cards
    for card in cards:
        for qual in session.interview.qualifications:
            said = en.fit_qualification(qual).text
            assert said not in card.body and (en.deed_gerund(said) or said) not in card.body


def test_a_strength_goes_to_the_reader_whose_point_it_names_not_one_sharing_a_common_verb():
    """ "on-call" ties the on-call point to the on-call strength; "move" (the plan to move
    telemetry onto Kafka, the move of services to Kubernetes) ties nothing (read 24)."""
    session = example("video-panel.toml")
    notes = {n.interviewer: n.body for n in compose(session, datetime(2026, 11, 24, 19))}
    assert "mentored six engineers" in notes["Priya Raman"], notes["Priya Raman"]
    sentence = next(s for s in en.sentences(notes["Priya Raman"]) if "on-call load" in s)
    assert "mentored six engineers" in sentence
    assert "Kubernetes" in notes["Marcus Bell"]


def test_a_plain_point_about_work_is_said_as_what_left_the_candidate_keener_not_tacked_on():
    session = _interest_session(
        "property-based testing of the motion planner",
        "building the software that keeps warehouse robots safe",
    )
    (note,) = compose(session, datetime(2026, 3, 2, 19))
    sentence = next(s for s in letter_sentences(note) if "motion planner" in s)
    assert "warehouse robots safe" in sentence, note.body
    # … in words that claim only that: not "a big part of why", nor the reader's point as the
    # subject of a claim about the candidate's interest
    assert "big part of why" not in sentence and "one more reason" not in sentence


def test_at_an_offer_a_plain_point_is_said_with_what_the_candidate_looks_forward_to():
    session = example("offer-formal-phone.toml")
    (note,) = compose(session, datetime(2026, 11, 25, 19))
    sentence = next(s for s in letter_sentences(note) if "mentoring scheme" in s)
    assert "adjudication practice" in sentence, note.body
    assert "It was also good to hear" not in note.body
    # short of 100 words it is made fuller, with no strength needed at an offer
    assert letter_words(note.body) >= 100, note.body


def test_a_worry_or_a_how_clause_is_never_what_the_candidate_would_help_with():
    for point in ("his worry about queues at the terminal", "how they are clearing the backlog"):
        session = _session_with("Surveyor", "Westbrook", [point], "")
        session.interview.qualifications = []
        for hour in range(17, 24):
            (note,) = compose(session, datetime(2026, 3, 2, hour))
            assert "something I would like to help with" not in note.body, note.body


def test_something_found_in_common_is_a_discovery_not_news_they_told():
    session = _session_with(
        "Keeper", "Harbourside", ["we both used to volunteer at Wellington Zoo lol"], ""
    )
    session.interview.qualifications = []
    (note,) = compose(session, datetime(2026, 3, 2, 19))
    sentence = next(s for s in letter_sentences(note) if "Wellington Zoo" in s)
    assert "we both used to volunteer at Wellington Zoo" in sentence
    assert "had not known" not in sentence and "you told me" not in sentence
    assert "lol" not in note.body


def test_what_the_candidate_did_in_the_room_is_never_given_an_interest_of_the_readers():
    """ "Your interest when I went round the tiger night dens" (read 25): she led the tour."""
    for hour in range(17, 24):
        session = _session_with("Keeper", "Harbourside", ["I went round the tiger night dens"], "")
        session.interview.qualifications = []
        (note,) = compose(session, datetime(2026, 3, 2, hour))
        assert "your interest" not in note.body.lower(), note.body
        assert "your questions when" not in note.body.lower(), note.body


def test_a_name_both_say_ties_a_point_to_a_strength_more_than_a_common_word():
    """ "the Rudolfinum pianist who wanted the action lighter" is about eight years at the
    Rudolfinum, not about an action rebuilt on old uprights (read 25)."""
    session = _session_with(
        "Concert Piano Technician",
        "Haselböck",
        ["she asked abt the Rudolfinum pianist who wanted the action lighter at the interval"],
        "restored 2 Ehrbar uprights from the 1890s (action rebuild, new hammers)",
    )
    session.interview.qualifications.append("8 yrs tuning + regulating for the Rudolfinum, Prague")
    (note,) = compose(session, datetime(2026, 3, 2, 19))
    assert "Rudolfinum (Prague)" in note.body or "for the Rudolfinum" in note.body, note.body
    assert "Ehrbar" not in note.body


def test_a_strength_that_names_a_plain_point_is_woven_in_even_beside_a_story_of_the_users():
    """Her why told of the candidate's repair café; the trial job and the Bosch display went
    unsaid while "I am Bosch eBike diagnostics certified" was said of the role (read 25)."""
    session = _session_with(
        "Lead Bike Mechanic",
        "De Spaak",
        ["the trial job: slipping Enviolo hub + dead Bosch display, 45 min"],
        "Bosch eBike diagnostics certified",
    )
    session.interviewers[0].points.append(
        Point("her idea of a repair café on saturdays", why="ran one at the library for 2 yrs")
    )
    session.interview.qualifications.insert(0, "Cytech Technical Two")
    (note,) = compose(session, datetime(2026, 3, 2, 19))
    sentence = next(s for s in letter_sentences(note) if "Bosch display" in s)
    assert "Bosch eBike diagnostics certified" in sentence, note.body
    assert "repair café" in note.body


def test_a_story_of_the_candidates_is_never_the_cause_of_hearing_about_the_point():
    for hour in range(17, 24):
        session = _session_with("Mechanic", "De Spaak", ["kitchen garden"], "fixed bikes for 6 yrs")
        session.interviewers[0].points = [
            Point("her idea of a repair café on saturdays", why="ran one at the library for 2 yrs")
        ]
        (note,) = compose(session, datetime(2026, 3, 2, hour))
        assert not re.search(r"(good|helped) to hear about .*, because I ran", note.body), note.body


def test_a_call_is_made_later_and_promises_no_email_to_one_who_gets_none():
    """ "this morning" in a script for a call planned for Monday, and "I am sending a short
    email as well" to a reader with no address (read 28)."""
    session = example("video-panel.toml")
    session.interview.methods = [Method.CALL]
    session.interviewers[1].email = ""
    notes = [n for n in compose(session, datetime(2026, 11, 24, 19)) if n.method is Method.CALL]
    assert notes
    for note in notes:
        assert "this afternoon" not in note.body and "on Tuesday" in note.body, note.body
        assert not re.search(r"email (?:from me )?(?:is on its way|as well)|by email\.", note.body)


@pytest.mark.parametrize("tone", list(Tone))
@pytest.mark.parametrize(
    "interest",
    [
        "the move from refinery rope work into bridge inspection",
        "moving into realtime for the big litigation work",
        "getting into commercial rooftops and battery installs",
    ],
)
def test_a_move_in_a_career_is_wanted_not_worked_on(interest, tone):
    """Read 31: "I would love to contribute to the move from refinery rope work into bridge
    inspection"; a strength "applied to moving into realtime"."""
    session = _session_with(
        "Bridge Inspector", "Allegheny Span", ["the fracture critical members"], "SPRAT Level II"
    )
    session.interview.interest = interest
    session.interview.tone = tone
    for hour in (18, 19, 20, 21):
        (email,) = compose(session, datetime(2026, 3, 2, hour))
        body = email.body.lower()
        assert not re.search(r"contribut|play a part|part of|work(?:ing)? on|apply that", body), (
            email.body
        )


def test_a_short_note_offers_more_and_closes_in_one_sentence_not_two_stock_lines():
    """Reads 30 and 32: "I am happy to answer any other questions, by email or on a call. I
    hope to hear from you soon about what comes next." — two stock lines stacked."""
    bank = shipped()

    def said_in(slot: str, body: str) -> bool:
        return any(
            re.search(re.sub(r"\\\{\w+\\\}", ".+", re.escape(t)), body)
            for tone in Tone
            for t in bank.templates(slot, tone)
        )

    notes = [
        *compose(example("inperson-single.toml"), datetime(2026, 11, 20, 18)),
        *compose(example("video-panel.toml"), datetime.fromisoformat("2026-11-24T19:00-08:00")),
    ]
    emails = [n for n in notes if n.method is Method.EMAIL]
    fused = [n for n in emails if said_in("close.offering", n.body)]
    assert {n.interviewer for n in fused} == {"Tom Whitaker", "Marcus Bell"}
    for note in fused:
        assert not said_in("extra", note.body), note.body


def _unseen(name: str) -> Session:
    return loads((FIXTURES / "unseen" / name).read_text(encoding="utf-8"))


def test_what_happened_when_a_point_came_up_is_told_as_a_moment_never_as_its_reason():
    """ "I thought of my own experience: we disagreed a bit", "it hit home: I offered to sort
    the schema", "meant a lot …, because it took me 40 minutes" (round 20: ten of fourteen whys
    told what happened, not why it mattered)."""
    cases = [
        ("20-03-subtitling.toml", datetime(2026, 11, 17, 20, tzinfo=UTC), "we disagreed a bit"),
        ("20-04-archaeology.toml", datetime(2026, 11, 6, 20, tzinfo=UTC), "I offered to sort"),
        ("20-06-farrier.toml", datetime(2026, 11, 24, 20, tzinfo=UTC), "it took me 40 minutes"),
        ("20-01-hydrographic-surveyor.toml", datetime(2026, 11, 9, 20, tzinfo=UTC), "QC it"),
    ]
    for name, now, moment in cases:
        sentences = [s for n in compose(_unseen(name), now) for s in letter_sentences(n)]
        (said,) = [s for s in sentences if moment in s] or [""]
        assert said, (name, moment)
        assert re.match(r"(When|During|I (also )?(think back|remember)|After|On|As) ", said), said
        assert not re.search(r"\b(because|since|as)\b[^,]*" + re.escape(moment), said), said


def test_their_quoted_words_stay_with_the_moment():
    """ "not bad for a Newmarket girl" was what readers missed most (round 20)."""
    notes = compose(_unseen("20-06-farrier.toml"), datetime(2026, 11, 24, 20, tzinfo=UTC))
    assert "you said “not bad for a Newmarket girl”" in " ".join(n.body for n in notes)


@pytest.mark.parametrize(
    ("point", "why", "words"),
    [
        (
            "MyCiTi phase 2A & the 800 m walkability radius around stations",
            'he said "planners draw circles, we have to run buses" lol',
            "“planners draw circles, we have to run buses”",
        ),
        (
            "how they test paste viscosity by hand vs. w/ a viscometer",
            'she laughed: "the hand is the viscometer"',
            "“the hand is the viscometer”",
        ),
        ("their aurora alert system", "Sam said 'it's half the job in winter'.", "“it's half"),
    ],
)
def test_a_why_that_is_only_their_words_is_quoted_back_as_theirs(point, why, words):
    """'he said "planners draw circles, we have to run buses" lol' was dropped as how the
    reader took it, and the point pasted plainly ("It was good to hear you talk about MyCiTi
    …"): the line readers missed most (read 40). Their words, never a reason of the
    candidate's."""
    session = _session_with("Planner", "Acme", [], "led the LSDF review for 8 years")
    session.interviewers[0].points = [Point(point, why=why)]
    (note,) = compose(session, datetime(2026, 3, 2, 20, tzinfo=UTC))
    (said,) = [s for s in letter_sentences(note) if words in s]
    assert not re.search(r"\b(because|since|lol)\b", said), said
    assert said.rstrip(".").endswith("”"), said
    assert point.split()[-1].rstrip(".") in said, said


@pytest.mark.parametrize(
    "why",
    [
        'I said "safety first"',  # the candidate's own words
        'he said "we need someone who can start in January and also speak Polish and drive a '
        'forklift and run the night shift"',  # too long to quote back
        'she said "great answer"',  # their praise of the candidate is not the note's to recall
    ],
)
def test_words_that_are_not_a_readers_line_are_not_quoted_back(why):
    assert en.their_words(why) == ""
    session = _session_with("Planner", "Acme", [], "led the LSDF review for 8 years")
    session.interviewers[0].points = [Point("your plan for the depot", why=why)]
    (note,) = compose(session, datetime(2026, 3, 2, 20, tzinfo=UTC))
    assert "“" not in note.body, note.body


def test_a_gift_card_says_what_the_gift_is_and_pitches_nothing():
    """ "It has stayed with me that you'd never tried Tongan honey. … is something I would be
    proud to be part of": the gift unnamed and a job pitch on a gift tag (round 20)."""
    session = _unseen("20-05-beekeeping.toml")
    (gift,) = [
        n
        for n in compose(session, datetime(2026, 11, 24, 20, tzinfo=UTC))
        if n.method is Method.GIFT
    ]
    assert "a jar of my uncle's honey from Vava'u" in gift.body
    assert "never tried Tongan honey" in gift.body
    assert session.interview.interest.split()[0] not in gift.body.lower()  # ("moving hives")
    assert CARD_WORDS[0] <= gift.words <= CARD_WORDS[1]


def test_a_word_the_role_and_the_company_share_is_no_word_said_too_often():
    """ "Nordvik Hydrographic", "Hydrographic Surveyor": every fuller wording of Sana's note
    failed its own check on the word, and the note stayed at 87 words (round 20)."""
    session = _unseen("20-01-hydrographic-surveyor.toml")
    for hour in (18, 21, 23):
        for note in compose(session, datetime(2026, 11, 27, hour, tzinfo=UTC)):
            if note.method is Method.EMAIL:
                assert letter_words(note.body) >= 100, note.body


def test_a_reader_who_gets_a_card_too_finds_a_point_on_it_the_email_left_for_it():
    """Dra. Mamani's card said her email's sentence again, "back your up" and all (round 20;
    read 36 saw the same of three cards): with three points, two of them with a reason, the
    last such point is the card's, and the preview says so."""
    session = _unseen("20-04-archaeology.toml")
    notes = compose(session, datetime(2026, 11, 6, 20, tzinfo=UTC))
    email, card = (n for n in notes if n.interviewer.startswith("Prof. Rosa"))
    assert card.method is Method.HANDWRITTEN
    assert "burial on day 1" in card.body and "burial on day 1" not in email.body
    assert any("is kept for the card" in line for line in email.advice)
    assert letter_words(email.body) >= 100


def test_praise_of_the_candidates_work_is_not_told_back_to_the_one_who_gave_it():
    """ "When we went through my take-home together, you said my line breaks were the cleanest
    of this round" read as self-congratulation (round 20)."""
    notes = compose(_unseen("20-03-subtitling.toml"), datetime(2026, 11, 17, 20, tzinfo=UTC))
    assert "cleanest" not in " ".join(n.body for n in notes)


def test_the_interest_says_you_to_the_one_it_names_by_their_title():
    """ "learning proper restoration from the Maestro", in a card to the Maestro (round 21)."""
    session = _unseen("21-04-luthier.toml")
    notes = compose(session, datetime(2026, 11, 10, 20, tzinfo=UTC))
    to_him = " ".join(n.body for n in notes if n.interviewer == "Giovanni Ferrante")
    assert "from the Maestro" not in to_him
    to_her = " ".join(n.body for n in notes if n.interviewer.startswith("Francesca"))
    assert "from you" not in to_her


def test_a_strength_is_not_tied_to_a_point_by_a_word_that_means_something_else_in_each():
    """ "relocation … annual leave" tied to "Leaving Cert"; "the shop closes all of August"
    tied to "a repair shop in Seoul" (round 21)."""
    for name, day in (("21-01-midwife.toml", 12), ("21-04-luthier.toml", 10)):
        for note in compose(_unseen(name), datetime(2026, 11, day, 20, tzinfo=UTC)):
            assert not re.search(
                r"(annual leave|closes all of August)[^.]*(Irish|Seoul)", note.body
            )


def test_a_colleague_hears_the_second_thing_of_an_interest_whose_first_has_no_head():
    """ "the loan of the huipiles to Madrid next spring and cleaning up their catalogue …":
    Daniel's note said "I would be delighted to take the next step" for want of a head of the
    first thing (round 21)."""
    notes = compose(_unseen("21-03-museum-registrar.toml"), datetime(2026, 11, 17, 20, tzinfo=UTC))
    daniel = next(n for n in notes if n.interviewer.startswith("Daniel"))
    assert "cleaning up your catalogue" in daniel.body


def test_a_strength_set_beside_a_point_is_never_also_to_nothing():
    """ "When you told me about the permit renewal, it also touched on my own work" followed
    no other such link (read 38): the likeness takes no "also"."""
    seen = 0
    for path in sorted((FIXTURES / "unseen").glob("2*.toml")):
        session = loads(path.read_text(encoding="utf-8"))
        for note in compose(session, datetime(2026, 11, 27, 20, tzinfo=UTC)):
            seen += bool(re.search(r"my own (work|experience)", note.body))
            assert not re.search(
                r"\balso (touched on|spoke to|connected with) my own|\balso familiar ground",
                note.body,
            ), note.body
    assert seen >= 3


def test_a_point_whose_why_asks_to_keep_it_out_is_left_out_and_the_preview_says_so():
    """Read 39: "DON'T put this in the note, just ask later by email" beside "whether my wife's
    work permit can be sponsored too" — and the HR note thanked her for the answer."""
    session = loads(
        (FIXTURES / "unseen" / "22-01-gdansk-marine-electrician.toml").read_text(encoding="utf-8")
    )
    notes = compose(session, datetime(2026, 11, 26, 18))
    (email,) = [n for n in notes if n.method is Method.EMAIL and n.interviewer == "Agnieszka"]
    assert "wife" not in email.body and "permit" not in email.body
    assert any("asks to keep it out" in line and "wife" in line for line in email.advice)


def test_a_gift_typed_as_a_point_of_its_own_is_named_on_the_gift_card():
    """Read 39: "gift: small box of Swedish cloudberry jam + a card, bring to 2nd round" left the
    gift card saying only "this small token of thanks"."""
    session = loads(
        (FIXTURES / "unseen" / "22-05-kyoto-paper-conservator.toml").read_text(encoding="utf-8")
    )
    notes = compose(session, datetime(2026, 11, 26, 18))
    (card,) = [n for n in notes if n.method is Method.GIFT]
    assert "a small box of Swedish cloudberry jam." in card.body
    assert "2nd round" not in card.body and "+ a card" not in card.body


def test_a_colleague_hears_the_work_an_interest_names_not_the_move():
    """Round 22: "want to settle in one yard instead of 9 month contracts, and the hybrid ferries
    are exactly the work i want to do next" left colleagues' notes "among the people settling in
    one yard" and "the opportunity of settling in one yard"."""
    session = loads(
        (FIXTURES / "unseen" / "22-01-gdansk-marine-electrician.toml").read_text(encoding="utf-8")
    )
    notes = compose(session, datetime(2026, 11, 26, 18))
    colleagues = [n for n in notes if "Nowak" not in n.interviewer]
    assert colleagues
    assert not any("settling in one yard" in n.body for n in colleagues)
    assert sum("the hybrid ferries" in n.body for n in colleagues) >= 3


def test_round_23_notes_keep_their_lines_and_their_referents():
    """Round 23, read before its fixes: the principal's line garbled ("your girls do not lack
    ability and you lack permission"), the interest cut to "a department where the girls",
    "which" after a where-clause standing for the athletes, "clients reach them" to the
    clinic, and the answer to "why I dropped plot 14" told as a link ("since it ties in with
    hail damage")."""
    now = datetime(2026, 11, 28, 6, tzinfo=UTC)
    maths = " ".join(n.body for n in compose(_unseen("23-05-nz-head-of-maths.toml"), now))
    assert "“our girls don't lack ability, they lack permission”" in maths
    assert "you lack permission" not in maths
    assert not re.search(r"where the girls\.", maths)
    assert "who think you are" not in maths
    therapist = " ".join(
        n.body for n in compose(_unseen("23-08-saskatchewan-athletic-therapist.toml"), now)
    )
    assert not re.search(r"athletes, which I", therapist)
    assert "I think you liked" not in therapist
    clinic = " ".join(n.body for n in compose(_unseen("23-07-montreal-legal-clinic.toml"), now))
    assert "reach them" not in clinic
    assert "I went ok" not in clinic and "because I went" not in clinic
    rust = " ".join(n.body for n in compose(_unseen("23-04-coffee-rust-takehome.toml"), now))
    assert "I explained that it was hail damage in February" in rust
    assert "explained it badly" not in rust


def test_an_email_names_a_detailed_role_in_full_in_its_subject_and_by_its_name_in_the_body():
    """ "Staff Lawyer (Immigration & Refugee Law)" in the subject and again in the body read
    as a form filled in (read 40: fourteen notes); a card, with no subject, says it once."""
    session = _unseen("23-07-montreal-legal-clinic.toml")
    detail = "Immigration & Refugee Law"
    assert detail in session.interview.role
    for note in compose(session, datetime(2026, 11, 28, 6, tzinfo=UTC)):
        if note.method is Method.EMAIL:
            assert detail in note.subject
            assert detail not in note.body, note.body


def test_a_strength_goes_to_the_reader_whose_work_it_is():
    """ "public participation in isiZulu, isiXhosa and English" went to the HR practitioner,
    not to the head of community engagement whose points were ward workshops and the
    translation budget for public hearings (read 40)."""
    notes = compose(
        _unseen("22-04-cape-town-spatial-planner.toml"), datetime(2026, 11, 27, 15, tzinfo=UTC)
    )
    (engagement,) = [n for n in notes if "van Wyk" in n.interviewer and n.method is Method.EMAIL]
    assert "isiZulu" in engagement.body, engagement.body


def test_a_note_names_the_role_once_where_it_can():
    """ "… build on as Principal Professional Officer. Our conversation strengthened my wish
    to join … in the Principal Professional Officer position" (round 23)."""
    notes = compose(
        _unseen("22-04-cape-town-spatial-planner.toml"), datetime(2026, 11, 27, 15, tzinfo=UTC)
    )
    (faizal,) = [n for n in notes if "Faizal" in n.interviewer and n.method is Method.EMAIL]
    assert faizal.body.count("Principal Professional Officer") == 1, faizal.body


def test_a_credential_is_not_told_as_a_likeness_to_a_point():
    """ "When you told me about the men's shed drama group in Carraroe, it touched on my own
    work, as I hold an MA in Drama" (round 23, three notes): a degree held is said in a
    sentence of its own; a thesis is work, and may stand beside a point."""
    now = datetime(2026, 11, 28, 6, tzinfo=UTC)
    for name in ("23-03-galway-theatre-panel.toml", "23-05-nz-head-of-maths.toml"):
        for note in compose(_unseen(name), now):
            for sentence in letter_sentences(note):
                assert not re.search(
                    r"(work|experience|ground)[^.]*\b(as|since) I hold\b", sentence
                ), sentence
