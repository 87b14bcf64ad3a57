"""Deadlines and dates: the 24-hour send-by mark, business days, the follow-up plan.

Pure code. A naive datetime is local time; an aware one keeps its offset. Comparisons
between the two convert the naive one to local time first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from thankyou_tui.model import Interview

SEND_WITHIN = timedelta(hours=24)
# A date without a time: the thanks is due by the end of the next working afternoon.
DATE_ONLY_DEADLINE = time(17, 0)
FOLLOW_UP_TIME = time(9, 0)
FOLLOW_UP_AFTER_DECISION = 2  # business days
FOLLOW_UP_WITHOUT_DECISION = 5  # business days


def start_of(when: datetime | date) -> datetime:
    """The moment an interview began (a bare date counts from midnight)."""
    if isinstance(when, datetime):
        return when
    return datetime.combine(when, time(0, 0))


def send_by(interview: Interview) -> datetime | None:
    """When the thank-you should be sent: 24 hours after the interview."""
    if interview.date is None:
        return None
    if isinstance(interview.date, datetime):
        return interview.date + SEND_WITHIN
    return datetime.combine(interview.date + timedelta(days=1), DATE_ONLY_DEADLINE)


def comparable(when: datetime, like: datetime) -> datetime:
    """`when` made comparable with `like`: both naive (local) or both aware."""
    if (when.tzinfo is None) == (like.tzinfo is None):
        return when
    if when.tzinfo is None:
        return when.astimezone()  # naive is local time
    return when.astimezone().replace(tzinfo=None)


def time_left(deadline: datetime, now: datetime) -> timedelta:
    return comparable(deadline, now) - now


def add_business_days(day: date, count: int) -> date:
    """`count` Monday-to-Friday days after `day` (public holidays are not known)."""
    current = day
    while count > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            count -= 1
    return current


def follow_up_at(interview: Interview) -> datetime | None:
    """09:00 two business days after the decision date, else five after the interview."""
    if interview.decision_by is not None:
        base, days = interview.decision_by, FOLLOW_UP_AFTER_DECISION
    elif interview.date is not None:
        base, days = interview.date, FOLLOW_UP_WITHOUT_DECISION
    else:
        return None
    day = base.date() if isinstance(base, datetime) else base
    tz = interview.date.tzinfo if isinstance(interview.date, datetime) else None
    return datetime.combine(add_business_days(day, days), FOLLOW_UP_TIME, tzinfo=tz)


def follow_up_due(interview: Interview, now: datetime) -> bool:
    due = follow_up_at(interview)
    return due is not None and comparable(now, due) >= due


def local_view(when: datetime | date, now: datetime) -> tuple[date, date]:
    """The interview's day and today's day, both in the interview's own time zone."""
    if isinstance(when, datetime) and when.tzinfo is not None:
        aware_now = now if now.tzinfo else now.astimezone()
        return when.date(), aware_now.astimezone(when.tzinfo).date()
    local_now = now.astimezone().replace(tzinfo=None) if now.tzinfo else now
    day = when.date() if isinstance(when, datetime) else when
    return day, local_now.date()


def when_words(when: datetime | date, now: datetime, *, relative: bool = True) -> str:
    """How a note says when the interview was: "this morning", "yesterday", "on Tuesday".

    `relative=False` is for cards read days later: never "today" or "yesterday".
    """
    day, today = local_view(when, now)
    age = (today - day).days
    if relative and age == 0:
        if not isinstance(when, datetime):
            return "today"
        if when.hour < 12:
            return "this morning"
        return "this afternoon" if when.hour < 17 else "this evening"
    if relative and age == 1:
        return "yesterday"
    if 0 <= age <= 6:
        return f"on {day:%A}"
    return f"on {day:%A} {day.day} {day:%B}"


@dataclass(frozen=True)
class Countdown:
    """Time left to send, in words for a status line."""

    deadline: datetime
    left: timedelta

    @property
    def overdue(self) -> bool:
        return self.left < timedelta(0)

    @property
    def words(self) -> str:
        hours = abs(self.left) // timedelta(hours=1)
        minutes = (abs(self.left) // timedelta(minutes=1)) % 60
        span = f"{hours} h" if hours >= 1 else f"{minutes} min"
        if hours >= 48:
            span = f"{hours // 24} days"
        return f"{span} ago" if self.overdue else f"in {span}"


def countdown(interview: Interview, now: datetime) -> Countdown | None:
    deadline = send_by(interview)
    if deadline is None:
        return None
    return Countdown(deadline, time_left(deadline, now))


def short_when(when: datetime | date) -> str:
    """ "Tue 24 Nov 14:00" for tables and headers."""
    if isinstance(when, datetime):
        return f"{when:%a} {when.day} {when:%b %H:%M}"
    return f"{when:%a} {when.day} {when:%b}"
