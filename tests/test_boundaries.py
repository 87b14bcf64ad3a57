"""The pure core and the CLI never import Textual (harlequin's guard)."""

import subprocess
import sys

import pytest

HEADLESS = [
    "thankyou_tui",
    "thankyou_tui.model",
    "thankyou_tui.textsafe",
    "thankyou_tui.data.codec",
    "thankyou_tui.data.store",
    "thankyou_tui.data.paths",
    "thankyou_tui.cli",
    "thankyou_tui.compose",
    "thankyou_tui.checks",
    "thankyou_tui.timing",
    "thankyou_tui.english",
    "thankyou_tui.edits",
    "thankyou_tui.summary",
    "thankyou_tui.wording",
    "thankyou_tui.data.profile",
    "thankyou_tui.data.demo",
    "thankyou_tui.data.settings",
]


@pytest.mark.parametrize("module", HEADLESS)
def test_module_does_not_import_textual(module: str):
    code = f"import sys, {module}; print('textual' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
