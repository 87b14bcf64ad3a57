from datetime import date, datetime

from thankyou_tui.model import (
    Candidate,
    Interview,
    Interviewer,
    Method,
    Note,
    Point,
    Session,
    is_draft,
    validate,
)


def complete_session() -> Session:
    return Session(
        candidate=Candidate(name="Alex Morgan", email="alex@example.com"),
        interview=Interview(company="Acme", role="Engineer", date=datetime(2026, 11, 24, 14)),
        interviewers=[Interviewer(name="Priya Raman", points=["Kafka"])],
    )


def test_complete_session_has_no_problems():
    assert validate(complete_session()) == []


def test_every_problem_is_reported_at_once_with_its_field():
    session = Session(
        candidate=Candidate(name=" ", email="not-an-address"),
        interview=Interview(company="", role="", date=None, methods=[]),
        interviewers=[],
    )
    fields = [p.field for p in validate(session)]
    assert fields == [
        "candidate.name",
        "candidate.email",
        "interview.company",
        "interview.role",
        "interview.date",
        "interview.methods",
        "interviewers",
    ]
    messages = {str(p) for p in validate(session)}
    assert "candidate.name: is required; fill it in" in messages
    assert (
        "candidate.email: 'not-an-address' is not an email address; it should look like name@example.com"
        in messages
    )


def test_interviewer_problems_name_their_index():
    session = complete_session()
    session.interviewers = [
        Interviewer(name="Priya"),
        Interviewer(name="priya", email="x@", methods=[]),
        Interviewer(name=""),
    ]
    found = {str(p) for p in validate(session)}
    assert "interviewers[1].name: 'priya' is listed twice; rename one" in found
    assert (
        "interviewers[1].email: 'x@' is not an email address; it should look like name@example.com"
        in found
    )
    assert "interviewers[1].methods: is empty; remove it to use interview.methods" in found
    assert "interviewers[2].name: is required; fill it in" in found


def test_decision_date_before_interview_is_a_problem():
    session = complete_session()
    session.interview.decision_by = date(2026, 11, 1)
    assert [p.field for p in validate(session)] == ["interview.decision_by"]


def test_lone_surrogate_is_reported_not_saved():
    session = complete_session()
    session.interviewers[0].points = [Point("fine"), Point("bad \ud800 paste")]
    assert [p.field for p in validate(session)] == ["interviewers[0].points[1]"]


def test_duplicate_edited_notes_are_a_problem():
    session = complete_session()
    session.interviewers[0].notes = [Note(Method.EMAIL, "a"), Note(Method.EMAIL, "b")]
    assert [p.field for p in validate(session)] == ["interviewers[0].notes[1].method"]


def test_draft_skips_required_fields_but_not_bad_values():
    session = Session(candidate=Candidate(email="nope"))
    session.extra["progress"] = {"step": "interview", "draft": True}
    assert is_draft(session)
    assert [p.field for p in validate(session, draft=True)] == ["candidate.email"]
    session.extra["progress"] = {"step": "review"}
    assert not is_draft(session)


def test_interviewer_methods_override_interview_methods():
    session = complete_session()
    session.interview.methods = [Method.EMAIL]
    person = session.interviewers[0]
    assert session.methods_for(person) == [Method.EMAIL]
    person.methods = [Method.CALL]
    assert session.methods_for(person) == [Method.CALL]


def test_toggle_method_for_everyone_and_one_person():
    session = complete_session()
    person = session.interviewers[0]
    session.toggle_method(Method.HANDWRITTEN, True)
    assert session.interview.methods == [Method.EMAIL, Method.HANDWRITTEN]
    session.toggle_method(Method.CALL, True, person)
    assert person.methods == [Method.EMAIL, Method.HANDWRITTEN, Method.CALL]
    session.toggle_method(Method.CALL, False, person)
    assert person.methods is None  # back to following everyone


def test_drop_blank_interviewers_keeps_one_row():
    session = complete_session()
    session.interviewers.append(Interviewer())
    assert session.drop_blank_interviewers()
    assert [p.name for p in session.interviewers] == ["Priya Raman"]
    session.interviewers = [Interviewer()]
    assert not session.drop_blank_interviewers()
    assert len(session.interviewers) == 1
