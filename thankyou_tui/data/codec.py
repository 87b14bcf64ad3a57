"""The session file format, version 1: TOML text <-> Session.

Reading collects every problem (type, enum, schema) with its dotted field path;
keys this version does not know are kept in `extra` and written back unchanged.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any, TypeVar

import tomli_w

from thankyou_tui.model import (
    SCHEMA_VERSION,
    Candidate,
    Format,
    Interview,
    Interviewer,
    Method,
    Note,
    NoteKind,
    NoteStatus,
    Outcome,
    Point,
    Problem,
    Session,
    Stage,
    Tone,
)

E = TypeVar("E", bound=StrEnum)


class SessionFileError(Exception):
    """A session file that cannot be used; `problems` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


class FutureSchemaError(SessionFileError):
    """Written by a newer thankyou-tui: read-only to this version."""


@dataclass
class _Reader:
    """Pulls typed values out of a TOML table, noting problems instead of raising."""

    problems: list[Problem]

    def table(self, data: dict[str, Any], key: str, path: str) -> dict[str, Any]:
        value = data.get(key, {})
        if not isinstance(value, dict):
            self.problems.append(Problem(path, "must be a table, like [" + path + "]"))
            return {}
        return value

    def text(self, data: dict[str, Any], key: str, path: str) -> str:
        value = data.get(key, "")
        if not isinstance(value, str):
            self.problems.append(Problem(path, f"must be text in quotes, not {_shown(value)}"))
            return ""
        return value

    def optional_text(self, data: dict[str, Any], key: str, path: str) -> str | None:
        if key not in data:
            return None
        return self.text(data, key, path)

    def texts(self, data: dict[str, Any], key: str, path: str) -> list[str]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problems.append(Problem(path, 'must be a list of texts, like ["...", "..."]'))
            return []
        return list(value)

    def points(self, data: dict[str, Any], key: str, path: str) -> list[Point]:
        """Points are texts, or tables `{ text = "...", why = "..." }` when there is a why."""
        value = data.get(key, [])
        if not isinstance(value, list):
            self.problems.append(Problem(path, _POINTS_SHAPE))
            return []
        out: list[Point] = []
        for j, item in enumerate(value):
            where = f"{path}[{j}]"
            if isinstance(item, str):
                out.append(Point(item))
            elif isinstance(item, dict) and isinstance(item.get("text"), str):
                unknown = sorted(set(item) - {"text", "why"})
                if unknown:
                    self.problems.append(
                        Problem(where, f"has unknown key {unknown[0]!r}; a point has text and why")
                    )
                why = item.get("why", "")
                if not isinstance(why, str):
                    self.problems.append(Problem(f"{where}.why", "must be text in quotes"))
                    why = ""
                out.append(Point(item["text"], why))
            else:
                self.problems.append(Problem(where, _POINTS_SHAPE))
        return out

    def boolean(self, data: dict[str, Any], key: str, path: str) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            self.problems.append(Problem(path, f"must be true or false, not {_shown(value)}"))
            return False
        return value

    def when(self, data: dict[str, Any], key: str, path: str) -> datetime | date | None:
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, datetime | date) and not isinstance(value, time):
            return value
        self.problems.append(
            Problem(
                path,
                f"must be a TOML date or date-time such as 2026-11-24T14:00:00, "
                f"not {_shown(value)}",
            )
        )
        return None

    def choice(self, data: dict[str, Any], key: str, path: str, enum: type[E], default: E) -> E:
        value = data.get(key, default.value)
        try:
            return enum(value)
        except ValueError:
            self.problems.append(Problem(path, f"{_shown(value)} is not one of {_options(enum)}"))
            return default

    def optional_choice(self, data: dict[str, Any], key: str, path: str, enum: type[E]) -> E | None:
        if key not in data:
            return None
        try:
            return enum(data[key])
        except ValueError:
            self.problems.append(
                Problem(path, f"{_shown(data[key])} is not one of {_options(enum)}; or remove it")
            )
            return None

    def choices(self, data: dict[str, Any], key: str, path: str, enum: type[E]) -> list[E] | None:
        if key not in data:
            return None
        value = data[key]
        if not isinstance(value, list):
            self.problems.append(Problem(path, f"must be a list drawn from {_options(enum)}"))
            return None
        out: list[E] = []
        for i, item in enumerate(value):
            try:
                member = enum(item)
            except ValueError:
                self.problems.append(
                    Problem(f"{path}[{i}]", f"{_shown(item)} is not one of {_options(enum)}")
                )
                continue
            if member not in out:
                out.append(member)
        return out


_POINTS_SHAPE = 'must be a list of texts, or of tables like { text = "...", why = "..." }'


def _shown(value: object) -> str:
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return str(value)


def _options(enum: type[StrEnum]) -> str:
    return ", ".join(f'"{m.value}"' for m in enum)


def _rest(data: dict[str, Any], known: tuple[str, ...]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in known}


_CANDIDATE_KEYS = ("name", "email", "phone", "signature")
_INTERVIEW_KEYS = (
    "company",
    "role",
    "stage",
    "format",
    "panel",
    "date",
    "decision_by",
    "qualifications",
    "interest",
    "methods",
    "tone",
    "outcome",
)
_INTERVIEWER_KEYS = ("name", "title", "email", "salutation", "points", "methods", "notes")
_NOTE_KEYS = ("method", "kind", "subject", "body", "status", "sent_at")
_SESSION_KEYS = ("schema", "candidate", "interview", "interviewers")


def parse_toml(text: str) -> dict[str, Any]:
    """TOML text to a dict; a syntax error becomes a problem with line and column."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SessionFileError([Problem("TOML", _syntax_message(str(exc)))]) from None


def _syntax_message(message: str) -> str:
    # tomllib says "Expected '=' after a key ... (at line 3, column 5)"; lead with the place.
    if message.endswith(")") and "(at line" in message:
        reason, _, place = message.rpartition(" (at ")
        return f"{place[:-1]}: {reason[0].lower()}{reason[1:]}; fix the TOML syntax there"
    return message


def session_from_dict(data: dict[str, Any]) -> Session:
    """Build a Session from parsed TOML, or raise SessionFileError listing every problem."""
    problems: list[Problem] = []
    read = _Reader(problems)

    schema = data.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool):
        problems.append(Problem("schema", f"must be the number {SCHEMA_VERSION}; add schema = 1"))
        schema = SCHEMA_VERSION
    elif schema > SCHEMA_VERSION:
        raise FutureSchemaError(
            [
                Problem(
                    "schema",
                    f"is {schema}, written by a newer thankyou-tui "
                    f"(this one reads {SCHEMA_VERSION}); read-only here: "
                    "upgrade thankyou-tui to change it",
                )
            ]
        )
    elif schema < 1:
        problems.append(Problem("schema", f"must be {SCHEMA_VERSION}, not {schema}"))

    cand_data = read.table(data, "candidate", "candidate")
    candidate = Candidate(
        **{k: read.text(cand_data, k, f"candidate.{k}") for k in _CANDIDATE_KEYS},
        extra=_rest(cand_data, _CANDIDATE_KEYS),
    )

    itv_data = read.table(data, "interview", "interview")
    interview = Interview(
        company=read.text(itv_data, "company", "interview.company"),
        role=read.text(itv_data, "role", "interview.role"),
        stage=read.choice(itv_data, "stage", "interview.stage", Stage, Stage.INTERVIEW),
        format=_format(read, itv_data),
        panel=read.boolean(itv_data, "panel", "interview.panel"),
        date=read.when(itv_data, "date", "interview.date"),
        decision_by=read.when(itv_data, "decision_by", "interview.decision_by"),
        qualifications=read.texts(itv_data, "qualifications", "interview.qualifications"),
        interest=read.text(itv_data, "interest", "interview.interest"),
        methods=_default_email(read.choices(itv_data, "methods", "interview.methods", Method)),
        tone=read.choice(itv_data, "tone", "interview.tone", Tone, Tone.WARM),
        outcome=read.optional_choice(itv_data, "outcome", "interview.outcome", Outcome),
        extra=_rest(itv_data, _INTERVIEW_KEYS),
    )

    people_data = data.get("interviewers", [])
    interviewers: list[Interviewer] = []
    if not isinstance(people_data, list) or not all(isinstance(p, dict) for p in people_data):
        problems.append(Problem("interviewers", "must be [[interviewers]] tables"))
    else:
        for i, person in enumerate(people_data):
            interviewers.append(_interviewer(read, person, f"interviewers[{i}]"))

    if problems:
        raise SessionFileError(problems)
    return Session(
        candidate=candidate,
        interview=interview,
        interviewers=interviewers,
        schema=schema,
        extra=_rest(data, _SESSION_KEYS),
    )


def _default_email(methods: list[Method] | None) -> list[Method]:
    return [Method.EMAIL] if methods is None else methods


def _format(read: _Reader, itv_data: dict[str, Any]) -> Format:
    if "format" not in itv_data:
        read.problems.append(Problem("interview.format", f"is required; one of {_options(Format)}"))
        return Format.VIDEO
    return read.choice(itv_data, "format", "interview.format", Format, Format.VIDEO)


def _interviewer(read: _Reader, data: dict[str, Any], path: str) -> Interviewer:
    notes_data = data.get("notes", [])
    notes: list[Note] = []
    if not isinstance(notes_data, list) or not all(isinstance(n, dict) for n in notes_data):
        read.problems.append(Problem(f"{path}.notes", "must be [[interviewers.notes]] tables"))
    else:
        for k, note in enumerate(notes_data):
            notes.append(_note(read, note, f"{path}.notes[{k}]"))
    return Interviewer(
        name=read.text(data, "name", f"{path}.name"),
        title=read.text(data, "title", f"{path}.title"),
        email=read.text(data, "email", f"{path}.email"),
        salutation=read.text(data, "salutation", f"{path}.salutation"),
        points=read.points(data, "points", f"{path}.points"),
        methods=read.choices(data, "methods", f"{path}.methods", Method),
        notes=notes,
        extra=_rest(data, _INTERVIEWER_KEYS),
    )


def _note(read: _Reader, data: dict[str, Any], path: str) -> Note:
    if "method" not in data:
        read.problems.append(Problem(f"{path}.method", f"is required; one of {_options(Method)}"))
    if "body" not in data:
        read.problems.append(Problem(f"{path}.body", "is required: the text of the note"))
    return Note(
        method=read.choice(data, "method", f"{path}.method", Method, Method.EMAIL),
        kind=read.choice(data, "kind", f"{path}.kind", NoteKind, NoteKind.THANK_YOU),
        subject=read.optional_text(data, "subject", f"{path}.subject"),
        body=read.text(data, "body", f"{path}.body"),
        status=read.choice(data, "status", f"{path}.status", NoteStatus, NoteStatus.DRAFT),
        sent_at=read.when(data, "sent_at", f"{path}.sent_at"),
        extra=_rest(data, _NOTE_KEYS),
    )


def session_to_dict(session: Session) -> dict[str, Any]:
    """The TOML document for a session; unset values are left out (TOML has no null)."""
    cand, itv = session.candidate, session.interview
    doc: dict[str, Any] = {"schema": session.schema}
    doc["candidate"] = (
        _drop_empty(
            {
                "name": cand.name,
                "email": cand.email,
                "phone": cand.phone,
                "signature": cand.signature,
            },
            keep=("name",),
        )
        | cand.extra
    )
    interview: dict[str, Any] = {
        "company": itv.company,
        "role": itv.role,
        "stage": itv.stage.value,
        "format": itv.format.value,
        "panel": itv.panel,
        "date": itv.date,
        "decision_by": itv.decision_by,
        "qualifications": list(itv.qualifications),
        "interest": itv.interest,
        "methods": [m.value for m in itv.methods],
        "tone": itv.tone.value,
        "outcome": itv.outcome.value if itv.outcome is not None else None,
    }
    doc["interview"] = _drop_empty(interview, keep=("company", "role")) | itv.extra
    doc["interviewers"] = [_interviewer_to_dict(p) for p in session.interviewers]
    doc.update(session.extra)
    return doc


def _interviewer_to_dict(person: Interviewer) -> dict[str, Any]:
    out: dict[str, Any] = _drop_empty(
        {
            "name": person.name,
            "title": person.title,
            "email": person.email,
            "salutation": person.salutation,
            "points": [_point_to_toml(p) for p in person.points],
        },
        keep=("name",),
    )
    if person.methods is not None:
        out["methods"] = [m.value for m in person.methods]
    out.update(person.extra)
    if person.notes:
        out["notes"] = [_note_to_dict(n) for n in person.notes]
    return out


def _point_to_toml(point: Point) -> str | dict[str, str]:
    return {"text": point.text, "why": point.why} if point.why else point.text


def _note_to_dict(note: Note) -> dict[str, Any]:
    out: dict[str, Any] = {"method": note.method.value}
    if note.kind is not NoteKind.THANK_YOU:
        out["kind"] = note.kind.value
    if note.subject is not None:
        out["subject"] = note.subject
    out["body"] = note.body
    out["status"] = note.status.value
    if note.sent_at is not None:
        out["sent_at"] = note.sent_at
    out.update(note.extra)
    return out


def _drop_empty(values: dict[str, Any], keep: tuple[str, ...]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k in keep or (v is not None and v != "" and v != [])}


def dumps(session: Session) -> str:
    """Session to TOML text that reads back to an equal Session."""
    doc = session_to_dict(session)
    # Multi-line strings read best by hand, but tomli_w turns \r\n into \n in them:
    # use them only when no text holds a carriage return, so the round trip stays exact.
    return tomli_w.dumps(doc, multiline_strings=not _has_carriage_return(doc))


def _has_carriage_return(value: Any) -> bool:
    if isinstance(value, str):
        return "\r" in value
    if isinstance(value, dict):
        return any(_has_carriage_return(k) or _has_carriage_return(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_carriage_return(v) for v in value)
    return False


def loads(text: str) -> Session:
    return session_from_dict(parse_toml(text))
