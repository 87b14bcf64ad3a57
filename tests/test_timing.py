from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from thankyou_tui.model import Interview
from thankyou_tui.timing import (
    MONDAY_TO_FRIDAY,
    DateError,
    PlaceError,
    add_business_days,
    countdown,
    describe_when,
    follow_up_at,
    follow_up_due,
    is_future,
    locale_country,
    parse_when,
    second_touch_at,
    send_by,
    short_when,
    when_words,
    workdays_for,
)


def test_send_by_is_24_hours_after_the_interview():
    assert send_by(Interview(date=datetime(2026, 11, 24, 14))) == datetime(2026, 11, 25, 14)
    # A bare date: end of the next working afternoon.
    assert send_by(Interview(date=date(2026, 11, 24))) == datetime(2026, 11, 25, 17)
    assert send_by(Interview(date=None)) is None


def test_countdown_words():
    itv = Interview(date=datetime(2026, 11, 24, 14))
    left = countdown(itv, datetime(2026, 11, 24, 17))
    assert left is not None and left.words == "in 21 h" and not left.overdue
    late = countdown(itv, datetime(2026, 11, 25, 15, 30))
    assert late is not None and late.overdue and late.words == "1 h ago"
    soon = countdown(itv, datetime(2026, 11, 25, 13, 35))
    assert soon is not None and soon.words == "in 25 min"


def test_business_days_skip_weekends():
    assert add_business_days(date(2026, 12, 4), 2) == date(2026, 12, 8)  # Fri -> Tue
    assert add_business_days(date(2026, 11, 20), 5) == date(2026, 11, 27)


def test_follow_up_dates():
    tz = timezone(timedelta(hours=-8))
    with_decision = Interview(
        date=datetime(2026, 11, 24, 14, tzinfo=tz), decision_by=date(2026, 12, 4)
    )
    assert follow_up_at(with_decision) == datetime(2026, 12, 8, 9, tzinfo=tz)
    assert not follow_up_due(with_decision, datetime(2026, 12, 8, 8, 59, tzinfo=tz))
    assert follow_up_due(with_decision, datetime(2026, 12, 8, 17, 0, tzinfo=UTC))
    without = Interview(date=datetime(2026, 11, 20, 10))
    assert follow_up_at(without) == datetime(2026, 11, 27, 9)


def test_when_words():
    itv = datetime(2026, 11, 24, 14)  # a Tuesday afternoon
    assert when_words(itv, datetime(2026, 11, 24, 20)) == "this afternoon"
    assert when_words(datetime(2026, 11, 24, 9), datetime(2026, 11, 24, 20)) == "this morning"
    assert when_words(datetime(2026, 11, 24, 18), datetime(2026, 11, 24, 20)) == "this evening"
    assert when_words(itv, datetime(2026, 11, 25, 9)) == "yesterday"
    assert when_words(itv, datetime(2026, 11, 27, 9)) == "on Tuesday"
    assert when_words(itv, datetime(2026, 12, 3, 9)) == "on Tuesday 24 November"
    assert when_words(itv, datetime(2026, 11, 24, 20), relative=False) == "on Tuesday"
    assert when_words(date(2026, 11, 24), datetime(2026, 11, 24, 20)) == "today"


def test_when_words_uses_the_interviews_own_zone():
    tz = timezone(timedelta(hours=-8))
    itv = datetime(2026, 11, 24, 14, tzinfo=tz)
    # 03:00 UTC on the 25th is still the evening of the 24th at -08:00.
    assert when_words(itv, datetime(2026, 11, 25, 3, tzinfo=UTC)) == "this afternoon"


def test_short_when():
    assert short_when(datetime(2026, 11, 24, 14)) == "Tue 24 Nov 14:00"
    assert short_when(date(2026, 11, 24)) == "Tue 24 Nov"


NOW = datetime(2026, 11, 25, 18, 30)  # a Wednesday evening


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-11-24 14:00", datetime(2026, 11, 24, 14)),
        ("2026-11-24T14:00", datetime(2026, 11, 24, 14)),
        ("2026-11-24", date(2026, 11, 24)),
        ("today 14:00", datetime(2026, 11, 25, 14)),
        ("today", date(2026, 11, 25)),
        ("yesterday", date(2026, 11, 24)),
        ("Yesterday 9:30", datetime(2026, 11, 24, 9, 30)),
        ("yesterday at 2pm", datetime(2026, 11, 24, 14)),
        ("14:00", datetime(2026, 11, 25, 14)),
        ("2:30 pm", datetime(2026, 11, 25, 14, 30)),
        ("tue 10am", datetime(2026, 11, 24, 10)),
        ("monday", date(2026, 11, 23)),
        ("24 Nov 14:00", datetime(2026, 11, 24, 14)),
        ("Nov 24", date(2026, 11, 24)),
        (
            "2026-11-24T14:00:00-08:00",
            datetime(2026, 11, 24, 14, tzinfo=timezone(timedelta(hours=-8))),
        ),
    ],
)
def test_parse_when_reads_what_people_type(typed, expected):
    assert parse_when(typed, NOW) == expected


def test_parse_when_looks_ahead_for_decisions():
    assert parse_when("friday", NOW, future=True) == date(2026, 11, 27)
    assert parse_when("tomorrow", NOW) == date(2026, 11, 26)
    assert parse_when("next wed", NOW) == date(2026, 12, 2)


def test_a_decision_in_so_many_weeks_is_read_and_a_bad_one_gets_future_examples():
    """A new user typed "in 2 weeks" for the decision and was offered "yesterday"."""
    assert parse_when("in 2 weeks", NOW, future=True) == NOW.date() + timedelta(days=14)
    assert parse_when("within a week", NOW, future=True) == NOW.date() + timedelta(days=7)
    assert parse_when("in 3 days", NOW, future=True) == NOW.date() + timedelta(days=3)
    with pytest.raises(DateError) as err:
        parse_when("soonish", NOW, future=True)
    assert "yesterday" not in str(err.value) and "in 2 weeks" in str(err.value)


def test_next_friday_is_the_friday_of_next_week_and_this_friday_is_this_weeks():
    thursday = datetime(2026, 11, 26, 10)
    assert parse_when("next friday", thursday) == date(2026, 12, 4)
    assert parse_when("this friday", thursday) == date(2026, 11, 27)
    assert parse_when("friday", thursday, future=True) == date(2026, 11, 27)
    assert parse_when("friday", thursday) == date(2026, 11, 20)  # the interview: the last one
    assert parse_when("next monday", datetime(2026, 11, 29, 10)) == date(2026, 11, 30)


def test_is_future():
    assert is_future(datetime(2026, 11, 26, 10, 1), datetime(2026, 11, 26, 10))
    assert not is_future(date(2026, 11, 26), datetime(2026, 11, 26, 23))
    assert is_future(date(2026, 11, 27), datetime(2026, 11, 26, 23))


@pytest.mark.parametrize("typed", ["tomorow", "25:00", "13pm", "soon", "2026-13-40", "blah 14:00"])
def test_parse_when_rejects_nonsense_with_a_suggestion(typed):
    with pytest.raises(DateError) as err:
        parse_when(typed, NOW)
    assert (
        str(err.value) == f"can't read '{typed}' — try 2026-11-24 14:00, today 14:00 or yesterday"
    )


def test_describe_when():
    assert describe_when(datetime(2026, 11, 24, 14)) == "Tue 24 Nov 2026, 14:00"
    assert describe_when(date(2026, 11, 24)) == "Tue 24 Nov 2026 (no time)"


def test_day_words_are_english_whatever_the_locale(monkeypatch):
    import locale

    for name in ("de_DE.UTF-8", "fr_FR.UTF-8"):
        try:
            locale.setlocale(locale.LC_TIME, name)
            break
        except locale.Error:
            continue
    try:
        assert when_words(datetime(2026, 11, 24, 14), datetime(2026, 12, 3, 9)) == (
            "on Tuesday 24 November"
        )
        assert short_when(datetime(2026, 11, 24, 14)) == "Tue 24 Nov 14:00"
    finally:
        locale.setlocale(locale.LC_TIME, "C")


# -- business days and public holidays ------------------------------------------------------


def test_a_friday_interview_is_due_by_the_end_of_monday():
    friday = Interview(date=datetime(2026, 11, 20, 14))
    assert send_by(friday) == datetime(2026, 11, 23, 17)
    saturday = Interview(date=datetime(2026, 11, 21, 10))
    assert send_by(saturday) == datetime(2026, 11, 23, 17)
    thursday = Interview(date=datetime(2026, 11, 19, 14))
    assert send_by(thursday) == datetime(2026, 11, 20, 14)  # a weekday: 24 hours
    assert send_by(Interview(date=date(2026, 11, 20))) == datetime(2026, 11, 23, 17)


def test_the_eve_of_a_public_holiday_is_due_after_it():
    us = workdays_for("us")
    assert us.place == "US"
    # Thanksgiving is Thursday 26 November 2026.
    eve = Interview(date=datetime(2026, 11, 25, 14))
    assert send_by(eve, us) == datetime(2026, 11, 27, 17)
    assert send_by(eve) == datetime(2026, 11, 26, 14)  # no country: Monday to Friday
    # Christmas (Fri) and the weekend: the business day after is Monday 28 December.
    assert send_by(Interview(date=datetime(2026, 12, 24, 10)), us) == datetime(2026, 12, 28, 17)
    # A holiday of one region only: Boxing Day is not a US holiday but is a UK one.
    gb = workdays_for("GB", "ENG")
    assert add_business_days(date(2026, 12, 24), 1, gb) == date(2026, 12, 29)
    assert add_business_days(date(2026, 12, 24), 1, us) == date(2026, 12, 28)


def test_an_aware_mark_keeps_its_offset_when_moved():
    tz = timezone(timedelta(hours=1))
    friday = Interview(date=datetime(2026, 11, 20, 14, tzinfo=tz))
    assert send_by(friday) == datetime(2026, 11, 23, 17, tzinfo=tz)


def test_an_unknown_country_or_region_says_what_to_type():
    with pytest.raises(PlaceError, match="two-letter code"):
        workdays_for("Narnia")
    with pytest.raises(PlaceError, match="not a region of US"):
        workdays_for("US", "ZZ")
    assert workdays_for("") is MONDAY_TO_FRIDAY


def test_the_follow_up_skips_holidays_and_the_second_touch_comes_a_week_later():
    us = workdays_for("US")
    itv = Interview(date=datetime(2026, 11, 20, 10))
    # Five business days after Friday 20 November, Thanksgiving (26th) not counted.
    assert follow_up_at(itv, us) == datetime(2026, 11, 30, 9)
    first = datetime(2026, 11, 30, 9)
    assert second_touch_at(first, None) == datetime(2026, 12, 7, 9)
    # Sent late: a week after it went out (Wed 2 Dec -> Wed 9 Dec).
    assert second_touch_at(first, datetime(2026, 12, 2, 16)) == datetime(2026, 12, 9, 9)
    # A week after lands on Christmas: the next business day.
    late = datetime(2026, 12, 18, 9)
    assert second_touch_at(late, None, us) == datetime(2026, 12, 28, 9)


def test_a_date_near_the_end_of_the_calendar_is_a_clear_error_not_a_crash():
    with pytest.raises(ValueError, match="too far in the future"):
        add_business_days(date(9999, 12, 30), 5)


def test_the_country_comes_from_the_locale(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    assert locale_country() == "GB"
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert locale_country() == "DE"
