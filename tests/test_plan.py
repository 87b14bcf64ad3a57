"""The follow-up plan: what is still to send and when, with a frozen "now"."""

from datetime import date, datetime, timedelta, timezone

from thankyou_tui.checks import check
from thankyou_tui.compose import compose
from thankyou_tui.data.codec import dumps, loads
from thankyou_tui.edits import mark_sent
from thankyou_tui.model import Method, NoteKind, Outcome
from thankyou_tui.plan import due_follow_up, follow_up_task, tasks
from thankyou_tui.timing import workdays_for

from .conftest import FIXTURES

TZ = timezone(timedelta(hours=-8))


def panel():
    return loads((FIXTURES / "examples" / "video-panel.toml").read_text("utf-8"))


def send_all(session, now):
    for note in compose(session, now):
        mark_sent(session, note, now)


def test_every_unsent_thank_you_is_a_task_due_at_the_send_by_mark():
    session = panel()
    found = tasks(session)
    thanks = [t for t in found if t.kind is NoteKind.THANK_YOU]
    assert [(t.interviewer, t.method) for t in thanks] == [
        ("Priya Raman", Method.EMAIL),
        ("Marcus Bell", Method.EMAIL),
    ]
    assert {t.due for t in thanks} == {datetime(2026, 11, 25, 14, tzinfo=TZ)}
    assert thanks[0].what == "send"
    assert thanks[0].overdue(datetime(2026, 11, 25, 14, 1, tzinfo=TZ))
    assert not thanks[0].overdue(datetime(2026, 11, 25, 13, 59, tzinfo=TZ))


def test_with_a_decision_date_the_follow_up_is_two_business_days_after_it():
    session = panel()  # decision by Fri 4 December
    task = follow_up_task(session)
    assert task is not None and task.kind is NoteKind.FOLLOW_UP and task.what == "follow-up"
    assert task.due == datetime(2026, 12, 8, 9, tzinfo=TZ)
    assert task.interviewer == "Priya Raman"


def test_without_a_decision_date_it_is_five_business_days_after_the_interview():
    session = panel()
    session.interview.decision_by = None
    task = follow_up_task(session)
    assert task is not None and task.due == datetime(2026, 12, 1, 9, tzinfo=TZ)
    # With US holidays, Thanksgiving (Thu 26 November) is not counted.
    task = follow_up_task(session, workdays_for("US"))
    assert task is not None and task.due == datetime(2026, 12, 2, 9, tzinfo=TZ)


def test_the_second_touch_is_a_week_after_the_first_and_then_nothing():
    session = panel()
    send_all(session, datetime(2026, 11, 24, 19, tzinfo=TZ))
    first_day = datetime(2026, 12, 8, 10, tzinfo=TZ)
    first = next(n for n in compose(session, first_day) if n.kind is NoteKind.FOLLOW_UP)
    mark_sent(session, first, first_day)
    task = follow_up_task(session)
    assert task is not None and task.kind is NoteKind.LAST_FOLLOW_UP
    assert task.due == datetime(2026, 12, 15, 9, tzinfo=TZ)
    assert due_follow_up(session, datetime(2026, 12, 15, 8, tzinfo=TZ)) is None
    later = datetime(2026, 12, 15, 9, tzinfo=TZ)
    assert due_follow_up(session, later) == task
    last = next(n for n in compose(session, later) if n.kind is NoteKind.LAST_FOLLOW_UP)
    assert last.subject == "Checking in once more — Staff Software Engineer"
    assert last.body.startswith("Dear Dr. Raman,")  # greeted as the thank-you did
    mark_sent(session, last, later)
    assert follow_up_task(session) is None
    assert tasks(session) == []
    # Both follow-ups stay readable once sent.
    kinds = [n.kind for n in compose(session, later)]
    assert NoteKind.FOLLOW_UP in kinds and NoteKind.LAST_FOLLOW_UP in kinds


def test_an_outcome_stops_the_follow_ups_and_a_rejection_offers_a_gracious_reply():
    session = panel()
    send_all(session, datetime(2026, 11, 24, 19, tzinfo=TZ))
    for outcome in (Outcome.OFFER, Outcome.WITHDRAWN, Outcome.ACCEPTED):
        session.interview.outcome = outcome
        assert follow_up_task(session) is None
        kinds = {n.kind for n in compose(session, datetime(2026, 12, 9, tzinfo=TZ))}
        assert kinds == {NoteKind.THANK_YOU}
    session.interview.outcome = Outcome.REJECTED
    now = datetime(2026, 12, 9, 10, tzinfo=TZ)
    notes = compose(session, now)
    reply = next(n for n in notes if n.kind is NoteKind.REPLY)
    assert (
        reply.interviewer == "Priya Raman" and reply.title == "Reply to the decision to Priya Raman"
    )
    assert "your decision" in reply.body
    assert "stay in touch" in reply.body or "considered" in reply.body
    assert "Acme Robotics" in reply.body
    assert not [
        f
        for f in check(session, now, notes=notes)
        if f.kind is NoteKind.REPLY and f.severity.value == "error"
    ]
    # The outcome round-trips through the file.
    assert loads(dumps(session)).interview.outcome is Outcome.REJECTED


def test_a_session_without_a_date_has_nothing_due():
    session = panel()
    session.interview.date = None
    session.interview.decision_by = None
    assert tasks(session) == []


def test_a_bare_date_interview_is_due_by_the_end_of_the_next_business_day():
    session = panel()
    session.interview.date = date(2026, 11, 27)  # a Friday
    assert {t.due for t in tasks(session) if t.kind is NoteKind.THANK_YOU} == {
        datetime(2026, 11, 30, 17)
    }
