from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thankyou_tui.data.codec import FutureSchemaError, SessionFileError, dumps, loads
from thankyou_tui.model import (
    Candidate,
    Format,
    Interview,
    Interviewer,
    Method,
    Note,
    NoteKind,
    NoteStatus,
    Point,
    Session,
    Stage,
    Tone,
)

from .conftest import example_files

# Any text a person could paste, except lone surrogates (rejected by validation, see test_model).
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
some_text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)
whens = st.one_of(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)).map(
        lambda d: d.replace(microsecond=0)
    ),
    st.builds(
        lambda d, minutes: d.replace(microsecond=0, tzinfo=timezone(timedelta(minutes=minutes))),
        st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)),
        st.integers(-12 * 60, 14 * 60),
    ),
)
methods = st.lists(st.sampled_from(Method), min_size=1, max_size=4, unique=True)
notes = st.builds(
    Note,
    method=st.sampled_from(Method),
    body=any_text,
    subject=st.none() | any_text,
    kind=st.sampled_from(NoteKind),
    status=st.sampled_from(NoteStatus),
    sent_at=st.none() | whens,
)
interviewers = st.builds(
    Interviewer,
    name=some_text,
    title=any_text,
    email=any_text,
    salutation=any_text,
    points=st.lists(st.builds(Point, text=any_text, why=any_text), max_size=3),
    methods=st.none() | methods,
    notes=st.lists(notes, max_size=2),
)
sessions = st.builds(
    Session,
    candidate=st.builds(
        Candidate, name=some_text, email=any_text, phone=any_text, signature=any_text
    ),
    interview=st.builds(
        Interview,
        company=some_text,
        role=some_text,
        stage=st.sampled_from(Stage),
        format=st.sampled_from(Format),
        panel=st.booleans(),
        date=whens,
        decision_by=st.none() | whens,
        qualifications=st.lists(any_text, max_size=3),
        interest=any_text,
        methods=methods,
        tone=st.sampled_from(Tone),
    ),
    interviewers=st.lists(interviewers, min_size=1, max_size=3),
)


@settings(max_examples=300, deadline=None)
@given(sessions)
def test_round_trip_is_exact_for_any_text(session: Session) -> None:
    assert loads(dumps(session)) == session


@pytest.mark.parametrize(
    "text",
    [
        "emoji 🎉👩🏽‍💻",
        "עברית ومعها العربية",
        "tab\there",
        "cr\r\nlf\nlone\rcr",
        "nul\x00 esc\x1b[31m c1\x85\x9b",
        'quotes """ and \\ backslash',
        "[/] [link=x]y[bold]",
    ],
)
def test_round_trip_exact_for_hard_text(text: str) -> None:
    session = Session(
        candidate=Candidate(name=text, signature=text + "\n" + text),
        interview=Interview(company=text, role="R", date=date(2026, 1, 1), interest=text),
        interviewers=[
            Interviewer(name=text, points=[text], notes=[Note(Method.EMAIL, text, text)])
        ],
    )
    assert loads(dumps(session)) == session


def test_unknown_keys_are_kept_and_written_back():
    text = """
schema = 1
future_top = "kept"
[custom]
x = 1
[candidate]
name = "A"
nickname = "kept too"
[interview]
company = "C"
role = "R"
format = "phone"
date = 2026-11-24
colour = ["red"]
[[interviewers]]
name = "P"
shoe_size = 9
  [[interviewers.notes]]
  method = "email"
  body = "hi"
  mood = "ok"
"""
    session = loads(text)
    again = loads(dumps(session))
    assert again == session
    assert again.extra == {"future_top": "kept", "custom": {"x": 1}}
    assert again.candidate.extra == {"nickname": "kept too"}
    assert again.interview.extra == {"colour": ["red"]}
    assert again.interviewers[0].extra == {"shoe_size": 9}
    assert again.interviewers[0].notes[0].extra == {"mood": "ok"}


def test_type_and_enum_problems_all_named():
    text = """
schema = 1
[candidate]
name = 3
[interview]
company = "C"
role = "R"
stage = "lunch"
format = "zoom"
panel = "yes"
date = "tomorrow"
methods = ["email", "fax"]
[[interviewers]]
name = "P"
points = "not a list"
"""
    with pytest.raises(SessionFileError) as err:
        loads(text)
    found = [str(p) for p in err.value.problems]
    assert found == [
        "candidate.name: must be text in quotes, not 3",
        """interview.stage: 'lunch' is not one of "phone-screen", "interview", "final", "take-home", "offer\"""",
        """interview.format: 'zoom' is not one of "in-person", "phone", "video\"""",
        "interview.panel: must be true or false, not 'yes'",
        "interview.date: must be a TOML date or date-time such as 2026-11-24T14:00:00, not 'tomorrow'",
        """interview.methods[1]: 'fax' is not one of "email", "handwritten", "call", "gift\"""",
        'interviewers[0].points: must be a list of texts, or of tables like { text = "...", why = "..." }',
    ]


def test_syntax_error_names_line_and_column():
    with pytest.raises(SessionFileError) as err:
        loads('schema = 1\n[candidate]\nname "x"\n')
    (problem,) = err.value.problems
    assert problem.field == "TOML"
    assert problem.message.startswith("line 3, column 6: expected '='")


def test_missing_format_and_schema_are_problems():
    with pytest.raises(SessionFileError) as err:
        loads('[interview]\ncompany = "C"\n')
    assert [p.field for p in err.value.problems] == ["schema", "interview.format"]


def test_future_schema_is_its_own_error():
    with pytest.raises(FutureSchemaError) as err:
        loads("schema = 7\n")
    assert "newer thankyou-tui" in str(err.value)


def test_defaults_when_optional_keys_are_absent():
    session = loads(
        'schema = 1\n[candidate]\nname = "A"\n[interview]\ncompany = "C"\nrole = "R"\n'
        'format = "video"\ndate = 2026-11-24T14:00:00\n[[interviewers]]\nname = "P"\n'
    )
    assert session.interview.stage is Stage.INTERVIEW
    assert session.interview.methods == [Method.EMAIL]
    assert session.interview.tone is Tone.WARM
    assert session.interviewers[0].methods is None


def test_examples_parse():
    for path in example_files():
        session = loads(path.read_text(encoding="utf-8"))
        assert session.interviewers, path


def test_checked_in_examples_match_the_shared_ones():
    """The golden texts are made from copies; the copies must be the real examples."""
    from .conftest import EXAMPLES

    if not EXAMPLES.is_dir():
        pytest.skip("../shared/examples is not beside this checkout")
    shared = {p.name: p.read_bytes() for p in EXAMPLES.glob("*.toml")}
    copies = {p.name: p.read_bytes() for p in example_files()}
    assert copies == shared


def test_a_point_with_a_why_is_a_small_table_and_one_without_stays_text():
    text = """schema = 1
[candidate]
name = "A"
[interview]
company = "C"
role = "R"
format = "video"
date = 2026-11-24
[[interviewers]]
name = "P"
points = ["plain", { text = "her plan", why = "I did the same at Lyft" }]
"""
    session = loads(text)
    assert session.interviewers[0].points == [
        Point("plain"),
        Point("her plan", "I did the same at Lyft"),
    ]
    written = dumps(session)
    assert '"plain",' in written
    assert '{ text = "her plan", why = "I did the same at Lyft" }' in written
    assert loads(written) == session


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ('[{ text = "x", why = 3 }]', "interviewers[0].points[0].why: must be text in quotes"),
        ('[{ text = "x", because = "y" }]', "interviewers[0].points[0]: has unknown key 'because'"),
        ("[3]", "interviewers[0].points[0]: must be a list of texts"),
    ],
)
def test_a_bad_point_names_the_point_and_the_fix(value, message):
    text = f"""schema = 1
[candidate]
name = "A"
[interview]
company = "C"
role = "R"
format = "video"
[[interviewers]]
name = "P"
points = {value}
"""
    with pytest.raises(SessionFileError) as caught:
        loads(text)
    assert any(str(p).startswith(message) for p in caught.value.problems), caught.value.problems
