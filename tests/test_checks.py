"""Proofreading and etiquette checks: each code fires on a planted mistake and stays silent on
good notes; every note the composer writes passes them."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from thankyou_tui.checks import Finding, Severity, check
from thankyou_tui.compose import compose
from thankyou_tui.data.codec import loads
from thankyou_tui.model import (
    Candidate,
    Format,
    Interview,
    Interviewer,
    Method,
    Note,
    NoteStatus,
    Point,
    Session,
    Tone,
)
from thankyou_tui.spelling import speller

from .conftest import FIXTURES
from .conftest import run_cli as cli
from .test_note_quality import EXAMPLE_NOW, typed_sessions

NOW = datetime(2026, 11, 24, 18, 0)  # the evening after a morning interview

GOOD_EMAIL = """Dear Katherine,

Thank you for speaking with me by video this morning about the Staff Engineer role at Acme Robotics.
I keep coming back to your plan to move fleet telemetry onto Kafka, because I led a similar
migration to Kubernetes at my last company, with dbt models and WCAG audits along the way.

I would love to help build the software that keeps warehouse robots safe around people, and I
realise the programme is ambitious. Please let me know if anything else would help.

Kind regards,
Sam Rivera
sam@example.com
"""


def panel_session(*bodies: str, tone: Tone = Tone.WARM) -> Session:
    names = ["Katherine Ng", "Marcus Bell", "Jean-Luc Moreau"]
    people = [
        Interviewer(
            name=names[i],
            email=f"p{i}@acme.example",
            points=[Point("the plan to move fleet telemetry onto Kafka")]
            if i == 0
            else [Point("property-based testing of the motion planner")],
            notes=[Note(Method.EMAIL, body, "Thank you — Staff Engineer interview")],
        )
        for i, body in enumerate(bodies)
    ]
    return Session(
        candidate=Candidate(name="Sam Rivera", email="sam@example.com"),
        interview=Interview(
            company="Acme Robotics",
            role="Staff Engineer",
            format=Format.VIDEO,
            panel=True,
            date=datetime(2026, 11, 24, 10, 0),
            qualifications=["led a migration to Kubernetes"],
            interest="building the software that keeps warehouse robots safe around people",
            tone=tone,
        ),
        interviewers=people,
    )


def codes(findings: list[Finding], person: int = 0) -> list[str]:
    return [f.code for f in findings if f.interviewer_index == person]


def run(*bodies: str, **kwargs: object) -> list[Finding]:
    return check(panel_session(*bodies, **kwargs), NOW, speller=speller())  # type: ignore[arg-type]


def test_a_good_note_has_no_findings():
    assert run(GOOD_EMAIL) == []


@pytest.mark.parametrize(
    ("planted", "code", "severity"),
    [
        ("I beleive in the plan", "typo", Severity.ERROR),
        ("I look foward to it", "typo", Severity.ERROR),
        ("It was really really good", "repeated-word", Severity.WARNING),
        ("I would love to join [Company]", "placeholder", Severity.ERROR),
        ("I would love to join {company}", "placeholder", Severity.ERROR),
        ("I would love to be your <role>", "placeholder", Severity.ERROR),
        ("TODO: add a point here", "placeholder", Severity.ERROR),
        ("I am gonna be a great fit", "informal", Severity.WARNING),
        ("It was awesome", "informal", Severity.WARNING),
        ("Thanks!!!", "informal", Severity.WARNING),
        ("I am SO EXCITED about it", "informal", Severity.WARNING),
        ("I loved it 😀", "informal", Severity.WARNING),
        ("Just checking in about the role", "cliche", Severity.WARNING),
        ("I am writing to express my gratitude", "cliche", Severity.WARNING),
        ("Her plan was great", "third-person", Severity.WARNING),
        ("I loved what she said", "third-person", Severity.WARNING),
        ("Sincerely, Katheryn's fan", "name-spelling", Severity.ERROR),
    ],
)
def test_each_code_fires_on_a_planted_mistake(planted, code, severity):
    body = GOOD_EMAIL.replace("Please let me know if anything else would help.", planted)
    found = [f for f in run(body) if f.code == code]
    assert found and found[0].severity is severity, run(body)
    if found[0].start is not None:
        assert body[found[0].start : found[0].end].strip()  # the span is on the words


def test_the_greeting_is_checked():
    for greeting, code in (
        ("Dear ,", "greeting"),
        ("Dear Dr.,", "greeting"),
        ("Hey Katherine,", "greeting"),
        ("Hi guys,", "greeting"),
        ("Dear Marcus,", "wrong-name"),
        ("Dear Kathryn,", "name-spelling"),
    ):
        body = GOOD_EMAIL.replace("Dear Katherine,", greeting)
        assert code in codes(run(body, GOOD_EMAIL.replace("Katherine", "Marcus"))), greeting


def test_a_colleague_named_later_in_a_panel_note_is_fine():
    body = GOOD_EMAIL.replace(
        "Please let me know", "It was good to meet Marcus too, and his team. Please let me know"
    )
    other = "Dear Marcus,\n\nThank you for the video call about testing the motion planner; I would love to join.\n\nBest,\nSam\n"
    assert codes(run(body, other)) == []


def test_length_and_thinness():
    long = GOOD_EMAIL.replace("Please let me know", "More words here. " * 40 + "Please let me know")
    assert [f.severity for f in run(long) if f.code == "too-long"] == [Severity.WARNING]
    longer = GOOD_EMAIL.replace("Please", "More words here. " * 100 + "Please")
    assert [f.severity for f in run(longer) if f.code == "too-long"] == [Severity.ERROR]
    short = "Dear Katherine,\n\nThank you for the video call about the role. I would love to join.\n\nBest,\nSam\n"
    assert "too-short" in codes(run(short))


def test_generic_interest_and_format():
    body = (
        "Dear Katherine,\n\nThank you for your time today. It was a pleasure to meet you and "
        "the team, and I learned a lot about the company.\n\nBest regards,\nSam\n"
    )
    found = codes(run(body))
    assert {"generic", "missing-interest", "missing-format"} <= set(found)


def test_two_panel_notes_that_are_copies_are_each_told():
    found = run(GOOD_EMAIL, GOOD_EMAIL.replace("Dear Katherine", "Dear Marcus"))
    assert "too-similar" in codes(found, 0) and "too-similar" in codes(found, 1)


def test_subjects():
    session = panel_session(GOOD_EMAIL)
    for subject in ("", "Thanks!!!", "THANK YOU SO MUCH", "Thank you"):
        session.interviewers[0].notes[0].subject = subject
        assert "subject" in codes(check(session, NOW)), subject


def test_cheers_to_a_formal_reader():
    body = GOOD_EMAIL.replace("Kind regards,", "Cheers,")
    assert "informal" in codes(run(body, tone=Tone.FORMAL))
    assert "informal" not in codes(run(body.replace("Cheers,", "Kind regards,"), tone=Tone.FORMAL))


def test_stale_time_words_late_and_future():
    session = panel_session(GOOD_EMAIL)  # "this morning", interview 10:00 on the 24th
    assert codes(check(session, NOW)) == []
    next_day = datetime(2026, 11, 25, 9, 0)
    found = check(session, next_day)
    assert "stale-time" in codes(found)
    assert "late" in codes(found)  # within 3 hours of the 24-hour mark
    session.interviewers[0].notes[0].status = NoteStatus.SENT
    assert codes(check(session, next_day)) == []  # a sent note is done with
    session.interviewers[0].notes[0].status = NoteStatus.DRAFT
    session.interview.date = datetime(2026, 11, 30, 10, 0)
    assert "future-interview" in codes(check(session, NOW))


def test_a_gift_asks_about_the_policy():
    session = panel_session(GOOD_EMAIL)
    session.interviewers[0].methods = [Method.EMAIL, Method.GIFT]
    assert "gift-policy" in [f.code for f in check(session, NOW) if f.method is Method.GIFT]


def test_a_gift_card_that_names_its_gift_is_not_asked_for_the_interest():
    """A gift card is a token, not a pitch (round 20): its reader's email says the interest."""
    path = FIXTURES / "unseen" / "20-05-beekeeping.toml"
    session = loads(path.read_text(encoding="utf-8"))
    now = datetime.fromisoformat("2026-11-24T20:00+13:00")
    found = check(session, now)
    gift = [f.code for f in found if f.method is Method.GIFT]
    assert "gift-policy" in gift and "missing-interest" not in gift
    email = [f.code for f in found if f.method is Method.EMAIL]
    assert "missing-interest" not in email


# The good corpus: unusual names, technical terms, both spellings, contractions, numbers.
GOOD_CORPUS = [
    "I realise the programme's colour scheme and behaviour were analysed by the centre.",
    "I realize the program's color scheme and behavior were analyzed by the center.",
    "We discussed Kubernetes, dbt, no_std crates, WCAG 2.2 AA and k8s cost overruns.",
    "I'd love to help, and you're right that it's well-known; we've seen e-mail volumes grow 40%.",
    "Siobhán, Nguyễn Thị Lan and Jean-Luc were there; María Fernanda López joined later.",
    "See https://example.com/docs or write to ops-team@example.org before 3pm on 04/12.",
    "Your on-call rota and the take-home were the highlights; I learnt a lot, whilst travelling.",
    "The SRE team's OKRs and the CI/CD pipeline came up, as did the Q3 roadmap.",
]


@pytest.mark.parametrize("sentence", GOOD_CORPUS)
def test_good_writing_is_left_alone(sentence):
    body = GOOD_EMAIL.replace("Please let me know if anything else would help.", sentence)
    found = [f for f in run(body) if f.code in ("typo", "informal", "repeated-word", "placeholder")]
    assert found == []


def test_the_issue_s_twenty_planted_mistakes_are_caught():
    """A panel whose edited notes carry the mistakes the issue lists: each is flagged."""
    sloppy = """Hey Marcus,

Thanks for the chat today!! It was awesome and I'm gonna beleive in it. I really really want
to join [Company] and look foward to hearing back. Just checking in TODO.

Cheers,
Sam
"""
    session = panel_session(sloppy, sloppy.replace("Hey Marcus", "Dear Marcus"), tone=Tone.FORMAL)
    session.interviewers[0].notes[0].subject = "Thanks!!!"
    found = check(session, NOW, speller=speller())
    mine = codes(found, 0)
    for code in (
        "greeting", "wrong-name", "informal", "typo", "repeated-word", "placeholder", "cliche",
        "too-similar", "generic", "subject", "missing-format", "too-short",
    ):  # fmt: skip
        assert code in mine, (code, mine)
    typos = [f.message for f in found if f.code == "typo" and f.interviewer_index == 0]
    assert any("believe" in m for m in typos) and any("forward" in m for m in typos)


# -- the composer and the checks keep each other honest --------------------------------------------

ALLOWED = {"late", "gift-policy", "no-address"}  # (about the session, not the words)


@pytest.mark.parametrize("name", sorted(EXAMPLE_NOW))
def test_every_example_note_passes_the_checks(name):
    session = loads((FIXTURES / "examples" / name).read_text(encoding="utf-8"))
    now = datetime.fromisoformat(EXAMPLE_NOW[name])
    notes = [n for n in compose(session, now) if not n.edited]
    found = [
        f
        for f in check(session, now, notes=notes, speller=speller())
        if f.severity is not Severity.INFO and f.code not in ALLOWED
    ]
    assert found == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(typed_sessions(), st.integers(1, 20))
def test_generated_notes_pass_the_checks(session: Session, hours: int):
    assert session.interview.date is not None
    now = session.interview.date + timedelta(hours=hours)
    found = [
        f
        for f in check(session, now, speller=speller())
        if f.severity is not Severity.INFO and f.code not in ALLOWED
    ]
    assert found == []


# -- the command line --------------------------------------------------------------------------


def test_check_command_lines_json_and_exit_codes(tmp_path):
    session_id = cli("import", str(FIXTURES / "examples" / "video-panel.toml")).stdout.strip()
    clean = cli("check", session_id, "--now", "2026-11-24T19:00-08:00")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    source = (FIXTURES / "examples" / "phone-edited-sent.toml").read_text("utf-8")
    sloppy = (
        source.replace('status = "sent"', 'status = "draft"')
        .replace("Dear Ms. Kim,", "Hey Grace,")
        .replace("I enjoyed hearing", "I beleive I enjoyed hearing")
    )
    path = tmp_path / "sloppy.toml"
    path.write_text(sloppy, "utf-8")
    sloppy_id = cli("import", str(path)).stdout.strip()
    result = cli("check", sloppy_id, "--now", "2026-11-18T12:00")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(line.startswith("Grace Kim · email · error · greeting · ") for line in lines), lines
    data = json.loads(cli("check", sloppy_id, "--json", "--now", "2026-11-18T12:00").stdout)
    assert {tuple(sorted(d)) for d in data} == {
        ("code", "end", "interviewer", "kind", "message", "method", "severity", "start")
    }
    typo = next(d for d in data if d["code"] == "typo")
    body = sloppy.split('body = """\n', 1)[1]
    assert body[typo["start"] : typo["end"]] == "beleive"
    assert cli("check", "nope").returncode == 2
    assert cli("check", sloppy_id, "--now", "someday").returncode == 2


def test_the_apps_own_words_are_never_a_misspelt_name():
    """A walk found "Many thanks," flagged as a misspelling of "Maya"."""
    session = panel_session(GOOD_EMAIL.replace("Kind regards,", "Many thanks,"))
    session.interviewers[0].name = "Maya Chen"
    body = session.interviewers[0].notes[0].body.replace("Dear Katherine,", "Dear Maya,")
    session.interviewers[0].notes[0].body = body
    assert "name-spelling" not in codes(check(session, NOW, speller=speller()))


def test_a_name_after_a_title_with_a_full_stop_is_not_a_sentence_start():
    """ "Ms. Nguyễn" was read as a sentence opening "Nguy" (a letter outside a-z cut it), and
    flagged as a typo for "guy"."""
    body = GOOD_EMAIL.replace(
        "Dear Katherine,", "Dear Katherine,\n\nIt was good to meet Ms. Nguyễn too."
    )
    assert "Nguyễn" in body
    assert "typo" not in codes(run(body))


def test_note_taking_shorthand_in_a_letter_is_flagged():
    """A new user's edited note kept "appts" and "18 wks" from their jottings, and the check
    said it read clean."""
    body = GOOD_EMAIL.replace(
        "Dear Katherine,", "Dear Katherine,\n\nThe 18 wks wait for first appts stayed with me."
    )
    assert "18 wks" in body
    found = [f for f in run(body) if f.code == "shorthand"]
    assert [body[f.start : f.end] for f in found] == ["18 wks", "appts"]
    assert "appointments" in found[1].message
    assert "shorthand" not in codes(run(GOOD_EMAIL))


def test_a_formal_note_greeting_by_first_name_asks_how_they_are_addressed():
    session = loads((FIXTURES / "examples" / "sparse-formal-video.toml").read_text("utf-8"))
    found = check(session, datetime(2026, 11, 27, 18))
    (finding,) = [f for f in found if f.code == "greeting"]
    assert finding.severity is Severity.INFO
    assert "Margaret Oyelaran-Smith" in finding.message and "Salutation" in finding.message
    assert "Ms Oyelaran-Smith" in finding.message
    # typed, it is used and the check is satisfied
    session.interviewers[0].salutation = "Ms Oyelaran-Smith"
    assert "greeting" not in codes(check(session, datetime(2026, 11, 27, 18)))
    assert compose(session, datetime(2026, 11, 27, 18))[0].body.startswith(
        "Dear Ms Oyelaran-Smith,"
    )


def test_a_point_the_note_leaves_out_is_reported_by_the_checks_too():
    """A new user saw "reads clean" while the note had left points out (walk)."""
    path = FIXTURES / "unseen" / "15-08-bike-mechanic-utrecht.toml"
    session = loads(path.read_text("utf-8"))
    found = check(session, datetime(2026, 11, 27, 21))
    left = [f for f in found if f.code == "left-out"]
    assert left and all(f.severity is Severity.INFO for f in left)
    assert any("EUR 2,900" in f.message and "pay is for" in f.message for f in left)
    assert any("probation" in f.message and "terms of the job" in f.message for f in left)


def test_an_email_to_someone_with_no_address_is_reported():
    """The preview said "To: no address yet" while `check` said "reads clean" (walk 25)."""
    path = FIXTURES / "examples" / "messy-panel-inperson.toml"
    session = loads(path.read_text("utf-8"))
    found = check(session, datetime(2026, 11, 23, 20))
    missing = [f for f in found if f.code == "no-address"]
    assert [(f.interviewer, f.method) for f in missing] == [("Tom O'Brien", Method.EMAIL)]
    assert "Interviewers step" in missing[0].message
    session.interviewers[2].email = "tom.obrien@harbourline.example"
    assert not [f for f in check(session, datetime(2026, 11, 23, 20)) if f.code == "no-address"]
