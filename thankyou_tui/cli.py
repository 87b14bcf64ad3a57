"""The `thankyou-tui` entry point: `--version` answers before anything is imported; every
other command loads `commands` (and only the app imports Textual)."""

from __future__ import annotations

import sys

from thankyou_tui import __version__

# Not `from typing import TYPE_CHECKING`: importing typing alone doubles `--version`'s time.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence

PROG = "thankyou-tui"


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args in (["--version"], ["-V"]):
        print(f"{PROG} {__version__}")
        return 0
    from thankyou_tui.commands import main as run

    return run(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
