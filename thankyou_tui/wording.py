"""The phrase bank: shipped wording with a contract, optionally overridden by the user's file.

Every slot in `phrases/notes.toml` declares the placeholders its templates may use (`uses`)
and those every template must use (`needs`). The shipped bank is held to that contract by a
test; a user's `phrases.toml` is held to it as it loads: a template that breaks it is reported
and left out, never silently blanked.
"""

from __future__ import annotations

import string
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from thankyou_tui.model import Problem, Tone

USER_FILE = "phrases.toml"

# Facts about the interview that any template may use.
FACTS = frozenset(
    {"role", "company", "company_s", "a_role", "when", "by", "medium", "stage_noun", "candidate"}
)
# Placeholders that are empty by design in some sentences ("I {also} enjoyed ...").
OPTIONAL = frozenset({"also"})
# Filled to agree with a phrase ("is"/"are"), or only for one shape of it ({deed}: a
# qualification that is something done, "I led X", to follow "when"; {state}: one that is
# not, "I am trained in X", to follow "since", where "since I led X" would read as a time;
# {doing}: the same deed as an -ing phrase, "leading X"); a template using it is left out when
# the phrase has not that number or shape.
AGREEMENT = frozenset({"is", "deed", "state", "doing"})
# Every placeholder a slot may declare.
PLACEHOLDERS = FACTS | OPTIONAL | AGREEMENT | {
    "point", "why", "qual", "others", "interest", "name", "voice_point", "decision", "phone",
    "gift",
}  # fmt: skip
TONE_KEYS = ("warm", "formal", "any")
CONTRACT_KEYS = ("uses", "needs", "takes")


@dataclass(frozen=True)
class Slot:
    name: str
    uses: frozenset[str]
    needs: frozenset[str]
    options: dict[str, tuple[str, ...]]  # tone key -> alternatives

    def templates(self, tone: Tone) -> tuple[str, ...]:
        return self.options.get(tone.value) or self.options.get("any") or ()

    def problem(self, template: str) -> str | None:
        """Why `template` breaks this slot's contract, or None."""
        try:
            names = {n for _, n, _, _ in string.Formatter().parse(template) if n is not None}
        except ValueError as exc:
            return f"{template!r}: {exc}"
        bad = sorted(n for n in names if not n.isidentifier())
        if bad:
            return f"{template!r}: {{{bad[0]}}} is not a placeholder (write braces as {{{{ }}}})"
        unknown = sorted(names - self.uses - FACTS - OPTIONAL)
        if unknown:
            allowed = ", ".join("{" + n + "}" for n in sorted(self.uses | FACTS))
            return f"{template!r} uses unknown {{{', '.join(unknown)}}}; this slot takes {allowed}"
        # A need may offer alternatives: "role|a_role" is met by either.
        missing = sorted(n for n in self.needs if not names & set(n.split("|")))
        if missing:
            shown = ", ".join("{" + n.replace("|", "} or {") + "}" for n in missing)
            return f"{template!r} leaves out {shown}, which this slot must say"
        return None


@dataclass(frozen=True)
class PhraseBank:
    slots: dict[str, Slot]
    problems: tuple[Problem, ...] = field(default=())
    # Slots the user's phrases.toml rewrote: the composer says them where it would have
    # fused them with another (a close of one's own is never replaced by a shipped one)
    rewritten: frozenset[str] = field(default=frozenset())

    def templates(self, slot: str, tone: Tone) -> tuple[str, ...]:
        return self.slots[slot].templates(tone)

    def has(self, slot: str) -> bool:
        return slot in self.slots and bool(self.slots[slot].options)


def parse_bank(data: dict[str, Any], where: str) -> tuple[dict[str, Slot], list[Problem]]:
    """Every table that declares `uses` is a slot; its alternatives are checked against it."""
    slots: dict[str, Slot] = {}
    problems: list[Problem] = []

    def walk(table: dict[str, Any], prefix: str) -> None:
        if "uses" in table:
            name = prefix.rstrip(".")
            uses = frozenset(table.get("uses", []))
            needs = frozenset(table.get("needs", []))
            declared = uses | {n for need in needs for n in need.split("|")}
            for bad in sorted(declared - PLACEHOLDERS):
                problems.append(Problem(f"{where}: {name}", f"declares unknown {{{bad}}}"))
            slot = Slot(name, uses, needs, {})
            options: dict[str, tuple[str, ...]] = {}
            for key in TONE_KEYS:
                if key in table:
                    options[key] = _checked(slot, table[key], f"{where}: {name}.{key}", problems)
            slots[name] = Slot(name, uses, needs, options)
        for key, value in table.items():
            if isinstance(value, dict):
                walk(value, f"{prefix}{key}.")

    walk(data, "")
    return slots, problems


def _checked(slot: Slot, value: Any, where: str, problems: list[Problem]) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(Problem(where, "must be text or a list of texts"))
        return ()
    kept = []
    for template in value:
        problem = slot.problem(template)
        if problem is None:
            kept.append(template)
        else:
            problems.append(Problem(where, problem))
    return tuple(kept)


@cache
def shipped() -> PhraseBank:
    text = resources.files("thankyou_tui.phrases").joinpath("notes.toml").read_text("utf-8")
    slots, problems = parse_bank(tomllib.loads(text), "notes.toml")
    return PhraseBank(slots, tuple(problems))


def load_bank(config_dir: Path | None) -> PhraseBank:
    """The shipped bank with the user's `phrases.toml` laid over it, list by list.

    The contract (which placeholders a slot takes) is the app's: a user file replaces
    alternatives only. Anything that breaks the contract is reported and left out.
    """
    base = shipped()
    if config_dir is None:
        return base
    path = config_dir / USER_FILE
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return base
    except (OSError, UnicodeDecodeError) as exc:
        return PhraseBank(base.slots, (Problem(str(path), f"cannot read it ({exc})"),))
    try:
        overrides = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return PhraseBank(base.slots, (Problem(str(path), f"{exc}; fix the TOML syntax"),))
    problems: list[Problem] = []
    slots = dict(base.slots)
    _overlay(overrides, "", slots, str(path), problems)
    rewritten = frozenset(name for name, slot in slots.items() if slot is not base.slots[name])
    return PhraseBank(slots, tuple(problems), rewritten)


def _overlay(
    table: dict[str, Any], prefix: str, slots: dict[str, Slot], file: str, problems: list[Problem]
) -> None:
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            _overlay(value, f"{name}.", slots, file, problems)
            continue
        slot_name, _, tone = name.rpartition(".")
        if tone in CONTRACT_KEYS and slot_name in slots:
            problems.append(
                Problem(f"{file}: {name}", "the app sets what a slot takes; remove this line")
            )
            continue
        if slot_name not in slots or tone not in TONE_KEYS:
            problems.append(Problem(f"{file}: {name}", "is not a phrase slot; check the name"))
            continue
        slot = slots[slot_name]
        kept = _checked(slot, value, f"{file}: {name}", problems)
        if kept:
            options = dict(slot.options)
            options[tone] = kept
            if tone == "any":  # "any" replaces both tones
                options.pop("warm", None)
                options.pop("formal", None)
            slots[slot_name] = Slot(slot.name, slot.uses, slot.needs, options)
