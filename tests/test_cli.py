"""Every CLI command, through a real subprocess."""

from __future__ import annotations

import json
from pathlib import Path

from thankyou_tui import __version__

from .conftest import example_files
from .conftest import run_cli as run


def test_version_and_help():
    assert run("--version").stdout.strip() == f"thankyou-tui {__version__}"
    help_text = run("--help").stdout
    for command in ("where", "list", "import", "show", "open", "--data-dir", "--demo"):
        assert command in help_text


def test_where_follows_env_and_flag(data_dir: Path, tmp_path: Path):
    assert run("where").stdout.strip() == str(data_dir)
    assert run("where", "--data-dir", str(tmp_path / "x")).stdout.strip() == str(tmp_path / "x")
    assert run("--data-dir", str(tmp_path / "y"), "where").stdout.strip() == str(tmp_path / "y")


def test_import_prints_only_the_id_then_list_shows_it(data_dir: Path):
    ids = []
    for path in example_files():
        result = run("import", str(path))
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
        ids.append(result.stdout.strip())
    assert "acme-robotics-staff-software-engineer-2026-11-24" in ids

    listing = run("list")
    assert listing.returncode == 0
    assert (
        "acme-robotics-staff-software-engineer-2026-11-24  Acme Robotics  Staff Software "
        "Engineer  2026-11-24T14:00:00-08:00  Priya Raman, Marcus Bell" in listing.stdout
    )

    payload = json.loads(run("list", "--json").stdout)
    assert payload["broken"] == []
    acme = next(s for s in payload["sessions"] if s["company"] == "Acme Robotics")
    assert acme == {
        "id": "acme-robotics-staff-software-engineer-2026-11-24",
        "company": "Acme Robotics",
        "role": "Staff Software Engineer",
        "date": "2026-11-24T14:00:00-08:00",
        "interviewers": ["Priya Raman", "Marcus Bell"],
    }


def test_list_reports_broken_file_and_leaves_it(data_dir: Path):
    sessions = data_dir / "sessions"
    sessions.mkdir(parents=True)
    broken = sessions / "old.toml"
    broken.write_bytes(b'schema = 1\n[candidate]\nname "x"\n')
    result = run("list")
    assert result.returncode == 0
    assert "broken: old.toml — TOML: line 3, column 6: expected '='" in result.stdout
    payload = json.loads(run("list", "--json").stdout)
    assert payload["broken"][0]["file"] == str(broken)
    assert broken.read_bytes() == b'schema = 1\n[candidate]\nname "x"\n'


def test_list_empty_says_how_to_start(data_dir: Path):
    assert "No sessions yet" in run("list").stdout


def test_bad_input_is_one_line_exit_2_never_a_traceback(data_dir: Path, tmp_path: Path):
    bad = tmp_path / "bad.toml"
    bad.write_text('schema = 1\n[candidate]\nname = "A"\n[interview]\nformat = "zoom"\n')
    cases = [
        (("import", str(bad)), "interview.format: 'zoom' is not one of"),
        (("import", str(tmp_path / "missing.toml")), "missing.toml: no such file"),
        (("show", "../../etc/passwd"), "is not a session id"),
        (("show", "nope"), "no session 'nope'"),
        (("open", "nope"), "no session 'nope'"),
        (("frobnicate",), "invalid choice"),
    ]
    for args, expected in cases:
        result = run(*args)
        assert result.returncode == 2, args
        (line,) = result.stderr.splitlines()
        assert line.startswith("thankyou-tui: error: "), result.stderr
        assert expected in line, (args, line)


def test_cli_output_strips_terminal_controls(data_dir: Path, tmp_path: Path):
    evil = tmp_path / "evil.toml"
    evil.write_text(
        'schema = 1\n[candidate]\nname = "A"\n[interview]\ncompany = "Evil\\u001b]0;pwned\\u0007 Co"\n'
        'role = "R\\u001b[2J"\nformat = "video"\ndate = 2026-11-24\n[[interviewers]]\nname = "P"\n'
    )
    assert run("import", str(evil)).returncode == 0
    out = run("list").stdout
    assert "\x1b" not in out and "\x07" not in out
    assert "Evil Co" in out
