"""The phrase bank: shipped wording, optionally overridden by the user's own phrase file."""

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

# Every placeholder a template may use; anything else in braces is a mistake.
PLACEHOLDERS = frozenset(
    {
        "role", "company", "a_role", "company_s", "meeting", "meeting_to", "meeting_us",
        "when", "occasion", "point", "qual", "others", "interest", "interest_cap",
        "stage_noun", "candidate", "decision", "name", "first", "voice_point", "team",
    }
)  # fmt: skip


@dataclass(frozen=True)
class PhraseBank:
    data: dict[str, Any]
    problems: tuple[Problem, ...] = field(default=())

    def options(self, slot: str, tone: Tone) -> list[str]:
        """The alternatives for a slot in a tone (a slot may also be one shared string)."""
        value = self.data[slot]
        if isinstance(value, dict):
            value = value.get(tone.value, value.get("warm"))
        return [value] if isinstance(value, str) else list(value)

    def pick(self, slot: str, tone: Tone, index: int) -> str:
        choices = self.options(slot, tone)
        return choices[index % len(choices)]

    def entry(self, *path: str) -> Any:
        value: Any = self.data
        for key in path:
            value = value[key]
        return value


@cache
def shipped() -> PhraseBank:
    text = resources.files("thankyou_tui.phrases").joinpath("notes.toml").read_text("utf-8")
    return PhraseBank(tomllib.loads(text))


def load_bank(config_dir: Path | None) -> PhraseBank:
    """The shipped bank with the user's `phrases.toml` laid over it, slot by slot.

    A user template with an unknown placeholder is left out and reported, never fatal.
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
        return PhraseBank(base.data, (Problem(str(path), f"cannot read it ({exc})"),))
    try:
        overrides = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return PhraseBank(base.data, (Problem(str(path), f"{exc}; fix the TOML syntax"),))
    problems: list[Problem] = []
    merged = _merge(base.data, overrides, str(path), "", problems)
    return PhraseBank(merged, tuple(problems))


def _merge(
    base: dict[str, Any], extra: dict[str, Any], file: str, prefix: str, problems: list[Problem]
) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        where = f"{prefix}{key}"
        if key not in base:
            problems.append(Problem(f"{file}: {where}", "is not a phrase slot; check the name"))
        elif isinstance(base[key], dict) and isinstance(value, dict):
            out[key] = _merge(base[key], value, file, f"{where}.", problems)
        elif isinstance(value, str) and _usable(value, file, where, problems):
            out[key] = value
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            usable = [v for v in value if _usable(v, file, where, problems)]
            if usable:
                out[key] = usable
        else:
            problems.append(Problem(f"{file}: {where}", "must be text or a list of texts"))
    return out


def _usable(template: str, file: str, where: str, problems: list[Problem]) -> bool:
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError as exc:
        problems.append(Problem(f"{file}: {where}", f"{template!r}: {exc}"))
        return False
    unknown = names - PLACEHOLDERS
    if unknown:
        problems.append(
            Problem(
                f"{file}: {where}", f"{template!r} uses unknown {{{', '.join(sorted(unknown))}}}"
            )
        )
        return False
    return True
