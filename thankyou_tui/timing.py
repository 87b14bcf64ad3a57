"""Deadlines and dates: the 24-hour send-by mark, business days, the follow-up plan.

Pure code. A naive datetime is local time; an aware one keeps its offset. Comparisons
between the two convert the naive one to local time first.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the home screen's rows use timing without loading the model
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
# "By the end of a business day": a date without a time, or a mark pushed past a weekend.
END_OF_DAY = time(17, 0)
DATE_ONLY_DEADLINE = END_OF_DAY
FOLLOW_UP_TIME = time(9, 0)
FOLLOW_UP_AFTER_DECISION = 2  # business days
FOLLOW_UP_WITHOUT_DECISION = 5  # business days
SECOND_TOUCH_AFTER = timedelta(days=7)


class Workdays:
    """Which days are business days: Monday to Friday, minus the public holidays given.

    `holidays` is any container of dates (the `holidays` library's calendars are one);
    `workdays_for()` builds it for a country, importing the library only then.
    """

    def __init__(self, holidays: Container[date] = frozenset(), place: str = "") -> None:
        self.holidays = holidays
        self.place = place  # "US-CA", for messages; "" for plain Monday to Friday

    def is_workday(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.holidays

    def after(self, day: date, count: int) -> date:
        """`count` business days after `day`."""
        current = day
        while count > 0:
            current = _next_day(current)
            if self.is_workday(current):
                count -= 1
        return current

    def next_or_same(self, day: date) -> date:
        """`day` if it is a business day, else the next one."""
        current = day
        while not self.is_workday(current):
            current = _next_day(current)
        return current


MONDAY_TO_FRIDAY = Workdays()


def _next_day(day: date) -> date:
    if day >= date.max - timedelta(days=1):
        raise ValueError(f"{day} is too far in the future to count business days from")
    return day + timedelta(days=1)


class PlaceError(ValueError):
    """A country or region the holiday calendar does not know; the message lists the fix."""


def workdays_for(country: str, region: str = "") -> Workdays:
    """Business days in `country` (ISO code, "US") and optionally `region` ("CA")."""
    country, region = country.strip().upper(), region.strip().upper()
    if not country:
        return MONDAY_TO_FRIDAY
    import holidays  # ~70 ms; only for people who set a country

    supported = holidays.list_supported_countries()
    if country not in supported:
        raise PlaceError(
            f"'{country}' is not a country code the holiday calendar knows; "
            "use a two-letter code such as US, GB, DE or IN"
        )
    if region and region not in supported[country]:
        regions = list(supported[country])
        # All of them when few (GB has four); the first eight and a count when many.
        more = f" (and {len(regions) - 8} more)" if len(regions) > 8 else ""
        some = ", ".join(regions[:8]) + more
        raise PlaceError(
            f"'{region}' is not a region of {country}; leave it empty or use one of {some}"
            if regions
            else f"{country} has no regions in the holiday calendar; leave the region empty"
        )
    calendar = holidays.country_holidays(country, subdiv=region or None)
    return Workdays(calendar, f"{country}-{region}" if region else country)


def locale_country() -> str:
    """The country of the machine's locale ("en_GB.UTF-8" -> "GB"), or ""."""
    import os

    # The environment only: Python's locale module turns "C.UTF-8" into en_US, a guess.
    for value in (os.environ.get("LC_ALL"), os.environ.get("LANG")):
        if value and "_" in value:
            code = value.split("_", 1)[1][:2]
            if code.isalpha() and code.isupper():
                return code
    return ""


def start_of(when: datetime | date) -> datetime:
    """The moment an interview began (a bare date counts from midnight)."""
    if isinstance(when, datetime):
        return when
    return datetime.combine(when, time(0, 0))


def send_by(interview: Interview, workdays: Workdays = MONDAY_TO_FRIDAY) -> datetime | None:
    """When the thank-you should be sent: 24 hours after the interview, on business days.

    A mark that falls on a weekend or a public holiday (an interview on Friday, or on the
    eve of a holiday) moves to the end of the next business day. A bare date is due by the
    end of the next business day.
    """
    if interview.date is None:
        return None
    if isinstance(interview.date, datetime):
        mark = interview.date + SEND_WITHIN
        if workdays.is_workday(mark.date()):
            return mark
        day = workdays.next_or_same(mark.date())
        return datetime.combine(day, END_OF_DAY, tzinfo=mark.tzinfo)
    return datetime.combine(workdays.after(interview.date, 1), END_OF_DAY)


def comparable(when: datetime, like: datetime) -> datetime:
    """`when` made comparable with `like`: both naive (local) or both aware."""
    if (when.tzinfo is None) == (like.tzinfo is None):
        return when
    if when.tzinfo is None:
        return when.astimezone()  # naive is local time
    return when.astimezone().replace(tzinfo=None)


def time_left(deadline: datetime, now: datetime) -> timedelta:
    return comparable(deadline, now) - now


def add_business_days(day: date, count: int, workdays: Workdays = MONDAY_TO_FRIDAY) -> date:
    """`count` business days after `day`."""
    return workdays.after(day, count)


def follow_up_at(interview: Interview, workdays: Workdays = MONDAY_TO_FRIDAY) -> datetime | None:
    """09:00 two business days after the decision date, else five after the interview."""
    if interview.decision_by is not None:
        base, days = interview.decision_by, FOLLOW_UP_AFTER_DECISION
    elif interview.date is not None:
        base, days = interview.date, FOLLOW_UP_WITHOUT_DECISION
    else:
        return None
    day = base.date() if isinstance(base, datetime) else base
    tz = interview.date.tzinfo if isinstance(interview.date, datetime) else None
    return datetime.combine(workdays.after(day, days), FOLLOW_UP_TIME, tzinfo=tz)


def second_touch_at(
    first_due: datetime, first_sent: datetime | date | None, workdays: Workdays = MONDAY_TO_FRIDAY
) -> datetime:
    """The last, polite touch: seven days after the first follow-up went out (or was due),
    at 09:00 on a business day."""
    base = first_due
    if isinstance(first_sent, datetime):
        base = max(first_due, comparable(first_sent, first_due))
    elif isinstance(first_sent, date):
        base = max(first_due, datetime.combine(first_sent, FOLLOW_UP_TIME, tzinfo=first_due.tzinfo))
    day = workdays.next_or_same((base + SECOND_TOUCH_AFTER).date())
    return datetime.combine(day, FOLLOW_UP_TIME, tzinfo=first_due.tzinfo)


def follow_up_due(
    interview: Interview, now: datetime, workdays: Workdays = MONDAY_TO_FRIDAY
) -> bool:
    due = follow_up_at(interview, workdays)
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


def countdown(
    interview: Interview, now: datetime, workdays: Workdays = MONDAY_TO_FRIDAY
) -> Countdown | None:
    deadline = send_by(interview, workdays)
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
# … and where the date is ahead (a decision): a past example read as a slip.
FUTURE_EXAMPLES = "2026-12-04, next friday, in 2 weeks or 11 Dec"
_IN_SPAN = re.compile(r"^(?:in|within)\s+(\d+|a|an|one|two|three|four|five|six)\s+(day|week)s?$")
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


class DateError(ValueError):
    """Text that is not a date; the message says what to type instead."""


def parse_when(text: str, now: datetime, *, future: bool = False) -> datetime | date:
    """Read "2026-11-24 14:00", "today 14:00", "yesterday", "tue 2pm", "24 Nov" and the like.

    A bare weekday means the most recent one (or the next one with `future`, for decisions).
    Returns a date when no time was given. Raises DateError with a suggestion.
    """
    raw = " ".join(text.strip().split())
    examples = FUTURE_EXAMPLES if future else DATE_EXAMPLES
    if not raw:
        raise DateError(f"is empty; try {examples}")
    span = _IN_SPAN.match(raw.lower())
    if span and future:
        count = int(span[1]) if span[1].isdigit() else _SMALL[span[1]]
        return now.date() + timedelta(days=count * (7 if span[2] == "week" else 1))
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
        raise DateError(f"can't read '{raw}' — try {examples}") from None
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
