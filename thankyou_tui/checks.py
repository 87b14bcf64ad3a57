"""Etiquette and proofreading, offline. Pure code (no Textual).

`delivery_hints` says what etiquette expects of the chosen delivery; `check` reads every note
a session would send, generated or edited alike, and returns findings: each with its note,
a stable code, a severity, a message that says what is wrong and how to fix it, and the span
of the note's body it concerns (so the preview can mark it).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import datetime
from difflib import SequenceMatcher
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

from thankyou_tui import english as en
from thankyou_tui.compose import CARD_DEED_WORDS, ComposedNote, compose, letter_words
from thankyou_tui.model import Format, Method, NoteKind, NoteStatus, Session, Tone
from thankyou_tui.spelling import Speller
from thankyou_tui.timing import MONDAY_TO_FRIDAY, Workdays, countdown, is_future, local_view
from thankyou_tui.wording import PhraseBank


class Level(StrEnum):
    TIP = "tip"
    CAUTION = "caution"


@dataclass(frozen=True)
class Hint:
    level: Level
    text: str


def delivery_hints(session: Session) -> list[Hint]:
    """What etiquette says about the chosen delivery, in plain words."""
    itv = session.interview
    hints: list[Hint] = []
    chosen = {m for p in session.interviewers for m in session.methods_for(p)} or set(itv.methods)
    if itv.format is Format.IN_PERSON:
        if Method.HANDWRITTEN not in chosen:
            hints.append(
                Hint(
                    Level.TIP,
                    "In person: a handwritten card as well as the email is a thoughtful touch.",
                )
            )
        if Method.EMAIL not in chosen:
            hints.append(
                Hint(
                    Level.CAUTION,
                    "A card takes days to arrive: send an email today as well, within 24 hours.",
                )
            )
    else:
        how = "phone" if itv.format is Format.PHONE else "video"
        hints.append(
            Hint(
                Level.TIP,
                f"After a {how} interview, an email within 24 hours is "
                f"expected; the note says it was by {how}.",
            )
        )
        if Method.EMAIL not in chosen:
            hints.append(
                Hint(
                    Level.CAUTION,
                    "No email chosen: add one so your thanks arrives within 24 hours.",
                )
            )
    if Method.GIFT in chosen:
        hints.append(
            Hint(
                Level.CAUTION,
                "Gifts: check the company's gift policy first (many do "
                "not allow them), keep it small, and never send cash.",
            )
        )
    if Method.CALL in chosen:
        hints.append(Hint(Level.TIP, "A call: keep it to a minute, and follow it with an email."))
    if itv.panel and len(session.interviewers) > 1:
        hints.append(
            Hint(
                Level.TIP,
                "Panel: everyone gets their own note, written for them; they may compare notes.",
            )
        )
    for person in session.interviewers:
        if (
            person.name.strip()
            and Method.EMAIL in session.methods_for(person)
            and not person.email.strip()
        ):
            hints.append(
                Hint(
                    Level.TIP,
                    f"No email address for {person.name.strip()} yet: "
                    "ask the recruiter, or check the invitation.",
                )
            )
    return hints


# -- findings --------------------------------------------------------------------------------


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    interviewer: str
    interviewer_index: int
    method: Method
    kind: NoteKind
    code: str
    severity: Severity
    message: str
    start: int | None = None  # the span of the note's body it concerns, when it has one
    end: int | None = None

    @property
    def key(self) -> tuple[int, Method, NoteKind]:
        return self.interviewer_index, self.method, self.kind

    def as_json(self) -> dict[str, Any]:
        return {
            "interviewer": self.interviewer,
            "method": self.method.value,
            "kind": self.kind.value,
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message,
            "start": self.start,
            "end": self.end,
        }


@cache
def _lists() -> dict[str, Any]:
    return tomllib.loads(
        resources.files("thankyou_tui.phrases").joinpath("checks.toml").read_text("utf-8")
    )


EMAIL_LONG = 200  # words in the letter: a warning above, an error above LONGEST
EMAIL_LONGEST = 300
EMAIL_SHORT = 60
CARD_LONG = 90
LATE_WITHIN_HOURS = 3
_GREETING = re.compile(
    r"^(?P<word>dear|hi|hello|hey|hiya|yo|good (?:morning|afternoon|evening))\b[ \t]*"
    r"(?P<name>[^\n,]*?)[ \t]*(?P<comma>,?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_TITLES = re.compile(r"^(dr|mr|mrs|ms|mx|miss|prof|professor|sir|dame)\.?$", re.IGNORECASE)
_URL_OR_EMAIL = re.compile(r"\S+@\S+|\bhttps?://\S+|\bwww\.\S+")
# Letters of any script ("Nguyễn" whole, not "Nguy"), and apostrophes inside a word.
_WORD = re.compile(r"[^\W\d_][^\W\d_'’]*(?:['’][^\W\d_]+)*")
_TITLE_DOT = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St)\.$")
_PLACEHOLDER = re.compile(
    r"\[[A-Za-z][\w .'-]{0,30}\]|\{[\w .'-]{1,30}\}|<[A-Za-z][\w .'-]{0,30}>|"
    r"\b(?:TODO|TBD|XXX|FIXME)\b|\bX{3,}\b|_{3,}"
)
_REPEATED = re.compile(r"\b(\w+)(\s+)\1\b", re.IGNORECASE)
_EMOJI = re.compile(
    "[\U0001f300-\U0001faff\U00002600-\U000027bf\U0001f000-\U0001f2ff\U0001f900-\U0001f9ff]"
)
_BANGS = re.compile(r"!{2,}")
_SHOUTING = re.compile(r"\b[A-Z]{2,}(?:[ !,]+[A-Z]{2,})+\b")
_FORMAT_WORDS = re.compile(
    r"\b(phone|call|video|zoom|teams|google meet|skype|webex|facetime)\b", re.I
)
_CODE = re.compile(r"\S*[_/\\@]\S*|\S*\w\.\w\S*")  # no_std, CI/CD, a.b: code, not words
_INTEREST_WORDS = re.compile(
    r"\b(interest|interested|excited|keen|keener|enthusiastic|eager|look(?:ing)? forward|"
    r"love to|appeals|draws me|thrilled|delighted|join|joining|part of|contribute|"
    r"welcome the (?:chance|opportunity)|means a great deal|very pleased|work with you|"
    r"work together|would welcome|glad to take on)\b",
    re.IGNORECASE,
)
_TODAY = re.compile(r"\b(today|this (?:morning|afternoon|evening)|tonight)\b", re.IGNORECASE)
_YESTERDAY = re.compile(r"\b(yesterday|last night)\b", re.IGNORECASE)
_GENDERED = re.compile(r"\b(she|he|her|his|him|hers|herself|himself|she's|he's)\b", re.I)


def check(
    session: Session,
    now: datetime,
    *,
    notes: list[ComposedNote] | None = None,
    speller: Speller | None = None,
    bank: PhraseBank | None = None,
    workdays: Workdays = MONDAY_TO_FRIDAY,
) -> list[Finding]:
    """Every finding for every note the session would send (sent notes are done with).

    Spelling is checked when a `speller` is given (it takes ~0.3 s to load)."""
    if notes is None:
        notes = compose(session, now, bank, workdays)
    reader = _SessionReader(session, now, speller, workdays)
    findings: list[Finding] = []
    pending = [n for n in notes if n.status is not NoteStatus.SENT]
    for note in pending:
        findings += reader.note(note)
    findings += reader.similar(pending)
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    index = {n.key: i for i, n in enumerate(notes)}
    return sorted(
        findings, key=lambda f: (index.get(f.key, 0), order[f.severity], f.start or 0, f.code)
    )


_MISSPELT: dict[tuple[str, bool, frozenset[str]], list[tuple[str, int, str]]] = {}


@cache
def bank_words() -> frozenset[str]:
    """Every word the shipped phrase bank writes: the app's own words are never a misspelt
    name."""
    text = resources.files("thankyou_tui.phrases").joinpath("notes.toml").read_text("utf-8")
    return frozenset(w.casefold() for w in re.findall(r"[A-Za-z]+", text))


class _SessionReader:
    def __init__(
        self, session: Session, now: datetime, speller: Speller | None, workdays: Workdays
    ) -> None:
        self.session = session
        self.now = now
        self.speller = speller
        self.workdays = workdays
        itv = session.interview
        texts = [session.candidate.name, session.candidate.signature, itv.company, itv.role]
        texts += [itv.interest, *itv.qualifications]
        for person in session.interviewers:
            texts += [person.name, person.title, person.salutation, person.email]
            texts += [f"{p.text} {p.why}" for p in person.points]
        # Every word typed into the session is a known word, never a typo.
        words = {w.lower() for t in texts for w in re.findall(r"[\w'’]+", t)}
        self.session_words = frozenset(words | {w.strip("'’") for w in words})
        self.names = [
            self._name_forms(p.name, p.salutation, [x.text for x in p.points])
            for p in session.interviewers
        ]
        # Worked out once a session, not once a note: they are what makes checking cheap.
        self._others: dict[int, re.Pattern[str] | None] = {}
        self._points: dict[int, set[str]] = {}
        self._facts_pattern: re.Pattern[str] | None = None

    @staticmethod
    def _name_forms(name: str, salutation: str, points: list[str]) -> set[str]:
        forms = {" ".join(name.split()).casefold()}
        if name.strip():
            parsed = en.parse_name(name)
            forms |= {parsed.first.casefold(), parsed.last.casefold()}
            forms |= {
                en.greeting_for(name, salutation, f, points, style).casefold()
                for f in (False, True)
                for style in ("", "Dr. A", "Dr A")  # (a title the app writes, either way)
            }
        if salutation.strip():
            forms.add(en.addressed_as(name, salutation, False).casefold())
        return {f for f in forms if f}

    # -- one note ------------------------------------------------------------------------------

    def note(self, note: ComposedNote) -> list[Finding]:
        found: list[Finding] = []

        def add(
            code: str, severity: Severity, message: str, span: tuple[int, int] | None = None
        ) -> None:
            start, end = span if span else (None, None)
            found.append(
                Finding(
                    note.interviewer, note.interviewer_index, note.method, note.kind,
                    code, severity, message, start, end,
                )
            )  # fmt: skip

        body = note.body
        person = self.session.interviewers[note.interviewer_index]
        letter = note.method is not Method.CALL
        if not note.edited:
            # A point the note leaves out is said here too, not only in the preview: a new user
            # saw "reads clean" while two of three points had gone (walk, read 30's stop).
            for line in note.advice:
                if " left out" in line:
                    add("left-out", Severity.INFO, line)
        self._placeholders(body, add)
        self._repeated(body, add)
        self._informal(body, add, letter)
        self._cliches(body, add)
        self._shorthand(body, add)
        if self.speller is not None:
            self._typos(body, note.subject, add)
        if not letter:
            return found
        self._greeting(note, add)
        self._names(note, add)
        self._length(note, add)
        self._third_person(note, add)
        # (a gift card is a token, not a pitch: its reader's email says the interest)
        if (
            note.kind is NoteKind.THANK_YOU or note.method is Method.EMAIL
        ) and note.method is not Method.GIFT:
            self._interest(body, add)
        if person.points and not self._mentions_points(note):
            add(
                "generic",
                Severity.WARNING,
                f"Nothing here is about what you discussed with {person.name.strip() or 'them'}: "
                "mention one of your points, so the note could only be to them.",
            )
        if note.method is Method.EMAIL:
            if not person.email.strip():
                # (the preview says "To: no address yet"; `check` said "reads clean", walk 25)
                add(
                    "no-address",
                    Severity.WARNING,
                    f"No email address for {person.name.strip() or 'this interviewer'} yet: add "
                    "it on the Interviewers step (ask the recruiter, or check the invitation).",
                )
            self._format(body, add)
            self._subject(note, add)
        self._timing(note, add)
        if note.method is Method.GIFT:
            add(
                "gift-policy",
                Severity.WARNING,
                "A gift: many companies do not allow them, and some readers take them as "
                "pressure. Check the policy, keep it a small token, or send a card instead.",
            )
        return found

    def _placeholders(self, body: str, add: Any) -> None:
        for match in _PLACEHOLDER.finditer(body):
            add(
                "placeholder",
                Severity.ERROR,
                f"“{match[0]}” is a placeholder left in: replace it with the real words.",
                match.span(),
            )

    def _repeated(self, body: str, add: Any) -> None:
        for match in _REPEATED.finditer(body):
            if match[1].lower() in ("that", "had") or "\n" in match[2]:
                continue  # "that that" and "had had" can be right; a line break is a layout
            add(
                "repeated-word",
                Severity.WARNING,
                f"“{match[1]}” twice in a row: delete one.",
                match.span(),
            )

    def _informal(self, body: str, add: Any, letter: bool) -> None:
        slang = set(_lists()["informal"])
        for match in _WORD.finditer(body):
            word = match[0].lower().strip("'’")
            if word in slang and word not in self.session_words:
                add(
                    "informal",
                    Severity.WARNING,
                    f"“{match[0]}” is chatty for a thank-you note: say it plainly "
                    "(e.g. “great” for “awesome”, “conversation” for “chat”).",
                    match.span(),
                )
        for match in _EMOJI.finditer(body):
            add(
                "informal",
                Severity.WARNING,
                "An emoji: leave it out of a thank-you note.",
                match.span(),
            )
        for match in _BANGS.finditer(body):
            add(
                "informal",
                Severity.WARNING,
                "More than one “!”: one at most, or none.",
                match.span(),
            )
        for match in _SHOUTING.finditer(body):
            words = set(re.findall(r"[A-Z]+", match[0]))
            if {w.lower() for w in words} <= self.session_words:
                continue  # acronyms the user typed (an "IT SRE" team)
            add(
                "informal",
                Severity.WARNING,
                f"“{match[0]}” reads as shouting: write it in ordinary case.",
                match.span(),
            )
        if letter and self.session.interview.tone is Tone.FORMAL:
            sign_off = re.search(r"^\s*(cheers|ta|thx|later)\b.*$", body, re.I | re.MULTILINE)
            if sign_off:
                add(
                    "informal",
                    Severity.WARNING,
                    f"“{sign_off[0].strip()}” is a casual sign-off for a formal note: "
                    "try “Kind regards,” or “Yours sincerely,”.",
                    sign_off.span(),
                )

    def _cliches(self, body: str, add: Any) -> None:
        lowered = body.lower().replace("’", "'")
        for match in _cliche_pattern().finditer(lowered):
            add(
                "cliche",
                Severity.WARNING,
                f"“{body[match.start() : match.end()]}” is a stock phrase: say the thing "
                "itself (for a follow-up: “I wanted to ask whether there is any news”).",
                match.span(),
            )

    def _shorthand(self, body: str, add: Any) -> None:
        # (Even where the user typed it: the notes write "6 weeks" and "appointments", but a
        # note the user edited may keep their jottings.)
        for span, written, spelt in en.shorthand_in(body):
            add(
                "shorthand",
                Severity.WARNING,
                f"“{written.strip()}” is note-taking shorthand: write “{spelt}” in a letter.",
                span,
            )

    def _typos(self, body: str, subject: str | None, add: Any) -> None:
        for word, start, suggestion in self._misspelt(body):
            add(
                "typo",
                Severity.ERROR,
                f"“{word}” looks misspelt: did you mean “{suggestion}”?",
                (start, start + len(word)),
            )
        for word, _, suggestion in self._misspelt(subject or "", subject=True):
            add(
                "typo",
                Severity.ERROR,
                f"“{word}” in the subject looks misspelt: did you mean “{suggestion}”?",
            )

    def _misspelt(self, text: str, subject: bool = False) -> list[tuple[str, int, str]]:
        """(word, where, suggestion) for each word that looks like a misspelling. Cached by
        text: while one note is edited, the others are not read again."""
        key = (text, subject, self.session_words)
        if key not in _MISSPELT:
            _MISSPELT[key] = self._find_misspelt(text, subject)
            if len(_MISSPELT) > 512:
                _MISSPELT.pop(next(iter(_MISSPELT)))
        return _MISSPELT[key]

    def _find_misspelt(self, text: str, subject: bool) -> list[tuple[str, int, str]]:
        assert self.speller is not None
        masked = _URL_OR_EMAIL.sub(lambda m: " " * len(m[0]), text)
        masked = _CODE.sub(lambda m: " " * len(m[0]), masked)
        found: list[tuple[str, int, str]] = []
        last = ""  # the last character before a word that is not a space
        position = 0
        for match in _WORD.finditer(masked):
            gap = masked[position : match.start()].rstrip(" \t")
            if gap:
                last = gap[-1]
                if last == "." and _TITLE_DOT.search(masked[: match.start()].rstrip()):
                    last = ","  # "Ms. Nguyễn": a title's full stop ends no sentence
            position = match.end()
            at_start = subject or last in ("", ".", "!", "?", ":", "\n")
            word = match[0].strip("'’")
            last = word[-1:] if word else last
            if self._spelt_right(word, at_start):
                continue
            suggestion = self.speller.suggestion(word)
            if suggestion is not None:  # nothing near it: jargon or a name, not a typo
                found.append((word, match.start(), suggestion))
        return found

    def _spelt_right(self, word: str, at_start: bool) -> bool:
        assert self.speller is not None
        lower = word.lower()
        if len(word) < 2 or lower in self.session_words or any(c.isdigit() for c in word):
            return True
        if word.isupper():
            return True  # an acronym
        if any(c.isupper() for c in word[1:]):
            return True  # iPhone, McKinsey
        if word[0].isupper() and not at_start:
            return True  # a name mid-sentence
        if "-" in word:
            return all(self._spelt_right(part, False) for part in word.split("-") if part)
        return self.speller.is_known(lower)

    def _greeting(self, note: ComposedNote, add: Any) -> None:
        first = note.body.lstrip("\n").split("\n", 1)[0]
        offset = note.body.index(first) if first else 0
        match = _GREETING.match(first)
        casual = [g.lower() for g in _lists()["casual_greetings"]]
        if match is None:
            return
        span = (offset, offset + len(first))
        word, name = match["word"].lower(), match["name"].strip()
        if word in ("hey", "hiya", "yo") or f"{word} {name.lower()}".strip() in casual:
            add(
                "greeting",
                Severity.ERROR,
                f"“{first.strip()}” is too casual for a thank-you note: "
                "open with “Dear” and their name.",
                span,
            )
        elif not name or _TITLES.match(name.rstrip(".")):
            add(
                "greeting",
                Severity.ERROR,
                f"“{first.strip()}” greets nobody: put their name after it (“Dear Dr. Fischer,”).",
                span,
            )
        elif self.session.interview.tone is Tone.FORMAL and note.status is NoteStatus.DRAFT:
            # A formal note greets by first name only for want of a title: the app will not
            # guess one ("Ms" is a guess at who they are), so it asks (read 24 expected
            # "Dear Ms Oyelaran-Smith" of a formal note).
            person = self.session.interviewers[note.interviewer_index]
            parsed = en.parse_name(person.name) if person.name.strip() else None
            if (
                parsed is not None
                and not person.salutation.strip()
                and not parsed.title
                and not parsed.family_first
                and parsed.last
                and name == parsed.first
            ):
                add(
                    "greeting",
                    Severity.INFO,
                    f"This formal note greets {person.name} by first name, as nothing says how "
                    f"they are addressed: type it in Salutation (Interviewers step), e.g. "
                    f"“Ms {parsed.last}” or “Dr {parsed.last}”.",
                    span,
                )

    def _names(self, note: ComposedNote, add: Any) -> None:
        body = note.body
        index = note.interviewer_index
        own = self.names[index]
        match = _GREETING.match(body.lstrip("\n").split("\n", 1)[0])
        if match and match["name"].strip():
            greeted = match["name"].strip().casefold()
            others = [
                self.session.interviewers[i].name
                for i, forms in enumerate(self.names)
                if i != index and greeted in forms
            ]
            if others and greeted not in own:
                start = body.index(match["name"])
                add(
                    "wrong-name",
                    Severity.ERROR,
                    f"This note is to {note.interviewer.strip()}, but it greets "
                    f"{others[0].strip()}: change the greeting.",
                    (start, start + len(match["name"])),
                )
        targets = {p for form in own for p in form.split() if len(p) >= 4}
        targets |= {w.casefold() for w in re.findall(r"\w+", self.session.interview.company)}
        targets = {t for t in targets if len(t) >= 4}
        every_name = {p for forms in self.names for f in forms for p in f.split()}
        for word in re.finditer(r"\b[A-Z][\w'’-]{3,}\b", body):
            found = word[0].casefold().removesuffix("'s").removesuffix("’s")
            if found in targets or found in every_name or found in self.session_words:
                continue
            # An ordinary word ("Many thanks" near "Maya") is not a misspelt name.
            # (The dictionary is no help here: it knows "Kathryn" too.)
            if found in bank_words():
                continue
            for target in targets:
                if (
                    found[0] == target[0]
                    and abs(len(found) - len(target)) <= 3
                    and SequenceMatcher(None, found, target).ratio() >= 0.75
                ):
                    add(
                        "name-spelling",
                        Severity.ERROR,
                        f"“{word[0]}” looks like a misspelling of “{target.capitalize()}”: "
                        "check how they spell it.",
                        word.span(),
                    )
                    break

    def _length(self, note: ComposedNote, add: Any) -> None:
        words = letter_words(note.body)
        if note.method is Method.EMAIL:
            if words > EMAIL_LONGEST:
                add(
                    "too-long",
                    Severity.ERROR,
                    f"{words} words: far too long for a thank-you email; cut it to under "
                    f"{EMAIL_LONG} (one point, one strength, your interest).",
                )
            elif words > EMAIL_LONG:
                add(
                    "too-long",
                    Severity.WARNING,
                    f"{words} words: aim for under {EMAIL_LONG}; keep one point and one strength.",
                )
            elif words < EMAIL_SHORT:
                add(
                    "too-short",
                    Severity.INFO,
                    f"{words} words: a little thin; add what you discussed, or why it mattered.",
                )
        elif words > CARD_LONG:
            add(
                "too-long",
                Severity.WARNING,
                f"{words} words will not fit a card: keep it under {CARD_LONG}.",
            )

    def _other_names(self, index: int) -> re.Pattern[str] | None:
        if index not in self._others:
            others = sorted(
                {
                    p
                    for i, forms in enumerate(self.names)
                    if i != index
                    for p in forms
                    if len(p) > 2
                },
                key=len,
                reverse=True,
            )
            self._others[index] = (
                re.compile(r"\b(" + "|".join(re.escape(o) for o in others) + r")\b")
                if others
                else None
            )
        return self._others[index]

    def _third_person(self, note: ComposedNote, add: Any) -> None:
        others = self._other_names(note.interviewer_index)
        quals = [en.fit_qualification(q).text for q in self.session.interview.qualifications]
        for sentence_match in re.finditer(r"[^.!?\n]+[.!?]?", note.body):
            sentence = sentence_match[0]
            if any(q and q in sentence for q in quals):
                continue  # the candidate's own past: "helped my manager with his launch"
            if others is not None and others.search(sentence.casefold()):
                continue  # about a colleague named in the sentence
            for match in _GENDERED.finditer(sentence):
                start = sentence_match.start() + match.start()
                add(
                    "third-person",
                    Severity.WARNING,
                    f"“{match[0]}” talks about your reader in the third person: "
                    "say “you” or “your” to them.",
                    (start, start + len(match[0])),
                )

    def _interest(self, body: str, add: Any) -> None:
        interest = self.session.interview.interest.strip()
        lowered = body.casefold()
        if interest:
            wanted = {_stem(w) for w in en.content_words(interest)}
            have = {_stem(w) for w in en.content_words(lowered)}
            if wanted and len(wanted & have) * 2 >= len(wanted):
                return
        if _INTEREST_WORDS.search(body):
            return
        add(
            "missing-interest",
            Severity.WARNING,
            "It never says you want the job: add a sentence on what draws you to the role.",
        )

    def _mentions_points(self, note: ComposedNote) -> bool:
        index = note.interviewer_index
        if index not in self._points:
            person = self.session.interviewers[index]
            reader = en.Reader(person.name, self.session.interview.company)
            wanted: set[str] = set()
            for point in person.points:
                for text in (point.text, en.fit_point(point.text, reader).text):
                    wanted |= {_stem(w) for w in en.content_words(text)}
            self._points[index] = wanted - _GENERIC
        wanted = self._points[index]
        have = {_stem(w) for w in en.content_words(note.body)}
        return bool(wanted & have)

    def _format(self, body: str, add: Any) -> None:
        fmt = self.session.interview.format
        if fmt is not Format.IN_PERSON and not _FORMAT_WORDS.search(body):
            how = "phone" if fmt is Format.PHONE else "video"
            add(
                "missing-format",
                Severity.INFO,
                f"The interview was by {how}: saying so (“thank you for the {how} call”) "
                "helps them place you.",
            )

    def _subject(self, note: ComposedNote, add: Any) -> None:
        subject = (note.subject or "").strip()
        generic = {s.lower() for s in _lists()["generic_subjects"]}
        if not subject:
            add(
                "subject",
                Severity.WARNING,
                "No subject: give one with the role, e.g. “Thank you — Staff Engineer interview”.",
            )
        elif "!" in subject or (
            sum(c.isupper() for c in subject) > 0.6 * sum(c.isalpha() for c in subject)
            and len(subject) > 4
        ):
            add(
                "subject",
                Severity.WARNING,
                f"“{subject}” shouts: no “!” and no capitals throughout in a subject line.",
            )
        elif subject.lower().strip(" .!") in generic or len(subject.split()) < 3:
            add(
                "subject",
                Severity.WARNING,
                f"“{subject}” says nothing about which interview: add the role, "
                "e.g. “Thank you — Staff Engineer interview”.",
            )

    def _timing(self, note: ComposedNote, add: Any) -> None:
        itv = self.session.interview
        if itv.date is None or note.kind is not NoteKind.THANK_YOU:
            return
        if is_future(itv.date, self.now):
            add(
                "future-interview",
                Severity.ERROR,
                "The interview date is still ahead: thank-you notes are for interviews that "
                "happened. Check the date on the Interview step.",
            )
            return
        day, today = local_view(itv.date, self.now)
        age = (today - day).days
        for pattern, right in ((_TODAY, age == 0), (_YESTERDAY, age == 1)):
            for match in pattern.finditer(note.body):
                if not right:
                    add(
                        "stale-time",
                        Severity.WARNING,
                        f"“{match[0]}” is no longer right: the interview was "
                        f"{en.when_words(day, today, None, relative=True)}. Say that instead.",
                        match.span(),
                    )
        left = countdown(itv, self.now, self.workdays)
        if left is not None and left.left.total_seconds() <= LATE_WITHIN_HOURS * 3600:
            message = (
                "Past the 24-hour mark: send it now; a late thank-you still beats none."
                if left.overdue
                else f"The 24-hour mark is {left.words}: send it soon."
            )
            add("late", Severity.WARNING, message)

    # -- across a panel -------------------------------------------------------------------------

    def similar(self, notes: list[ComposedNote]) -> list[Finding]:
        """Panel notes that share sentences or long runs of wording: interviewers compare."""
        facts = self._facts_regex()
        found: list[Finding] = []
        for method in (Method.EMAIL, Method.HANDWRITTEN, Method.GIFT):
            same = [n for n in notes if n.method is method and n.kind is NoteKind.THANK_YOU]
            runs = {n.key: _runs(n.body, facts) for n in same}
            for i, a in enumerate(same):
                for b in same[i + 1 :]:
                    if a.interviewer_index == b.interviewer_index:
                        continue
                    shared = runs[a.key] & runs[b.key]
                    if not shared:
                        continue
                    example = " ".join(next(iter(sorted(shared))))
                    for this, other in ((a, b), (b, a)):
                        found.append(
                            Finding(
                                this.interviewer, this.interviewer_index, this.method, this.kind,
                                "too-similar", Severity.WARNING,
                                f"Shares wording with the note to {other.interviewer.strip()} "
                                f"(“…{example}…”): interviewers compare notes; say it "
                                "differently in one of them.",
                            )
                        )  # fmt: skip
        return found

    def _facts_regex(self) -> re.Pattern[str] | None:
        facts = sorted(set(self._facts()), key=len, reverse=True)
        if not facts:
            return None
        return re.compile("|".join(re.escape(f) for f in facts), re.IGNORECASE)

    def _facts(self) -> list[str]:
        itv = self.session.interview
        role = en.role_in_sentence(itv.role)
        facts = [itv.company, itv.role, role, en.role_name(role), itv.interest]
        facts += [self.session.candidate.name]
        facts += [en.fit_interest(itv.interest, en.Reader("", itv.company)).text]
        fitted = [en.fit_qualification(q).text for q in itv.qualifications]
        facts += itv.qualifications + fitted
        # … and as the notes say a deed again: "comes from leading a team of 8 through …".
        facts += [form for q in fitted for form in en.said_again(q, CARD_DEED_WORDS)]
        for person in self.session.interviewers:
            facts += [person.name, *person.name.split()]
            facts += [t for p in person.points for t in (p.text, p.why)]
            reader = en.Reader(person.name, itv.company)
            facts += [en.fit_point(p.text, reader).text for p in person.points]
            whys = [
                en.fit_point_and_why(p.text, p.why, reader, n)[1]
                for n, p in enumerate(person.points)
            ]
            facts += whys + [form for w in whys for form in en.said_again(w, CARD_DEED_WORDS)]
        return [f for f in facts if f.strip()]


_GENERIC = frozenset({"team", "work", "role", "plan", "company", "time", "year", "new"})


def _stem(word: str) -> str:
    word = word.lower().removesuffix("'s")
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


@cache
def _cliche_pattern() -> re.Pattern[str]:
    phrases = sorted(_lists()["cliches"], key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(p) for p in phrases) + r")\b")


def _runs(text: str, facts: re.Pattern[str] | None, n: int = 9) -> set[tuple[str, ...]]:
    """Runs of `n` words, not across the session's facts (names, company, role, user text)."""
    paragraphs = text.strip().split("\n\n")
    text = " ".join(paragraphs[1:-1]) if len(paragraphs) > 2 else text
    if facts is not None:
        text = facts.sub(" § ", text)
    # (within sentences, as the quality suite counts: "… less time waiting. I will …" in two
    # notes is the user's words and a full stop, not a copied sentence)
    text = " § ".join(en.sentences(text))
    runs: set[tuple[str, ...]] = set()
    for part in text.split("§"):
        words = en.words_of(part)
        runs.update(words[i : i + n] for i in range(len(words) - n + 1))
    return runs
