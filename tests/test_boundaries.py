"""The pure core, the data layer and the CLI never import Textual (harlequin's guard).

The list is made by walking the package, so a new module is guarded from the day it lands:
only the App, the screens and the widgets may import Textual.
"""

import pkgutil
import subprocess
import sys

import pytest

import thankyou_tui

MAY_IMPORT_TEXTUAL = ("thankyou_tui.app", "thankyou_tui.screens", "thankyou_tui.widgets")


def headless_modules() -> list[str]:
    names = ["thankyou_tui"] + [
        m.name for m in pkgutil.walk_packages(thankyou_tui.__path__, "thankyou_tui.")
    ]
    # __main__ runs the program when imported; cli.py is what it runs, and is checked.
    return sorted(
        n for n in names if not n.startswith(MAY_IMPORT_TEXTUAL) and not n.endswith("__main__")
    )


def test_the_walk_finds_the_whole_core():
    found = headless_modules()
    for module in ("thankyou_tui.data.atomic", "thankyou_tui.wizard", "thankyou_tui.compose"):
        assert module in found


@pytest.mark.parametrize("module", headless_modules())
def test_module_does_not_import_textual(module: str):
    code = f"import sys, {module}; print('textual' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
