"""The composer: Session -> one note per interviewer and delivery method, plus a follow-up.

Pure code, no I/O beyond reading the shipped phrase bank once. Notes are written by
generate-and-select: for every sentence the bank offers several alternatives, and the writer
keeps the one that costs least against what the note already says (no content word a third
time, thanks at most twice, no two sentences opening alike) and against the notes already
written for the panel (no run of nine words shared with a colleague's note). The same session
and the same `now` always compose the same text.
"""

from __future__ import annotations

import itertools
import re
import string
import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cache, lru_cache
from typing import Any, NamedTuple

from thankyou_tui import english as en
from thankyou_tui.english import Fitted, Reader, Shape
from thankyou_tui.model import (
    Format,
    Interviewer,
    Method,
    NoteKind,
    NoteStatus,
    Outcome,
    Session,
    Stage,
    Tone,
)
from thankyou_tui.plan import due_follow_up, follow_up_person
from thankyou_tui.textsafe import address_line
from thankyou_tui.timing import MONDAY_TO_FRIDAY, Workdays, local_view
from thankyou_tui.wording import PhraseBank, shipped

EMAIL_WORDS = (100, 180)  # the body, greeting to sign-off exclusive
# A phone screen is a first, short conversation: its thank-you is shorter too.
PHONE_SCREEN_WORDS = (80, 150)
THIN_WORDS = 90  # below this the preview says what to add, rather than padding
CARD_WORDS = (30, 90)
PARAGRAPH_WORDS = 60  # a longer paragraph is split in two
# Slots (by prefix) whose sentences refer back to the one before ("It took me back to when …",
# "That is experience I would bring …"): a paragraph never starts with one.
LEANING = ("qual.tied", "point_follow.")
_OWED = ("point.offer_topic", "point.kind_deed")  # something they did for the candidate
MAX_POINTS = 3  # more would make a long note; the rest are reported, not dropped silently
NGRAM = 9  # a run this long shared with a colleague's note reads as a copy
REMOTE = frozenset({"by", "medium"})  # placeholders that name a phone or video meeting
OPTIONAL_LIMIT = 10  # an optional sentence that would cost this much is left out
PANEL_RUN = 20  # what a run of NGRAM words shared with a note already written costs
CARD_DEED_WORDS = 9  # a deed longer than this is said on a card by its head
CARD_FIT_ROOM = 50  # a card's words so far and its deed: more leaves no room for a word of fit
ROTATION_WEIGHT = 1.0  # what one step down the session's rotation costs a sentence
# How many words short of a slot's fullest wording still counts as full, by round of "fuller"
LENGTH_SLACK = {1: 8, 2: 6, 3: 4, 4: 0, 5: 0}
METHOD_NOUNS = {
    Method.EMAIL: "Email",
    Method.HANDWRITTEN: "Card",
    Method.CALL: "Call",
    Method.GIFT: "Gift card",
}
KIND_TITLES = {
    NoteKind.FOLLOW_UP: "Follow-up email",
    NoteKind.LAST_FOLLOW_UP: "Last follow-up email",
    NoteKind.REPLY: "Reply to the decision",
}
STAGE_NOUNS = {
    Stage.PHONE_SCREEN: "call",
    Stage.INTERVIEW: "interview",
    Stage.FINAL: "final interview",
    Stage.TAKE_HOME: "take-home review",
    Stage.OFFER: "offer",
}
BY = {Format.IN_PERSON: "in person", Format.PHONE: "by phone", Format.VIDEO: "by video"}
MEDIUM = {Format.IN_PERSON: "conversation", Format.PHONE: "phone call", Format.VIDEO: "video call"}
OPENING_SLOT = {
    Stage.PHONE_SCREEN: "opening.phone-screen",
    Stage.INTERVIEW: "opening",
    Stage.FINAL: "opening.final",
    Stage.TAKE_HOME: "opening.take-home",
    Stage.OFFER: "opening.offer",
}
CLOSE_SLOT = {
    Stage.PHONE_SCREEN: "close.next",
    Stage.INTERVIEW: "close.next",
    Stage.FINAL: "close.decision",
    Stage.TAKE_HOME: "close.next",
    Stage.OFFER: "close.offer",
}
# Facts that are the same in every note of a session (or are names): a run through them is not
# a copied sentence, so they are masked when notes are compared.
MASKED = (
    "role", "company", "company_s", "a_role", "candidate", "others", "interest", "qual", "point",
    "why", "doing", "deed", "state",  # (the strength in the shape a template takes it)
)  # fmt: skip
_MASK = "§"


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
    advice: tuple[str, ...] = field(default=(), compare=False)
    to: str = field(default="", compare=False)  # "Priya Raman <priya@acme.example>", or ""
    stage: Stage = field(default=Stage.INTERVIEW, compare=False)

    @property
    def words(self) -> int:
        """Words in the letter itself: greeting, sign-off and signature not counted."""
        if self.method is Method.CALL:
            return en.word_count(self.body)
        return letter_words(self.body)

    @property
    def target(self) -> tuple[int, int] | None:
        """The word range this kind of note aims for (None: no limit, as for call notes)."""
        if self.method is Method.EMAIL:
            return PHONE_SCREEN_WORDS if self.stage is Stage.PHONE_SCREEN else EMAIL_WORDS
        if self.method in (Method.HANDWRITTEN, Method.GIFT):
            return CARD_WORDS
        return None

    @property
    def key(self) -> tuple[int, Method, NoteKind]:
        return self.interviewer_index, self.method, self.kind

    @property
    def title(self) -> str:
        what = METHOD_NOUNS[self.method]
        if self.kind in KIND_TITLES:
            what = KIND_TITLES[self.kind]
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
            "advice": list(self.advice),
        }


_GREETING_LINE = re.compile(r"^(dear|hello|hi|hey|good (morning|afternoon|evening))\b.*,?$", re.I)


def letter_words(body: str) -> int:
    """Words between the greeting and the sign-off of a letter (edited ones included)."""
    paragraphs = [p for p in re.split(r"\n\s*\n", body.strip()) if p.strip()]
    if paragraphs and "\n" not in paragraphs[0].strip():
        first = paragraphs[0].strip()
        if first.endswith(",") and _GREETING_LINE.match(first):
            paragraphs = paragraphs[1:]
    if len(paragraphs) > 1:
        last_line = paragraphs[-1].strip().splitlines()[0]
        if last_line.endswith(",") and len(last_line.split()) <= 4:
            paragraphs = paragraphs[:-1]
    return sum(en.word_count(p) for p in paragraphs)


def compose(
    session: Session,
    now: datetime,
    bank: PhraseBank | None = None,
    workdays: Workdays = MONDAY_TO_FRIDAY,
) -> list[ComposedNote]:
    """Every note for the session: the user's edited text where there is one, else generated."""
    return _Writer(session, now, bank or shipped(), workdays).all_notes()


def generate(
    session: Session,
    now: datetime,
    index: int,
    method: Method,
    kind: NoteKind = NoteKind.THANK_YOU,
    bank: PhraseBank | None = None,
    workdays: Workdays = MONDAY_TO_FRIDAY,
) -> ComposedNote:
    """A freshly generated note, ignoring any edited text: what "regenerate" offers."""
    writer = _Writer(session, now, bank or shipped(), workdays)
    writer.all_notes(fresh=(index, method, kind))
    return writer.written[(index, method, kind)]


def later_notes(
    session: Session, now: datetime, workdays: Workdays = MONDAY_TO_FRIDAY
) -> list[tuple[int, NoteKind]]:
    """The notes after the thank-yous, as (interviewer, kind): each follow-up once it is due or
    once the user kept one, and a reply to a rejection once one is recorded."""
    index = follow_up_person(session)
    if index is None:
        return []
    person = session.interviewers[index]
    due = due_follow_up(session, now, workdays)
    found = [
        (index, kind)
        for kind in (NoteKind.FOLLOW_UP, NoteKind.LAST_FOLLOW_UP)
        if person.note_for(Method.EMAIL, kind) is not None or (due is not None and due.kind is kind)
    ]
    if session.interview.outcome is Outcome.REJECTED:
        found.append((index, NoteKind.REPLY))
    return found


# -- facts about each reader ------------------------------------------------------------------


@dataclass
class _PersonFacts:
    index: int
    person: Interviewer
    reader: Reader
    greeting: str  # "Jean-Luc", "Dr. Fischer"
    colleague: str  # how a colleague's note names them
    points: list[tuple[Fitted, str]]  # each point fitted to the reader, with its why as a clause
    unused: list[str] = field(default_factory=list)  # typed points beyond MAX_POINTS
    private: list[str] = field(default_factory=list)  # typed points that name pay
    withheld: list[str] = field(default_factory=list)  # points the user's why keeps out
    qual: Fitted | None = None
    qual_tied: bool = False
    qual_woven: bool = False  # said as the reason a point mattered, not in a sentence of its own

    @property
    def woven(self) -> str:
        """The strength set beside one of the points (that point's why), or ""."""
        return self.qual.text if self.qual_woven and self.qual is not None else ""


# What a note after a call cannot say: one did not walk out of a room.
_LEFT_THE_ROOM = ("I left keen", "I left even", "I left our meeting")
# Said of a point about something else than the interest, these would claim more than that it
# left the candidate keener ("training staff on the espresso machine is a big part of why I am
# drawn to opening the new store"), or lose the reader ("Property-based testing of the motion
# planner is one more reason why …" no longer says it was theirs).
# A point about something else than the interest is said beside it, never as its cause:
# "What you told me about staffing for the ice-cave season left me all the more drawn to
# leading the climbing trips" was a link the user never made (read 34).
_LOOSELY_HEARD = (
    "a big part of why", "{point} {is} one more reason", "What you told me about {point}",
    "Learning about {point}", "our talk about {point} keener", "Hearing about {point}",
    "Having heard about {point}", "Our discussion of {point} left",
)  # fmt: skip
# … and a point about the interest itself is said as its cause, not beside it.
_ONLY_LOOSELY = (
    "everything else we covered", "and of the role as a whole",
    "I enjoyed hearing about {point}, and", "I valued hearing about {point}, and",
)  # fmt: skip
_ALL_OF = ("all of that", "all of it")  # (for a strength of two parts only)
_HELP_WITH = ("something I would like to help with",)
_IN_TOUCH = (
    "in touch", "come back to you", "write again", "arrangements", "settle the details",
    "paperwork", "talking through the next steps", "discussing the next steps",
)  # fmt: skip
_EMAIL_PROMISE = re.compile(
    r", and (?:I will follow up by email|an email from me is on its way|I am sending a short "
    r"email as well)\."
)
_WHERE_I_WORK = ("where I want to work",)
_HEARD_BECAUSE = (
    "good to hear about {point}, because",
    "helped to hear about {point}, because",
    "glad we talked about {point}, because",
)
_NOT_HELPED = re.compile(
    r"(how|what|why|where|whether|your (worry|worries|concern|fear|doubt)s?)\b"
)
# What a card cannot say of a meeting that was not in person.
_NOT_MET = {
    Format.PHONE: ("seeing me", "meet", "meeting", "welcome"),
    Format.VIDEO: ("seeing me", "welcome"),
}
# Words of a closing line that offers something more (see the close in `email_draft`).
_OFFERING = (
    "let me know", "happy to", "glad to", "ask", "send", "share", "anything", "provide",
    "supply", "add ", "disposal", "help", "assist", "pleased to", "answer", "question",
)  # fmt: skip
# A kindness is thanked for as a thing ("the flexibility you offered"); one told as a clause
# ("you made the offer on the call") is not: "I am grateful for you made the offer" broke.
_THINGS = (Shape.TOPIC, Shape.CONCERN)


# Something the reader had the candidate do in the room: "you had me shoe a yearling".
_DONE_WITH_ME = re.compile(
    r"you (?:\w+ly )?(?:had|let|asked|took|showed|gave|walked|put|sat|invited|got) me\b"
)


def _owed_thanks(point: Fitted, why: str) -> bool:
    """A thing they did for the candidate ("the flexibility you offered"), said plainly: a
    sentence of thanks, not a topic."""
    return not why and point.shape in _THINGS and en.is_kindness(point.text)


@lru_cache(maxsize=16384)
def _stem(word: str) -> str:
    """A rough stem, the same for "nurse", "nurses" and "nursing"; "manage" and "managed"."""
    word = word.lower().removesuffix("'s")
    if not word.isalpha():
        return word
    for suffix, repl in (
        ("ies", "y"), ("ied", "y"), ("sses", "ss"), ("shes", "sh"), ("ches", "ch"),
        ("xes", "x"), ("ing", ""), ("ed", ""), ("s", ""),
    ):  # fmt: skip
        if len(word) > len(suffix) + 3 and word.endswith(suffix) and not word.endswith("ss"):
            word = word[: -len(suffix)] + repl
            break
    # The doer is the deed: "designer" and "design" (a UX Designer's role words cover both).
    if len(word) > 6 and word.endswith("er"):
        word = word[:-2]
    return word.removesuffix("e") if len(word) > 4 else word


# "£4m", "$1.2M", "€300k": a sum of money.
_MONEY = re.compile(r"[£$€]\d")

_GENERIC = frozenset(
    {"team", "work", "year", "role", "company", "people", "new", "current", "time", "plan",
     "thing", "way", "good", "great", "lot", "really", "also", "make", "help", "first", "last",
     "led", "built", "ran", "still", "whole", "took", "over", "site", "learn", "learned",
     "learning", "learnt", "level", "get", "got", "want", "like", "need", "know", "use", "job",
     "jobs", "list", "lists"}
)  # fmt: skip


# Verbs and measures any two texts might share, which tie no point to a strength: "the plan to
# move fleet telemetry onto Kafka" is not about "the move of 40 services to Kubernetes" (read
# 24 saw the tie rest on one word, while "on-call" tied another point to another strength).
_NO_TIE = frozenset(
    {"move", "moving", "moved", "change", "changing", "changed", "bring", "keep", "set", "put",
     "give", "take", "taking", "show", "turn", "hold", "start", "started", "go", "going", "come",
     "find", "try", "call", "mean", "part", "day", "week", "month", "number", "big", "small",
     "more", "most", "much", "many", "handle", "deal", "look", "see", "think",
     # ("annual leave" is not "Leaving Cert"; "the shop closes all of August" is not "a repair
     # shop in Seoul": round 21)
     "leave", "leaving", "leav", "shop", "shops", "bit", "two", "three", "paid", "close",
     "clos", "closes"}
)  # fmt: skip


@lru_cache(maxsize=4096)
def _topic(text: str) -> frozenset[str]:
    """What a text is about: its word stems, and the groups of related work its words belong
    to ("wheelchair" and "WCAG" are both accessibility)."""
    words = [w for w in en.content_words(text) if w not in _GENERIC and w not in _NO_TIE]
    lists = en.word_lists()
    concepts = lists.concepts
    stems = {_stem(w) for w in words if len(_stem(w)) > 2} - _GENERIC - _NO_TIE
    # A word's groups by its form, its stem or its parts ("3-shift" is about shifts); a sum of
    # money ("£4m target", "raised £1.2m") is about money, whatever the field.
    forms = {f for w in words for f in (w, _stem(w), *w.split("-"))}
    groups = {f"#{g}" for f in forms for g in concepts.get(f, ())}
    if _MONEY.search(text):
        groups |= {f"#{g}" for g in concepts.get("£", ())}
    # A name both say ("Rudolfinum") ties them more than a word they share ("action"): read
    # 25 saw a question about a Rudolfinum pianist tied to restoring uprights, not to eight
    # years at the Rudolfinum.
    names = {f"^{w.lower()}" for w in _PROPER.findall(text)}
    first = re.match(r"[A-Z][a-zà-ÿ]{3,}\b", text)  # "Bosch eBike diagnostics certified"
    if first and not any(
        first[0].lower() in words
        for words in (
            lists.stopwords,
            lists.base_verbs,
            lists.past_verbs,
            lists.action_verbs,
            lists.adverbs,
        )
    ):
        names.add(f"^{first[0].lower()}")
    return frozenset(stems | groups | (names - {f"^{w}" for w in _GENERIC}))


# A capitalised word that is not the first of its text: a name (never an acronym alone, which
# the stems already carry).
_PROPER = re.compile(r"(?<=[\w,)] )[A-Z][a-zà-ÿ]{3,}\b")


class _Common(NamedTuple):
    """What every note of the interview is about."""

    named: frozenset[str]  # the role's and company's words, and the role's fields
    field: frozenset[str]  # the other words of the role's fields


@lru_cache(maxsize=64)
def _common_topic(role: str, company: str) -> _Common:
    """The role's and company's words tie nothing to anything ("nurse" in a Charge Nurse
    interview), and a word of the role's field only when the point and the strength both say
    it ("stakeholder" in each, in a policy job; "booking" and "ticket" do not tie). The
    company's field stays: at a bakery, "espresso" and "café" still tie a point to a strength."""
    role_topic = _topic(role)
    concepts = en.word_lists().concepts
    fields = {g for g in role_topic if g.startswith("#")}
    related = {_stem(w) for w, groups in concepts.items() if {f"#{g}" for g in groups} & fields}
    company_words = {w for w in _topic(company) if not w.startswith("#")}
    named = role_topic | company_words
    return _Common(named, frozenset(related) - named)


def _fit_scores(points: list[str], quals: list[str], common: _Common) -> list[int]:
    """How well each qualification fits the points: "preceptorship" in both ties them."""
    return [
        max((_overlap(_topic(p) & _topic(q), common) for p in points), default=0) for q in quals
    ]


def _overlap(shared: frozenset[str], common: _Common) -> int:
    # A shared word ("sepsis") says more than a shared field ("training" and "onboarding"),
    # and a word every note of the field might use says less.
    named = common.named | {f"^{w}" for w in common.named}
    return sum(
        1 if word.startswith(("#", "^")) or word in common.field else 2 for word in shared - named
    )


def _assign_qualifications(
    people: list[_PersonFacts],
    quals: list[Fitted],
    common: _Common,
    taken: Iterable[Fitted] = (),
    interest: str = "",
) -> None:
    """One qualification each, the one that best fits what they discussed, spread over the
    panel: no qualification is used twice while another is unused. Ties go round the panel,
    so readers hear different strengths."""
    if not quals or not people:
        return
    texts = [q.typed for q in quals]
    # (Not to a point about the candidate's own work: "walking you through my portfolio …
    # It took me back to when I carved the horse" was the same horse, read 34.)
    scores = [
        _fit_scores(
            [
                f"{p.typed or p.text} {w}"
                for p, w in person.points
                if p.shape not in (Shape.OWN, Shape.OWN_CLAUSE)
            ],
            texts,
            common,
        )
        for person in people
    ]
    n = len(quals)
    used = [sum(q is t for t in taken) for q in quals]  # `taken`: given to readers before
    # At equal fit to the points, the one nearest the interest ("4 yrs … isothermal glazing"
    # beside "the isothermal glazing project", read 34, where an MA stood untied)
    near = _fit_scores([interest], texts, common) if interest else [0] * n
    # A strength the candidate hedged ("basic polish (A2), learning", "GIS - ok not expert")
    # comes after the rest unless it ties to the reader's points (read 39 met "GIS … ok, not
    # expert" as the one strength in a note)
    hedged = [en.is_hedged(q.typed) for q in quals]
    choice = [0] * len(people)
    # Best fit first; each takes the best of the least-used qualifications.
    for i in sorted(range(len(people)), key=lambda i: (-max(scores[i]), i)):
        # (At equal fit, something done before something held: "I built a rota app a food
        # bank still uses" says more than "I am a bootcamp graduate".)
        k = min(
            range(n),
            key=lambda k: (
                used[k] + (hedged[k] and not scores[i][k]),
                -scores[i][k],
                -near[k],
                # (a list of tools last: "I have worked with NovaSeq 6000, Hamilton STAR,
                # Qubit and TapeStation" read as a CV recital to read 17)
                en.is_tool_list(quals[k]),
                quals[k].shape is not Shape.ACTION,
                (k - i) % n,
            ),
        )
        used[k] += 1
        choice[i] = k
    # Then trade between readers while that makes the whole panel fit better.
    improved = True
    while improved:
        improved = False
        for a, b in itertools.combinations(range(len(people)), 2):
            ka, kb = choice[a], choice[b]
            if scores[a][kb] + scores[b][ka] > scores[a][ka] + scores[b][kb]:
                choice[a], choice[b] = kb, ka
                improved = True
    for i, k in enumerate(choice):
        people[i].qual = quals[k]
        people[i].qual_tied = scores[i][k] > 0


def _told_in(qual: Fitted, whys: list[str]) -> bool:
    """Whether one of `whys` says the same thing as `qual` (most of its words)."""
    words = set(en.content_words(qual.text))
    return bool(words) and any(
        len(words & set(en.content_words(why))) >= 0.6 * len(words) for why in whys
    )


def _only_held(qual: str) -> bool:
    """Whether a strength is a credential held and nothing done ("I hold an MA in Drama"; not
    "I hold a PhD …, with a thesis on debris-covered glaciers")."""
    return qual.startswith("I hold ") and not re.search(
        r"\b(?:thesis|dissertation|research|project)\b", qual
    )


def _weave_qualification(facts: _PersonFacts, common: _Common) -> None:
    """A qualification that fits a point with no why of its own becomes that point's why:
    "your plan to retire paper tickets struck a chord: I led the replacement of ...". The
    point says why it mattered, and the fit is tied to it, in one sentence."""
    if facts.qual is None or not facts.qual_tied:
        return
    # Only a point with no why of its own: the user's reason already says why theirs mattered,
    # and a strength set after it as well ("The forecasting model you use struck a chord: I
    # built one in Python last year. That overlaps with my own work, as I have worked with SQL")
    # stacks two claims on one point, or lands after a later point it has nothing to do with.
    plain = [k for k, (_, why) in enumerate(facts.points) if not why]
    fits = _fit_scores(
        [facts.qual.typed],
        [facts.points[k][0].typed or facts.points[k][0].text for k in plain],
        common,
    )
    best = max(range(len(fits)), key=lambda k: (fits[k], -k), default=None)
    if best is None or not fits[best]:
        # A point with a why of the user's that tells of no work of theirs ("it's the bit of
        # the job I love") can still have the strength beside it, in a sentence of its own
        # right after it: that point is said last, so nothing comes between them.
        reasons = [
            k for k, (_, why) in enumerate(facts.points) if why and not en.why_is_experience(why)
        ]
        fits = _fit_scores(
            [facts.qual.typed],
            [facts.points[k][0].typed or facts.points[k][0].text for k in reasons],
            common,
        )
        near = max(range(len(fits)), key=lambda k: (fits[k], -k), default=None)
        if near is None or not fits[near]:
            facts.qual_tied = False  # said of the role instead
        else:
            facts.points.append(facts.points.pop(reasons[near]))
        return
    point, _ = facts.points[plain[best]]
    facts.points[plain[best]] = (point, facts.qual.text)
    facts.qual_woven = True


# -- a note being written ------------------------------------------------------------------------


def _run_is_before(
    tail: str, shadow: str, shared: frozenset[tuple[str, ...]], previous: _Sentence
) -> bool:
    """Whether every run shared with a colleague's note takes all but its last word from the
    sentence before, and some of those from that sentence's own wording rather than the
    user's words (which another note to the reader says too, whatever the wording)."""
    before = list(en.words_of(tail))
    words = before + list(en.words_of(shadow))
    users = set(en.words_of(previous.carries))
    for gram in shared:
        starts = [i for i in range(len(words) - NGRAM + 1) if tuple(words[i : i + NGRAM]) == gram]
        if not starts:
            return False
        taken = list(gram[: len(before) - starts[0]])
        if len(taken) < NGRAM - 1 or set(taken) <= users:
            return False
    return True


def _kept_out(point: str) -> str:
    """What the preview says of a private point the notes leave out."""
    if en.names_the_offer(point) and not en.is_private(point):
        return f"“{point}” is left out: the note's opening already thanks them for the offer."
    if en.names_pay(point):
        return f"“{point}” is left out: pay is for the negotiation, not the thank-you note."
    if en.names_logistics(point):
        return (
            f"“{point}” is left out: references, notice and start dates are for your reply "
            "to an offer, not the thank-you note."
        )
    if en.names_terms(point):
        return (
            f"“{point}” is left out: the hours and terms of the job are yours to weigh; a "
            "thank-you note that reads them back sounds pasted."
        )
    if en.recalls_a_slip(point):
        return (
            f"“{point}” is left out: it recalls a slip of yours, which a thank-you note need "
            "not bring back to mind."
        )
    if en.names_process(point):
        return (
            f"“{point}” is left out: when they will decide goes in the decision date "
            "(Interview step), and the note's close says it."
        )
    return (
        f"“{point}” is left out: it reads as a note to yourself (a doubt or a reminder), "
        "not something to tell them."
    )


def _passes(draft: _Draft) -> bool:
    """Whether a finished draft passes the note's own check."""
    return not draft.audit(draft.sign_off)


def _split_long(sentences: list[_Sentence]) -> list[list[_Sentence]]:
    """A paragraph of more than PARAGRAPH_WORDS words in two, at the sentence end that
    leaves the halves most even (readers balked at 70-word blocks in an email), never before
    a sentence that refers back ("I would love to put that experience to work" opening a
    paragraph had nothing to refer to)."""
    counts = [en.word_count(s.text) for s in sentences]
    cuts = [n for n in range(1, len(sentences)) if not sentences[n].leans]
    if sum(counts) <= PARAGRAPH_WORDS or not cuts:
        return [sentences]
    cut = min(cuts, key=lambda n: max(sum(counts[:n]), sum(counts[n:])))
    return [sentences[:cut], sentences[cut:]]


# Names, the company and the role are set aside as the rubric sets them aside: left out, and
# the words on either side read on as one run ("and the Senior Civil Engineer position would
# allow me to build on that" in two notes is a run of ten to a reader, not two short ones).
# The user's own words (a point, a strength) stay walls: they are facts, not a form's words.
_ASIDE = frozenset({"role", "company", "company_s", "a_role", "candidate", "others"})


def _shadow(name: str, value: str, masked: tuple[str, ...]) -> str:
    """A fact as the panel rule sees it: set aside or masked, but an article before a role is
    a word of the sentence ("… I would build on as a §" is the same run in two notes)."""
    if name not in masked:
        return value
    article, _, rest = value.partition(" ")
    if name == "a_role" and rest and article in ("a", "an"):
        return article
    return "" if name in _ASIDE else _MASK


@lru_cache(maxsize=4096)
def _shadow_values(values: tuple[tuple[str, str], ...], masked: tuple[str, ...]) -> dict[str, str]:
    shadows = {k: _shadow(k, v, masked) for k, v in values}
    # The company's own name inside the user's words is the company too ("helping Harbourline
    # move every crossing …" in each note is no copied run of nine: the rubric sets names aside).
    company = dict(values).get("company", "")
    names = [re.escape(w) for w in company.split() if len(w) > 2 and w[:1].isupper()]
    if names:
        own = re.compile(rf"\b(?:{'|'.join(names)})\b")
        shadows = {k: own.sub("", v) if k not in masked else v for k, v in shadows.items()}
    return shadows


@lru_cache(maxsize=4096)
def _longest(templates: tuple[str, ...], values: tuple[tuple[str, str], ...]) -> int:
    """The word count of the fullest of `templates` filled with `values`."""
    return max((en.word_count(_fill(t, values)) for t in templates), default=0)


@lru_cache(maxsize=16384)
def _ngrams(shadow: str, n: int = NGRAM) -> frozenset[tuple[str, ...]]:
    """Runs of `n` words that do not cross a masked fact."""
    grams: set[tuple[str, ...]] = set()
    for segment in shadow.split(_MASK):
        words = en.words_of(segment)
        grams.update(words[i : i + n] for i in range(len(words) - n + 1))
    return frozenset(grams)


@lru_cache(maxsize=16384)
def _fill(template: str, values: tuple[tuple[str, str], ...]) -> str:
    """A template filled, its seams mended and its first letter a capital. Cached: the same
    sentences are weighed for every draft and on every keystroke."""
    return en.capitalise(en.tidy(template.format_map(dict(values))))


@lru_cache(maxsize=8192)
def _own_words(text: str, carries: str) -> Counter[str]:
    """A sentence's content words less those the user's text brings into it."""
    return Counter(en.content_words(text)) - Counter(en.content_words(carries))


@lru_cache(maxsize=8192)
def _phrases(shadow: str) -> frozenset[tuple[str, ...]]:
    """Three-word runs with a content word in them: "struck a chord" said twice is a tic."""
    stop = en.word_lists().stopwords
    return frozenset(g for g in _ngrams(shadow, 3) if any(w not in stop for w in g))


@dataclass(frozen=True)
class _Seen:
    """What a candidate sentence says, as the rules weigh it (cached: the same sentences are
    weighed for every draft, round and keystroke)."""

    words: Counter[str]  # its own content words, the user's text aside
    word_set: frozenset[str]
    stems: frozenset[str]  # of those, less the role's and company's, and generic ones
    thanks: int
    opening: tuple[str, ...]
    stacked: bool
    echoes: bool


@dataclass(frozen=True)
class _Near:
    thanks: bool
    first_words: frozenset[tuple[str, ...]]
    stems: frozenset[str]
    tail: str = ""  # the last words of the sentence that will read just before
    head: str = ""  # the first words of the one that will read just after


@lru_cache(maxsize=16384)
def _seen(text: str, carries: str, fact_words: frozenset[str]) -> _Seen:
    words = _own_words(text, carries)
    return _Seen(
        words=words,
        word_set=frozenset(words),
        stems=frozenset(_stem(w) for w in words if w not in fact_words) - _GENERIC,
        thanks=en.thanks_count(text),
        opening=en.words_of(text)[:3],
        stacked=bool(_STACKED_PREPOSITION.search(text)),
        echoes=_echoes(text, carries),
    )


@lru_cache(maxsize=8192)
def _stems(text: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in en.content_words(text))


@lru_cache(maxsize=8192)
def _echoes(text: str, carries: str) -> bool:
    """Whether the template's words say a stem the sentence already has ("draw on my own
    experience: I have 4 years' experience"); the user's own words may repeat themselves."""
    stems = Counter(_stem(w) for w in en.content_words(text))
    carried = Counter(_stem(w) for w in en.content_words(carries))
    return any(n > 1 and n > carried[stem] for stem, n in stems.items())


_DANGLING = re.compile(r"\s+(?:at|to|as|for|in|with|on|about|from|joining)(?=[.,;:—])")
_AND = ("{state}, and", "{qual}, and", "{deed}, and")
_HELD = ("that experience", "that grounding", "the experience", "is experience")  # not a degree
_WHICH = ("{state}, which", "{qual}, which", "{state}, a ", "{qual}; it is")
_NEXT_STEP = ("next stage", "next step", "further", "things further")
_WORK_ON = (
    "work on",
    "working on",
    "{is} work",
    "days on",
    "time to",
    "{interest} as part of the team",  # ("Contributing to the team as part of the team")
)

# A move in one's career ("the move from refinery rope work into bridge inspection") is made,
# not worked on nor contributed to ("I would love to contribute to the move from …", read 31).
_A_MOVE = (
    *_WORK_ON,
    "contribut",
    "play a part",
    "part of",
    "where I want to work",
    "devote my time",
    "help with",
    "helping",
    # ("… is the work I should be doing next", "among the people settling in one yard": a
    # move is no work, nor a crowd, round 22)
    "the work I",
    "among the people",
    "direct my efforts",
)


_YOU = re.compile(r"\byou(r|rs)?\b", re.IGNORECASE)


@cache
def _without_placeholders(template: str) -> str:
    return re.sub(r"\{\w+\}", " ", template)


@cache
def _ends_clause(template: str, name: str) -> bool:
    """Whether every `{name}` in the template is followed by punctuation or the end."""
    return not re.search(r"\{" + re.escape(name) + r"\}\s*[^\s.,;:!?—]", template)


@cache
def _placeholders(template: str) -> frozenset[str]:
    return frozenset(n for _, n, _, _ in string.Formatter().parse(template) if n)


@dataclass(frozen=True)
class _Sentence:
    place: tuple[int, int, int]  # paragraph, position in the layout, order written
    text: str
    shadow: str  # the template filled with the shared facts masked
    template: str
    carries: str  # the user's words it brings
    leans: bool = False  # refers back to the sentence before ("It took me back to when …")
    owed: bool = False  # thanks for something they did for the candidate: kept over other thanks


def _seams(draft: _Draft) -> int:
    """How many of a draft's sentences stack a preposition at a seam (see below)."""
    return sum(bool(_STACKED_PREPOSITION.search(s.text)) for s in draft.in_order())


# The same preposition again within a word or two, across the seam of template and user
# words: "being so open about your concern about staff morale".
_STACKED_PREPOSITION = re.compile(r"\b(about|of|on|for)\s+(?:\S+\s+){1,3}?\1\b", re.I)


_BECAUSE = re.compile(r"\bbecause\b", re.IGNORECASE)
_ENDS_IN_VERB = re.compile(r"\b(?:is|are|was|were|be|been)$")
# Wordings that put the reader before a point that starts with "you" already.
_EXPERIENCE = (
    "experience",
    "grounding",
    "foundation",
    "background",
    "draw on it",
    "that grounding",
)
_YOUR_TAKE = ("your take on {point}", "your thoughts on {point}", "your view on {point}")
_YOU_SAID = ("your point that {point}", "you told me that {point}", "you said that {point}",
             "what you said: {point}")  # fmt: skip


class _Draft:
    """Sentences chosen so far for one note, and what they cost against the rules."""

    def __init__(
        self,
        allowed: Counter[str],
        panel: set[tuple[str, ...]],
        panel_templates: set[str] | None = None,
        banned: set[str] | None = None,
    ) -> None:
        # Sentences may be chosen in any order (the ones carrying the user's words first) and
        # still read in layout order: each is filed under (paragraph, position, sequence).
        self.sentences: list[_Sentence] = []
        self.place = (0, 0)
        self.counts: Counter[str] = Counter()
        self.allowed = allowed  # user text may repeat a word; templates may not add to it
        self.thanks = 0
        self.openings: list[tuple[str, ...]] = []
        # How another note to the same reader opened the sentences telling this note's points.
        self.told: list[tuple[str, ...]] = []
        self.panel = panel  # word runs of the notes already written for this session
        self.phrases: set[tuple[str, ...]] = set()  # three-word runs this note already says
        self.topics: list[set[str]] = []  # content words of each sentence
        self.panel_templates = panel_templates if panel_templates is not None else set()
        self.banned = banned if banned is not None else set()  # failed this note's own check
        self.tail = ""  # the end of the last sentence written, for runs across sentences
        self.templates: set[str] = set()
        self.sign_off = ""
        # The role's and company's words, said in many sentences by design.
        self.fact_words: frozenset[str] = frozenset()
        self.both_names: frozenset[str] = frozenset()  # words the role and company share
        # How often a word of the note's own may come: twice in a letter; once on a card,
        # where "Many thanks for our conversation … I left our conversation …" is four lines.
        self.most = 2
        self.role = ""  # said in full once, then by its name: words() counts it so
        self._near: tuple[tuple[object, ...], _Near] | None = None

    def reserve(self, texts: Iterable[str]) -> None:
        """Count the user's words that later sentences will carry, before any is written, so
        the sentences before them leave those words room ("Harbourline" a third time)."""
        self.counts.update(en.content_words(" ".join(texts)))

    def limit(self, word: str) -> int:
        return max(2, self.allowed.get(word, 0))

    def cost(self, text: str, shadow: str, carries: str = "", template: str = "") -> float:
        # A sentence a colleague's note already has reads as a copy even when it is short;
        # the same sentence twice in one note reads as a machine. (20: still counted when a
        # short note ranks its options by cost // 20.)
        penalty = 12.0 if template in self.panel_templates else 0.0
        penalty += 40.0 if template in self.templates else 0.0
        penalty += 100.0 if template in self.banned else 0.0
        seen = _seen(text, carries, self.fact_words)
        counts, allowed = self.counts, self.allowed
        for word, n in seen.words.items():
            excess = counts.get(word, 0) + n - max(self.most, allowed.get(word, 0))
            if excess > 0:
                penalty += 40 * excess  # a rule (no word three times), not a preference
        if self.thanks + seen.thanks > 2:
            penalty += 20 * (self.thanks + seen.thanks - 2)
        near = self.near()
        if seen.thanks and near.thanks:
            penalty += 20  # "Many thanks for our talk. Thank you for …" back to back
        opening = seen.opening
        for earlier in self.openings:
            if opening == earlier:
                penalty += 30
            elif opening[:2] == earlier[:2]:
                penalty += 15
            elif opening[:1] == earlier[:1]:
                penalty += 1.5 if opening[:1] != ("i",) else 2.5
        if any(opening[:2] == told[:2] for told in self.told):
            penalty += 40  # the same point in the same frame as the email to them (a rule)
        if opening[:1] != ("i",) and opening[:1] in near.first_words:
            penalty += 20  # back to back, "If it would help, … If there is more, …" reads as a list
        # The run may start in the sentence before or end in the one after, as they will read
        # (sentences are chosen out of reading order: "… spend less time waiting. I am only an
        # email away" was a run of nine with a colleague's note, seen only once in order).
        penalty += PANEL_RUN * len(_ngrams(f"{near.tail} {shadow}") & self.panel)
        # Saying the same thing twice: a three-word run again, or a sentence that mostly
        # repeats an earlier one ("... about joining Acme as an Engineer" twice).
        penalty += 8 * len(_phrases(shadow) & self.phrases)
        if any(len(seen.word_set & earlier) >= 4 for earlier in self.topics):
            penalty += 6
        if seen.stacked:
            penalty += 20  # "open about your concern about morale": the seam shows
        if len(_BECAUSE.findall(text)) > 1:
            penalty += 40  # "because it matters because of childcare" (a rule)
        if self.role and self.role in text:
            # ("… build on as Principal Professional Officer. Our conversation strengthened my
            # wish to join … in the Principal Professional Officer position": read round 23)
            penalty += 10 * sum(self.role in s.text for s in self.sentences)
        if seen.echoes:
            penalty += 40  # "one thing to work on next, it would be working on …" (a rule)
        # A word of the sentence next to it said again ("I enjoyed working through your
        # question … It is a question I would enjoy exploring"): a preference.
        penalty += min(12, 4 * len(seen.stems & near.stems))
        return penalty

    def near(self) -> _Near:
        """What the sentences beside the place being filled say (the same for every template
        weighed for it, so worked out once)."""
        key = (self.place, len(self.sentences))
        if self._near is None or self._near[0] != key:
            beside = self.beside()
            here = (*self.place, len(self.sentences))
            before = [s for s in self.sentences if s.place < here]
            after = [s for s in self.sentences if s.place > here]
            tail = (
                max(before, key=lambda s: s.place).shadow.split()[-(NGRAM - 1) :] if before else []
            )
            head = min(after, key=lambda s: s.place).shadow.split()[: NGRAM - 1] if after else []
            self._near = (
                key,
                _Near(
                    thanks=any(en.thanks_count(s.text) for s in beside),
                    first_words=frozenset(en.words_of(s.text)[:1] for s in beside),
                    stems=frozenset().union(*(_stems(s.text) for s in beside)) - _GENERIC,
                    tail=" ".join(tail),
                    head=" ".join(head),
                ),
            )
        return self._near[1]

    def add(
        self,
        text: str,
        shadow: str,
        carries: str = "",
        template: str = "",
        leans: bool = False,
        owed: bool = False,
    ) -> None:
        self.sentences.append(
            _Sentence(
                (*self.place, len(self.sentences)), text, shadow, template, carries, leans, owed
            )
        )
        self.templates.add(template)
        self.counts.update(_own_words(text, carries))
        self.thanks += en.thanks_count(text)
        self.openings.append(en.words_of(text)[:3])
        self.tail = " ".join(shadow.split()[-(NGRAM - 1) :])
        self.phrases |= _phrases(shadow)
        self.topics.append(set(en.content_words(text)))

    def beside(self) -> list[_Sentence]:
        """The sentences that will read just before and just after one placed now (sentences
        are chosen out of reading order: the user's words first)."""
        here = (*self.place, len(self.sentences))
        before = [s for s in self.sentences if s.place < here]
        after = [s for s in self.sentences if s.place > here]
        return [*(before and [max(before, key=lambda s: s.place)]),
                *(after and [min(after, key=lambda s: s.place)])]  # fmt: skip

    def break_paragraph(self) -> None:
        self.place = (self.place[0] + 1, 0)

    def in_order(self) -> list[_Sentence]:
        return sorted(self.sentences, key=lambda s: s.place)

    def grams(self) -> frozenset[tuple[str, ...]]:
        """The note's word runs as it reads, across sentence ends, shared facts masked."""
        return _ngrams(" ".join(s.shadow for s in self.in_order()))

    def audit(self, sign_off: str) -> set[str]:
        """The note's own check, on the finished text: the templates of sentences that break
        a rule (a word a third time, thanks a third time, two sentences opening alike, a run
        shared with a colleague's note). Empty when the note passes."""
        order = self.in_order()
        bad: set[str] = set()
        counts: Counter[str] = Counter()
        for sentence in order:
            counts.update(en.content_words(sentence.text))
        for word, n in counts.items():
            if n > self.limit(word) and word not in self.both_names:
                users = [s for s in order if word in en.content_words(s.text)]
                free = [s for s in users if word not in en.content_words(s.carries)]
                bad.update(s.template for s in free[-(n - self.limit(word)) :])
        thanks = sum(en.thanks_count(s.text) for s in order) + en.thanks_count(sign_off)
        if thanks > 2:
            thankful = [s for s in order[1:] if en.thanks_count(s.text)]
            # (thanks for a kindness stay: "Thank you also for your question" goes first)
            thankful = [s for s in thankful if not s.owed] or thankful
            bad.update(s.template for s in thankful[-(thanks - 2) :])
        seen: set[tuple[str, ...]] = set()
        for sentence in order:
            opening = tuple(en.words_of(sentence.text)[:3])
            if opening in seen:
                bad.add(sentence.template)
            seen.add(opening)
        tail = ""
        previous: _Sentence | None = None
        for sentence in order:
            shared = _ngrams(f"{tail} {sentence.shadow}") & self.panel
            if shared:
                bad.add(sentence.template)
                # A run that is mostly the sentence before, and only begins this one ("… spend
                # less time waiting. I …"), is the sentence before's: every wording after it
                # that opens with "I" would share it.
                # (Not where the sentence before says only the user's words there: another
                # note to the reader says them too, and no wording can change that.)
                if previous is not None and _run_is_before(tail, sentence.shadow, shared, previous):
                    bad.add(previous.template)
            tail = " ".join(sentence.shadow.split()[-(NGRAM - 1) :])
            previous = sentence
        return bad

    def paragraphs(self) -> list[list[_Sentence]]:
        grouped: dict[int, list[_Sentence]] = {}
        for sentence in self.in_order():
            grouped.setdefault(sentence.place[0], []).append(sentence)
        return [grouped[k] for k in sorted(grouped)]

    def text(self) -> list[str]:
        """The paragraphs; a lone sentence after the first paragraph joins its neighbour."""
        merged: list[list[_Sentence]] = []
        for n, para in enumerate(self.paragraphs()):
            if merged and n > 1 and len(merged[-1]) == 1:
                merged[-1] += para
            else:
                merged.append(list(para))
        if len(merged) > 2 and len(merged[-1]) == 1:
            last = merged.pop()
            merged[-1] += last
        return [" ".join(s.text for s in p) for part in merged for p in _split_long(part)]

    def words(self) -> int:
        count = sum(en.word_count(s.text) for s in self.sentences)
        said = sum(s.text.count(self.role) for s in self.sentences) if self.role else 0
        if said > 1:  # said in full once, then by its name (en.role_once_in_full)
            count -= (said - 1) * (
                en.word_count(self.role) - en.word_count(en.role_name(self.role))
            )
        return count


# Paragraph plans for a thank-you email, rotated across a panel so the notes differ in shape.
# O opening, F format remark, P points, Q qualification, C colleagues, I interest, X close.
LAYOUTS = (
    "O F P | Q | I C X",
    "O F | P Q | C I X",
    "O F C | P | Q I X",
    "O F P | Q I | C X",
)


class _Writer:
    def __init__(
        self,
        session: Session,
        now: datetime,
        bank: PhraseBank,
        workdays: Workdays = MONDAY_TO_FRIDAY,
    ) -> None:
        self.session = session
        self.now = now
        self.bank = bank
        self.workdays = workdays
        # A US (or Philippine) user writes "December 11", where their holidays are set so,
        # or with none set, a +1 phone number says so (a walk: "before 11 December" in a
        # note from New York).
        place = workdays.place.upper()
        self.month_first = place.startswith(("US", "PH")) or (
            not place and session.candidate.phone.strip().startswith("+1")
        )
        itv = session.interview
        self.tone = itv.tone
        self.stage = itv.stage
        role = en.role_in_sentence(" ".join(itv.role.split()))
        company = en.company_in_sentence(" ".join(itv.company.split()))
        when: datetime | date = itv.date if itv.date is not None else now
        day, today = local_view(when, now)
        at = when if isinstance(when, datetime) else None
        self.future = day > today
        # Written on a Friday or at the weekend, "the rest of your week" is a few hours;
        # earlier in the week, no weekend is wished (see `timely`).
        self.untimely = (
            ("your week",)
            if today.weekday() >= 4
            else ("have a good weekend", "have a pleasant weekend")
        )
        self._timely: dict[str, tuple[str, ...]] = {}
        self.facts: dict[str, str] = {
            "role": role,
            "company": company,
            # "as a Senior Associate, Construction Disputes" reads badly: such a role is only
            # ever "the ... role".
            "a_role": en.as_role(role) if "," not in role else "",
            "company_s": en.possessive(company),
            "when": en.when_words(day, today, at, month_first=self.month_first),
            "by": BY[itv.format],
            "medium": MEDIUM[itv.format],
            "stage_noun": STAGE_NOUNS[itv.stage],
            "candidate": " ".join(session.candidate.name.split()),
            "also": "",
        }
        self.card_when = en.when_words(day, today, at, relative=False, month_first=self.month_first)
        # A decision date still ahead is worth saying; one passed is the follow-up's business.
        decided = itv.decision_by
        decision_day = decided.date() if isinstance(decided, datetime) else decided
        self.decision = (
            en.day_month(decision_day, month_first=self.month_first)
            if decision_day is not None and decision_day >= today
            else ""
        )
        self.interview_day = day
        # An offer the user has accepted is said so; otherwise they may still be weighing it.
        accepted = itv.stage is Stage.OFFER and itv.outcome is Outcome.ACCEPTED
        self.accepted = ".accepted" if accepted else ""
        # Seeds the deterministic choices: stable across runs, different across sessions.
        self.seed = f"{company}|{role}|{itv.stage.value}"
        self.email_words = PHONE_SCREEN_WORDS if self.stage is Stage.PHONE_SCREEN else EMAIL_WORDS
        self.interest = en.fit_interest(itv.interest, Reader("", company))
        # (The company's words, and the role as a whole: as a reader sets them aside, so a
        # "cross-dock" that is also in "Operations Lead, Cross-Dock" still counts.)
        named = set(en.words_of(company)) - {"the"}  # ("the Calgary Fire Department")
        said = self.interest.text
        titles = {role, en.role_in_sentence(role), en.role_name(role)}
        for title in sorted(titles, key=len, reverse=True):
            if title.strip():
                said = re.sub(re.escape(title), " ", said, flags=re.IGNORECASE)
        self.interest_words = sum(w not in named for w in en.words_of(said))
        # The same interest in fewer of the user's words, for colleagues' notes (see below).
        clause = self.interest.shape is Shape.CLAUSE
        # (Seven or eight words go whole into every note but may still make a run of nine
        # with a word around them, so colleagues' notes take a head of six where there is one.)
        head_words = 8 if self.interest_words > 8 else 6
        short = (
            en.shortened(self.interest.text, head_words, named, clause=clause)
            if self.interest_words > 6
            else ""
        )
        self.interest_short = Fitted(short, self.interest.shape) if short else None
        second = re.search(r" and ([a-z]+ing\b.+)$", self.interest.text) if not clause else None
        if not short and second and self.interest_words > 6:
            # "the loan of the huipiles to Madrid next spring and cleaning up your catalogue so
            # people can find things": the second thing, by its head, where the first has none
            # (a stock line stood in for the interest in a colleague's note, round 21)
            then = second[1]
            head = (
                then if en.word_count(then) <= head_words else en.shortened(then, head_words, named)
            )
            if head and en.word_count(head) >= 3:
                self.interest_short = Fitted(head, Shape.GERUND)
        doing = en.wish_as_doing(self.interest.text) if clause and not short else ""
        if doing and self.interest_words > 6:
            # "I would love to work on the engine" has no head, but its work is one:
            # "working on the engine" (a stock line in its place read as a gap).
            long_doing = doing
            doing = en.shortened(doing, head_words, named) if en.word_count(doing) > 8 else doing
            if not doing:
                # "moving offshore | and getting trained on LEP coatings": the first of two
                # things to do, whole (a stock line for a colleague instead, round 18)
                first, _, _ = re.split(r" and (?=\w+ing\b)", long_doing, maxsplit=1)[0].partition(
                    ","
                )
                doing = first if 3 <= en.word_count(first) <= head_words else ""
            self.interest_short = Fitted(doing, Shape.GERUND) if doing else None
        # "I want to settle in one yard …, and the hybrid ferries are exactly the work I want to
        # do next": the work is the head a colleague hears, not the move ("I would be glad to
        # be among the people settling in one yard", round 22)
        work = (
            re.search(
                r"\band (the [^,]+?) (?:is|are) (?:exactly |precisely |just )?(?:the (?:kind of |"
                r"sort of )?work|what I)\b",
                self.interest.text,
            )
            if clause
            else None
        )
        if work and (self.interest_short is None or en.names_a_move(self.interest_short.text)):
            self.interest_short = Fitted(work[1], Shape.NOUN)
        # The interest is compared with the words around it like any sentence: "… mobile
        # boarding passes is exactly …" beside "… passes is what …" is a run of nine a
        # colleague's note shares, and so is a long interest said whole twice (readers
        # counted both). See interest_for for who says it whole.
        self.masked = tuple(name for name in MASKED if name != "interest")
        self.fact_words = frozenset(en.content_words(f"{role} {company}"))
        # A word the role and the company both have ("Nordvik Hydrographic", "Hydrographic
        # Surveyor"): said with each, never a word said too often (round 20: every fuller
        # wording of a note failed its own check on it)
        self.both_names = frozenset(en.content_words(role)) & frozenset(en.content_words(company))
        self.quals = quals = [en.fit_qualification(q) for q in itv.qualifications if q.strip()]
        self.capitals = self._capitals(session)
        self.people = [self._facts_for(i, p) for i, p in enumerate(session.interviewers)]
        # Only emails and calls speak of fit; a card-only reader does not use up a qualification.
        pitched = [
            p
            for p in self.people
            if {Method.EMAIL, Method.CALL} & set(session.methods_for(p.person))
        ]
        self.common = common = _common_topic(role, company)
        # A reader whose why already tells of the candidate's work ("because I did the same
        # migration at DHL") is told a strength only when the note is short without one: they
        # take what is left, so the strengths every other note says stay spread.
        told = [p for p in pitched if any(en.why_is_experience(w) for _, w in p.points)]
        untold = [p for p in pitched if p not in told]
        # A strength the user also gave as a why ("because I cleared a 900-job backlog") is
        # one that note already tells: the others hear a different one first.
        whys = [why for p in told for _, why in p.points if why]
        interest = self.interest.text
        _assign_qualifications(
            untold, quals, common, [q for q in quals if _told_in(q, whys)], interest
        )
        _assign_qualifications(told, quals, common, [p.qual for p in untold if p.qual], interest)
        # A card-only reader takes what is left, for a short word of fit on the card.
        cards = [p for p in self.people if p not in pitched]
        _assign_qualifications(cards, quals, common, [p.qual for p in pitched if p.qual], interest)
        for facts in told:
            # said, if at all, of the role; unless it ties a point said plainly, which it then
            # makes specific ("the trial job: … dead Bosch display" and "Bosch eBike
            # diagnostics certified" went unsaid and said of the role, read 25)
            plain = [p.typed or p.text for p, why in facts.points[:MAX_POINTS] if not why]
            tie = facts.qual is not None and any(
                _fit_scores([p], [facts.qual.typed], common)[0] >= 3 for p in plain
            )
            facts.qual_tied = tie
            if tie and itv.stage is not Stage.OFFER:
                _weave_qualification(facts, common)
        self.told = told
        self.pitched = pitched
        # The one reader of a panel who hears a long interest whole: the one the follow-ups go
        # to, so a later note repeats nothing a colleague holds (else the first one pitched).
        holder = follow_up_person(session)
        self.interest_holder = holder if holder is not None else pitched[0].index if pitched else 0
        # The reader whose note says the strength with the interest: one a panel (two notes
        # with "… and I would love to put that to work …" read as one letter)
        self.strength_with_interest: int | None = None
        for facts in untold:
            if itv.stage is not Stage.OFFER:  # an offer note pitches nothing
                _weave_qualification(facts, common)
        self.written: dict[tuple[int, Method, NoteKind], ComposedNote] = {}
        self.panel_grams: set[tuple[str, ...]] = set()
        # Templates used so far, by method and by person: a colleague's note of the same kind,
        # or this person's other note, should not repeat a sentence.
        self.used_by_method: dict[Method, set[str]] = {}
        self.used_by_person: dict[int, set[str]] = {}
        self.method = Method.EMAIL
        # A short note: 1 prefers the fuller of good alternatives; 2 also says where a point
        # might go; 3 also offers something concrete (references, examples of work); 4 also
        # restates the interest in the user's own words, even in a panel.
        self.long = 0
        self.no_extra = False  # no offer of more in the close (see fullest)
        self.open_short = False  # a panel member's shorter opening (see opening_slot)
        self.fuse = False  # the offer of more and the close in one sentence (see fullest)

    @staticmethod
    def _capitals(session: Session) -> dict[str, str]:
        """Names the session capitalises: in sentence-case text (points, whys, the interest),
        and a place at the end of the role or company ("SIL house, Salisbury"); never a word
        of a title-cased name ("Domestic Service & Repair" would make "service" a name)."""
        itv = session.interview
        texts = [itv.interest] + [
            t for person in session.interviewers for p in person.points for t in (p.text, p.why)
        ]
        capitals = en.capitals_in(texts)
        titles = [itv.role, itv.company] + [person.title for person in session.interviewers]
        for title in titles:
            place = re.search(r"(?:,|\(|\s[-–—])\s*([A-Z][a-z]+)\)?\s*$", title)
            if place:
                capitals.setdefault(place[1].lower(), place[1])
            # "(Ladywood patch)": a name before an ordinary word, inside a title-cased one
            for named in re.finditer(r"(?<=[(,] )?(?<=\()([A-Z][a-z]+) (?=[a-z])", title):
                capitals.setdefault(named[1].lower(), named[1])
        titled = {w.lower() for title in titles for w in en.words_of(title)} - {
            place.lower() for place in capitals.values()
            if any(title.rstrip(" )").endswith(place) or f"({place} " in title for title in titles)
        }  # fmt: skip
        return {k: v for k, v in capitals.items() if k not in titled}

    def _facts_for(self, index: int, person: Interviewer) -> _PersonFacts:
        formal = self.tone is Tone.FORMAL
        company = self.facts["company"]
        reader = Reader(person.name, company)
        typed = [p for p in person.points if p.text.strip()]
        # Pay, a doubt or a reminder is for the candidate's eyes: "the offer (90,000 and
        # bonus)" quoted back to the reader reads as haggling, or as a pasted note.
        private = [
            p.text
            for p in typed
            if en.is_private(p.text)
            or (self.stage is Stage.OFFER and not p.why and en.names_the_offer(p.text))
        ]
        withheld = [p.text for p in typed if p.why and en.withholds(p.why)]
        private = [t for t in private if t not in withheld]
        typed = [p for p in typed if p.text not in private and p.text not in withheld]
        points = [
            en.fit_point_and_why(
                # ("his work on azurite - READ THE PAPER first": the point without the to-do)
                en.with_capitals(en.without_reminder(p.text), self.capitals),
                en.with_capitals(p.why, self.capitals),
                reader, n,
            )
            for n, p in enumerate(typed[:MAX_POINTS])
        ]  # fmt: skip
        name = " ".join(person.name.split())
        # (All the points tell how they are spoken of, a private one too: "he said 'varies'")
        spoken = [p.text for p in person.points]
        style = en.title_style(p.name for p in self.session.interviewers if p is not person)
        greeting = en.greeting_for(name, person.salutation, formal, spoken, style)
        # Colleagues are named as they name each other: first names (see `others` for a
        # formal panel where some carry a title).
        colleague = en.addressed_as(name, "", False) if name else ""
        called = " ".join(person.salutation.split())
        if called and " " not in called and called in name.split():
            colleague = called  # the name they go by ("Lan" of "Nguyễn Thị Lan")
        elif called and en.parse_name(called).title and len(called.split()) == 2:
            # Greeted "Mrs Carver", named so to her colleagues too ("It was lovely to meet
            # Helen" in the next note clashed with "Dear Mrs Carver"; walk)
            colleague = called
        return _PersonFacts(
            index=index,
            person=person,
            reader=reader,
            greeting=greeting,
            colleague=colleague,
            points=points,
            unused=[p.text for p in typed[MAX_POINTS:]],
            private=private,
            withheld=withheld,
        )

    # -- choosing wording --------------------------------------------------------------

    def rotation(self, options: tuple[str, ...], slot: str, index: int) -> list[str]:
        """Alternatives in a deterministic order, different for each interviewer."""
        # surrogatepass: a lone surrogate from a paste must not stop the preview.
        start = zlib.crc32(f"{self.seed}|{slot}".encode("utf-8", "surrogatepass")) + index
        return [options[(start + k) % len(options)] for k in range(len(options))]

    def preference(self, options: tuple[str, ...], slot: str, index: int) -> list[str]:
        """Alternatives in this session's own order of preference for this reader: a
        deterministic shuffle for the session, turned by one for each reader, so colleagues
        start from different wordings and, whichever alternatives a note can use, each is as
        likely as the others to come first (a plain rotation always favoured the one after
        the longest run of alternatives a note could not use)."""
        shuffled = sorted(
            options,
            key=lambda t: zlib.crc32(f"{self.seed}|{slot}|{t}".encode("utf-8", "surrogatepass")),
        )
        turn = index % len(shuffled) if shuffled else 0
        return shuffled[turn:] + shuffled[:turn]

    def fill(self, template: str, values: dict[str, str]) -> str:
        return _fill(template, tuple(sorted(values.items())))

    def pick(
        self,
        draft: _Draft,
        slot: str,
        index: int,
        carries: str = "",
        optional: bool = False,
        needs: frozenset[str] = frozenset(),
        fields: dict[str, str | None] | None = None,
        limit: float | None = None,
        last: str = "",
        avoid: tuple[str, ...] = (),
        needs_you: bool = False,
        **more: str | None,
    ) -> str:
        """The alternative for `slot` that costs least against the draft; it is added.

        `carries` is the user's text this sentence brings (reserved in the draft already).
        An `optional` sentence is left out rather than written badly. With `needs`, only
        templates that use one of those placeholders are considered. With `last`, only those
        where that placeholder ends a clause (a phrase with a comma of its own cannot be a
        subject: "getting X going, so every child … once a term is what I hope to do").
        A value of None means "cannot be said here" (the number of a phrase that cannot be
        told, say): templates that use it are left out. Any other missing value is a bug.
        """
        values = {**(fields or {}), **more}
        unsayable = {k for k, v in values.items() if v is None}
        # A fact not known yet (no company typed) is not said: "at ." is worse than silence.
        unknown = {k for k, v in self.facts.items() if not v and k != "also"}
        full = {**self.facts, **{k: v for k, v in values.items() if v is not None}}
        key = tuple(sorted(full.items()))
        shadow_values = _shadow_values(key, self.masked)
        best: tuple[float, float, float, str, str, str] | None = None
        options = self.timely(slot)

        def narrowed(kept: tuple[str, ...]) -> tuple[str, ...]:
            # A preference narrows the options only while one of them can still be said
            # (a comma in the point and "you said that" to avoid left only a template that
            # needs a deed, and a strength given as a state lost its sentence: read 21)
            return kept if any(not unsayable & _placeholders(t) for t in kept) else options

        if needs and any(needs & _placeholders(t) for t in options):
            options = tuple(t for t in options if needs & _placeholders(t))
        if last:
            options = narrowed(tuple(t for t in options if _ends_clause(t, last)))
        if avoid:
            options = narrowed(tuple(t for t in options if not any(a in t for a in avoid)))
        if unknown and any(not unknown & _placeholders(t) for t in options):
            options = tuple(t for t in options if not unknown & _placeholders(t))
        # A short note wants one of the fuller wordings, not always the fullest one.
        sayable = [t for t in options if not unsayable & _placeholders(t)]
        company = self.facts["company"]
        company_said = sum(company in s.text for s in draft.sentences) if company else 0
        company_last = bool(company_said) and any(company in s.text for s in draft.beside())
        longest = _longest(tuple(sayable), key) if self.long else 0
        for order, template in enumerate(self.preference(options, slot, index)):
            if template not in sayable:
                continue
            if best is not None and not self.long and best[0] <= order * ROTATION_WEIGHT:
                break  # nothing further down the rotation can do better
            if (
                best is not None
                and self.long
                and best[0] <= 0
                and best[1] <= order * ROTATION_WEIGHT
            ):
                break  # (a short note: nothing can cost less than nothing, and length counts
                # at least the rotation's turn from here on)
            text = _fill(template, key)
            if unknown & _placeholders(template):
                # A fact not typed yet, where every wording names it: close the seam it
                # leaves ("the role at.", "the kind of work I would bring to.").
                text = _DANGLING.sub("", text)
            shadow = template.format_map(shadow_values)
            cost = draft.cost(text, shadow, carries, template)
            if needs_you and not _YOU.search(_without_placeholders(template)):
                cost += 8  # a preference: never at the price of a rule
            if company_said and {"company", "company_s"} & _placeholders(template):
                cost += 12 * company_said  # "… at Amstelzicht Ziekenhuis" sentence after sentence
                if company_last:
                    cost += 8  # (in the sentence beside it: "… Isarwerk Versicherung AG. … AG")
            # The session's rotation weighs in: among sentences that differ only in small
            # preferences (or, in a short note, in a few words of length), it decides, so
            # sessions do not all converge on the one wording that is cheapest or longest
            # everywhere (readers saw the same stock line in note after note).
            turn = order * ROTATION_WEIGHT
            if not self.long:
                rank, length = cost + turn, 0.0
            else:
                # A short note prefers the fuller of equally good sentences, never a worse
                # one; a note still short after that lets length outweigh the soft
                # preferences (a sentence a colleague's note has in another form), never the
                # rules; each round weighs length more against the rotation.
                rank = cost // 20 if self.long >= 2 else cost
                short_by = longest - en.word_count(text) - LENGTH_SLACK[self.long]
                length = turn + max(0, short_by) * ROTATION_WEIGHT * len(options)
            if best is None or (rank, length) < best[:2]:
                best = (rank, length, cost, text, shadow, template)
        if limit is None:
            limit = OPTIONAL_LIMIT if self.long < 2 else 1
        if best is None or (optional and best[2] >= limit):
            return ""
        owed = slot.startswith(_OWED)
        draft.add(best[3], best[4], carries, best[5], slot.startswith(LEANING), owed)
        return best[3]

    def timely(self, slot: str) -> tuple[str, ...]:
        """The slot's wordings that fit the day of the week the note is written (worked out
        once a slot, not on every pick: the preview composes on each keystroke)."""
        if slot not in self._timely:
            options = self.bank.templates(slot, self.tone)
            fitting = tuple(t for t in options if not any(a in t for a in self.untimely))
            self._timely[slot] = fitting or options
        return self._timely[slot]

    def one(self, slot: str, index: int, **values: str) -> str:
        """A single sentence with no draft to weigh it against (subjects, headings)."""
        options = self.bank.templates(slot, self.tone)
        # A fact not typed yet is not said where another wording can do without it; where
        # none can, the seam it leaves is closed ("Thank you for your time —" before a role).
        unknown = {k for k, v in self.facts.items() if not v and k != "also"} - set(values)
        options = tuple(t for t in options if not unknown & _placeholders(t)) or options
        text = self.fill(self.rotation(options, slot, index)[0], {**self.facts, **values})
        return re.sub(r"\s+", " ", re.sub(r"^\s*—\s*|\s*—\s*$", "", text)).strip()

    # -- all notes ------------------------------------------------------------------------

    def all_notes(self, fresh: tuple[int, Method, NoteKind] | None = None) -> list[ComposedNote]:
        """Every note in order; `fresh` is generated even where the user has edited it."""
        keys = [
            (i, m, NoteKind.THANK_YOU)
            for i, person in enumerate(self.session.interviewers)
            for m in self.session.methods_for(person)
        ]
        keys += [
            (i, Method.EMAIL, kind)
            for i, kind in later_notes(self.session, self.now, self.workdays)
        ]
        # The user's own texts come first, so the generated ones steer clear of them.
        for i, person in enumerate(self.session.interviewers):
            for saved in person.notes:
                if (i, saved.method, saved.kind) != fresh:
                    self.panel_grams |= _ngrams(saved.body)
        for key in [*keys, *([fresh] if fresh is not None and fresh not in keys else [])]:
            self.written[key] = self.note(*key, fresh=key == fresh)
        return [self.written[key] for key in keys]

    def note(self, index: int, method: Method, kind: NoteKind, fresh: bool) -> ComposedNote:
        person = self.session.interviewers[index]
        saved = person.note_for(method, kind)
        if saved is not None and not fresh:
            return ComposedNote(
                interviewer=person.name,
                interviewer_index=index,
                method=method,
                kind=kind,
                subject=saved.subject if method is Method.EMAIL else None,
                body=saved.body,
                edited=True,
                status=saved.status,
                to=self.address(person) if method is Method.EMAIL else "",
                stage=self.stage,
            )
        facts = self.people[index]
        self.method = method
        if kind is NoteKind.FOLLOW_UP:
            subject, body, advice = self.follow_up(facts)
        elif kind is NoteKind.LAST_FOLLOW_UP:
            subject, body, advice = self.last_follow_up(facts)
        elif kind is NoteKind.REPLY:
            subject, body, advice = self.reply(facts)
        elif method is Method.EMAIL:
            subject, body, advice = self.email(facts)
        elif method is Method.CALL:
            subject, body, advice = None, self.call(facts), []
        else:
            subject, (body, advice) = None, self.card(facts, gift=method is Method.GIFT)
        if self.future:
            advice.insert(0, self.future_warning())
        return ComposedNote(
            person.name,
            index,
            method,
            kind,
            subject,
            body,
            advice=tuple(dict.fromkeys(advice)),
            to=self.address(person) if method is Method.EMAIL else "",
            stage=self.stage,
        )

    @staticmethod
    def address(person: Interviewer) -> str:
        """The To: line's value: name and address, or "" when there is no address."""
        email = " ".join(person.email.split())
        return address_line(" ".join(person.name.split()), email) if email else ""

    def future_warning(self) -> str:
        day = self.interview_day
        return (
            f"The interview date ({en.weekday_name(day)} {en.day_month(day)}) is still ahead: "
            "thank-you notes are for interviews that happened. "
            "Check the date on the Interview step."
        )

    # -- the thank-you email ----------------------------------------------------------------

    def allowed_words(self, facts: _PersonFacts, extra: Iterable[str] = ()) -> Counter[str]:
        """How often the user's own words already use each word: templates may not add more."""
        texts = [self.interest.text, facts.greeting]
        texts += [p.text + " " + why for p, why in facts.points]
        if facts.qual is not None:
            texts.append(facts.qual.text)
        texts += list(extra)
        return Counter(en.content_words(" ".join(texts)))

    def email(self, facts: _PersonFacts) -> tuple[str, str, list[str]]:
        # The subject names the role in full; the body by its name alone ("Staff Lawyer
        # (Immigration & Refugee Law)" in both read as a form filled in, read 40).
        full = {k: self.facts[k] for k in ("role", "a_role")}
        short = en.role_name(full["role"])
        if short != full["role"]:
            self.facts.update(role=short, a_role=en.as_role(short) if "," not in short else "")
        try:
            body, advice = self.email_body(facts)
        finally:
            self.facts.update(full)
        subject_slot = "subject.offer" if self.stage is Stage.OFFER else "subject.thanks"
        return self.one(subject_slot, facts.index), body, advice

    def email_body(self, facts: _PersonFacts) -> tuple[str, list[str]]:
        points = list(facts.points)
        advice = (
            [
                f"Only three points are used for {facts.colleague or 'this person'}, to keep the "
                f"note short; left out: “{u}”."
                for u in facts.unused
            ]
            + [_kept_out(u) for u in facts.private]
            + [
                f"“{u}” is left out: your note beside it asks to keep it out of the note."
                for u in facts.withheld
            ]
        )
        # A point said plainly beside one woven in with its reason reads as tacked on ("I
        # also enjoyed hearing about X": every cold reader marked it). Where the note is long
        # enough without it, it is left out, and the preview says how to bring it back.
        # A reader who also gets a card: the last point with a reason of its own is kept for
        # the card, where the email is long enough without it (read 36 and round 20: a card
        # that said the email's point and reason again read as a copy to the one reader).
        carded = Method.HANDWRITTEN in self.session.methods_for(facts.person)
        # (only where the email keeps a point with a reason of its own, or a strength beside it)
        reasoned = [pt for pt in points if pt[1]]
        for_card = (
            [pt for pt in reasoned[1:] if pt[1] != facts.woven]
            if carded and len(points) >= 3 and len(reasoned) >= 2
            else []
        )
        if for_card:
            kept = [pt for pt in points if pt is not for_card[-1]]
            if self.fullest(facts, kept, rounds=1)[0].words() >= self.email_words[0]:
                points = kept
                advice.append(
                    f"“{for_card[-1][0].typed}” is kept for the card, so the card says "
                    "something the email does not."
                )
        spare = self.spare_points(points)
        # All of them where the note is long enough without; else all but the first typed
        # (two plain points beside a woven one read as a list pushed through templates, read
        # 34, where one plain point beside it did not).
        for left_out in (spare, spare[1:]) if len(spare) > 1 else (spare,):
            if not left_out:
                break
            kept = [pt for pt in points if pt not in left_out]
            # (long enough in the fuller wordings)
            draft, body = self.fullest(facts, kept, rounds=1)
            if draft.words() >= self.email_words[0]:
                points = kept
                advice += [
                    f"“{point.typed}” is left out: said without a reason beside a point with "
                    "one, it read as tacked on. A few words on why it stayed with you "
                    "(Interviewers step, under the point) bring it back."
                    for point, _ in left_out
                ]
                break
        while True:
            draft, body = self.fullest(facts, points)
            if draft.words() <= self.email_words[1] or len(points) <= 1:
                break
            dropped, _ = points.pop()
            advice.append(
                f"“{dropped.typed}” was left out to keep the email under "
                f"{self.email_words[1]} words; edit the note if it matters more than the others."
            )
        self.keep(draft, facts.index)
        told = [p.typed for p, why in points if why and en.why_is_experience(why)]
        said = any(q.text in body for q in self.quals)
        if len(told) >= 2 and not said and self.quals and self.stage is not Stage.OFFER:
            # (A user noticed that none of their strengths appeared, and wondered why.)
            advice.append(
                f"No strength is added: your reason for “{told[0]}” already tells of your own "
                "work, and a strength on top would read as a CV list."
            )
        if draft.words() < THIN_WORDS:
            advice.append(self.thin_advice(facts))
        else:
            # A point without a why can only be said plainly ("It was also good to learn
            # about X"); readers took that for pasted. Say how to let it say more.
            plain = [p.typed for p, why in points if not why]  # (a strength beside it is one)
            if plain and self.stage is not Stage.OFFER:
                advice.append(
                    f"“{plain[0]}” is said plainly: a few words on why it stayed with you "
                    "(Interviewers step, under the point) let the note say why it mattered."
                )
        return body, advice

    def spare_points(self, points: list[tuple[Fitted, str]]) -> list[tuple[Fitted, str]]:
        """Plain points a note can do without: those beside a point woven in with a reason
        (the user's why, or a strength), other than one said with the interest."""
        if self.stage is Stage.OFFER or not any(why for _, why in points[:MAX_POINTS]):
            return []
        heard = self.heard_point(points)
        return [(p, why) for p, why in points[:MAX_POINTS] if not why and p is not heard]

    def fullest(
        self, facts: _PersonFacts, points: list[tuple[Fitted, str]], rounds: int = 5
    ) -> tuple[_Draft, str]:
        """The email for these points; a short one says the same things in the fuller of the
        good wordings, and then, if still short, says where a point might go next (`rounds`
        of `self.long`)."""
        draft, body = self.checked(lambda banned: self.email_draft(facts, points, banned))
        chosen = 0  # the round whose draft is kept
        kept = (False, False)  # … and whether it dropped the offer of more, or fused it
        for fuller in range(1, rounds + 1):
            # Only a note with something to say is made fuller: a thin one is left short and
            # the preview says what to add. An offer note needs no strength: the job is theirs
            # (at 88 words, read 24 marked one short).
            if draft.words() >= self.email_words[0] or (
                facts.qual is None and self.stage is not Stage.OFFER
            ):
                break
            self.long = fuller
            longer = self.checked(lambda banned: self.email_draft(facts, points, banned))
            self.long = 0
            # (A later round can come out shorter, where its fuller wordings failed the note's
            # own check: the fuller of the two is kept, never one that fails the check over
            # one that passes it — a run shared with a colleague's note for a few words more.)
            if (_passes(longer[0]), longer[0].words()) > (_passes(draft), draft.words()):
                draft, body = longer
                chosen = fuller
        if chosen and draft.words() >= self.email_words[0] and self.extra_said(draft):
            # The same round without its offer of more, where the note is long enough without
            # it: "I am happy to answer any other questions … I hope to hear from you soon"
            # stacked two stock lines on a note that did not need the first (read 17).
            # Where it is not, the offer and the close in one sentence: as two, they read as
            # stock lines stacked (reads 30 and 32).
            tries = [(True, False)] + ([(False, True)] if self.fuses_close else [])
            for plain, fused in tries:
                self.no_extra, self.fuse, self.long = plain, fused, chosen
                plainer = self.checked(lambda banned: self.email_draft(facts, points, banned))
                self.no_extra, self.fuse, self.long = False, False, 0
                if plainer[0].words() >= self.email_words[0] and _passes(plainer[0]):
                    draft, body = plainer
                    kept = (plain, fused)
                    break
        if self.opening_slot(facts.index, short=True) != self.opening_slot(facts.index):
            # A panel member after the first: the shorter thanks, where the note stays long
            # enough and passes its own check with it (see `opening.panel`).
            self.no_extra, self.fuse, self.long = *kept, chosen
            self.open_short = True
            shorter = self.checked(lambda banned: self.email_draft(facts, points, banned))
            self.no_extra, self.fuse, self.long, self.open_short = False, False, 0, False
            if (
                shorter[0].words() >= self.email_words[0]
                and _passes(shorter[0])
                and en.thanks_count(shorter[1].split("\n\n", 1)[-1])
                and _seams(shorter[0]) <= _seams(draft)  # (no wording it weighs less well)
            ):
                draft, body = shorter
        return draft, body

    def extra_said(self, draft: _Draft) -> bool:
        """Whether the draft makes one of the closing offers of more ("extra")."""
        extras = set(self.bank.templates("extra", self.tone))
        return bool(draft.templates & extras)

    def checked(self, write: Callable[[set[str]], tuple[_Draft, str]]) -> tuple[_Draft, str]:
        """Write a note, read it back with its own check, and write it again without the
        sentences that failed: generate, then select."""
        banned: set[str] = set()
        for _ in range(8):
            draft, body = write(banned)
            failed = draft.audit(draft.sign_off)
            if not failed or failed <= banned:
                break
            banned |= failed
        return draft, body

    def least_said(self, facts: _PersonFacts) -> Fitted:
        """For a reader told a strength only because the note is short: the one the notes
        written so far say least, so the panel hears each before any twice."""
        # Every other reader's note says theirs; a reader told like this one, only if written.
        said = Counter(p.qual.text for p in self.pitched if p.qual and p not in self.told)
        told = {p.index for p in self.told}
        said.update(
            q.text
            for (i, method, _), note in self.written.items()
            if i in told and method in (Method.EMAIL, Method.CALL)  # (a card's word of fit
            # is its own: the strengths are spread over the notes that pitch)
            for q in self.quals
            if q.text in note.body or (en.deed_gerund(q.text) or q.text) in note.body
        )  # (a deed may be said as an -ing phrase: "comes from leading a team of 8 …")
        own = [why for _, why in facts.points if why]
        return min(self.quals, key=lambda q: (_told_in(q, own), said[q.text], q is not facts.qual))

    def new_draft(self, facts: _PersonFacts, banned: set[str]) -> _Draft:
        draft = _Draft(
            self.allowed_words(facts), self.panel_grams, self.used_templates(facts.index), banned
        )
        draft.fact_words = self.fact_words
        draft.both_names = self.both_names
        draft.role = self.facts["role"]
        return draft

    def email_draft(
        self, facts: _PersonFacts, points: list[tuple[Fitted, str]], banned: set[str]
    ) -> tuple[_Draft, str]:
        index = facts.index
        draft = self.new_draft(facts, banned)
        offer = self.stage is Stage.OFFER
        layout = LAYOUTS[(zlib.crc32(self.seed.encode("utf-8", "surrogatepass")) + index) % 4]
        if facts.qual_tied:  # the fit follows the point it speaks to
            layout = layout.replace(" Q", "").replace("| |", "|").replace("P", "P Q", 1)
        others = self.others(index)
        # File each part under its place; the user's words are counted before any sentence is
        # chosen, so the sentences around them steer clear of the words those already use.
        places: dict[str, tuple[int, int]] = {}
        paragraph = 0
        for position, part in enumerate(layout.split()):
            if part == "|":
                paragraph += 1
            else:
                places[part] = (paragraph, position)
        draft.reserve(self.carried(facts, points))
        for point, _ in points:  # (a card to this reader, written first, told it one way)
            draft.told += self.openings_told(index, point.text)
        # A point said with no reason can be the reason for the interest instead ("Hearing about
        # X made me keener still on Y"): woven in, not tacked on.
        heard = self.heard_point(points)
        own_sentences = [pt for pt in points if heard is None or pt[0] is not heard]
        opening = ""
        interest_said = False  # with the strength, in the Q part
        for part in sorted(places, key="OFPQCIX".index):
            draft.place = places[part]
            if part == "O":
                # A phone or video email says how you met (the opening names it).
                remote = self.session.interview.format is not Format.IN_PERSON
                opening = self.pick(
                    draft, self.opening_slot(index), index, needs=REMOTE if remote else frozenset()
                )
                if offer:
                    self.pick(draft, "offer_reaction" + self.accepted, index)
            elif part == "F" and self.session.interview.format is not Format.IN_PERSON:
                # A word for the format only where the opening did not name it: after "the
                # video call", "time for a video call" repeats it (readers noticed).
                named = self.facts["by"] in opening or self.facts["medium"] in opening
                if not offer and not named:
                    self.pick(draft, "format_note", index)
            elif part == "P":
                if own_sentences or heard is None:
                    self.point_sentences(draft, index, own_sentences, woven=facts.woven)
            elif part == "Q" and facts.qual is not None and not offer:
                # One why that tells of the candidate's work ("because I did the same migration
                # at DHL") is a story, not a strength: readers marked every email without one
                # (read 20, read 21: "Fit 0, no qualification"), so such a reader is told the
                # strength the notes say least, one their why does not already tell. Two such
                # stories are the fit already; a strength on top reads as a CV recital.
                told = facts in self.told
                stories = sum(bool(why) and en.why_is_experience(why) for _, why in points)
                if not facts.qual_woven and (stories < 2 or self.long >= 2):
                    qual = self.least_said(facts) if told else facts.qual
                    # (a credential is held, not done: "This connects with what I have done
                    # before, as I hold a BBA …" read as an empty claim, read 20)
                    tied = facts.qual_tied and not qual.text.startswith("I hold ")
                    slot = "qual.tied" if tied else "qual.role"
                    deed = qual.text if qual.shape is Shape.ACTION else None
                    interest = self.interest_for("interest", index)
                    fields: dict[str, str | None] = {
                        "qual": qual.text,
                        "deed": deed,
                        "state": None if deed else qual.text,
                        "doing": (en.deed_gerund(deed) or None) if deed else None,
                    }
                    # "I am a site lead on a £14m tidal wall, which I would bring …": the
                    # wall, not the candidate, is what "which" would stand for
                    avoid = (
                        (_WHICH if qual.text.startswith(("I am a ", "I am an ")) else ())
                        + (_HELD if qual.text.startswith(("I am ", "I hold ")) else ())
                        # (a strength with an "and" of its own takes no second one)
                        + (_AND + _WHICH if ", and " in qual.text else _ALL_OF)
                        # ("…, where I ran concussion baselines for 110 athletes, which I
                        # would be glad to put to work": the athletes, read round 23)
                        + (_WHICH if re.search(r", (?:where|when|which|who)\b", qual.text) else ())
                        + (("do the same",) if en.tells_of_mishap(qual.text) else ())
                        # ("I speak conversational Irish; it is the experience I would build
                        # on": languages are not experience, nor a grounding)
                        + (_EXPERIENCE if qual.text.startswith("I speak ") else ())
                    )
                    if (
                        slot == "qual.role"
                        and heard is None
                        and interest is not None
                        and self.may_say_strength_with(interest, qual, index)
                    ):
                        interest_said = bool(
                            self.pick(
                                draft,
                                "qual.interest",
                                index,
                                avoid=avoid,
                                carries=f"{qual.text} {interest.text}",
                                fields={**fields, "interest": interest.text},
                                optional=True,
                                # (the interest's words are in every note of a panel: a run
                                # of them costs a little; an echo, 40, is never paid)
                                limit=2 * PANEL_RUN,
                            )
                        )
                    if interest_said:
                        self.strength_with_interest = index
                    else:
                        self.pick(draft, slot, index, avoid=avoid, carries=qual.text, fields=fields)
            elif (
                part == "C"
                and others
                and self.stage is not Stage.PHONE_SCREEN
                # (in every other note of a panel, or where a note needs the words: "It was
                # good to meet Maarten, Deniz and Jonas too" in each of four notes read as a
                # roll call to read 15)
                and (index % 2 == 0 or self.long >= 2)
            ):
                # Up to three by name, as a person would write; a larger panel as a whole.
                # (At the same bar in a short note as in any other: a note a few words short
                # lost its colleagues and gained a stock offer instead.)
                if len(others) <= 3:
                    names = en.join_names(others)
                    self.pick(
                        draft, "panel.few", index, optional=True, limit=OPTIONAL_LIMIT, others=names
                    )
                else:
                    self.pick(draft, "panel.many", index, optional=True, limit=OPTIONAL_LIMIT)
            elif part == "I" and not interest_said:
                group = "offer_interest" if offer else "interest"
                self.interest_sentence(draft, index, group, heard=heard)
            elif part == "X":
                offered = fused = ""
                # (the decision date in every other note of a panel, here as in the close)
                decision = "" if self.is_panel and index % 2 == 1 else self.decision
                if self.fuse and not offer:
                    # The offer and the close in one sentence where one fits: as two, they
                    # read as stock lines stacked (read 30, 32)
                    fused = self.pick(
                        draft,
                        "close.offering",
                        index,
                        optional=True,
                        limit=OPTIONAL_LIMIT,
                        needs=frozenset({"decision"}) if decision else frozenset(),
                        avoid=self.no_next_step,
                        decision=decision or None,
                    )
                if self.long >= 3 and not offer and not self.no_extra and not fused:
                    offered = self.pick(draft, "extra", index)
                if not fused:
                    self.closing(draft, index, offered)
        return draft, self.letter(draft, facts, "sign_off")

    @property
    def is_panel(self) -> bool:
        """Whether the notes go to a panel of two or more."""
        return self.session.interview.panel and len(self.people) > 1

    def opening_slot(self, index: int, *, short: bool | None = None) -> str:
        """The first reader of a panel hears the role's full title; the others a shorter
        thanks (see `opening.panel`), at a first or final interview."""
        later = index != self.people[0].index if self.people else False
        # (Only where the note is long enough without the title: a note a few words short
        # says the occasion in full rather than gain a stock line. See `fullest`.)
        short = self.open_short if short is None else short
        if self.is_panel and later and self.stage in (Stage.INTERVIEW, Stage.FINAL) and short:
            return "opening.panel"
        return OPENING_SLOT[self.stage]

    @property
    def fuses_close(self) -> bool:
        """Whether the offer of more and the close may be said in one sentence: not where
        the user wrote wordings of their own for either."""
        return not self.bank.rewritten & {"extra", "close.offering", *CLOSE_SLOT.values(),
                                          "close.dated"}  # fmt: skip

    def closing(self, draft: _Draft, index: int, offered: str) -> None:
        """The email's last sentences after any offer of more (`offered`)."""
        offer = self.stage is Stage.OFFER
        if self.long >= 5 and not offer and not self.no_extra:
            # A last round, for a note a few words short when every fuller wording
            # was taken by a colleague's note: one more concrete offer.
            self.pick(draft, "extra", index + 1, optional=True, limit=PANEL_RUN)
        # After a concrete offer, the close looks ahead rather than offering again
        # ("… examples of my work if they would help. Whatever the next step is, I
        # am happy to share anything else": readers marked the pair as stacked).
        # The decision date in every other note of a panel: four notes each offering more
        # "before 2 December" read as one letter reworded (read 33). (Not the offer of more
        # with it: a note a few words short then filled the gap with stock lines.)
        plain = self.is_panel and index % 2 == 1
        ahead: tuple[str, ...] = _OFFERING if offered else ()
        dated = ""
        if self.decision and not offer and not plain:
            dated = self.pick(
                draft, "close.dated", index, optional=True, avoid=ahead, decision=self.decision
            )
        # Where they stand: an offer not yet accepted is being read (cold readers asked
        # whether the candidate meant to accept) …
        if (
            offer
            and not self.accepted
            and self.pick(draft, "offer_next", index, optional=True, limit=PANEL_RUN)
        ):
            # … and the close does not promise to be in touch again ("I will … come back to
            # you with any questions. I shall be in touch shortly to confirm the
            # arrangements" said it twice, and took the answer for granted: read 34)
            ahead += _IN_TOUCH
        if not dated:
            close = "close.accepted" if self.accepted else CLOSE_SLOT[self.stage]
            self.pick(draft, close, index, avoid=ahead + self.no_next_step)

    def point_sentences(
        self,
        draft: _Draft,
        index: int,
        points: list[tuple[Fitted, str]],
        limit: int = MAX_POINTS,
        woven: str = "",
    ) -> None:
        """`woven` is the qualification given as a point's reason: in a short note, what that
        experience means for the role follows that sentence, where "that" is clear."""
        if not points:
            self.pick(draft, "point.none", index)
            return
        deed = woven if woven and self.qual_is_deed(woven) else None
        points = self.kindnesses_together(points[:limit])
        for n, (point, why) in enumerate(points):
            shape = point.shape.value
            if _owed_thanks(point, why):
                # "the flexibility you offered": thank them for it, at any stage ("I came
                # away with a better sense of the flexibility you offered" read oddly)
                shape = "offer_topic"
            elif self.stage is Stage.OFFER and not why and shape in ("topic", "concern"):
                shape = "offer_info"  # what they told you about the job you are offered
            # "you sorted parking and sent the contract draft": done for the candidate, and
            # thanked for ("I have been thinking about what you said: you sorted …" read 5)
            done = en.their_deed(point.text) if point.shape is Shape.SAID else ""
            if done:
                shape = "kind_deed"
            elif point.shape is Shape.SAID and en.is_feedback(point.text):
                shape = "feedback"  # (a criticism of the candidate's work, taken as such)
            elif point.shape is Shape.SAID and en.is_shared(point.text):
                shape = "shared"  # (found in common: not news they told)
            slot = f"point.{shape}" + ("_why" if why else "")
            if why and en.why_is_quote(why):
                slot = f"point.{shape}_quote"  # (their words: said back as theirs)
                if not self.bank.has(slot):
                    slot, why = f"point.{shape}", ""
            elif why and en.why_is_event(why):
                # what happened when it came up, told as a moment, never as its reason
                if shape == "said" and _DONE_WITH_ME.match(point.text):
                    shape = "done"  # ("When you had me shoe a yearling …, it took me …")
                slot = f"point.{shape}_event"
                if not self.bank.has(slot):  # (no such moment for this shape: said plainly)
                    slot, why = f"point.{shape}", ""
            also = "also" if n == 1 else ""  # (twice, "also … also" read as a list)
            values: dict[str, str | None] = {
                "point": done or point.text, "why": why, "also": also, "is": point.verb_is,
            }  # fmt: skip
            if woven and why == woven and _only_held(woven):
                # A credential is held, not work: "When you told me about the men's shed drama
                # group, it touched on my own work, as I hold an MA in Drama" was a non
                # sequitur (round 23, three notes). The point plainly, the strength after it.
                self.plain_point(draft, point, shape, index + n, also)
                self.pick(
                    draft,
                    "qual.role",
                    index,
                    carries=woven,
                    fields={"qual": woven, "deed": None, "state": woven, "doing": None},
                    avoid=_HELD + _WHICH,
                )
                continue
            if woven and why == woven and self.bank.has(f"point.{shape}_own"):
                # A strength beside the point, not a reason for it: a likeness, not a cause.
                slot = f"point.{shape}_own"
                # (no "also": "it also touched on my own work" followed no other such link, and
                # readers asked what it was also to, read 38)
                values = {
                    "point": point.text, "qual": why, "also": "", "is": point.verb_is,
                    "deed": deed, "state": None if deed else why,
                }  # fmt: skip
            said = self.pick(
                draft,
                slot,
                index + n,
                carries=f"{point.text} {why}",
                fields=values,
                # "Markdowns on fresh at 6pm caught my attention" spoke to nobody: a point
                # that is not the reader's in so many words goes where "you" says whose it is
                needs_you=not _YOU.search(point.text),
                # "Hearing more about the shadow shift, the footy comp on the fridge helped":
                # a point with a comma of its own is never a subject (read 20)
                # (nor one ending on a particle: "your question in Italian halfway through
                # spoke to …" reads as a preposition before a verb)
                last="point"
                if re.search(
                    r",(?![^()]*\))|\b(?:through|in|out|up|over|off|on|around)$", point.text
                )
                else "",
                # ("the outage and what you learned and how I could help": one "and" too many;
                # "your point that you liked the footsteps", "When you said that you agreed":
                # the reader twice over, read 17)
                avoid=(("{point} and",) if " and " in point.text else ())
                + (_YOU_SAID if point.text.startswith(("you ", "you'")) else ())
                # ("your take on your team's month-end crunch": "your" twice, walk)
                + (_YOUR_TAKE if point.text.startswith("your ") else ())
                # (one helps with queues, not with "your worry about queues", nor with "how you
                # are clearing the backlog", read 24)
                + (_HELP_WITH if _NOT_HELPED.match(point.text) else ())
                # ("It helped to hear about your idea of a repair café, because I ran one":
                # a story of the candidate's is no cause of the hearing, read 25)
                + (
                    _HEARD_BECAUSE
                    if why and en.why_is_experience(why)
                    else ("I thought of my own experience",)
                ),
            )
            if not said and slot.endswith("_own"):
                # no wording of the likeness fits this point ("the cost … and their contract"
                # takes no "is"): the point is said plainly rather than lost
                self.plain_point(draft, point, shape, index + n, also)
            # (No echo of the strength after it: "It is exactly the background I would draw on
            # in this job" read as an empty claim of fit, read 26; a short note says so instead.)
            elif (
                limit > 1
                and n == 0
                # (after a reason of the user's, a stock follow-up reads as filler: "…, as I
                # had exactly that in October. It is a question I would enjoy exploring with
                # the team." read 21)
                and not why
                and (self.long >= 2 or (self.long and len(points) == 1))
                and self.bank.has(f"point_follow.{shape}")  # none after a bare topic: "where
                # that goes next" made no sense after a policy, readers found
            ):
                self.pick(draft, f"point_follow.{shape}", index, optional=True)

    def plain_point(self, draft: _Draft, point: Fitted, shape: str, index: int, also: str) -> str:
        """A point said plainly, with no reason beside it."""
        return self.pick(
            draft,
            f"point.{shape}",
            index,
            carries=point.text,
            fields={"point": point.text, "also": also, "is": point.verb_is},
            needs_you=not _YOU.search(point.text),
        )

    @staticmethod
    def kindnesses_together(points: list[tuple[Fitted, str]]) -> list[tuple[Fitted, str]]:
        """Two things they did for the candidate, thanked for in one sentence ("Thank you for
        your advice on the certification path and the take-home feedback"): thanked for one by
        one, with the opening's thanks, a note thanked three times."""
        kind = [n for n, (p, why) in enumerate(points) if _owed_thanks(p, why)]
        if len(kind) < 2:
            return points
        first, second = points[kind[0]][0], points[kind[1]][0]
        both = Fitted(f"{first.text} and {second.text}", first.shape, first.typed)
        return [
            (both, "") if n == kind[0] else pair for n, pair in enumerate(points) if n != kind[1]
        ]

    def may_say_strength_with(self, interest: Fitted, qual: Fitted, index: int) -> bool:
        """Whether an untied strength may be said with the interest in reader `index`'s note."""
        return (
            interest.shape is Shape.GERUND
            # (one reader of a panel: two notes with "… I would welcome the chance to apply
            # that to …" read as one)
            and self.strength_with_interest in (None, index)
            # (one sentence where two stood: a note still short says both)
            and self.long < 2
            # (a strength is not applied to a move, "moving into outbreak investigation", nor
            # is a language an experience put to work)
            and not en.names_a_move(interest.text)
            and not qual.text.startswith("I speak ")
        )

    def qual_is_deed(self, text: str) -> bool:
        """Whether a qualification's clause is something done ("I led X"), which reads after
        "when" ("reminded me of when I led X"); "I am fluent in X" does not."""
        return any(q.text == text and q.shape is Shape.ACTION for q in self.quals)

    def heard_point(self, points: list[tuple[Fitted, str]]) -> Fitted | None:
        """The point to say with the interest: a plain topic (no why of the user's, no strength
        beside it) about the same thing as the interest ("your idea of a text message when a
        crossing is delayed" and "moving every crossing to mobile passes"). Only then: said of
        an unrelated point ("training staff on the espresso machine made me keener on opening
        the new store") the link is one the user never made."""
        interest = self.interest
        if interest.shape not in (Shape.GERUND, Shape.NOUN) or not interest.text:
            return None
        plain = [
            p
            for p, why in points[:MAX_POINTS]
            if not why
            and p.shape is Shape.TOPIC
            and not en.is_kindness(p.text)
            and "," not in p.text  # (two things jotted: "relocating to Grasse, housing … is
            # hard left me all the more drawn to …" claimed the hard part drew them, read 35)
        ]  # (a kindness, "the flexibility you offered", is thanked for, not heard about)
        related = [p for p in plain if _fit_scores([p.text], [interest.text], self.common)[0]]
        if related:
            return related[-1]
        # With nothing else to tie it to, a plain point is still better said as what left the
        # candidate keener than tacked on: read 24 scored "I liked hearing your thoughts on
        # property-based testing" a 0, and a point said with the interest a 2. (Only in the
        # wordings that claim no more than that: `_LOOSELY_HEARD`.) Only a point about work of
        # some field: "his cycling club" made no one keener on a delivery app. And only where
        # no point of the note is said with a reason: beside one that is, read 26 found the
        # link bolted on ("Kafka … made the prospect of … even more appealing").
        work = [p for p in plain if any(w.startswith("#") for w in _topic(p.text))]
        said = [p for p, why in points[:MAX_POINTS] if not en.is_kindness(p.text)]
        return work[-1] if work and len(plain) == len(said) else None

    def is_loosely_heard(self, point: Fitted, interest: Fitted | None = None) -> bool:
        """Whether the point said with the interest (as this note says it: a colleague's
        head of it may leave out what the two share) is about something else than it."""
        said = (interest or self.interest).text
        return not _fit_scores([point.text], [said], self.common)[0]

    def interest_sentence(
        self,
        draft: _Draft,
        index: int,
        group: str,
        person: int | None = None,
        heard: Fitted | None = None,
    ) -> None:
        """`index` rotates the wording; `person` (default `index`) is whose note it is;
        `heard`, a point to say with the interest (said on its own where it cannot be)."""
        person = index if person is None else person
        interest = self.interest_for(group, person)
        # After a call, one did not walk out of anywhere: "I left keen …" read as a slip.
        remote = self.session.interview.format is not Format.IN_PERSON
        gone = _LEFT_THE_ROOM if remote else ()
        if heard is not None:
            if interest is not None and self.pick(
                draft,
                f"{group}_point",
                index,
                carries=f"{heard.text} {interest.text}",
                last="interest" if "," in interest.text else "",
                fields={"point": heard.text, "interest": interest.text, "is": heard.verb_is},
                avoid=_LOOSELY_HEARD if self.is_loosely_heard(heard, interest) else _ONLY_LOOSELY,
                optional=True,
                limit=3 * PANEL_RUN,
            ):
                return
            self.point_sentences(draft, index, [(heard, "")], limit=1)
        if interest is None:
            self.pick(draft, f"{group}.none", index, avoid=self.no_next_step + gone)
            return
        shape = interest.shape if interest.shape in (Shape.GERUND, Shape.CLAUSE) else Shape.NOUN
        values: dict[str, str | None] = {"interest": interest.text, "is": interest.verb_is}
        said = self.pick(
            draft,
            f"{group}.{shape.value}",
            index,
            carries=interest.text,
            # (a phrase ending in its own verb, "where the next bottleneck is", cannot be a
            # subject either: "… is is something I would be proud of")
            last="interest" if "," in interest.text or _ENDS_IN_VERB.search(interest.text) else "",
            # one joins a team; one does not "work on" it, nor is it "work I would be proud of"
            avoid=(_WORK_ON if shape is Shape.NOUN and en.names_a_group(interest.text) else ())
            # ("your repair scheme for parents is where I want to work": a place or a team is)
            + (_WHERE_I_WORK if shape is Shape.NOUN and not en.names_a_group(interest.text) else ())
            + (_A_MOVE if en.names_a_move(interest.text) else ())
            + gone,
            fields=values,
            optional=True,
            limit=3 * PANEL_RUN,
        )
        short = self.interest_short
        if not said and short is not None and short.text != interest.text:
            # … its head first, still the user's words (a card to a reader whose email said
            # it whole: "Yours is a team I would be proud to join" stood in for it, a walk)
            shape = short.shape if short.shape in (Shape.GERUND, Shape.CLAUSE) else Shape.NOUN
            said = self.pick(
                draft,
                f"{group}.{shape.value}",
                index,
                carries=short.text,
                fields={"interest": short.text, "is": short.verb_is},
                avoid=gone + (_A_MOVE if en.names_a_move(short.text) else ()),
                optional=True,
                limit=3 * PANEL_RUN,
            )
        if not said:
            # Every wording would share runs with notes already written (a large panel,
            # each with a card): say it in other words rather than copy. (Only then: at a
            # lower bar, three of four panel notes lost the user's own words.)
            self.pick(draft, f"{group}.none", index, avoid=self.no_next_step + gone)

    @property
    def no_next_step(self) -> tuple[str, ...]:
        """After a final round the next thing is a decision, not a stage ("… the final
        interview … I would be delighted to progress to the next stage" read as a slip); so
        is it after an interview with a date set for the decision (read 17)."""
        decided = self.decision and self.stage is Stage.INTERVIEW
        return _NEXT_STEP if self.stage is Stage.FINAL or decided else ()

    def interest_for(self, group: str, person: int) -> Fitted | None:
        """The interest in the words this reader's note says it in; None: in other words."""
        interest = self.interest
        # Interviewers compare notes: a long interest phrase (more than eight words beyond
        # the company's name and the role) is said whole to one member of a panel, as two
        # notes saying it would share a run of nine; the rest get its head ("building the
        # software that keeps robots safe", without "around people") or, when it has none,
        # restate their interest in other words. Seven or eight words go whole to that reader
        # too, the rest taking a head of six where there is one (two notes with a word the
        # same around it share a run; with cards, six notes could not all find different
        # words); a shorter one is the candidate's own words in every note (readers marked
        # the generic restatement down).
        panel = len(self.session.interviewers) > 1 and group != "follow_up.interest"
        if not interest.text:
            return None
        colleague = panel and person != self.interest_holder
        if colleague and (self.interest_words > 8 or (self.interest_short and self.long < 4)):
            short = self.interest_short
            return self.yours(short, person) if short is not None else None
        return self.yours(interest, person)

    def yours(self, interest: Fitted, person: int) -> Fitted:
        """The interest as said to `person`: "learning from Marie-Claire's team" is "from your
        team" in a note to Marie-Claire (read 35)."""
        if not 0 <= person < len(self.session.interviewers):
            return interest
        name = self.session.interviewers[person].name
        first, last = en.name_parts(name)
        said = interest.text
        # (and by a title the name carries: "with Chef's seasonal menus", to the Chef)
        title = name.split()[0] if len(name.split()) > 2 else ""
        for name in filter(None, (f"{first} {last}".strip(), first, title.rstrip("."))):
            said = re.sub(rf"\b{re.escape(name)}['’]s\b", "your", said)
        # (and by the title they are greeted with: "learning proper restoration from the
        # Maestro", to the Maestro, is "from you", round 21)
        greeted = self.session.interviewers[person].salutation.split()
        if len(greeted) == 2 and greeted[0][:1].isupper() and not en.parse_name(greeted[0]).title:
            said = re.sub(rf"\bthe {re.escape(greeted[0])}['’]s\b", "your", said)
            said = re.sub(
                rf"\b(from|with|to|for|by|under) the {re.escape(greeted[0])}\b", r"\1 you", said
            )
        return interest if said == interest.text else replace(interest, text=said)

    def used_templates(self, index: int) -> set[str]:
        return self.used_by_method.get(self.method, set()) | self.used_by_person.get(index, set())

    def keep(self, draft: _Draft, index: int) -> None:
        """A finished note: the notes after it steer clear of its wording."""
        self.panel_grams |= draft.grams()
        self.used_by_method.setdefault(self.method, set()).update(draft.templates)
        self.used_by_person.setdefault(index, set()).update(draft.templates)

    def carried(self, facts: _PersonFacts, points: list[tuple[Fitted, str]]) -> list[str]:
        """The user's words a note will carry: its points and whys, qualification, interest."""
        texts = [f"{p.text} {why}" for p, why in points[:MAX_POINTS]]
        if facts.qual is not None and self.stage is not Stage.OFFER and not facts.qual_woven:
            texts.append(facts.qual.text)
        return [*texts, self.interest.text]

    def others(self, index: int) -> list[str]:
        """The other panel members, as this note's reader would hear them named."""
        if not self.is_panel:
            return []
        named = [p for p in self.people if p.index != index and p.colleague]
        # A formal note names colleagues as their own notes greet them ("Mr Pryce and Dr.
        # Okonjo": "Gareth" beside "Dr. Okonjo" read as a slip); a warm one by first name.
        # Never by full name ("Erika Lindqvist and Jonas Berg" read as a list of attendees).
        if self.tone is Tone.FORMAL:
            # … but one with no title to go on is not "Olivia" beside "Mr Llewellyn": by
            # full name, as one names someone whose title one does not know.
            alone = [len(p.greeting.split()) == 1 for p in named]  # a first name only
            names = [
                " ".join(p.person.name.split()) if first and not all(alone) else p.greeting
                for p, first in zip(named, alone, strict=True)
            ]
            # One note, one way of writing titles: not "Dr. Achterberg and Mr Pillai".
            return en.titles_alike(names, self.people[index].greeting)
        return [p.colleague for p in named]

    def letter(
        self, draft: _Draft, facts: _PersonFacts, sign_off_slot: str, signature: str | None = None
    ) -> str:
        # No name yet (a person just added): "Hello," rather than "Dear there,".
        greeting = self.one("greeting", 0, name=facts.greeting) if facts.greeting else "Hello,"
        first_name_only = " " not in facts.greeting and self.tone is Tone.FORMAL
        if first_name_only and self.bank.has(f"{sign_off_slot}.first_name"):
            sign_off_slot = f"{sign_off_slot}.first_name"
        sign_off = self.pick_sign_off(draft, sign_off_slot, facts.index)
        draft.sign_off = sign_off
        blocks = [greeting, *en.role_once_in_full(draft.text(), self.facts["role"])]
        blocks.append(sign_off + "\n" + (signature if signature is not None else self.signature()))
        return "\n\n".join(blocks) + "\n"

    def pick_sign_off(self, draft: _Draft, slot: str, index: int) -> str:
        options = self.rotation(self.bank.templates(slot, self.tone), slot, index)
        for option in options:
            if draft.thanks + en.thanks_count(option) <= 2:
                return option
        return options[0]

    def signature(self) -> str:
        cand = self.session.candidate
        if cand.signature.strip():
            return cand.signature.strip("\n")
        lines = [cand.name.strip(), cand.email.strip(), cand.phone.strip()]
        return "\n".join(line for line in lines if line)

    def thin_advice(self, facts: _PersonFacts) -> str:
        itv = self.session.interview
        wants = []
        if not facts.points:
            wants.append(f"what you discussed with {facts.colleague or 'them'} (Interviewers step)")
        elif not any(why for _, why in facts.points):
            wants.append("a few words on why a point mattered to you (Interviewers step)")
        if not any(q.strip() for q in itv.qualifications) and self.stage is not Stage.OFFER:
            wants.append("one qualification to highlight (Pitch step)")
        if not itv.interest.strip():
            wants.append("what draws you to the role (Pitch step)")
        if len(facts.points) == 1:
            wants.append("a second point you talked about")
        what = en.join_names(wants) if wants else "another point you discussed"
        return f"This note is short and will not be padded: add {what} to give it substance."

    # -- cards ------------------------------------------------------------------------------

    def card(self, facts: _PersonFacts, *, gift: bool) -> tuple[str, list[str]]:
        draft, body = self.checked(lambda banned: self.card_draft(facts, gift, banned))
        self.keep(draft, facts.index)
        advice = []
        if draft.words() > CARD_WORDS[1]:
            advice.append(
                f"At {draft.words()} words this is long for a card; shorten the point or the "
                "interest when you copy it out."
            )
        return body, advice

    def card_draft(self, facts: _PersonFacts, gift: bool, banned: set[str]) -> tuple[_Draft, str]:
        index = facts.index
        draft = self.new_draft(facts, banned)
        draft.most = 1
        named = self.gift_named(facts) if gift else None
        if named is not None and self.gift_card(draft, facts, *named):
            return draft, self.letter(
                draft, facts, "card_sign_off", signature=self.facts["candidate"]
            )
        draft = self.new_draft(facts, banned)
        draft.most = 1
        point, why, own = self.card_point(facts)
        # (A point with a why is cut only when long: "we got ours down to 2" needs the "from
        # 6 weeks" a cut took away, and the card read clipped.)
        if point is not None and len(point.text.split()) > (14 if why else 8):
            # The email to the same reader says the point whole; the card says its head, so
            # the two share no long run and the card stays short.
            # (A clause is cut only at its own comma: "we both used to work | at the Polanco
            # hotel" said something else.)
            clause = point.shape in (Shape.SAID, Shape.OWN_CLAUSE)
            head = en.shortened(point.text, 7, clause=clause)
            point = Fitted(head, point.shape, point.typed) if head else point
        doing = self.card_doing(facts) if own else ""
        held = self.card_held(facts) if own and not doing else ""
        told = en.deed_in_brief(why, CARD_DEED_WORDS) if en.why_is_experience(why) else ""
        if re.search(r"\b(?:it|this|that|them|these|those)\b", told):
            # "took me back to spending the whole weekend on it": "it" has nothing to stand
            # for in the card's sentence
            told = ""
        if point is not None and told and self.bank.has(f"card_point.{point.shape.value}_own"):
            # The email says the user's "because I catalogued the Doulton collection at my last
            # museum" whole; the card says that work again in brief ("I thought of my own time
            # cataloguing the Doulton collection"), not the same clause a second time.
            own, doing, held, why = True, told, "", ""
        draft.reserve([f"{point.text} {why} {doing} {held}" if point else "", self.interest.text])
        if point is not None:
            # The email to this reader said the same point: the card says it another way
            # (read 14: "Hearing about your plan to … took me straight back to …" on the card,
            # "Hearing about your plan to … reminded me of …" in the email).
            draft.told += self.openings_told(facts.index, point.text)
        slot = "card_opening.gift" if gift else "card_opening"
        carded = any(
            method is Method.HANDWRITTEN for (i, method, _) in self.written if i != index
        )  # (one card thanks for the offer: the few ways to say it, on every card, are a copy)
        if self.stage is Stage.OFFER and not gift and not carded:
            slot = "card_opening.offer"
        # "Thank you kindly for seeing me" after a phone call read as a slip
        unmet = _NOT_MET.get(self.session.interview.format, ())
        self.pick(draft, slot, index, avoid=unmet, when=self.card_when)
        if own and point is not None:
            # A strength held ("I hold a NEBOSH certificate") is said whole when short: "close
            # to work I have done before" alone read as an empty claim of fit.
            values: dict[str, str | None] = {
                "point": point.text,
                "is": point.verb_is,
                "doing": doing or None,
                "state": held or None,
            }
            slot = f"card_point.{point.shape.value}_own"
            self.pick(
                draft,
                slot,
                index + 1,
                carries=f"{point.text} {doing} {held}",
                fields=values,
                needs=frozenset({"doing"} if doing else {"state"} if held else ()),
            )
        else:
            self.point_sentences(draft, index + 1, [(point, why)] if point else [], limit=1)
            # Fit, briefly, on a card too: the strength as something done, in a few words
            # (cold readers found cards with a plain point and no fit at all).
            # (never after an offer: nothing of a pitch once the job is theirs to give)
            pitch = not en.why_is_experience(why) and self.stage is not Stage.OFFER
            fit = self.card_doing(facts) if pitch else ""
            # (Only with room for it: after a long point the card would no longer fit a card;
            # and only once among the cards: colleagues compare them, and the same deed on
            # three cards was a run they share.)
            on_cards = any(
                fit in note.body
                for (i, method, _), note in self.written.items()
                if i != index and method in (Method.HANDWRITTEN, Method.GIFT)
            )
            if fit and not on_cards and draft.words() + en.word_count(fit) <= CARD_FIT_ROOM:
                draft.reserve([fit])
                self.pick(draft, "card_fit", index + 1, carries=fit, doing=fit, optional=True)
        self.interest_sentence(
            draft,
            index + 1,
            "offer_interest" if self.stage is Stage.OFFER else "interest",
            person=index,
        )
        return draft, self.letter(draft, facts, "card_sign_off", signature=self.facts["candidate"])

    @staticmethod
    def gift_named(facts: _PersonFacts) -> tuple[Fitted, str] | None:
        """The point the user named the gift beside, fitted to the reader, and the gift."""
        for typed in facts.person.points:
            gift = en.gift_named(typed.why, facts.reader)
            if gift:
                return en.without_detail(en.fit_point(typed.text, facts.reader)), gift
        # "gift: small box of Swedish cloudberry jam + a card, bring to 2nd round": the gift
        # typed as a point of its own, named alone (round 22's gift card named no gift)
        for typed in facts.person.points:
            gift = en.gift_named(typed.text, facts.reader)
            if gift:
                return Fitted("", Shape.TOPIC, typed.text), gift
        return None

    def gift_card(self, draft: _Draft, facts: _PersonFacts, point: Fitted, gift: str) -> bool:
        """A gift card that says what the gift is and what made the candidate think of it:
        thanks, the gift, a warm wish. False where the point cannot carry it."""
        shape = "plain" if not point.text else "said" if point.shape is Shape.SAID else "topic"
        if point.shape not in (Shape.SAID, Shape.TOPIC, Shape.CONCERN):
            return False
        if len(point.text.split()) > 12:
            head = en.shortened(point.text, 8, clause=shape == "said")
            point = Fitted(head, point.shape, point.typed) if head else point
        draft.reserve([f"{point.text} {gift}"])
        unmet = _NOT_MET.get(self.session.interview.format, ())
        self.pick(draft, "card_opening.gift", facts.index, avoid=unmet, when=self.card_when)
        said = self.pick(
            draft,
            f"card_gift.{shape}",
            facts.index,
            carries=f"{point.text} {gift}",
            optional=True,
            fields={"point": point.text, "gift": gift},
        )
        if not said:
            return False
        self.pick(draft, "card_gift_close", facts.index)
        return True

    @staticmethod
    def card_doing(facts: _PersonFacts) -> str:
        """The strength the email set beside the card's point, when it is something done, as an
        -ing phrase short enough for a card: "running a café with a 12-person team"."""
        if facts.qual is None or facts.qual.shape is not Shape.ACTION:
            return ""
        return en.deed_in_brief(facts.qual.text, CARD_DEED_WORDS)

    @staticmethod
    def card_held(facts: _PersonFacts) -> str:
        """The strength the email set beside the card's point, when it is something held and
        short enough for a card: "I hold a NEBOSH General Certificate"."""
        if facts.qual is None or facts.qual.shape is Shape.ACTION:
            return ""
        return facts.qual.text if en.word_count(facts.qual.text) <= CARD_DEED_WORDS + 3 else ""

    def written_to(self, index: int, kind: NoteKind | None = None) -> list[str]:
        """The bodies of the notes already written to one reader (of one kind, if given)."""
        return [
            note.body
            for (i, _, note_kind), note in self.written.items()
            if i == index and kind in (None, note_kind)
        ]

    def openings_told(self, index: int, text: str) -> list[tuple[str, ...]]:
        """How the notes already written to one reader opened the sentences that said `text`."""
        told = text.lower()
        return [
            en.words_of(sentence)[:3]
            for body in self.written_to(index)
            for sentence in en.sentences(body)
            if told in sentence.lower()
        ]

    def card_point(self, facts: _PersonFacts) -> tuple[Fitted | None, str, bool]:
        """The one point a card has room for, with its why, and whether it is the point the
        email set a strength beside (said on the card as a likeness, without the strength:
        "close to work I have done before"). A point with the user's own reason comes first,
        then that one; a plain point only when there is nothing better, and then not the one
        the email leads with (readers marked down a card that only said "It was helpful to
        understand ..." when the email had tied a point to their work)."""
        woven = facts.woven
        # What this reader's email (and any card already written to them) said in the user's
        # own words: a card that said it again read as a copy (read 13: one sentence in the
        # email, the card and the gift card to one reader). A point the email left out is
        # something new to say on the card, and alone there it is not tacked on.
        told = " ".join(self.written_to(facts.index, NoteKind.THANK_YOU)).lower()
        unsaid = [(p, w) for p, w in facts.points if told and p.text.lower() not in told]
        if unsaid and len(unsaid) < len(facts.points):
            fresh = [(p, w) for p, w in unsaid if w and w != woven]
            if fresh:
                return fresh[0][0], fresh[0][1], False
            plain = [p for p, w in unsaid if not w]
            if plain:
                return min(plain, key=lambda p: len(p.text.split())), "", False
        with_why = [(p, w) for p, w in facts.points if w and w != woven]
        if with_why:
            return with_why[0][0], with_why[0][1], False
        for point, why in facts.points:
            if woven and why == woven and self.bank.has(f"card_point.{point.shape.value}_own"):
                return point, "", True
        plain = [p for p, w in facts.points if not (woven and w == woven)]
        plain = plain or [p for p, _ in facts.points]
        others = plain[1:] or plain
        if not others:
            return None, "", False
        return min(others, key=lambda p: len(p.text.split())), "", False

    # -- calls --------------------------------------------------------------------------------

    def call(self, facts: _PersonFacts) -> str:
        index = facts.index
        draft = self.new_draft(facts, set())
        # A call is made later than the notes are written ("call him Monday"): the day by its
        # name, never "this morning" (read 28).
        thanks = self.pick(draft, OPENING_SLOT[self.stage], index, when=self.card_when)
        mention = ""
        if facts.points:
            scratch = self.new_draft(facts, set())
            # (the strength woven in as the point's reason is said as a likeness: "since I
            # led X" read as a time)
            self.point_sentences(scratch, index, facts.points[:1], woven=facts.woven)
            mention = scratch.text()[0]
        offer = self.stage is Stage.OFFER
        qual = self.least_said(facts) if facts.qual and facts in self.told else facts.qual
        fit = f"Fit: “{qual.text}.”" if qual else self.one("call.fit_none", index)
        interest = _Draft(self.allowed_words(facts), set())
        self.interest_sentence(interest, index, "offer_interest" if offer else "interest")
        lines = [f"Open with thanks: “{thanks}”"]
        if mention:
            lines.append(f"Mention what you discussed: “{mention}”")
        # (After an offer, nothing of a pitch: a fit line read as selling a job already won.)
        lines += [*([] if offer else [fit]), f"Interest: “{interest.text()[0]}”"]
        lines.append(self.one("call.next_offer" if offer else "call.next", index))
        heading = self.one("call.heading", index, name=" ".join(facts.person.name.split()))
        voicemail = self.one(
            "call.voicemail_offer" if offer else "call.voicemail",
            index,
            name=facts.greeting,
            voice_point=self.voice_point(facts),
            when=self.card_when,
        )
        if Method.EMAIL not in self.session.methods_for(facts.person) or not facts.person.email:
            # (no email is coming: "I am sending a short email as well" to one with no address
            # promised what would not come, read 28)
            voicemail = _EMAIL_PROMISE.sub(".", voicemail)
        phone = " ".join(self.session.candidate.phone.split())
        if phone:
            voicemail += " " + self.one("call.callback", index, phone=phone)
        return (
            "\n".join([heading, "", *("• " + line for line in lines), "", "Voicemail:", voicemail])
            + "\n"
        )

    def voice_point(self, facts: _PersonFacts) -> str:
        if not facts.points:
            return self.one("voice_point.none", facts.index)
        point, _ = facts.points[0]
        return self.one(f"voice_point.{point.shape.value}", facts.index, point=point.text)

    # -- the follow-up -----------------------------------------------------------------------

    def follow_up(self, facts: _PersonFacts) -> tuple[str, str, list[str]]:
        # (turned by the reader's name too: with few wordings to each slot, the follow-ups of
        # two one-reader sessions came out word for word alike, read 30)
        index = facts.index + zlib.crc32(facts.person.name.encode("utf-8", "surrogatepass")) % 97
        itv = self.session.interview
        # (Beside the thank-you it follows, no run of its words: read together, a run of
        # fifteen words read as a copy.)
        draft = _Draft(self.allowed_words(facts), self.panel_grams)
        draft.reserve([f"{p.text} {why}" for p, why in facts.points[:1]] + [self.interest.text])
        self.pick(draft, "follow_up.opening", index, when=self.card_when)
        if itv.decision_by is not None:
            decided = itv.decision_by
            day = decided.date() if isinstance(decided, datetime) else decided
            decision = en.day_month(day, month_first=self.month_first)
            self.pick(draft, "follow_up.decision", index, decision=decision)
        else:
            self.pick(draft, "follow_up.no_decision", index)
        draft.break_paragraph()
        recalled = False  # the point, with the interest
        if facts.points:
            # The point the thank-you set a strength beside, if any: recalling the likeness
            # reminds them of the fit in a clause.
            woven = facts.woven
            with_strength = [(p, w) for p, w in facts.points if woven and w == woven]
            point, _ = (with_strength or facts.points)[0]
            if with_strength:
                doing, held = self.card_doing(facts), self.card_held(facts)
                values: dict[str, str | None] = {
                    "point": point.text,
                    "is": point.verb_is,
                    "doing": doing or None,
                    "state": held or None,
                }
                self.pick(
                    draft,
                    "follow_up.recall_own",
                    index,
                    carries=f"{point.text} {doing} {held}",
                    fields=values,
                    needs=frozenset({"doing"} if doing else {"state"} if held else ()),
                )
            else:
                interest = self.interest_for("follow_up.interest", facts.index)
                recalled = (
                    interest is not None
                    and interest.shape is Shape.GERUND
                    and not en.names_a_move(interest.text)
                    and bool(
                        self.pick(
                            draft,
                            "follow_up.recall_interest",
                            index,
                            carries=f"{point.text} {interest.text}",
                            fields={"point": point.text, "interest": interest.text},
                            optional=True,
                        )
                    )
                )
                if not recalled:
                    self.pick(
                        draft, "follow_up.recall", index, carries=point.text, point=point.text
                    )
        if not recalled:  # (said with the point, the interest is not said again)
            self.interest_sentence(draft, index, "follow_up.interest")
        self.pick(draft, "follow_up.close", index)
        return (
            self.one("follow_up.subject", 0),
            self.greeted_letter(draft, facts),
            self.follow_up_advice(),
        )

    def follow_up_advice(self) -> list[str]:
        """Why a panel's follow-ups go to one person (a user asked why only one got them)."""
        if len(self.session.interviewers) < 2:
            return []
        return [
            "Follow-ups go to one person of the panel, the first you thanked by email: one "
            "polite nudge reads better than the same question to everyone."
        ]

    def last_follow_up(self, facts: _PersonFacts) -> tuple[str, str, list[str]]:
        """The second, last touch: short, no pressure, and says it is the last."""
        index = facts.index
        # (Beside the thank-you it follows, no run of its words: read together, a run of
        # fifteen words read as a copy.)
        draft = _Draft(self.allowed_words(facts), self.panel_grams)
        draft.reserve([self.interest.text])
        self.pick(draft, "last_follow_up.opening", index)
        self.interest_sentence(draft, index, "follow_up.interest")
        draft.break_paragraph()
        self.pick(draft, "last_follow_up.close", index)
        return (
            self.one("last_follow_up.subject", 0),
            self.greeted_letter(draft, facts),
            self.follow_up_advice(),
        )

    def reply(self, facts: _PersonFacts) -> tuple[str, str, list[str]]:
        """A gracious answer to a rejection: thanks for the time and the consideration, and a
        wish to stay in touch (people who were kind now may hire later)."""
        index = facts.index
        draft = _Draft(self.allowed_words(facts), set())
        draft.reserve([f"{p.text} {why}" for p, why in facts.points[:1]])
        self.pick(draft, "reply.opening", index)
        self.pick(draft, "reply.feeling", index)
        if facts.points:
            point, _ = facts.points[0]
            self.pick(draft, "reply.recall", index, carries=point.text, point=point.text)
        draft.break_paragraph()
        self.pick(draft, "reply.future", index)
        self.pick(draft, "reply.close", index)
        return self.one("reply.subject", 0), self.greeted_letter(draft, facts), []

    def greeted_letter(self, draft: _Draft, facts: _PersonFacts) -> str:
        """A later letter, greeting the person exactly as the thank-you did."""
        body = self.letter(draft, facts, "sign_off")
        greeting = self.thank_you_greeting(facts.person)
        if greeting is not None:
            body = greeting + body[body.index("\n") :]
        return body

    @staticmethod
    def thank_you_greeting(person: Interviewer) -> str | None:
        for note in person.notes:
            if note.kind is NoteKind.THANK_YOU and note.method is Method.EMAIL:
                first = note.body.strip().splitlines()[0].strip() if note.body.strip() else ""
                if first.endswith(",") and _GREETING_LINE.match(first):
                    return first
        return None
