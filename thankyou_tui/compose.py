"""The composer: Session -> one note per interviewer and delivery method, plus a follow-up.

Pure code, no I/O beyond reading the shipped phrase bank once. The same session and the
same `now` always compose the same text; panel members each get different wording.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from thankyou_tui.english import (
    Shape,
    capitalise,
    clean_phrase,
    first_name,
    first_word,
    infinitive_to_gerund,
    join_names,
    possessive,
    shape_of,
    tidy,
    with_article,
    without_because,
    word_count,
)
from thankyou_tui.model import (
    Interviewer,
    Method,
    NoteKind,
    NoteStatus,
    Session,
    Stage,
    Tone,
)
from thankyou_tui.timing import day_month, follow_up_due, when_words
from thankyou_tui.wording import PhraseBank, shipped

EMAIL_WORDS = (100, 200)
EMAIL_MIN_WORDS = 50
CARD_WORDS = (40, 90)
METHOD_NOUNS = {
    Method.EMAIL: "Email",
    Method.HANDWRITTEN: "Card",
    Method.CALL: "Call",
    Method.GIFT: "Gift card",
}


@dataclass(frozen=True)
class ComposedNote:
    interviewer: str
    interviewer_index: int
    method: Method
    kind: NoteKind
    subject: str | None
    body: str
    edited: bool = False
    status: NoteStatus = NoteStatus.DRAFT

    @property
    def words(self) -> int:
        return word_count(self.body)

    @property
    def target(self) -> tuple[int, int] | None:
        """The word range this kind of note aims for (None: no limit, as for call notes)."""
        if self.method is Method.EMAIL:
            return EMAIL_WORDS
        if self.method in (Method.HANDWRITTEN, Method.GIFT):
            return CARD_WORDS
        return None

    @property
    def key(self) -> tuple[int, Method, NoteKind]:
        return self.interviewer_index, self.method, self.kind

    @property
    def title(self) -> str:
        what = METHOD_NOUNS[self.method]
        if self.kind is NoteKind.FOLLOW_UP:
            what = "Follow-up email"
        return f"{what} to {self.interviewer}"

    def as_json(self) -> dict[str, Any]:
        return {
            "interviewer": self.interviewer,
            "method": self.method.value,
            "kind": self.kind.value,
            "subject": self.subject,
            "body": self.body,
            "words": self.words,
            "edited": self.edited,
        }


def compose(session: Session, now: datetime, bank: PhraseBank | None = None) -> list[ComposedNote]:
    """Every note for the session: the user's edited text where there is one, else generated."""
    writer = _Writer(session, now, bank or shipped())
    notes: list[ComposedNote] = []
    for index, person in enumerate(session.interviewers):
        for method in session.methods_for(person):
            notes.append(writer.note(index, method, NoteKind.THANK_YOU))
    follow = follow_up_recipient(session, now)
    if follow is not None:
        notes.append(writer.note(follow, Method.EMAIL, NoteKind.FOLLOW_UP))
    return notes


def follow_up_recipient(session: Session, now: datetime) -> int | None:
    """Who gets the follow-up once it is due: the first interviewer thanked by email."""
    itv = session.interview
    if itv.stage is Stage.OFFER or not session.interviewers:
        return None
    if not follow_up_due(itv, now):
        return None
    for index, person in enumerate(session.interviewers):
        if Method.EMAIL in session.methods_for(person):
            return index
    return 0


def generate(
    session: Session,
    now: datetime,
    index: int,
    method: Method,
    kind: NoteKind = NoteKind.THANK_YOU,
    bank: PhraseBank | None = None,
) -> ComposedNote:
    """A freshly generated note, ignoring any edited text: what "regenerate" offers."""
    return _Writer(session, now, bank or shipped()).generated(index, method, kind)


class _Writer:
    def __init__(self, session: Session, now: datetime, bank: PhraseBank) -> None:
        self.session = session
        self.now = now
        self.bank = bank
        itv = session.interview
        self.tone = itv.tone
        fmt = bank.entry("format", itv.format.value)
        stage = bank.entry("stage", itv.stage.value)
        role, company = itv.role.strip(), itv.company.strip()
        when: datetime | date = itv.date if itv.date is not None else now
        self.facts: dict[str, str] = {
            "role": role,
            "company": company,
            "a_role": with_article(role),
            "company_s": possessive(company),
            "meeting": fmt["meeting"],
            "meeting_to": fmt["meeting_to"],
            "meeting_us": fmt["meeting_us"],
            "when": when_words(when, now),
            "occasion": stage["occasion"].format(role=role, company=company),
            "stage_noun": stage["noun"],
            "candidate": session.candidate.name.strip(),
        }
        self.card_when = when_words(when, now, relative=False)
        # Seeds the deterministic choices: stable across runs, different across sessions.
        self.seed = f"{company}|{role}|{itv.stage.value}"

    # -- choosing wording --------------------------------------------------------

    def choose(self, slot: str, index: int, **values: str) -> str:
        """The template for `slot`, different for each interviewer index, filled in."""
        return self.fill(self.rotate(self.bank.options(slot, self.tone), slot, index), **values)

    def rotate(self, options: list[str], slot: str, index: int) -> str:
        """Deterministic per session and slot; consecutive interviewers get consecutive options."""
        # surrogatepass: a lone surrogate from a paste must not stop the preview.
        start = zlib.crc32(f"{self.seed}|{slot}".encode("utf-8", "surrogatepass"))
        return options[(start + index) % len(options)]

    def fill(self, template: str, **values: str) -> str:
        return tidy(template.format_map(_Blank({**self.facts, **values})))

    # -- notes ---------------------------------------------------------------------

    def note(self, index: int, method: Method, kind: NoteKind) -> ComposedNote:
        person = self.session.interviewers[index]
        saved = person.note_for(method, kind)
        if saved is not None:
            return ComposedNote(
                interviewer=person.name,
                interviewer_index=index,
                method=method,
                kind=kind,
                subject=saved.subject if method is Method.EMAIL else None,
                body=saved.body,
                edited=True,
                status=saved.status,
            )
        return self.generated(index, method, kind)

    def generated(self, index: int, method: Method, kind: NoteKind) -> ComposedNote:
        person = self.session.interviewers[index]
        if kind is NoteKind.FOLLOW_UP:
            subject, body = self.follow_up(index, person)
        elif method is Method.EMAIL:
            subject, body = self.email(index, person)
        elif method is Method.CALL:
            subject, body = None, self.call(index, person)
        else:
            subject, body = None, self.card(index, person, gift=method is Method.GIFT)
        return ComposedNote(person.name, index, method, kind, subject, body)

    def email(self, index: int, person: Interviewer) -> tuple[str, str]:
        points = self.points(person)
        first = self.point_sentence("point", index, points[0] if points else None)
        more = self.point_sentence("point_more", index, points[1]) if len(points) > 1 else ""
        middle = [self.qualification(index, person)]
        others = self.others(index)
        if others:
            middle.append(
                self.choose(
                    "panel", index, others=join_names(others), team=join_names(["you", *others])
                )
            )
        closing = [self.interest("", index), self.choose("close", index)]
        opening = self.choose("opening", index)

        def assemble(with_more: bool) -> str:
            first_para = [opening, first] + ([more] if with_more and more else [])
            return self.letter(
                index, person, [first_para, middle, closing], self.choose("sign_off", index)
            )

        body = assemble(True)
        if more and word_count(body) > EMAIL_WORDS[1]:
            body = assemble(False)
        return self.choose("subject", index), body

    def card(self, index: int, person: Interviewer, *, gift: bool) -> str:
        points = self.points(person)
        opening = self.choose(
            "gift_opening" if gift else "card_opening", index, when=self.card_when
        )
        point = self.point_sentence("card_point", index, points[0] if points else None)
        paragraphs = [[opening, point] if point else [opening], [self.interest("card_", index)]]
        sign_off = self.choose("card_sign_off", index)
        return self.letter(index, person, paragraphs, sign_off, signature=self.facts["candidate"])

    def call(self, index: int, person: Interviewer) -> str:
        call = self.bank.entry("call")
        points = self.points(person)
        name = self.greeting_name(person)
        qual = self.best_qual(index, person)
        fit = self.fill(call["fit"], qual=qual) if qual else self.fill(call["fit_none"])
        talking_points = [
            self.fill(call["thanks"]),
            self.mention(call, points),
            fit,
            self.interest_line(call),
            self.fill(call["next"]),
        ]
        lines = [
            self.fill(call["heading"], name=" ".join(person.name.split())),
            "",
            *("• " + line for line in talking_points),
            "",
            "Voicemail (one or two sentences):",
            self.voicemail(index, call, name, points),
        ]
        return "\n".join(lines) + "\n"

    def follow_up(self, index: int, person: Interviewer) -> tuple[str, str]:
        entry = self.bank.entry("follow_up")
        itv = self.session.interview
        when = self.card_when
        sentences = [self.fill(entry["opening"], when=when)]
        if itv.decision_by is not None:
            decided = itv.decision_by
            sentences.append(self.fill(entry["decision"], decision=day_month(decided)))
        else:
            sentences.append(self.fill(entry["no_decision"]))
        interest = self.interest_phrase()
        if not interest:
            tail = self.fill(entry["no_interest"])
        elif self.is_clause(interest):
            tail = self.fill(entry["interest_clause"], interest=without_because(interest))
        else:
            tail = self.fill(entry["interest"], interest=interest)
        subjects = list(entry["subject"])
        subject = self.fill(self.rotate(subjects, "follow_up.subject", 0))
        body = self.letter(
            index,
            person,
            [sentences, [tail, self.fill(entry["close"])]],
            self.choose("sign_off", index),
        )
        return subject, body

    # -- pieces --------------------------------------------------------------------

    def letter(
        self,
        index: int,
        person: Interviewer,
        paragraphs: list[list[str]],
        sign_off: str,
        signature: str | None = None,
    ) -> str:
        greeting = self.fill(
            self.bank.pick("greeting", self.tone, 0), name=self.greeting_name(person)
        )
        blocks = [greeting]
        blocks += [" ".join(s for s in para if s) for para in paragraphs if any(para)]
        blocks.append(sign_off + "\n" + (signature if signature is not None else self.signature()))
        return "\n\n".join(blocks) + "\n"

    def greeting_name(self, person: Interviewer) -> str:
        salutation = " ".join(person.salutation.split())
        for prefix in ("dear ", "hello ", "hi "):
            if salutation.lower().startswith(prefix):
                salutation = salutation[len(prefix) :]
        salutation = salutation.rstrip(",")
        if salutation:
            return salutation
        name = " ".join(person.name.split())
        return first_name(name) if self.tone is Tone.WARM else name

    def signature(self) -> str:
        cand = self.session.candidate
        if cand.signature.strip():
            return cand.signature.strip("\n")
        lines = [cand.name.strip(), cand.email.strip(), cand.phone.strip()]
        return "\n".join(line for line in lines if line)

    def interest_phrase(self) -> str:
        """The candidate's interest, ready for a sentence ("to help X" reads "helping X")."""
        return infinitive_to_gerund(clean_phrase(self.session.interview.interest))

    def points(self, person: Interviewer) -> list[str]:
        return [p for p in (clean_phrase(p) for p in person.points) if p]

    @staticmethod
    def is_clause(phrase: str) -> bool:
        return shape_of(phrase) is Shape.CLAUSE or without_because(phrase) != phrase

    def point_sentence(self, slot: str, index: int, point: str | None) -> str:
        if point is None:
            return self.choose("no_point", index) if slot == "point" else ""
        if self.is_clause(point):
            return self.choose(f"{slot}_clause", index, point=without_because(point))
        if first_word(point) == "my":  # their questions about your work, not news to you
            return self.choose(f"{slot}_own", index, point=point)
        return self.choose(slot, index, point=point)

    def best_qual(self, index: int, person: Interviewer) -> str:
        """The qualification closest to what this interviewer discussed, as a clause."""
        quals = [q for q in (clean_phrase(q) for q in self.session.interview.qualifications) if q]
        if not quals:
            return ""
        topic = _content_words(" ".join(person.points))
        # Most overlap wins; ties rotate by interviewer so a panel hears different strengths.
        ranked = sorted(
            range(len(quals)),
            key=lambda k: (-len(topic & _content_words(quals[k])), (k - index) % len(quals)),
        )
        return _as_clause(quals[ranked[0]])

    def qualification(self, index: int, person: Interviewer) -> str:
        qual = self.best_qual(index, person)
        return self.choose("qualification", index, qual=qual) if qual else self.choose("fit", index)

    def others(self, index: int) -> list[str]:
        """The other panel members' names (none unless the interviewers met you together)."""
        people = self.session.interviewers
        if not self.session.interview.panel or len(people) < 2:
            return []
        return [" ".join(p.name.split()) for j, p in enumerate(people) if j != index]

    def interest(self, prefix: str, index: int) -> str:
        interest = self.interest_phrase()
        if not interest:
            return self.choose(f"{prefix}no_interest", index)
        if self.is_clause(interest):
            return self.choose(
                f"{prefix}interest_clause", index, interest=without_because(interest)
            )
        return self.choose(
            f"{prefix}interest", index, interest=interest, interest_cap=capitalise(interest)
        )

    def mention(self, call: dict[str, Any], points: list[str]) -> str:
        if not points:
            return self.fill(call["mention_none"])
        if self.is_clause(points[0]):
            return self.fill(call["mention_clause"], point=without_because(points[0]))
        return self.fill(call["mention"], point=points[0])

    def interest_line(self, call: dict[str, Any]) -> str:
        interest = self.interest_phrase()
        if not interest:
            return self.fill(call["interest_none"])
        if self.is_clause(interest):
            return self.fill(call["interest_clause"], interest=without_because(interest))
        return self.fill(call["interest"], interest=interest)

    def voicemail(self, index: int, call: dict[str, Any], name: str, points: list[str]) -> str:
        if not points:
            voice_point = self.fill(call["voice_point_none"])
        elif self.is_clause(points[0]):
            voice_point = self.fill(call["voice_point_clause"], point=without_because(points[0]))
        else:
            voice_point = self.fill(call["voice_point"], point=points[0])
        template = self.rotate(call["voicemail"], "voicemail", index)
        return self.fill(template, name=name, voice_point=voice_point)


class _Blank(dict[str, str]):
    """Fills a template; a placeholder with no value becomes empty rather than raising."""

    def __missing__(self, key: str) -> str:
        return ""


def _content_words(text: str) -> set[str]:
    return {w for w in (w.strip(".,;:!?()").lower() for w in text.split()) if len(w) > 3}


def _as_clause(qual: str) -> str:
    shape = shape_of(qual)
    if shape is Shape.VERB:
        return f"I {qual}"
    if shape is Shape.GERUND:
        return f"I have experience {qual}"
    if shape is Shape.CLAUSE:
        return qual
    return f"I can draw on {qual}"
