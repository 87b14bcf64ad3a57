from datetime import datetime, timedelta, timezone

from thankyou_tui.compose import compose
from thankyou_tui.data.codec import loads
from thankyou_tui.edits import mark_sent
from thankyou_tui.model import NoteKind, Stage
from thankyou_tui.summary import summarise

from .conftest import FIXTURES

TZ = timezone(timedelta(hours=-8))


def panel():
    return loads((FIXTURES / "examples" / "video-panel.toml").read_text("utf-8"))


def test_time_left_then_overdue():
    session = panel()
    assert summarise(session, datetime(2026, 11, 24, 19, tzinfo=TZ)).send_by == "in 19 h"
    assert summarise(session, datetime(2026, 11, 25, 15, tzinfo=TZ)).send_by == "overdue"
    assert summarise(session, datetime(2026, 11, 24, 19, tzinfo=TZ)).sent == "0/2"


def test_when_all_thanks_are_sent_the_follow_up_is_next():
    session = panel()
    now = datetime(2026, 11, 24, 19, tzinfo=TZ)
    for note in compose(session, now):
        mark_sent(session, note, now)
    summary = summarise(session, now)
    assert summary.sent == "2/2"
    assert summary.send_by == "follow up Tue 8 Dec"  # two business days after 4 December
    later = datetime(2026, 12, 8, 10, tzinfo=TZ)
    assert summarise(session, later).send_by == "follow up now"
    follow = next(n for n in compose(session, later) if n.kind is NoteKind.FOLLOW_UP)
    mark_sent(session, follow, later)
    assert summarise(session, later).send_by == "follow-up sent"


def test_an_offer_needs_no_follow_up():
    session = panel()
    session.interview.stage = Stage.OFFER
    now = datetime(2026, 11, 24, 19, tzinfo=TZ)
    for note in compose(session, now):
        mark_sent(session, note, now)
    assert summarise(session, now).send_by == "done"
