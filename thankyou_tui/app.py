"""Placeholder until the wizard lands."""

from pathlib import Path


def run(root: Path, *, session_id: str | None, demo: bool) -> int:
    return 0
