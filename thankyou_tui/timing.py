"""Deadlines and dates: the 24-hour send-by mark, business days, the follow-up plan.

Pure code. A naive datetime is local time; an aware one keeps its offset. Comparisons
between the two convert the naive one to local time first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from thankyou_tui.model import Interview

# English names, whatever the machine's locale (strftime's %A/%B follow LC_TIME).
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip


def weekday_name(day: date) -> str:
    return WEEKDAYS[day.weekday()]


def day_month(day: date) -> str:
    """ "24 November"."""
    return f"{day.day} {MONTHS[day.month - 1]}"


def short_day(day: date) -> str:
    """ "Tue 24 Nov"."""
    return f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]}"


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
        return f"on {weekday_name(day)}"
    return f"on {weekday_name(day)} {day_month(day)}"


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
        return f"{short_day(when)} {when:%H:%M}"
    return short_day(when)


# -- reading dates as people type them ----------------------------------------------

_TIME = re.compile(r"^(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ampm>am|pm|a\.m\.|p\.m\.)?$")
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_DATE_FORMATS = ["%Y-%m-%d", "%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y", "%d/%m/%Y"]
_YEARLESS_FORMATS = ["%d %b", "%d %B", "%b %d", "%B %d"]


# One set of examples everywhere a date is asked for.
DATE_EXAMPLES = "2026-11-24 14:00, today 14:00 or yesterday"


class DateError(ValueError):
    """Text that is not a date; the message says what to type instead."""


def parse_when(text: str, now: datetime, *, future: bool = False) -> datetime | date:
    """Read "2026-11-24 14:00", "today 14:00", "yesterday", "tue 2pm", "24 Nov" and the like.

    A bare weekday means the most recent one (or the next one with `future`, for decisions).
    Returns a date when no time was given. Raises DateError with a suggestion.
    """
    raw = " ".join(text.strip().split())
    if not raw:
        raise DateError(f"is empty; try {DATE_EXAMPLES}")
    try:
        parsed = datetime.fromisoformat(raw)
    except ValueError:
        pass
    else:
        if len(raw) <= 10:
            return parsed.date()
        return parsed.replace(second=0, microsecond=0) if parsed.tzinfo is None else parsed
    lowered = raw.lower().replace(",", " ").replace(" at ", " ")
    day_part, time_part = _split_time(lowered)
    try:
        day = _read_day(day_part, now, future=future) if day_part else now.date()
        clock = _read_time(time_part) if time_part else None
    except DateError:
        raise DateError(f"can't read '{raw}' — try {DATE_EXAMPLES}") from None
    return datetime.combine(day, clock) if clock is not None else day


def _split_time(text: str) -> tuple[str, str]:
    words = text.split()
    for cut in (2, 1):
        tail = " ".join(words[-cut:])
        # A bare number is a day ("Nov 24"); a time has a colon or am/pm.
        if len(words) >= cut and _TIME.match(tail) and (":" in tail or tail[-1] in "mM."):
            return " ".join(words[:-cut]), tail
    return text, ""


def _read_time(text: str) -> time:
    match = _TIME.match(text)
    if not match:
        raise DateError(text)
    hour, minute = int(match["h"]), int(match["m"] or 0)
    ampm = (match["ampm"] or "").replace(".", "")
    if ampm:
        if not 1 <= hour <= 12:
            raise DateError(text)
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minute > 59:
        raise DateError(text)
    return time(hour, minute)


def _read_day(text: str, now: datetime, *, future: bool) -> date:
    today = now.date()
    named = {
        "today": today,
        "yesterday": today - timedelta(days=1),
        "tomorrow": today + timedelta(days=1),
    }
    if text in named:
        return named[text]
    for i, name in enumerate(_WEEKDAYS):
        bare = text.removeprefix("last ").removeprefix("next ").removeprefix("this ")
        if len(bare) >= 3 and name.startswith(bare):
            if text.startswith("next "):
                # "next friday" is the Friday of next week, as people mean it (on a Thursday,
                # not tomorrow: that is "this friday").
                return today + timedelta(days=7 - today.weekday() + i)
            if text.startswith("this "):
                return today + timedelta(days=i - today.weekday())
            if future:
                return today + timedelta(days=(i - today.weekday()) % 7 or 7)
            return today - timedelta(days=(today.weekday() - i) % 7)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    for fmt in _YEARLESS_FORMATS:
        try:
            partial = datetime.strptime(f"{text} {today.year}", f"{fmt} %Y").date()
        except ValueError:
            continue
        return partial
    raise DateError(text)


def is_future(when: datetime | date, now: datetime) -> bool:
    """Whether an interview date is still ahead (a bare date counts as the whole day)."""
    if isinstance(when, datetime):
        return comparable(when, now) > now
    return when > now.date()


def describe_when(value: datetime | date) -> str:
    """ "Tue 24 Nov 2026, 14:00": what a date field shows it understood."""
    if isinstance(value, datetime):
        zone = f" {value:%z}" if value.tzinfo else ""
        return f"{short_day(value)} {value.year}, {value:%H:%M}{zone}"
    return f"{short_day(value)} {value.year} (no time)"
