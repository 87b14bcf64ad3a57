from datetime import datetime, timedelta, timezone

from thankyou_tui.compose import compose
from thankyou_tui.data.codec import loads
from thankyou_tui.edits import mark_sent
from thankyou_tui.model import NoteKind, Outcome, Stage
from thankyou_tui.summary import STEP_WORDS, summarise

from .conftest import FIXTURES

TZ = timezone(timedelta(hours=-8))


def panel():
    return loads((FIXTURES / "examples" / "video-panel.toml").read_text("utf-8"))


def test_time_left_then_overdue():
    session = panel()
    summary = summarise(session, datetime(2026, 11, 24, 19, tzinfo=TZ))
    assert summary.next == "send in 19 h"
    assert summary.sent == "0/2"
    assert summary.when == "Tue 24 Nov" and summary.decision == "Fri 4 Dec"
    assert summarise(session, datetime(2026, 11, 25, 15, tzinfo=TZ)).next == "send · overdue"


def test_when_all_thanks_are_sent_the_follow_ups_are_next():
    session = panel()
    now = datetime(2026, 11, 24, 19, tzinfo=TZ)
    for note in compose(session, now):
        mark_sent(session, note, now)
    summary = summarise(session, now)
    assert summary.sent == "2/2"
    assert summary.next == "follow up Tue 8 Dec"  # two business days after 4 December
    later = datetime(2026, 12, 8, 10, tzinfo=TZ)
    assert summarise(session, later).next == "follow up now"
    follow = next(n for n in compose(session, later) if n.kind is NoteKind.FOLLOW_UP)
    mark_sent(session, follow, later)
    assert summarise(session, later).next == "last touch Tue 15 Dec"
    last_day = datetime(2026, 12, 15, 10, tzinfo=TZ)
    last = next(n for n in compose(session, last_day) if n.kind is NoteKind.LAST_FOLLOW_UP)
    mark_sent(session, last, last_day)
    assert summarise(session, last_day).next == "follow-ups sent"


def test_an_outcome_stops_the_follow_ups():
    session = panel()
    now = datetime(2026, 11, 24, 19, tzinfo=TZ)
    for note in compose(session, now):
        mark_sent(session, note, now)
    session.interview.outcome = Outcome.REJECTED
    assert summarise(session, datetime(2026, 12, 8, 10, tzinfo=TZ)).next == "not selected"


def test_an_offer_needs_no_follow_up():
    session = panel()
    session.interview.stage = Stage.OFFER
    now = datetime(2026, 11, 24, 19, tzinfo=TZ)
    for note in compose(session, now):
        mark_sent(session, note, now)
    assert summarise(session, now).next == "done"


def test_the_step_words_are_keyed_by_the_models_follow_up_kinds():
    """summary.py names the kinds by value (the home screen's rows load no model)."""
    assert set(STEP_WORDS) == {NoteKind.FOLLOW_UP.value, NoteKind.LAST_FOLLOW_UP.value}
