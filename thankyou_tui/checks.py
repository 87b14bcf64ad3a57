"""Etiquette, as hints shown where they matter. Pure code.

Later work adds proofreading findings here; the delivery hints are the first of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from thankyou_tui.model import Format, Method, Session


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
