"""The quality suite: every generated note, for every example and for sessions typed the way
people really type after an interview, read against the measurable lines of the rubric."""

from __future__ import annotations

import itertools
import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from thankyou_tui import english as en
from thankyou_tui.compose import CARD_DEED_WORDS, ComposedNote, compose
from thankyou_tui.data.codec import loads
from thankyou_tui.model import (
    Candidate,
    Format,
    Interview,
    Interviewer,
    Method,
    NoteKind,
    Point,
    Session,
    Stage,
    Tone,
)
from thankyou_tui.wording import shipped

from .conftest import FIXTURES

PHRASINGS = tomllib.loads((FIXTURES / "phrasings.toml").read_text(encoding="utf-8"))

# Who a sentence is about when it should be about "you": a gendered pronoun left in a note.
THIRD_PERSON = re.compile(r"\b(she|he|her|his|him|hers|herself|himself|she's|he's)\b", re.I)
# "they"/"their" about the reader where it plainly means them: after a preposition, a question
# word or a verb of helping ("about their plan", "how they onboard", "help their drivers").
# A noun before it may own it ("clinics cut their paperwork", "the vendor and their contract").
THEIR = re.compile(
    r"(?:^|[.;:]\s+|\b(?:about|for|with|of|on|into|from|that|how|why|what|whether|when|where|"
    r"help|join|hearing|learning)\s+)(their|they|they're|them|themselves)\b",
    re.I,
)
ANTECEDENT_THEN_PRONOUN = re.compile(
    r"(\b(?:my \w+(?:'s)?|(?:a|an) \w+(?: \w+)?) [^.;]*; )(?:she|he|they) [^.]*",
    re.IGNORECASE,
)
STORY_ELSEWHERE = re.compile(
    r"\b(?:it happened (?:at|in|on) [A-Z]\w+|at my (?:last|old|previous) (?:job|company|place))"
    r"\b[^.]*",
)
# "the ED story with the guy on meth and his daughter": someone named, then their pronoun
PERSON_THEN_PRONOUN = re.compile(
    r"(\b(?:the|a|an|this|that|my|one) (?:\w+ )?(?:guy|man|woman|lady|patient|client|customer|"
    r"tenant|resident|kid|child|boy|girl|son|daughter|mum|dad|mother|father|family|student|"
    r"friend|colleague|neighbour)\b[^.;]*?|\b(?:someone|somebody|anyone|people)\b[^.;]*?|"
    # "the morning call across the three services and how they agree": the plural's own
    r"\b(?:the|three|two|four|five|\d+) (?:\w+ )?\w+s (?:and |, )?how )"
    r"\b(?:his|her|him|he|she|them|they|their)\b",
    re.IGNORECASE,
)
NOTE_VERB_AFTER_PREPOSITION = re.compile(
    r"\b(about|of|on|regarding|through|hearing|learning)\s+"
    r"(discussed|talked|asked|covered|mentioned|said|went|chatted|spoke|q)\b",
    re.I,
)
DOUBLED = re.compile(r"\b(\w+)\s+\1\b", re.I)
HELP_WITH_ING = re.compile(r"\bhelp(ing)? with (?!(?:any|some|every|no)thing\b)\w+ing\b", re.I)
PREPOSITION_THEN_CLAUSE = re.compile(
    r"\b(about|of|on|in|to|for|with) (we|I|you|they|she|he) (\w+ed|made|did|had|got|said)\b"
)
# ("about: temp staff", "(2024) (38,000 visitors)", "drawn to get …": seams a jotting left)
BROKEN = re.compile(
    r"\{|\}|\s[,.;:]|\.\.(?!\.)| {2}|\b(a|an) (a|an|the)\b|\b(about|of|on|to):|\) \(|"
    r"\b(about|of|is|on|drawn to) (get|help|make|build|grow) (the|a|an|your|their|my)\b",
    re.I,
)
# A concrete offer ("references or examples of my work"), then the close offering again.
EXTRAS = frozenset(t for tone in Tone for t in shipped().templates("extra", tone))
OFFERING = re.compile(r"let me know|happy to|glad to|\bask\b|anything|provide|\bhelp\b", re.I)


# How the sentences that refer back to the one before them begin ("It took me back to when …").
LEANING_STARTS = tuple(
    start
    for slot in ("qual.tied",)
    for tone in Tone
    for template in shipped().templates(slot, tone)
    if len((start := template.split("{")[0]).split()) >= 2
)


def letter_sentences(note: ComposedNote) -> list[str]:
    """The sentences between the greeting and the sign-off."""
    paragraphs = [p for p in note.body.strip().split("\n\n") if p.strip()]
    return [s for p in paragraphs[1:-1] for s in en.sentences(p)]


def masked_words(text: str, facts: list[str], aside: Sequence[str] = ()) -> list[list[str]]:
    """The text's words in runs that do not cross a fact (the user's own words); names, the
    company and the role are set aside, the words either side reading on as one run, as a
    reader counts them ("names, company and role aside")."""
    for fact in sorted(facts, key=len, reverse=True):
        if fact.strip():
            text = re.sub(re.escape(fact), "§", text, flags=re.I)
    for name in sorted(aside, key=len, reverse=True):
        if name.strip():
            text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", text, flags=re.I)
    return [en.words_of(part) for part in text.split("§")]


def runs(
    text: str, facts: list[str], n: int = 9, aside: Sequence[str] = ()
) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for words in masked_words(text, facts, aside):
        out.update(tuple(words[i : i + n]) for i in range(len(words) - n + 1))
    return out


def user_words(session: Session, note: ComposedNote) -> Counter[str]:
    person = session.interviewers[note.interviewer_index]
    itv = session.interview
    texts = [itv.company, itv.role, itv.interest, *itv.qualifications, person.name]
    texts.append(en.role_in_sentence(itv.role))
    # What the user typed, also as the note rewrote it ("our team" -> "the team at my company").
    texts += [en.fit_qualification(q).text for q in itv.qualifications]
    texts.append(en.fit_interest(itv.interest, en.Reader("", itv.company)).text)
    reader = en.Reader(person.name, itv.company)
    texts += [
        en.fit_point_and_why(p.text, p.why, reader, n)[1] for n, p in enumerate(person.points)
    ]
    reader = en.Reader(person.name, itv.company)
    texts += [en.fit_point(p.text, reader).text + " " + p.why for p in person.points]
    texts += [p.name for p in session.interviewers]
    return Counter(en.content_words(" ".join(texts)))


BACK_REFERENCE = re.compile(
    r"\b(that experience|experience (like|of) that|those lessons|what I learned there"
    r"|the same approach|that background)\b"
    r"|^It is (exactly )?the background",
    re.IGNORECASE,
)


def problems_in(session: Session, notes: list[ComposedNote]) -> list[str]:
    """Every measurable slip in a session's generated notes, as readable lines."""
    found: list[str] = []
    itv = session.interview
    names = [p.name for p in session.interviewers] + [session.candidate.name]
    # Names, the company and the role, set aside (the words either side read on as one run).
    aside = [*names, itv.company, itv.role]
    aside += [w for w in itv.company.split() if len(w) > 2 and w[:1].isupper()]  # "Harbourline"
    aside.append(en.role_in_sentence(itv.role))  # as the notes write it
    aside.append(en.company_in_sentence(itv.company))  # ("the Mongolia 2027 … Programme")
    aside.append(en.role_name(en.role_in_sentence(itv.role)))  # … and again, by its name
    aside += [n for p in session.interviewers for n in p.name.split()]
    aside += [en.addressed_as(p.name, p.salutation, True) for p in session.interviewers]
    aside += ["Dr.", "Dr", "Mr.", "Mr", "Ms.", "Ms", "Mrs.", "Mrs", "Prof.", "Prof", "Professor"]
    facts: list[str] = []
    # The interest is held to the panel rule like any sentence, whatever its length: nine
    # words shared with the words around it, or a long interest said whole twice, read as
    # a copy (readers counted both).
    # The user's own words are the same facts wherever they appear: a point or a why typed
    # for two people, the qualifications.
    facts += [t for p in session.interviewers for pt in p.points for t in (pt.text, pt.why)]
    facts += [en.fit_qualification(q).text for q in itv.qualifications]
    # … and as a note says a deed again, whole or by its head ("leading the migration of …").
    facts += [
        doing
        for q in itv.qualifications
        for doing in en.said_again(en.fit_qualification(q).text, CARD_DEED_WORDS)
    ]
    facts += [
        told
        for p in session.interviewers
        for n, pt in enumerate(p.points)
        for why in [en.fit_point_and_why(pt.text, pt.why, en.Reader(p.name, itv.company), n)[1]]
        # (a card says the work in a why again in brief: "cataloguing the Doulton …")
        for told in (why, *en.said_again(why, CARD_DEED_WORDS))
    ]
    facts += [
        en.fit_point(pt.text, en.Reader(p.name, itv.company)).text
        for p in session.interviewers
        for pt in p.points
    ]
    generated = [n for n in notes if not n.edited]
    for note in generated:
        where = f"{note.title} ({note.kind})"
        body = note.body
        letter = " ".join(letter_sentences(note))
        if note.method is Method.CALL:
            # Talking points are notes to yourself ("ask whether they need anything"): what is
            # said to the reader is the quoted lines and the voicemail.
            spoken = re.findall(r"“([^”]*)”", body)
            letter = " ".join([*spoken, body.split("Voicemail:", 1)[-1]])
        # The candidate's qualifications talk about their own past ("mentored six engineers
        # through their first rotations"): only the rest speaks of the reader.
        about_reader = letter
        for qual in itv.qualifications:
            about_reader = about_reader.replace(en.fit_qualification(qual).text, "§")
        # … and the interest, once fitted, speaks of the reader as "you": a "them" left in it
        # is its own ("owns its SLOs instead of just reporting on them").
        fitted_interest = en.fit_interest(itv.interest, en.Reader("", itv.company)).text
        if fitted_interest:
            about_reader = about_reader.replace(fitted_interest, "§")
        # A pronoun with someone of its own before it in the sentence is theirs, not the
        # reader's: "I did this for my nan's place; she still rings me about it", "I did
        # exactly this with a cement plant in 2022; they came back next year".
        about_reader = ANTECEDENT_THEN_PRONOUN.sub(r"\1§", about_reader)
        about_reader = PERSON_THEN_PRONOUN.sub(r"\1§", about_reader)
        # … and so is one in a story told from another place or time ("it happened at Takoradi
        # twice; I re-drew the sample in front of them": the shippers)
        about_reader = STORY_ELSEWHERE.sub("§", about_reader)
        if THIRD_PERSON.search(about_reader):
            found.append(
                f"{where}: third person about the reader: {THIRD_PERSON.search(about_reader)[0]!r}"
            )
        if THEIR.search(about_reader):
            found.append(f"{where}: 'their/they' about the reader: {about_reader!r}")
        for pattern in (NOTE_VERB_AFTER_PREPOSITION, HELP_WITH_ING, PREPOSITION_THEN_CLAUSE):
            if pattern.search(letter):
                found.append(f"{where}: {pattern.search(letter)[0]!r}")
        doubled = [m[0] for m in DOUBLED.finditer(letter) if m[1].lower() not in ("that",)]
        if doubled:
            found.append(f"{where}: doubled word {doubled}")
        if BROKEN.search(body):
            found.append(f"{where}: broken seam {BROKEN.search(body)[0]!r}")
        said_lines = letter_sentences(note)
        if any(t in said_lines[:-1] for t in EXTRAS) and OFFERING.search(said_lines[-1]):
            found.append(f"{where}: offers stacked: {said_lines[-2:]!r}")
        # A point is the subject of the verb after it: "your programme and shifts connects".
        reader = en.Reader(session.interviewers[note.interviewer_index].name, itv.company)
        for point in session.interviewers[note.interviewer_index].points:
            fitted = en.fit_point(point.text, reader)
            number = en.grammatical_number(fitted.text)
            wrong = {1: r"are|have|were", 2: r"is|has|was|\w+[^s]s"}.get(number or 0)
            if wrong and re.search(
                rf"(?:^|[.:;] ){re.escape(fitted.text)} (?:also )?(?:{wrong})\b", letter, re.I
            ):
                found.append(f"{where}: the verb does not agree with {fitted.text!r}")
        # "That experience" points back: the sentence before it must be the one that gave a
        # qualification as a point's reason ("…caught my attention, because I led X").
        said = letter_sentences(note)
        for before, sentence in itertools.pairwise(["", *said]):
            back = BACK_REFERENCE.search(sentence)
            # (or the sentence states it first itself: "I led X, and I would bring that
            # experience to ...")
            if (
                back
                and not re.search(
                    r"(because|since|as|when|:|;) I ", before + sentence[: back.start()]
                )
                and not re.match(r"I (?!would).+(, and|;) I would ", sentence[: back.start()])
            ):
                found.append(f"{where}: {sentence!r} does not follow its experience")
        # … and the same sentence in a paragraph of its own has nothing to point back to.
        paragraphs = [p for p in body.strip().split("\n\n") if p.strip()][1:-1]
        for paragraph in paragraphs:
            first = (en.sentences(paragraph) or [""])[0]
            back = BACK_REFERENCE.search(first)
            if (
                back
                and not re.match(r"I (?!would).+(, and|, which|;) I would ", first[: back.start()])
            ) or first.startswith(LEANING_STARTS):
                found.append(f"{where}: a paragraph opens with {first!r}, which refers back")
        if note.method is Method.CALL:
            continue
        allowed = user_words(session, note)
        counts = Counter(en.content_words(letter))
        over = [w for w, c in counts.items() if c > max(2, allowed[w])]
        if over:
            found.append(f"{where}: words used three times or more: {over}")
        thanks = en.thanks_count(body.split("\n\n", 1)[1])  # sign-off counted, greeting not
        if thanks > 2:
            found.append(f"{where}: thanks said {thanks} times")
        # A thank-you note says "thank you" in so many words, not only "With thanks" at the
        # foot or "It was a pleasure" (five of thirty notes read as thanking no one).
        if note.kind is NoteKind.THANK_YOU and not re.search(r"\bthank", letter, re.I):
            found.append(f"{where}: no thanks in the letter itself")
        openings = [" ".join(en.words_of(s)[:3]) for s in letter_sentences(note)]
        if len(openings) != len(set(openings)):
            found.append(f"{where}: sentences open alike: {openings}")
        person = session.interviewers[note.interviewer_index]
        if (
            note.method is Method.EMAIL
            and note.kind is NoteKind.THANK_YOU
            and any(p.text.strip() for p in person.points)
            and any(q.strip() for q in itv.qualifications)
            and itv.stage is not Stage.OFFER
            and note.target is not None
            and not note.target[0] <= note.words <= note.target[1]
        ):
            found.append(f"{where}: {note.words} words, outside {note.target}:\n{body}")
        if note.method in (Method.HANDWRITTEN, Method.GIFT) and note.words > 90:
            found.append(f"{where}: a card of {note.words} words")
    # Across the panel: no shared runs of nine words, no qualification twice while one is unused.
    for method in (Method.EMAIL, Method.HANDWRITTEN, Method.GIFT):  # call notes are not sent
        same = [n for n in generated if n.method is method and n.kind is NoteKind.THANK_YOU]
        for i, a in enumerate(same):
            for b in same[i + 1 :]:
                # (within sentences: "… public services. I will …" is not a copied run)
                shared = set().union(
                    *(runs(x, facts, aside=aside) for x in letter_sentences(a))
                ) & set().union(*(runs(x, facts, aside=aside) for x in letter_sentences(b)))
                if shared:
                    found.append(f"{a.title} and {b.title} share {' '.join(next(iter(shared)))!r}")
    # One reader's email and card may tell the same point, never in the same frame ("Hearing
    # about your plan to … took me back" on the card, "Hearing about your plan to … reminded
    # me" in the email read as a copy to read 14).
    sent = [n for n in generated if n.method is not Method.CALL and n.kind is NoteKind.THANK_YOU]
    readers = Counter(n.interviewer_index for n in sent)
    for a, b in itertools.combinations(sent, 2):
        # (an email and a card; with a gift card too, three notes to one reader may share a
        # frame: a plain point has only so many ways to be said — left alone, see stop 21)
        if a.interviewer_index != b.interviewer_index or readers[a.interviewer_index] > 2:
            continue
        person = session.interviewers[a.interviewer_index]
        reader = en.Reader(person.name, itv.company)
        for point in person.points:
            told = en.fit_point(point.text, reader).text.lower()
            frames = [
                {en.words_of(s)[:2] for s in letter_sentences(n) if told in s.lower()}
                for n in (a, b)
            ]
            if frames[0] & frames[1]:
                found.append(f"{a.title} and {b.title} tell {told!r} in the same frame")
    quals = [q for q in itv.qualifications if q.strip()]
    # Emails and call notes speak of fit; cards do not.
    emails = [
        n
        for n in generated
        if n.method in (Method.EMAIL, Method.CALL) and n.kind is NoteKind.THANK_YOU
    ]
    if quals and itv.stage is not Stage.OFFER:

        def heard(q: str, body: str) -> bool:
            # Said as fitted, as an -ing phrase ("comes from leading a team of 8 …"), or in
            # the user's own why, in most of its words ("I reformulated 2 chypres when IFRA
            # 49 came in" tells "reformulated two chypres for IFRA 49").
            fitted = en.fit_qualification(q).text
            if any(said and said in body for said in (fitted, en.deed_gerund(fitted))):
                return True
            words = set(en.content_words(en.clean_phrase(q)))
            return bool(words) and len(words & set(en.content_words(body))) >= 0.75 * len(words)

        used = Counter(
            q
            for i in {n.interviewer_index for n in emails}
            for q in quals
            if any(heard(q, n.body) for n in emails if n.interviewer_index == i)
        )
        readers = {n.interviewer_index for n in emails}
        if max(used.values(), default=0) > 1 and len(used) < min(len(quals), len(readers)):
            found.append(f"a qualification repeated while another is unused: {used}")
    return found


# -- the examples ---------------------------------------------------------------------------

EXAMPLE_NOW = {
    "inperson-single.toml": "2026-11-20T18:00",
    "video-panel.toml": "2026-11-24T19:00-08:00",
    "phone-edited-sent.toml": "2026-11-18T12:00",
    "messy-panel-inperson.toml": "2026-11-23T19:00",
    "offer-formal-phone.toml": "2026-11-25T19:00",
    "sparse-formal-video.toml": "2026-11-27T18:00",
}


@pytest.mark.parametrize("name", sorted(EXAMPLE_NOW))
def test_example_notes_have_no_measurable_slip(name: str):
    session = loads((FIXTURES / "examples" / name).read_text(encoding="utf-8"))
    notes = compose(session, datetime.fromisoformat(EXAMPLE_NOW[name]))
    assert problems_in(session, notes) == []


UNSEEN = sorted((Path(__file__).parent / "fixtures" / "unseen").glob("*.toml"))


@pytest.mark.parametrize("path", UNSEEN, ids=[p.stem for p in UNSEEN])
def test_sessions_typed_with_whys_have_no_measurable_slip(path: Path):
    """Sessions the composer was not built on, typed with whys in the words people use ("it's
    the bit of the job I love", "same problem at my last trust"), at three times of day."""
    session = loads(path.read_text(encoding="utf-8"))
    for hour in (18, 21, 23):
        notes = compose(session, datetime(2026, 11, 27, hour, tzinfo=UTC))
        assert problems_in(session, notes) == [], hour


def test_every_example_has_its_time():
    assert sorted(p.name for p in (FIXTURES / "examples").glob("*.toml")) == sorted(EXAMPLE_NOW)


# -- sessions typed the way people type -------------------------------------------------------

points = st.sampled_from(PHRASINGS["points"])
whys = st.sampled_from(
    [
        "",
        "",
        "I did the same move at my last job",
        "reminded me of the rollout I led at Arup",
        "same problem we had at my last company",
        "because I've been building exactly this for two years",
        "ties into my SOC 2 work",
        "it's what I want to do next",
    ]
)
interests = st.sampled_from([*PHRASINGS["interests"], ""])
qualifications = st.sampled_from(PHRASINGS["qualifications"])
names = st.sampled_from(PHRASINGS["names"])


@st.composite
def typed_sessions(draw: st.DrawFn) -> Session:
    count = draw(st.integers(1, 5))
    people_names = draw(st.lists(names, min_size=count, max_size=count, unique=True))
    people = [
        Interviewer(
            name=name,
            points=[
                Point(text, draw(whys))
                for text in draw(st.lists(points, min_size=1, max_size=4, unique=True))
            ],
            methods=draw(
                st.none()
                | st.lists(st.sampled_from(list(Method)), min_size=1, max_size=3, unique=True)
            ),
        )
        for name in people_names
    ]
    when = datetime(2026, 11, 2) + timedelta(
        days=draw(st.integers(0, 60)), hours=draw(st.integers(8, 18))
    )
    return Session(
        candidate=Candidate(name="Sam Rivera", email="sam@example.com"),
        interview=Interview(
            company=draw(
                st.sampled_from(
                    [
                        "Acme Robotics",
                        "Harbourline Ferries",
                        "NHS Lothian",
                        "Castell & Pryce LLP",
                        "Greenleaf Co.",
                    ]
                )
            ),
            role=draw(
                st.sampled_from(
                    [
                        "Staff Engineer",
                        "Head of Product",
                        "Ward Manager",
                        "Senior Associate, Disputes",
                        "Data Analyst",
                    ]
                )
            ),
            stage=draw(st.sampled_from(list(Stage))),
            format=draw(st.sampled_from(list(Format))),
            panel=draw(st.booleans()),
            date=when,
            qualifications=draw(st.lists(qualifications, max_size=4, unique=True)),
            interest=draw(interests),
            methods=draw(
                st.lists(st.sampled_from(list(Method)), min_size=1, max_size=3, unique=True)
            ),
            tone=draw(st.sampled_from(list(Tone))),
        ),
        interviewers=people,
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(typed_sessions(), st.integers(1, 30))
def test_notes_for_sessions_typed_as_people_type_have_no_measurable_slip(session, hours):
    assert session.interview.date is not None
    notes = compose(session, session.interview.date + timedelta(hours=hours))
    assert problems_in(session, notes) == []


def test_the_suite_catches_the_slips_it_looks_for():
    """Each measurement fails on a note that has the slip: the suite can fail."""
    session = Session(
        candidate=Candidate(name="Sam Rivera"),
        interview=Interview(company="Acme", role="Engineer", date=datetime(2026, 11, 2, 10)),
        interviewers=[Interviewer(name="Lena Fischer", points=["x"])],
    )

    def note(body: str) -> ComposedNote:
        return ComposedNote("Lena Fischer", 0, Method.EMAIL, NoteKind.THANK_YOU, "S", body)

    bad = [
        "Dear Lena,\n\nI enjoyed learning about her plan.\n\nBest,\nSam\n",
        "Dear Lena,\n\nI enjoyed our talk about discussed the roadmap.\n\nBest,\nSam\n",
        "Dear Lena,\n\nI would love to help with helping you.\n\nBest,\nSam\n",
        "Dear Lena,\n\nIt was the the best.\n\nBest,\nSam\n",
        "Dear Lena,\n\nThank you. Thanks again. I am grateful.\n\nBest,\nSam\n",
        "Dear Lena,\n\nThe roadmap was good. The roadmap was fine. The roadmap was long.\n\nBest,\nSam\n",
    ]
    for body in bad:
        assert problems_in(session, [note(body)]), body


def test_sessions_do_not_converge_on_one_stock_sentence():
    """Read across sessions, the same interest sentence in every note reads as a form letter
    (readers found "… is what I would most like to do next, and our conversation confirmed it"
    in three of seven sessions). Forty single-interviewer sessions, each with its own company,
    role and interest: no wording of the interest sentence may carry more than a fifth of them."""
    companies = [
        "Acme Robotics",
        "Harbourline Ferries",
        "Kestrel Logistics",
        "Norrland Bank",
        "St Brigid's Hospital",
        "Fieldstone Analytics",
        "Greenleaf Bakery",
        "Westbrook",
    ]
    roles = ["Staff Engineer", "Head of Product", "Ward Manager", "Data Analyst", "Designer"]
    interests = [i for i in PHRASINGS["interests"] if i.strip()]
    used: Counter[str] = Counter()
    for n in range(40):
        interest = interests[n % len(interests)]
        session = Session(
            candidate=Candidate(name="Sam Rivera"),
            interview=Interview(
                company=companies[n % len(companies)],
                role=roles[n % len(roles)],
                format=list(Format)[n % 3],
                date=datetime(2026, 11, 24, 10),
                interest=interest,
                qualifications=[PHRASINGS["qualifications"][n % 7]],
                methods=[Method.EMAIL],
                tone=list(Tone)[n % 2],
            ),
            interviewers=[Interviewer(name="Priya Raman", points=[Point("the Q3 roadmap")])],
        )
        (email,) = compose(session, datetime(2026, 11, 24, 18))
        fitted = en.fit_interest(interest, en.Reader("", session.interview.company)).text
        said = [s for s in en.sentences(email.body) if fitted.lower() in s.lower()]
        assert len(said) == 1, (interest, email.body)
        used[re.sub(re.escape(fitted), "X", said[0], flags=re.I)] += 1
    wording, count = used.most_common(1)[0]
    assert count <= 8, (wording, used.most_common(5))


def test_no_sentence_of_the_bank_carries_a_fifth_of_varied_sessions():
    """Any sentence, not only the interest's: forty sessions with two points and two strengths
    each, the user's words masked; no sentence may read the same in more than eight of them
    (a reader of many notes saw "took me back to my own work" in seven of eighteen sessions)."""
    companies = ["Acme Robotics", "Harbourline Ferries", "Kestrel Logistics", "Norrland Bank",
                 "St Brigid's Hospital", "Fieldstone Analytics", "Greenleaf Bakery", "Westbrook"]  # fmt: skip
    roles = ["Staff Engineer", "Head of Product", "Ward Manager", "Data Analyst", "Designer"]
    interests = [i for i in PHRASINGS["interests"] if i.strip()]
    points = [p for p in PHRASINGS["points"] if p.strip()]
    quals = [q for q in PHRASINGS["qualifications"] if q.strip()]
    used: Counter[str] = Counter()
    for n in range(40):
        interview = Interview(
            company=companies[n % len(companies)],
            role=roles[n % len(roles)],
            format=list(Format)[n % 3],
            stage=[Stage.INTERVIEW, Stage.FINAL][n % 2],
            date=datetime(2026, 11, 24, 10),
            interest=interests[n % len(interests)],
            qualifications=[quals[n % len(quals)], quals[(n * 3 + 1) % len(quals)]],
            methods=[Method.EMAIL],
            tone=list(Tone)[n % 2],
        )
        typed = [points[(n * 2) % len(points)], points[(n * 2 + 5) % len(points)]]
        session = Session(
            candidate=Candidate(name="Sam Rivera"),
            interview=interview,
            interviewers=[Interviewer(name="Priya Raman", points=[Point(p) for p in typed])],
        )
        (email,) = compose(session, datetime(2026, 11, 24, 18))
        reader = en.Reader("Priya Raman", interview.company)
        facts = [
            en.fit_interest(interview.interest, reader).text,
            *(en.fit_point(p, reader).text for p in typed),
            *(en.fit_qualification(q).text for q in interview.qualifications),
            interview.company,
            interview.role,
            en.role_in_sentence(interview.role),
        ]
        for sentence in letter_sentences(email):
            for fact in sorted(filter(None, facts), key=len, reverse=True):
                sentence = re.sub(re.escape(fact), "X", sentence, flags=re.IGNORECASE)
            used[re.sub(r"\b(this \w+|yesterday|today|on \w+day)\b", "WHEN", sentence)] += 1
    assert used.most_common(1)[0][1] <= 8, used.most_common(5)
