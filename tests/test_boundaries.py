"""The pure core, the data layer and the CLI never import Textual (harlequin's guard).

The list is made by walking the package, so a new module is guarded from the day it lands:
only the App, the screens and the widgets may import Textual.
"""

import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import thankyou_tui

from .conftest import FIXTURES, run_cli

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


GUARD = """
import sys
from thankyou_tui.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
loaded = sorted({m.split(".")[0] for m in sys.modules} & {"textual", "rich"})
print("LOADED:", ",".join(loaded), file=sys.stderr)
"""


@pytest.mark.parametrize(
    "args",
    [
        ["--version"],
        ["--help"],
        ["where"],
        ["list"],
        ["list", "--json"],
        ["due", "--json"],
        ["show", "SESSION"],
        ["check", "SESSION"],
        ["export", "SESSION", "--format", "md"],
        ["sent", "SESSION", "--undo"],
    ],
)
def test_the_command_line_never_imports_textual_or_rich(
    args: list[str], data_dir: Path, tmp_path: Path
):
    session_id = run_cli("import", str(FIXTURES / "examples" / "video-panel.toml")).stdout.strip()
    argv = [session_id if a == "SESSION" else a for a in args]
    if argv[0] == "export":
        argv += ["--to", str(tmp_path)]
    result = subprocess.run(
        [sys.executable, "-c", GUARD, *argv], capture_output=True, text=True, check=False
    )
    assert "LOADED: \n" in result.stderr or result.stderr.endswith("LOADED: \n"), result.stderr


def test_the_command_lines_method_names_are_the_models():
    from thankyou_tui.commands import METHOD_ALIASES, METHODS
    from thankyou_tui.model import Method

    assert tuple(m.value for m in Method) == METHODS
    assert set(METHOD_ALIASES.values()) <= set(METHODS)


# What the home screen's first frame does not need.
LATER = [
    "thankyou_tui.wizard", "thankyou_tui.data.store", "thankyou_tui.data.codec",
    "thankyou_tui.compose", "thankyou_tui.checks", "thankyou_tui.clipboard",
    "thankyou_tui.screens.choose", "thankyou_tui.screens.confirm", "thankyou_tui.data.demo",
    "thankyou_tui.model", "thankyou_tui.plan", "thankyou_tui.data.lock", "thankyou_tui.data.atomic",
    "tomli_w",
    "nameparser", "spellchecker", "icalendar", "pyperclip",
]  # fmt: skip


def test_the_app_module_leaves_what_the_home_screen_does_not_need():
    """The first frame is the home screen: the editor, the composer, the file codec, the
    clipboard and the dialogs load when a session or a dialog is opened, not at start; its
    rows come from the index, without the model."""
    code = f"import sys, thankyou_tui.app; print([m for m in {LATER!r} if m in sys.modules])"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


APP_START = """
import sys, thankyou_tui.app
thankyou_tui.app.run = lambda root, **options: 0  # everything up to the app itself
from thankyou_tui.cli import main
main([])
print([m for m in {later!r} if m in sys.modules])
"""


def test_starting_the_app_from_the_command_line_leaves_them_too(data_dir: Path):
    """`thankyou-tui` goes to the app without the store the other commands open, and with no
    arguments to parse, without argparse."""
    code = APP_START.format(later=[*LATER, "argparse"])
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
