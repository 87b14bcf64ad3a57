"""Help: what the app is for and every key, in one place."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS: list[tuple[str, str]] = [
    ("Everywhere", ""),
    ("F1 / ?", "this help"),
    ("ctrl+p", "command palette: new session, open session, copy note, theme"),
    ("ctrl+q", "quit (everything is already saved)"),
    ("Sessions", ""),
    ("n", "new session"),
    ("enter", "open the selected session"),
    ("d", "duplicate it for the next round (company, role and you)"),
    ("delete", "move it to the trash folder (asks first; recoverable)"),
    ("p / t / /", "your profile · try the demo · search"),
    ("Wizard steps", ""),
    ("tab / shift+tab", "next / previous field; enter on the last field moves on"),
    ("ctrl+n / ctrl+b", "next step / back"),
    ("ctrl+r", "preview the next note"),
    ("F2", "show or hide the preview on a narrow terminal"),
    ("ctrl+o", "add an interviewer (Interviewers step)"),
    ("delete", "remove the highlighted point"),
    ("esc", "back to your sessions"),
    ("Review", ""),
    ("c", "copy the body, subject, address or whole email"),
    ("m · x", "open it in your mail client · export every note to files"),
    ("o", "record how it ended (no more follow-ups)"),
    ("e / ctrl+s / esc", "edit the note / keep the edit / cancel"),
    ("g", "regenerate an edited note (asks first)"),
    ("s", "mark the note sent (or not sent)"),
]


def keys_table() -> Table:
    """Keys and what they do, in two columns that wrap on their own (cells are Text)."""
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True, style="bold")
    table.add_column()
    for key, what in KEYS:
        if not what:
            table.add_row(Text(""), Text(""))
            table.add_row(Text(key, style="bold underline"), Text(""))
        else:
            table.add_row(Text(key), Text(what))
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[Binding | tuple[str, str] | tuple[str, str, str]]] = [
        Binding("escape,q,f1,question_mark", "dismiss", "Close"),
    ]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 80; max-width: 95%; height: 90%; border: thick $primary;
                                  background: $surface; padding: 0 2; }
    """

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = "Help · esc to close"
            yield Static(
                Content(
                    "thankyou-tui writes a personal thank-you note for everyone who interviewed "
                    "you. Fill in the steps; the note on the right follows what you type. "
                    "Send within 24 hours."
                )
            )
            yield Static(keys_table())

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
