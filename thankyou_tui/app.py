"""The App: owns the current session, the step order and autosave."""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer

from thankyou_tui.data.codec import SessionFileError
from thankyou_tui.data.demo import demo_session
from thankyou_tui.data.paths import config_dir as default_config_dir
from thankyou_tui.data.profile import Profile, ProfileFile, load_profile, save_profile
from thankyou_tui.data.settings import load_settings, save_settings
from thankyou_tui.data.store import SessionStore, StoredSession, StoreError, describe
from thankyou_tui.model import (
    REPLACEMENT,
    Interview,
    Session,
    Stage,
    is_draft,
    progress_step,
    repair_text,
    set_progress,
    validate,
)
from thankyou_tui.screens.confirm import ConfirmScreen
from thankyou_tui.screens.delivery import DeliveryScreen
from thankyou_tui.screens.help import HelpScreen
from thankyou_tui.screens.home import HomeScreen
from thankyou_tui.screens.interview import InterviewScreen
from thankyou_tui.screens.interviewers import InterviewersScreen
from thankyou_tui.screens.pitch import PitchScreen
from thankyou_tui.screens.profile import ProfileScreen
from thankyou_tui.screens.review import ReviewScreen
from thankyou_tui.screens.step import StepScreen
from thankyou_tui.widgets.step_header import STEP_NAMES
from thankyou_tui.wording import load_bank

AUTOSAVE_DELAY = 0.8  # seconds after typing stops
STEP_SCREENS: dict[str, type[StepScreen]] = {
    "interview": InterviewScreen,
    "interviewers": InterviewersScreen,
    "pitch": PitchScreen,
    "delivery": DeliveryScreen,
    "review": ReviewScreen,
}
NEXT_STAGE = {Stage.PHONE_SCREEN: Stage.INTERVIEW, Stage.INTERVIEW: Stage.FINAL}


class ThankYouApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "thankyou-tui"
    BINDINGS: ClassVar[list[Binding | tuple[str, str] | tuple[str, str, str]]] = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("f1,question_mark", "help", "Help"),
    ]

    save_state: reactive[str] = reactive("")

    def __init__(
        self,
        root: Path,
        *,
        session_id: str | None = None,
        demo: bool = False,
        clock: Callable[[], datetime] = datetime.now,
        config_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.root = root
        self.store = SessionStore(root)
        self.clock = clock
        self.config_dir = config_dir if config_dir is not None else default_config_dir()
        self.start_session_id = session_id
        self.start_demo = demo
        self.profile_file: ProfileFile = load_profile(root)
        self.current: StoredSession | None = None
        self.provisional_id = False  # a new session's file is renamed once it has a company
        self._autosave: Timer | None = None
        self._watching_theme = False  # theme changes before mount come from settings, not the user
        self.bank = load_bank(self.config_dir)
        settings = load_settings(self.config_dir)
        if isinstance(settings.get("theme"), str) and settings["theme"] in self.available_themes:
            self.theme = settings["theme"]

    # -- start-up ----------------------------------------------------------------

    def on_mount(self) -> None:
        self._watching_theme = True
        self.push_screen(HomeScreen(self.store.list(), self.clock))
        for problem in self.bank.problems:
            self.notify(f"Your phrases: {problem}", severity="warning", markup=False, timeout=10)
        if self.profile_file.problem:
            self.notify(self.profile_file.problem, severity="warning", markup=False, timeout=10)
        if self.start_demo:
            self.open_demo()
        elif self.start_session_id is not None:
            self.open_session(self.start_session_id)

    def watch_theme(self, theme: str) -> None:
        if self._watching_theme:
            save_settings(self.config_dir, {"theme": theme})

    # -- sessions ------------------------------------------------------------------

    def open_session(self, session_id: str) -> None:
        try:
            stored = self.store.load(session_id)
        except (SessionFileError, StoreError, OSError) as exc:
            reason = describe(exc.problems) if isinstance(exc, SessionFileError) else str(exc)
            self.notify(f"Can't open {session_id}: {reason}", severity="error", markup=False)
            return
        self.current = stored
        self.provisional_id = False
        self.save_state = "saved"
        profile = self.profile_file.profile
        if not stored.session.candidate.name.strip() and not profile.is_empty:
            # A session started before the profile existed: sign it with the profile.
            stored.session.candidate = profile.candidate()
        step = progress_step(stored.session)
        self.show_step(step if step in STEP_NAMES else "interview")

    def create_session(self, session: Session) -> None:
        set_progress(session, "interview", draft=bool(validate(session)))
        try:
            self.current = self.store.create(session)
        except OSError as exc:
            self.notify(f"Can't save in {self.root}: {exc}", severity="error", markup=False)
            return
        self.provisional_id = not session.interview.company.strip()
        self.save_state = "saved"
        self.show_step(progress_step(session) or "interview")

    def new_session(self) -> None:
        profile = self.profile_file.profile
        if profile.is_empty and self.profile_file.problem is None:
            self.push_screen(ProfileScreen(profile, first_time=True), self._profile_then_new)
            return
        self.create_session(self.blank_session(profile))

    def _profile_then_new(self, profile: Profile | None) -> None:
        if profile is None:
            return
        self.keep_profile(profile)
        self.create_session(self.blank_session(profile))

    def blank_session(self, profile: Profile) -> Session:
        """Sensible defaults: you, today, video, email."""
        return Session(
            candidate=profile.candidate(),
            interview=Interview(
                date=self.clock().date(), qualifications=list(profile.qualifications)
            ),
        )

    def duplicate_session(self, session_id: str) -> None:
        """The next round: same company, role and candidate; new date and interviewers."""
        try:
            source = self.store.load(session_id).session
        except (SessionFileError, StoreError, OSError) as exc:
            self.notify(f"Can't duplicate {session_id}: {exc}", severity="error", markup=False)
            return
        itv = source.interview
        session = Session(
            candidate=source.candidate,
            interview=Interview(
                company=itv.company,
                role=itv.role,
                stage=NEXT_STAGE.get(itv.stage, itv.stage),
                format=itv.format,
                date=self.clock().date(),
                qualifications=list(itv.qualifications),
                interest=itv.interest,
                methods=list(itv.methods),
                tone=itv.tone,
            ),
        )
        self.create_session(session)

    def trash_session(self, session_id: str) -> None:
        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                target = self.store.trash(session_id)
            except (OSError, StoreError) as exc:
                self.notify(f"Can't move it: {exc}", severity="error", markup=False)
                return
            self.notify(
                f"Moved to {target} — move it back to sessions/ to restore it.", markup=False
            )
            self.refresh_home()

        self.push_screen(
            ConfirmScreen(
                Content(f"Move '{session_id}' to the trash folder? You can restore it by hand."),
                yes="Move to trash",
            ),
            answered,
        )

    def open_demo(self) -> None:
        if self.start_demo and self.current is None:
            self.notify(
                f"Demo: nothing here touches your own sessions (this is {self.root}).",
                markup=False,
            )
        session = demo_session(self.clock())
        set_progress(session, "review", draft=False)
        try:
            self.current = self.store.create(session)
        except OSError as exc:
            self.notify(f"Can't save the demo: {exc}", severity="error", markup=False)
            return
        self.save_state = "saved"
        self.show_step("review")

    def edit_profile(self) -> None:
        if self.profile_file.problem:
            self.notify(self.profile_file.problem, severity="warning", markup=False)
            return

        def done(profile: Profile | None) -> None:
            if profile is not None:
                self.keep_profile(profile)

        self.push_screen(ProfileScreen(self.profile_file.profile), done)

    def keep_profile(self, profile: Profile) -> None:
        self.profile_file.profile = profile
        try:
            save_profile(self.root, self.profile_file)
        except OSError as exc:
            self.notify(f"Profile not saved: {exc}", severity="error", markup=False)

    # -- steps -----------------------------------------------------------------------

    def show_step(self, step: str) -> None:
        if self.current is None:
            return
        if step == "home":
            self.go_home()
            return
        self.flush_screen()
        session = self.current.session
        set_progress(session, step, draft=bool(validate(session)))
        self.save_now()
        if self.provisional_id and session.interview.company.strip():
            # Created before it had a name: now the file can say what it is.
            self.provisional_id = False
            with contextlib.suppress(OSError):  # keeping the first name is harmless
                self.store.rename_to_fit(self.current)
        screen = STEP_SCREENS[step](session, self.clock, self.bank)
        if isinstance(self.screen, StepScreen):
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def go_home(self) -> None:
        self.flush_screen()
        self.save_now()
        self.current = None
        self.save_state = ""
        while isinstance(self.screen, StepScreen):
            self.pop_screen()
        self.refresh_home()

    def refresh_home(self) -> None:
        home = next((s for s in self.screen_stack if isinstance(s, HomeScreen)), None)
        if home is not None:
            home.show_listing(self.store.list())

    def on_home_screen_request(self, request: HomeScreen.Request) -> None:
        if request.action == "new":
            self.new_session()
        elif request.action == "open" and request.session_id:
            self.open_session(request.session_id)
        elif request.action == "duplicate" and request.session_id:
            self.duplicate_session(request.session_id)
        elif request.action == "trash" and request.session_id:
            self.trash_session(request.session_id)
        elif request.action == "profile":
            self.edit_profile()
        elif request.action == "demo":
            self.open_demo()
        elif request.action == "quit":
            self.exit(0)

    def on_step_screen_navigate(self, message: StepScreen.Navigate) -> None:
        self.show_step(message.step)

    # -- autosave --------------------------------------------------------------------

    def on_step_screen_session_edited(self, message: StepScreen.SessionEdited) -> None:
        if self.current is not None:
            self.repair(self.current.session)
        self.save_state = "editing"
        if self._autosave is not None:
            self._autosave.stop()
        self._autosave = self.set_timer(AUTOSAVE_DELAY, self.save_now)

    def save_now(self) -> None:
        if self._autosave is not None:
            self._autosave.stop()
            self._autosave = None
        if self.current is None:
            return
        session = self.current.session
        self.repair(session)
        set_progress(session, progress_step(session) or "interview", draft=bool(validate(session)))
        try:
            result = self.store.save(self.current)
        except OSError as exc:
            self.save_state = "NOT saved"
            self.notify(
                f"Could not save to {self.current.path}: {exc.strerror or exc}. "
                "Your work is still open; free some space or fix the folder and it saves again.",
                severity="error",
                markup=False,
                timeout=15,
            )
            return
        self.save_state = "saved" if not is_draft(session) else "saved draft"
        if result.conflict:
            self.notify(result.message, severity="warning", markup=False, timeout=15)

    def repair(self, session: Session) -> None:
        """Text that cannot be saved (a lone surrogate from a paste) is replaced, visibly."""
        repaired = repair_text(session)
        if repaired:
            self.notify(
                f"A broken character (likely from a paste) in {', '.join(repaired)} was "
                f"replaced with {REPLACEMENT}; check the text there.",
                severity="warning",
                markup=False,
                timeout=15,
            )

    def on_unmount(self) -> None:
        # The terminal closed without ctrl+q (SIGHUP, a closed window): the session is in
        # memory, not in widgets, so it can still be written.
        if self.current is not None and self._autosave is not None:
            with contextlib.suppress(OSError):
                self.store.save(self.current)

    def flush_screen(self) -> None:
        if isinstance(self.screen, StepScreen):
            self.screen.flush_pending()
        elif isinstance(self.screen, ProfileScreen) and (
            self.screen.profile != self.profile_file.profile and self.profile_file.problem is None
        ):
            self.keep_profile(self.screen.profile)  # quitting mid-profile keeps what was typed

    async def action_quit(self) -> None:
        self.flush_screen()
        self.save_now()
        self.exit(0)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    # -- command palette ---------------------------------------------------------------

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("New session", "Start a thank-you session", self.new_session)
        yield SystemCommand("Open session", "Back to your sessions to pick one", self.go_home)
        if isinstance(screen, ReviewScreen):
            yield SystemCommand("Copy note", "Copy the selected note", screen.action_copy)
        if isinstance(screen, StepScreen):
            yield SystemCommand("Help", "Keys and what each step is for", self.action_help)


def run(root: Path, *, session_id: str | None, demo: bool) -> int:
    if demo:
        root = Path(tempfile.mkdtemp(prefix="thankyou-tui-demo-"))
    app = ThankYouApp(root, session_id=session_id, demo=demo)
    app.run()
    return app.return_code or 0
