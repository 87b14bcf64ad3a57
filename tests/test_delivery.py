"""Notes leaving the app: due, sent, export (txt, md, eml, ics) and mailto, with a frozen now."""

from __future__ import annotations

import email
import json
from datetime import datetime, timedelta, timezone
from email import policy
from pathlib import Path

import pytest
from icalendar import Calendar

from thankyou_tui.compose import compose
from thankyou_tui.data.codec import loads
from thankyou_tui.data.exports import safe_name, write_new
from thankyou_tui.delivery import MAILTO_LIMIT, Recipient, mailto, whole_email

from .conftest import FIXTURES
from .conftest import run_cli as cli

TZ = timezone(timedelta(hours=-8))
PANEL = FIXTURES / "examples" / "video-panel.toml"
EVENING = "2026-11-24T19:00-08:00"


def imported(path: Path = PANEL) -> str:
    result = cli("import", str(path))
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def due(now: str) -> list[dict[str, object]]:
    result = cli("due", "--json", "--now", now)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_due_lists_every_note_overdue_first_then_soonest():
    panel = imported()
    later = imported(FIXTURES / "examples" / "inperson-single.toml")
    items = due("2026-11-25T15:00-08:00")
    # Both sessions' thank-yous are overdue by then; the panel's follow-up comes after them.
    assert [i["overdue"] for i in items][:3] == [True, True, True]
    assert items[-1] == {
        "session": panel,
        "interviewer": "Priya Raman",
        "method": "email",
        "what": "follow-up",
        "kind": "follow-up",
        "due": "2026-12-08T09:00:00-08:00",
        "overdue": False,
    }
    assert {i["session"] for i in items} == {panel, later}
    dues = [datetime.fromisoformat(str(i["due"])) for i in items if not i["overdue"]]
    assert dues == sorted(dues)


def test_sent_marks_the_next_note_and_due_changes():
    session_id = imported()
    assert len([i for i in due(EVENING) if i["what"] == "send"]) == 2
    # "Lena Fischer" finds "Dr. Lena Fischer": the title and case are optional.
    result = cli("sent", session_id, "--interviewer", "PRIYA raman", "--at", EVENING)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "sent: Email to Priya Raman (thank-you) at 2026-11-24T19:00:00-08:00\n"
    assert [i["interviewer"] for i in due(EVENING) if i["what"] == "send"] == ["Marcus Bell"]
    shown = json.loads(cli("show", session_id, "--json", "--now", EVENING).stdout)
    assert shown[0]["interviewer"] == "Priya Raman"
    undo = cli("sent", session_id, "--interviewer", "Priya Raman", "--undo")
    assert undo.stdout == "unsent: Email to Priya Raman (thank-you)\n"
    assert len([i for i in due(EVENING) if i["what"] == "send"]) == 2


def test_sent_accepts_card_for_handwritten_and_says_what_is_there(tmp_path: Path):
    source = PANEL.read_text("utf-8").replace(
        'methods = ["email"]', 'methods = ["email", "handwritten"]', 1
    )
    path = tmp_path / "with-card.toml"
    path.write_text(source, "utf-8")
    session_id = imported(path)
    result = cli("sent", session_id, "--method", "card", "--at", EVENING)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "sent: Card to Priya Raman (thank-you) at 2026-11-24T19:00:00-08:00",
        "sent: Card to Marcus Bell (thank-you) at 2026-11-24T19:00:00-08:00",
    ]
    missing = cli("sent", imported(), "--method", "call")
    assert missing.returncode == 2
    assert "no call note to mark" in missing.stderr and "email" in missing.stderr
    nobody = cli("sent", session_id, "--interviewer", "Lena Fischer")
    assert nobody.returncode == 2 and "'Priya Raman', 'Marcus Bell'" in nobody.stderr


def test_a_title_is_optional_when_naming_someone(tmp_path: Path):
    source = PANEL.read_text("utf-8").replace('name = "Priya Raman"', 'name = "Dr. Lena Fischer"')
    path = tmp_path / "titled.toml"
    path.write_text(source, "utf-8")
    session_id = imported(path)
    result = cli("sent", session_id, "--interviewer", "lena fischer", "--at", EVENING)
    assert result.stdout.startswith("sent: Email to Dr. Lena Fischer"), result.stderr


def test_now_out_of_range_is_a_clear_error():
    for bad in ("0001-01-01", "9999-12-31T00:00"):
        result = cli("due", "--now", bad)
        assert result.returncode == 2
        assert "use a year from 1900 to 2200" in result.stderr
        assert "Traceback" not in result.stderr


def test_export_writes_every_format_and_never_overwrites(tmp_path: Path):
    session_id = imported()
    out = tmp_path / "out"
    result = cli("export", session_id, "--to", str(out), "--now", EVENING)
    assert result.returncode == 0, result.stderr
    paths = [Path(line) for line in result.stdout.splitlines()]
    assert sorted(p.suffix for p in paths) == [".eml", ".eml", ".ics", ".md", ".txt", ".txt"]
    assert all(p.parent == out and p.exists() for p in paths)
    first = {p: p.read_bytes() for p in paths}
    again = cli("export", session_id, "--to", str(out), "--format", "md", "--now", EVENING)
    (second,) = [Path(line) for line in again.stdout.splitlines()]
    assert second.name == f"{session_id}-2.md"
    assert all(p.read_bytes() == data for p, data in first.items())  # nothing overwritten

    # .eml: parses back with the standard library, addressed and marked as a draft.
    eml_path = next(p for p in paths if p.suffix == ".eml" and "priya" in p.name)
    message = email.message_from_bytes(eml_path.read_bytes(), policy=policy.default)
    assert message["To"] == "Priya Raman <priya.raman@acme.example>"
    assert message["From"] == "Alex Morgan <alex.morgan@example.com>"
    assert message["Subject"] == "Thank you for your time — Staff Software Engineer"
    assert message["X-Unsent"] == "1"
    body = message.get_content()
    assert body.replace("\r\n", "\n").startswith("Dear Dr. Raman,\n\n") and "Alex Morgan" in body

    # .ics: parses back with the calendar library: send-by and both follow-ups, with alarms.
    ics = Calendar.from_ical(next(p for p in paths if p.suffix == ".ics").read_bytes())
    events = sorted(ics.walk("VEVENT"), key=lambda e: e.decoded("dtstart"))
    assert [str(e["summary"]).split(" (")[0] for e in events] == [
        "Send the thank-you notes",
        "Follow up with Priya Raman",
        "Last follow-up to Priya Raman",
    ]
    assert events[0].decoded("dtend") == datetime(2026, 11, 25, 14, tzinfo=TZ)
    assert events[1].decoded("dtstart") == datetime(2026, 12, 8, 9, tzinfo=TZ)
    assert events[2].decoded("dtstart") == datetime(2026, 12, 15, 9, tzinfo=TZ)
    assert all(len(list(e.walk("VALARM"))) == 1 for e in events)

    # .md: the whole session, each note in a block that keeps its lines.
    markdown = next(p for p in paths if p.suffix == ".md").read_text("utf-8")
    assert "## Email to Priya Raman" in markdown and "## Email to Marcus Bell" in markdown
    assert "To: Priya Raman <priya.raman@acme.example>" in markdown
    assert "## What is next" in markdown


def test_hostile_text_never_reaches_a_header_or_a_file_name(tmp_path: Path):
    source = PANEL.read_text("utf-8").replace(
        'name = "Priya Raman"', 'name = "Priya\\u001b]52;c;aGk=\\u0007 Raman/../x"'
    )
    path = tmp_path / "hostile.toml"
    path.write_text(source, "utf-8")
    session_id = imported(path)
    out = tmp_path / "out"
    result = cli("export", session_id, "--to", str(out), "--format", "all", "--now", EVENING)
    assert result.returncode == 0, result.stderr
    for line in result.stdout.splitlines():
        written = Path(line)
        assert written.parent == out
        data = written.read_bytes()
        assert b"\x1b" not in data and b"\x07" not in data


def test_safe_names_and_exclusive_writes(tmp_path: Path):
    assert safe_name("Email to Dr. Lena Fischer") == "email-to-dr-lena-fischer"
    assert safe_name("../../etc/passwd") == "etc-passwd"
    assert safe_name("CON") == "note-con"
    assert safe_name("Łódź — Zoë") == "odz-zoe"
    assert safe_name("") == "note"
    # cut between words, the session's date kept whole ("…-2026-1" read as January)
    long_id = "northshire-regional-development-senior-policy-adviser-2026-11-26"
    assert safe_name(long_id) == "northshire-regional-development-senior-policy-2026-11-26"
    assert safe_name("a" * 80) == "a" * 60
    (tmp_path / "a.txt").write_text("mine")
    assert write_new(tmp_path, "a", ".txt", b"new").name == "a-2.txt"
    assert (tmp_path / "a.txt").read_text() == "mine"


def test_mailto_carries_to_subject_and_body_until_it_is_too_long():
    session = loads(PANEL.read_text("utf-8"))
    note = compose(session, datetime(2026, 11, 24, 19, tzinfo=TZ))[0]
    to = Recipient("Priya Raman", "priya.raman@acme.example")
    link = mailto(note, to)
    assert link is not None and link.startswith("mailto:priya.raman@acme.example?subject=")
    assert "&body=Dear%20Dr.%20Raman%2C%0D%0A" in link
    long = note.__class__(**{**note.__dict__, "body": note.body * 6})
    assert len(long.body) * 1.2 > MAILTO_LIMIT
    assert mailto(long, to) is None  # too long for mail clients: export the .eml instead
    text = whole_email(note, to)
    assert text.startswith("To: Priya Raman <priya.raman@acme.example>\nSubject: Thank you")


@pytest.mark.parametrize("country", ["US", "us"])
def test_the_profile_country_moves_the_send_by_mark(data_dir: Path, country: str, tmp_path: Path):
    # Interview on the eve of Thanksgiving: with the US calendar it is due on Friday.
    source = PANEL.read_text("utf-8").replace(
        "date = 2026-11-24T14:00:00-08:00", "date = 2026-11-25T14:00:00-08:00"
    )
    path = tmp_path / "eve.toml"
    path.write_text(source, "utf-8")
    imported(path)
    plain = [i["due"] for i in due(EVENING) if i["what"] == "send"]
    assert set(plain) == {"2026-11-26T14:00:00-08:00"}
    (data_dir / "profile.toml").write_text(f'name = "Alex Morgan"\ncountry = "{country}"\n')
    moved = [i["due"] for i in due(EVENING) if i["what"] == "send"]
    assert set(moved) == {"2026-11-27T17:00:00-08:00"}


def test_a_name_with_letters_beyond_ascii_reads_as_typed_in_to_and_survives_the_eml():
    """A walk of round 22: the preview's To: line read "=?utf-8?q?in=C5=BC=2E_Katarzyna…?=";
    the draft file still carries the name, encoded as mail needs it."""
    from thankyou_tui.delivery import eml

    session = loads(
        (FIXTURES / "unseen" / "22-01-gdansk-marine-electrician.toml").read_text(encoding="utf-8")
    )
    notes = compose(session, datetime(2026, 11, 26, 18, tzinfo=TZ))
    note = next(n for n in notes if n.to and "Katarzyna" in n.interviewer)
    assert note.to == '"inż. Katarzyna Nowak-Zielińska" <k.nowak-zielinska@stoczniapolnoc.example>'
    to = Recipient("inż. Katarzyna Nowak-Zielińska", "k.nowak-zielinska@stoczniapolnoc.example")
    sender = Recipient("Rodel Bautista Santos", "rodel.b.santos@example.ph")
    raw = eml(note, to, sender, datetime(2026, 11, 26, 18, tzinfo=TZ))
    assert b"=?utf-8?" in raw  # (mail's own encoding, in the file)
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert parsed["To"].addresses[0].display_name == "inż. Katarzyna Nowak-Zielińska"
    assert Recipient("Ann, Lee", "a@x.example").header == '"Ann, Lee" <a@x.example>'
