"""Sessions: every saved session, broken files with their reasons, search as you type."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static

from thankyou_tui.data.index import Row
from thankyou_tui.summary import Digest, Summary, summary_of
from thankyou_tui.textsafe import one_line
from thankyou_tui.timing import MONDAY_TO_FRIDAY, Workdays

WELCOME = (
    "No sessions yet.\n\n"
    "Press n to start one right after your interview, or t to try a demo session first."
)


# Header and Summary field of each column.
COLUMNS = (
    ("Company", "company"),
    ("Role", "role"),
    ("Interview", "when"),
    ("Sent", "sent"),
    ("Decision", "decision"),
    ("Next", "next"),
)
# The cell padding of the columns, the border, the scroll bar and the margins.
FRAME = len(COLUMNS) * 2 + 2 + 2


MAX_ROWS = 300


def _search_text(row: Row) -> str:
    digest = row.digest or {}
    text = digest.get("search_text")
    return text if isinstance(text, str) else f"{row.company} {row.role}".casefold()


def shorten(text: str, width: int) -> str:
    """One line, cut at a word with an ellipsis when it does not fit."""
    text = one_line(text)
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if text[width - 1] != " " and " " in cut:  # (a cut that ends on a word keeps it)
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,·-") + "…"


def _spend_slack(
    companies: list[str], roles: list[str], company_width: int, role_width: int
) -> tuple[int, int]:
    """A cut is made at a word, so a column often uses less than its share ("Band 7 MSK…" in
    23 columns): the columns left over go to the other column, first to one they make whole
    (a new user saw "Riverside Community…" beside 30 empty columns)."""

    def used(texts: list[str], width: int) -> int:
        return max([0, *(len(shorten(t, width)) for t in texts)])

    def whole(texts: list[str]) -> int:
        return max([0, *(len(one_line(t)) for t in texts)])

    for _ in range(3):
        free = company_width + role_width
        in_company, in_role = used(companies, company_width), used(roles, role_width)
        slack = free - in_company - in_role
        if slack <= 0:
            break
        if in_role < whole(roles) and whole(roles) <= in_role + slack:
            company_width, role_width = free - whole(roles), whole(roles)
        elif in_company < whole(companies):
            company_width, role_width = free - in_role, in_role
        elif in_role < whole(roles):
            company_width, role_width = in_company, free - in_company
        else:
            break
    return company_width, role_width


class HomeScreen(Screen[None]):
    BINDINGS: ClassVar[list[Binding | tuple[str, str] | tuple[str, str, str]]] = [
        Binding("n", "new", "New"),
        Binding("enter", "open", "Open", show=False),
        Binding("d", "duplicate", "Next round"),
        Binding("f", "offer", "Offer thanks", show=False),
        Binding("delete", "trash", "Trash"),
        Binding("p", "profile", "Profile"),
        Binding("t", "demo", "Demo", show=False),  # offered in the welcome text and help
        Binding("slash", "search", "Search"),
        Binding("escape", "leave_search", "Leave search", show=False),
        Binding("q", "quit_app", "Quit", show=False),
    ]

    @dataclass
    class Request(Message):
        """Something for the app to do: new, open, duplicate, trash, profile, demo."""

        action: str
        session_id: str | None = None

    def __init__(
        self,
        listing: list[Row],
        clock: Callable[[], datetime],
        workdays: Workdays = MONDAY_TO_FRIDAY,
    ) -> None:
        super().__init__()
        self.listing = listing
        self.clock = clock
        self.workdays = workdays
        self.sessions: list[Row] = []
        self.summaries: dict[str, Summary] = {}  # for the rows drawn so far
        self.now = clock()
        self.filled_width = 0  # the width the table's columns were last cut for

    def compose(self) -> ComposeResult:
        with Vertical(id="sessions"):
            yield Input(
                placeholder="/ search company, role or interviewer", id="search", compact=True
            )
            yield DataTable(id="table", cursor_type="row", zebra_stripes=True)
            yield Static(Content(WELCOME), id="welcome")
            yield Static(id="more")
            yield Static(id="broken")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#sessions").border_title = "Sessions"
        table = self.query_one("#table", DataTable)
        table.add_columns(*(header for header, _ in COLUMNS))
        self.show_listing(self.listing)
        table.focus()

    def show_listing(self, listing: list[Row]) -> None:
        """Rows from the session index: drawing them reads no session file."""
        self.listing = listing
        self.now = self.clock()
        self.sessions = [r for r in listing if r.broken is None]
        self.summaries = {}
        self.fill_table()
        broken = [self.broken_line(r) for r in listing if r.broken is not None]
        self.query_one("#broken", Static).update(
            Content("\n".join("! " + one_line(line) for line in broken))
        )
        empty = not self.sessions
        self.set_class(empty, "-empty")

    @staticmethod
    def broken_line(row: Row) -> str:
        if not row.id:  # the data folder itself: its message names it and the fix
            return row.broken or ""
        label = "read-only" if row.read_only else "broken"
        return f"{label}: {row.file} — {row.broken} (left untouched)"

    @staticmethod
    def summary(row: Row, now: datetime) -> Summary:
        """One row; a session whose dates defeat the arithmetic still gets one (one bad
        file never stops the app from starting)."""
        if row.digest is not None:
            try:
                return summary_of(Digest(**row.digest), now)
            except (TypeError, ValueError, OverflowError):
                pass
        return Summary(row.company, row.role, "?", "?", "?", "check the dates", "")

    def summary_for(self, row: Row) -> Summary:
        if row.id not in self.summaries:
            self.summaries[row.id] = self.summary(row, self.now)
        return self.summaries[row.id]

    def fill_table(self) -> None:
        """The first MAX_ROWS sessions that match the search: a table of thousands draws
        slowly, and the search finds any of them."""
        query = self.query_one("#search", Input).value.strip().casefold()
        table = self.query_one("#table", DataTable)
        table.clear()
        matching = [r for r in self.sessions if not query or query in _search_text(r)]
        shown = [(r.id, self.summary_for(r)) for r in matching[:MAX_ROWS]]
        more = len(matching) - len(shown)
        note = self.query_one("#more", Static)
        note.update(Content(f"{more:,} more — type / and part of a name to find one"))
        note.display = more > 0
        # Company and role share what the other columns leave, so "Next" is never cut.
        fixed = sum(
            max([len(header), *(len(one_line(getattr(s, key))) for _, s in shown)])
            for header, key in COLUMNS[2:]
        )
        self.filled_width = self.size.width
        free = max(20, (self.size.width or 100) - fixed - FRAME)
        longest_company = max([7, *(len(one_line(s.company)) for _, s in shown)])
        longest_role = max([4, *(len(one_line(s.role)) for _, s in shown)])
        if longest_company + longest_role <= free:
            company_width, role_width = longest_company, longest_role
        else:
            company_width = max(10, min(longest_company, max(free // 2, free - longest_role)))
            role_width = max(10, free - company_width)
            company_width, role_width = _spend_slack(
                [s.company for _, s in shown], [s.role for _, s in shown], company_width, role_width
            )
        for session_id, s in shown:
            cells = (
                shorten(s.company, company_width),
                shorten(s.role, role_width),
                *(one_line(getattr(s, key)) for _, key in COLUMNS[2:]),
            )
            table.add_row(*(Text(c) for c in cells), key=session_id)

    def on_resize(self) -> None:
        # Only a new width changes the cuts: a screen gets several Resize events while it
        # starts, and each refill cleared, re-measured and redrew the whole table.
        if self.size.width != self.filled_width:
            self.fill_table()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.fill_table()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one("#table", DataTable).focus()

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_leave_search(self) -> None:
        """Esc in the search box: clear it and go back to the list."""
        search = self.query_one("#search", Input)
        if search.value:
            search.value = ""
        self.query_one("#table", DataTable).focus()

    def selected_id(self) -> str | None:
        table = self.query_one("#table", DataTable)
        if not table.row_count:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return str(row_key.value) if row_key.value is not None else None

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.post_message(self.Request("open", str(event.row_key.value)))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if isinstance(self.focused, Input) and action in (
            "new",
            "duplicate",
            "offer",
            "trash",
            "profile",
            "demo",
            "quit_app",
        ):
            return False  # letters typed in the search box are search text
        if action in ("open", "duplicate", "offer", "trash"):
            return self.selected_id() is not None
        if action == "leave_search":
            return isinstance(self.focused, Input)
        return True

    def action_new(self) -> None:
        self.post_message(self.Request("new"))

    def action_open(self) -> None:
        if (session_id := self.selected_id()) is not None:
            self.post_message(self.Request("open", session_id))

    def action_duplicate(self) -> None:
        if (session_id := self.selected_id()) is not None:
            self.post_message(self.Request("duplicate", session_id))

    def action_offer(self) -> None:
        """Thank the people who made an offer: an offer-stage session from this one."""
        if (session_id := self.selected_id()) is not None:
            self.post_message(self.Request("offer", session_id))

    def action_trash(self) -> None:
        if (session_id := self.selected_id()) is not None:
            self.post_message(self.Request("trash", session_id))

    def action_profile(self) -> None:
        self.post_message(self.Request("profile"))

    def action_demo(self) -> None:
        self.post_message(self.Request("demo"))

    def action_quit_app(self) -> None:
        self.post_message(self.Request("quit"))
