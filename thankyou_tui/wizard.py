"""The wizard's one owner: the steps, the session being edited, and every rule about them.

Pure code, no Textual. Screens read the session from the editor and hand every change to it
(`set`, `add_person`, `set_point`, ...); the App wires the editor to the screens, a timer and
the header. The editor owns the stored session, the store and the clock: new sessions, opening,
the next round, the file's name, progress and draft bookkeeping, saving, and what each step
must have before the user moves on (never before they go back).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from thankyou_tui.data.store import SessionStore, StoredSession, StoreError
from thankyou_tui.model import (
    PROGRESS_KEY,
    Candidate,
    Interview,
    Interviewer,
    Method,
    NoteStatus,
    Point,
    Problem,
    Session,
    Stage,
    is_draft,
    validate,
)
from thankyou_tui.textsafe import clean_text
from thankyou_tui.timing import DATE_EXAMPLES, MONDAY_TO_FRIDAY, Workdays

# -- the steps ----------------------------------------------------------------------------------


class Step(StrEnum):
    INTERVIEW = "interview"
    INTERVIEWERS = "interviewers"
    PITCH = "pitch"
    DELIVERY = "delivery"
    REVIEW = "review"

    @property
    def number(self) -> int:
        return list(Step).index(self) + 1

    @property
    def label(self) -> str:
        return f"{self.number} {self.value.capitalize()}"

    @property
    def next(self) -> Step | None:
        steps = list(Step)
        return steps[self.number] if self.number < len(steps) else None

    @property
    def previous(self) -> Step | None:
        return list(Step)[self.number - 2] if self.number > 1 else None

    def owns(self, path: str) -> bool:
        """Whether a problem at `path` is this step's to fix."""
        methods = path == "interview.methods" or (
            path.startswith("interviewers[") and path.endswith(".methods")
        )
        if self is Step.DELIVERY:
            return methods
        if methods:
            return False
        return path.startswith(_STEP_FIELDS.get(self, ()))

    @classmethod
    def named(cls, name: str | None) -> Step:
        """The step saved in a file's progress, or the first one for anything unknown."""
        try:
            return cls(name or "")
        except ValueError:
            return cls.INTERVIEW


_STEP_FIELDS: dict[Step, tuple[str, ...]] = {
    Step.INTERVIEW: (
        "interview.company",
        "interview.role",
        "interview.date",
        "interview.decision_by",
    ),
    Step.INTERVIEWERS: ("interviewers",),
    Step.PITCH: ("interview.qualifications", "interview.interest"),
}
CANDIDATE_FIELDS = ("candidate.",)  # the profile screen's


# -- fields: one mapping between widget ids, field paths and the names people read --------------

LABELS = {
    "candidate.name": "Your name",
    "candidate.email": "Your email",
    "candidate.phone": "Phone",
    "candidate.signature": "Signature",
    "interview.company": "Company",
    "interview.role": "Role",
    "interview.date": "When",
    "interview.decision_by": "Decision expected",
    "interview.qualifications": "What to highlight",
    "interview.interest": "Why you want this role",
    "interview.methods": "How to thank them",
    "interviewers": "Interviewers",
    "name": "Name",
    "title": "Title",
    "email": "Email",
    "salutation": "Greet them as",
    "points": "Points",
    "methods": "Thank them by",
}
_INDEXED = re.compile(r"^interviewers\[(\d+)\]\.(\w+)")


def field_id(path: str) -> str:
    """The widget id for a field path: "interview.company" -> "interview-company",
    "interviewers[1].email" -> "interviewers-1-email"."""
    return path.replace(".", "-").replace("[", "-").replace("]", "")


def field_path(widget_id: str, person: int | None = None) -> str:
    """The field path for a widget id; "person-email" means the person being edited."""
    if widget_id.startswith("person-") and person is not None:
        return f"interviewers[{person}].{widget_id.removeprefix('person-')}"
    match = re.match(r"^interviewers-(\d+)-(\w+)$", widget_id)
    if match:
        return f"interviewers[{match[1]}].{match[2]}"
    return widget_id.replace("-", ".", 1)


def field_label(path: str) -> str:
    if path in LABELS:
        return LABELS[path]
    match = _INDEXED.match(path)
    if match:
        return LABELS.get(match[2], match[2])
    return LABELS.get(path.split("[")[0], path)


def message_for(problem: Problem) -> str:
    """A problem in words that name their field: "Company is required; fill it in"."""
    label = field_label(problem.field)
    text = problem.message
    if problem.field in ("interview.date",) and text.startswith("is required"):
        text = f"is required; type a date such as {DATE_EXAMPLES}"
    if text.split(" ", 1)[0] in ("is", "needs", "contains", "must"):
        return f"{label} {text}"
    return f"{label}: {text}"


def _resolve(session: Session, path: str) -> tuple[Any, str]:
    """The object and attribute a field path names."""
    match = _INDEXED.match(path)
    if match:
        return session.interviewers[int(match[1])], match[2]
    section, _, name = path.partition(".")
    return getattr(session, section), name


# -- problems -----------------------------------------------------------------------------------


def step_problems(session: Session, step: Step) -> list[Problem]:
    """What must be fixed before leaving `step` forward."""
    found = [p for p in validate(session) if step.owns(p.field)]
    if step is Step.INTERVIEWERS:
        # The file allows a person without points; the wizard asks, since points are what
        # make a note personal.
        for index, person in enumerate(session.interviewers):
            if person.name.strip() and not any(p.text.strip() for p in person.points):
                found.append(
                    Problem(
                        f"interviewers[{index}].points",
                        f"add at least one thing you discussed with {person.name.strip()}: "
                        "it is what makes the note personal",
                    )
                )
    return found


def candidate_problems(candidate: Candidate) -> list[Problem]:
    """The profile's problems: the same rules as a session's candidate."""
    probe = Session(candidate=candidate)
    return [p for p in validate(probe) if p.field.startswith(CANDIDATE_FIELDS)]


# -- progress kept in the file -------------------------------------------------------------------


def progress_step(session: Session) -> Step:
    progress = session.extra.get(PROGRESS_KEY)
    step = progress.get("step") if isinstance(progress, dict) else None
    return Step.named(step if isinstance(step, str) else None)


def set_progress(session: Session, step: Step) -> None:
    """Where to resume, and whether required fields may still be empty."""
    progress = dict(session.extra.get(PROGRESS_KEY) or {})
    progress["step"] = step.value
    if validate(session):
        progress["draft"] = True
    else:
        progress.pop("draft", None)
    session.extra[PROGRESS_KEY] = progress


# -- the editor ----------------------------------------------------------------------------------

NEXT_STAGE = {Stage.PHONE_SCREEN: Stage.INTERVIEW, Stage.INTERVIEW: Stage.FINAL}


@dataclass(frozen=True)
class Saved:
    """What a save did, for the header and a message."""

    state: str  # "saved", "saved draft", "NOT saved", "" (nothing to save yet)
    message: str | None = None  # a conflict copy, or the reason it failed
    error: bool = False


@dataclass
class Removed:
    """Something taken out, kept so it can be put back (ctrl+z)."""

    kind: str  # "person" or "point"
    index: int
    item: Interviewer | Point
    person: Interviewer | None = None


@dataclass
class SessionEditor:
    """The session being edited, from the moment it is started or opened until it is closed."""

    store: SessionStore
    clock: Callable[[], datetime] = datetime.now
    workdays: Workdays = MONDAY_TO_FRIDAY  # where the user lives: holidays move deadlines
    stored: StoredSession | None = None
    draft_session: Session | None = None  # started, not yet typed into: not on disk
    provisional: bool = False  # named before it had a company; renamed once it has one
    dirty: bool = False
    repaired: list[str] = field(default_factory=list)  # fields whose text had to be cleaned
    removed: Removed | None = None

    @property
    def session(self) -> Session:
        if self.stored is not None:
            return self.stored.session
        assert self.draft_session is not None, "no session is open"
        return self.draft_session

    @property
    def is_open(self) -> bool:
        return self.stored is not None or self.draft_session is not None

    @property
    def on_disk(self) -> bool:
        return self.stored is not None

    # -- starting ---------------------------------------------------------------------------

    def start(self, session: Session, step: Step = Step.INTERVIEW) -> None:
        """A new session, kept in memory until the user types into it."""
        set_progress(session, step)
        self.stored, self.draft_session = None, session
        self.provisional = True
        self.dirty = False
        self.removed = None

    def new(self, candidate: Candidate, qualifications: list[str]) -> Session:
        """Sensible defaults: you, today, video, email."""
        session = Session(
            candidate=candidate,
            interview=Interview(date=self.clock().date(), qualifications=list(qualifications)),
        )
        self.start(session)
        return session

    def next_round(self, session_id: str, stage: Stage | None = None) -> Session:
        """The next round of a session: same company, role and candidate; a new date and
        new interviewers. At the offer stage (`stage`), the same people: those who made the
        offer, to be thanked for it (what was discussed is new). Raises what `store.load`
        raises."""
        source = self.store.load(session_id).session
        itv = source.interview
        people = [Interviewer(p.name, p.title, p.email, p.salutation) for p in source.interviewers]
        session = Session(
            candidate=source.candidate,
            interview=Interview(
                company=itv.company,
                role=itv.role,
                stage=stage or NEXT_STAGE.get(itv.stage, itv.stage),
                format=itv.format,
                date=self.clock().date(),
                qualifications=list(itv.qualifications),
                interest=itv.interest,
                methods=list(itv.methods),
                tone=itv.tone,
            ),
            interviewers=people if stage is Stage.OFFER else [],
        )
        self.start(session)
        return session

    def open(self, session_id: str, candidate: Candidate | None = None) -> Step:
        """Open a saved session; returns the step to resume at. A session without the
        candidate's name (started before a profile existed) is signed from `candidate`."""
        stored = self.store.load(session_id)
        if candidate is not None and not stored.session.candidate.name.strip():
            stored.session.candidate = candidate
        self.stored, self.draft_session = stored, None
        self.provisional = False
        self.dirty = False
        self.removed = None
        self.repaired = self._clean_all()
        return progress_step(stored.session)

    def save_copy(self, folder: Path) -> Path:
        """Write the session as a TOML file in `folder` (never over a file): the way out when
        the data folder cannot be written."""
        from thankyou_tui.data.codec import dumps
        from thankyou_tui.data.exports import write_new

        name = self.stored.id if self.stored is not None else "unsaved-session"
        return write_new(folder, name, ".toml", dumps(self.session).encode("utf-8"))

    def session_text(self) -> str:
        """The session as TOML text, to copy out by hand."""
        from thankyou_tui.data.codec import dumps

        return dumps(self.session)

    def close(self) -> Saved:
        """Leave the session: save what changed; a session nobody typed into leaves no file."""
        saved = self.save() if self.dirty else Saved("")
        self.stored, self.draft_session = None, None
        self.dirty = False
        return saved

    # -- changing ---------------------------------------------------------------------------

    def changed(self) -> None:
        self.dirty = True

    def set(self, path: str, value: object) -> object:
        """Set a field. Text is cleaned first (a lone surrogate from a paste becomes U+FFFD,
        a terminal control character its visible symbol, such as ␛) and the cleaned text is
        returned, so the widget can show exactly what is kept."""
        # Only typed text: a Stage or Format is a str too (StrEnum), and cleaning would turn
        # it into a plain string the file writer cannot save.
        if type(value) is str:
            value, was_changed = clean_text(value)
            if was_changed and path not in self.repaired:
                self.repaired.append(path)
        elif isinstance(value, list) and value and all(type(v) is str for v in value):
            cleaned = [clean_text(v) for v in value]
            value = [text for text, _ in cleaned]
            if any(was for _, was in cleaned) and path not in self.repaired:
                self.repaired.append(path)
        target, name = _resolve(self.session, path)
        if getattr(target, name) != value:
            setattr(target, name, value)
            self.changed()
        return value

    def toggle_method(self, method: Method, on: bool, person: int | None = None) -> None:
        who = None if person is None else self.session.interviewers[person]
        before = (list(self.session.interview.methods), who.methods if who else None)
        self.session.toggle_method(method, on, who)
        if before != (list(self.session.interview.methods), who.methods if who else None):
            self.changed()

    # people

    def ensure_person(self) -> None:
        if not self.session.interviewers:
            self.session.interviewers.append(Interviewer())

    def add_person(self) -> int:
        self.session.interviewers.append(Interviewer())
        self.changed()
        return len(self.session.interviewers) - 1

    def remove_person(self, index: int) -> int:
        """Remove someone (ctrl+z puts them back); returns the person to show next."""
        people = self.session.interviewers
        self.removed = Removed("person", index, people[index])
        if len(people) == 1:
            people[0] = Interviewer()
        else:
            del people[index]
        self.changed()
        return min(index, len(people) - 1)

    def move_person(self, index: int, step: int) -> int:
        people = self.session.interviewers
        target = index + step
        if not 0 <= target < len(people):
            return index
        people[index], people[target] = people[target], people[index]
        self.changed()
        return target

    # points: the one being typed is a point already, so it is kept on every way out

    def set_point(self, person: int, index: int | None, text: str, why: str) -> int | None:
        """Write the point being typed into the person's points as it is typed. `index` is
        where it is (None: not yet added); returns where it is now (None: emptied away)."""
        text, changed_text = clean_text(text)
        why, changed_why = clean_text(why)
        if changed_text or changed_why:
            self.repaired.append(f"interviewers[{person}].points")
        points = self.session.interviewers[person].points
        if index is not None and index >= len(points):
            index = None
        if not text.strip() and not why.strip():
            if index is not None:
                del points[index]
                self.changed()
            return None
        point = Point(text, why)
        if index is None:
            points.append(point)
            index = len(points) - 1
        elif points[index] == point:
            return index
        else:
            points[index] = point
        self.changed()
        return index

    def tidy_point(self, person: int, index: int) -> None:
        """A finished point: spaces tidied; a point with no text is dropped."""
        points = self.session.interviewers[person].points
        if index < len(points):
            point = points[index]
            tidy = Point(" ".join(point.text.split()), " ".join(point.why.split()))
            if not tidy.text:
                del points[index]
            elif tidy != point:
                points[index] = tidy
            self.changed()

    def remove_point(self, person: int, index: int) -> Point:
        owner = self.session.interviewers[person]
        point = owner.points.pop(index)
        self.removed = Removed("point", index, point, owner)
        self.changed()
        return point

    def undo_remove(self) -> Removed | None:
        """Put back what was removed last; returns it (None if there is nothing)."""
        removed, self.removed = self.removed, None
        if removed is None:
            return None
        if removed.kind == "point" and removed.person is not None:
            assert isinstance(removed.item, Point)
            points = removed.person.points
            points.insert(min(removed.index, len(points)), removed.item)
        elif isinstance(removed.item, Interviewer):
            people = self.session.interviewers
            if len(people) == 1 and people[0].is_blank:
                people[0] = removed.item
            else:
                people.insert(min(removed.index, len(people)), removed.item)
        self.changed()
        return removed

    def drop_blank_people(self) -> bool:
        changed = self.session.drop_blank_interviewers()
        if changed:
            self.changed()
        return changed

    # -- moving between steps ---------------------------------------------------------------

    def problems(self, step: Step) -> list[Problem]:
        return step_problems(self.session, step)

    def leave(self, step: Step, to: Step | None) -> list[Problem]:
        """Leave `step` for `to` (None: the sessions list). Going forward asks the step's
        problems to be fixed first; going back, or home, never does. On leaving, the
        progress is kept in the file and the session saved."""
        if step is Step.INTERVIEWERS and to is not None and to.number > step.number:
            self.drop_blank_people()  # a row with nothing in it is not a person
        if to is not None and to.number > step.number:
            problems = self.problems(step)
            if problems:
                return problems
        if to is not None and progress_step(self.session) is not to:
            set_progress(self.session, to)
            if self.on_disk or self.dirty:
                self.changed()
        return []

    # -- saving -----------------------------------------------------------------------------

    def save(self) -> Saved:
        """Write the session if it has anything of the user's in it; rename a provisional
        file once the company is known."""
        if not self.is_open:
            return Saved("")
        session = self.session
        set_progress(session, progress_step(session))
        try:
            if self.stored is None:
                if not self.dirty:
                    return Saved("")  # nothing typed yet: no file
                self.stored = self.store.create(session)
                self.draft_session = None
                result = None
            else:
                result = self.store.save(self.stored)
            if self.provisional and session.interview.company.strip():
                self.provisional = False
                with contextlib.suppress(OSError):  # keeping the first name is harmless
                    self.store.rename_to_fit(self.stored)
        except (OSError, StoreError) as exc:
            where = self.stored.path if self.stored is not None else self.store.sessions_dir
            reason = (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
            return Saved(
                "NOT saved",
                f"Could not save to {where}: {reason}. Your work is still open; "
                "free some space or fix the folder and it saves again.",
                error=True,
            )
        self.dirty = False
        state = "saved draft" if is_draft(session) else "saved"
        if result is not None and result.conflict:
            return Saved(state, result.message)
        return Saved(state)

    # -- text cleaning ------------------------------------------------------------------------

    def _clean_all(self) -> list[str]:
        """Clean every text field of an opened session; the fields changed, to report. A
        sent note is left exactly as it went out (it is only ever shown with controls
        stripped)."""
        changed: list[str] = []
        for path, target, name in _text_fields(self.session):
            value = getattr(target, name)
            if isinstance(value, str):
                cleaned, was_changed = clean_text(value)
                if was_changed:
                    setattr(target, name, cleaned)
                    changed.append(path)
        itv = self.session.interview
        cleaned_quals = [clean_text(q) for q in itv.qualifications]
        if any(was for _, was in cleaned_quals):
            itv.qualifications = [q for q, _ in cleaned_quals]
            changed.append("interview.qualifications")
        for i, person in enumerate(self.session.interviewers):
            points = [(clean_text(p.text), clean_text(p.why)) for p in person.points]
            if any(t[1] or w[1] for t, w in points):
                person.points = [Point(t[0], w[0]) for t, w in points]
                changed.append(f"interviewers[{i}].points")
        if changed:
            self.changed()
        return changed


def _text_fields(session: Session) -> Iterator[tuple[str, Any, str]]:
    for key in ("name", "email", "phone", "signature"):
        yield f"candidate.{key}", session.candidate, key
    for key in ("company", "role", "interest"):
        yield f"interview.{key}", session.interview, key
    for i, person in enumerate(session.interviewers):
        for key in ("name", "title", "email", "salutation"):
            yield f"interviewers[{i}].{key}", person, key
        for k, note in enumerate(person.notes):
            if note.status is not NoteStatus.SENT:
                yield f"interviewers[{i}].notes[{k}].body", note, "body"
                if note.subject is not None:
                    yield f"interviewers[{i}].notes[{k}].subject", note, "subject"
