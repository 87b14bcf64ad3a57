"""The App: wires the session editor to the screens, the autosave timer and the header."""

from __future__ import annotations

import contextlib
import gc
import importlib
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer

from thankyou_tui.data.files import SESSIONS, StoreError
from thankyou_tui.data.index import Row, head, rows
from thankyou_tui.data.paths import config_dir as default_config_dir
from thankyou_tui.data.paths import export_dir, exposed_warning
from thankyou_tui.data.profile import Profile, ProfileFile, load_profile, save_profile
from thankyou_tui.data.settings import load_settings, save_settings
from thankyou_tui.screens.home import HomeScreen
from thankyou_tui.textsafe import REPLACEMENT

# What the home screen's first frame does not need is imported where it is used: the editor
# (wizard, store, codec), the demo, the clipboard and the dialogs cost ~50 ms of start-up.
if TYPE_CHECKING:
    from thankyou_tui.data.store import SessionStore
    from thankyou_tui.model import Stage
    from thankyou_tui.screens.profile import ProfileScreen
    from thankyou_tui.screens.review import ReviewScreen
    from thankyou_tui.screens.step import StepScreen
    from thankyou_tui.spelling import Speller
    from thankyou_tui.wizard import Saved, SessionEditor, Step
    from thankyou_tui.wording import PhraseBank

AUTOSAVE_DELAY = 0.8  # seconds after typing stops

# The step screens' and the profile's CSS: read when the first of them opens (the home
# screen's first frame does not parse it).
FORMS_CSS = Path(__file__).with_name("forms.tcss")


# Each step's screen, imported when first shown: the home screen's first frame does not wait
# for the composer, the checks and five forms.
# Keyed by the steps' values: Step is a StrEnum, so Step.REVIEW finds "review".
STEP_SCREENS = {
    "interview": ("thankyou_tui.screens.interview", "InterviewScreen"),
    "interviewers": ("thankyou_tui.screens.interviewers", "InterviewersScreen"),
    "pitch": ("thankyou_tui.screens.pitch", "PitchScreen"),
    "delivery": ("thankyou_tui.screens.delivery", "DeliveryScreen"),
    "review": ("thankyou_tui.screens.review", "ReviewScreen"),
}


def step_screen_class(step: Step | str) -> type[StepScreen]:
    module, name = STEP_SCREENS[str(step)]  # "review" works as well as Step.REVIEW
    screen: type[StepScreen] = getattr(importlib.import_module(module), name)
    return screen


def _loaded(module: str, name: str, screen: object) -> bool:
    """isinstance against a lazily imported screen class: if its module was never imported,
    no such screen exists."""
    loaded = sys.modules.get(module)
    return loaded is not None and isinstance(screen, getattr(loaded, name))


def as_step(screen: object) -> StepScreen | None:
    found = _loaded("thankyou_tui.screens.step", "StepScreen", screen)
    return cast("StepScreen", screen) if found else None


def as_review(screen: object) -> ReviewScreen | None:
    found = _loaded("thankyou_tui.screens.review", "ReviewScreen", screen)
    return cast("ReviewScreen", screen) if found else None


def as_profile(screen: object) -> ProfileScreen | None:
    found = _loaded("thankyou_tui.screens.profile", "ProfileScreen", screen)
    return cast("ProfileScreen", screen) if found else None


class ThankYouApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "thankyou-tui"
    BINDINGS: ClassVar[list[Binding | tuple[str, str] | tuple[str, str, str]]] = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("f1,question_mark", "help", "Help"),
    ]

    save_state: reactive[str] = reactive("")
    # The F2 preview below the form on a narrow terminal stays as the user left it.
    show_preview: reactive[bool] = reactive(False)

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
        self._store: SessionStore | None = None
        self.clock = clock
        self.config_dir = config_dir if config_dir is not None else default_config_dir()
        self.start_session_id = session_id
        self.start_demo = demo
        self.profile_file: ProfileFile = load_profile(root)
        self.workdays = self.profile_file.profile.workdays()
        self._editor: SessionEditor | None = None
        self.demo_dir: Path | None = None  # a throwaway folder while the demo is open
        self.speller: Speller | None = None  # loaded in a worker once a session is open
        self._speller_started = False
        self._autosave: Timer | None = None
        self._watching_theme = False  # theme changes before mount come from settings, not the user
        self._bank: PhraseBank | None = None  # loaded with the first step screen
        settings = load_settings(self.config_dir)
        if isinstance(settings.get("theme"), str) and settings["theme"] in self.available_themes:
            self.theme = settings["theme"]

    @property
    def store(self) -> SessionStore:
        """Your sessions (the demo has its own store, in the editor)."""
        if self._store is None:
            from thankyou_tui.data.store import SessionStore

            self._store = SessionStore(self.root)
        return self._store

    @property
    def editor(self) -> SessionEditor:
        """The open session, or none yet: made when first needed, not for the first frame."""
        if self._editor is None:
            from thankyou_tui.wizard import SessionEditor

            self._editor = SessionEditor(self.store, self.clock, self.workdays)
        return self._editor

    @property
    def editing(self) -> bool:
        """A session is open (without making an editor to ask)."""
        return self._editor is not None and self._editor.is_open

    # -- start-up ----------------------------------------------------------------

    def get_default_screen(self) -> Screen[None]:
        # The home screen is the first screen itself, not pushed over a blank one from
        # on_mount: a screen pushed while the app starts is laid out and drawn once in vain
        # (Textual drops frames until the app is running), then drawn again.
        return HomeScreen(self.first_listing(), self.clock, self.workdays)

    def first_listing(self) -> list[Row]:
        """A screenful of rows from the head of the index when it vouches for them (the first
        frame then reads neither the whole index nor 10,000 file dates), checked against
        every file right after that frame is drawn; else the full listing at once."""
        shown = head(self.root, max(self.size.height, 24), self.workdays)
        if shown is None:
            return self.listing()
        self.call_after_refresh(self.check_listing)
        return shown

    def check_listing(self) -> None:
        """The full read behind a first frame drawn from the head of the index, off the event
        loop: at 10,000 sessions it takes a few hundred ms, and the user may be typing."""

        def read() -> None:
            listing = self.listing()
            self.call_from_thread(self.show_home_listing, listing)

        self.run_worker(read, thread=True, exit_on_error=False, group="listing")

    def show_home_listing(self, listing: list[Row]) -> None:
        home = next((s for s in self.screen_stack if isinstance(s, HomeScreen)), None)
        if home is not None:
            home.show_listing(listing)

    def on_mount(self) -> None:
        self.call_after_refresh(gc.enable)  # off while starting (see commands._run_app)
        self._watching_theme = not self.start_demo  # a theme tried in the demo is not kept
        if self.profile_file.problem:
            self.notify(self.profile_file.problem, severity="warning", markup=False, timeout=10)
        if (exposed := exposed_warning(self.root)) is not None:
            self.notify(exposed, severity="warning", markup=False, timeout=10)
        if self.start_demo:
            self.open_demo()
        elif self.start_session_id is not None:
            self.open_session(self.start_session_id)

    def _load_speller(self) -> None:
        from thankyou_tui.spelling import speller

        loaded = speller()
        self.call_from_thread(self._speller_ready, loaded)

    def _speller_ready(self, loaded: Speller) -> None:
        self.speller = loaded
        if (review := as_review(self.screen)) is not None:
            review.update_preview()  # now with spelling

    def watch_theme(self, theme: str) -> None:
        if self._watching_theme:
            save_settings(self.config_dir, {"theme": theme})

    # -- sessions ------------------------------------------------------------------

    def open_session(self, session_id: str) -> None:
        from thankyou_tui.data.codec import SessionFileError
        from thankyou_tui.data.store import describe

        profile = self.profile_file.profile
        try:
            step = self.editor.open(session_id, None if profile.is_empty else profile.candidate())
        except (SessionFileError, StoreError, OSError) as exc:
            reason = describe(exc.problems) if isinstance(exc, SessionFileError) else str(exc)
            self.notify(f"Can't open {session_id}: {reason}", severity="error", markup=False)
            return
        self.report_repairs()
        self.save_state = "saved"
        self.show_step(step)

    def new_session(self) -> None:
        profile = self.profile_file.profile
        if profile.is_empty and self.profile_file.problem is None:
            from thankyou_tui.screens.profile import ProfileScreen

            self.use_forms_css()
            self.push_screen(ProfileScreen(profile, first_time=True), self._profile_then_new)
            return
        self.start_new(profile)

    def _profile_then_new(self, profile: Profile | None) -> None:
        if profile is None:
            return
        self.keep_profile(profile)
        self.start_new(profile)

    def start_new(self, profile: Profile) -> None:
        self.use_store(self.store)
        self.editor.new(profile.candidate(), profile.qualifications)
        self.save_state = ""
        self.show_step("interview")

    def duplicate_session(self, session_id: str, stage: Stage | None = None) -> None:
        from thankyou_tui.data.codec import SessionFileError

        try:
            self.editor.next_round(session_id, stage)
        except (SessionFileError, StoreError, OSError) as exc:
            self.notify(f"Can't duplicate {session_id}: {exc}", severity="error", markup=False)
            return
        self.save_state = ""
        self.show_step("interview")

    def trash_session(self, session_id: str) -> None:
        from thankyou_tui.screens.confirm import ConfirmScreen

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
        """The demo, in a throwaway folder: nothing of it lands among your own sessions."""
        from thankyou_tui.data.demo import demo_session
        from thankyou_tui.data.store import SessionStore
        from thankyou_tui.wizard import Step

        if self.start_demo:
            demo_store = self.store  # the whole app runs in a throwaway folder already
        else:
            self.demo_dir = Path(tempfile.mkdtemp(prefix="thankyou-tui-demo-"))
            demo_store = SessionStore(self.demo_dir)
        self.notify(
            "The demo: a throwaway copy. Nothing you do here touches your own sessions.",
            markup=False,
        )
        self.use_store(demo_store)
        self.editor.start(demo_session(self.clock()), Step.REVIEW)
        self.editor.changed()
        self.save_now()
        self.show_step(Step.REVIEW)

    def use_store(self, store: SessionStore) -> None:
        from thankyou_tui.wizard import SessionEditor

        self._editor = SessionEditor(store, self.clock, self.workdays)

    def edit_profile(self) -> None:
        if self.profile_file.problem:
            self.notify(self.profile_file.problem, severity="warning", markup=False)
            return

        def done(profile: Profile | None) -> None:
            if profile is not None:
                self.keep_profile(profile)

        from thankyou_tui.screens.profile import ProfileScreen

        self.use_forms_css()
        self.push_screen(ProfileScreen(self.profile_file.profile), done)

    def keep_profile(self, profile: Profile) -> None:
        self.profile_file.profile = profile
        self.workdays = profile.workdays()
        if self._editor is not None:
            self._editor.workdays = self.workdays
        try:
            save_profile(self.root, self.profile_file)
        except OSError as exc:
            self.notify(f"Profile not saved: {exc}", severity="error", markup=False)

    def use_forms_css(self) -> None:
        """Add forms.tcss to the app's CSS, as CSS_PATH would have, before a step screen or
        the profile is made. Not a screen's CSS_PATH: Textual re-parses every source and
        restyles every widget when a screen brings new CSS; added here, only this file is
        parsed, and it styles no widget that exists yet."""
        if not self.stylesheet.has_source(str(FORMS_CSS), ""):
            self.stylesheet.read(FORMS_CSS)
            if self.css_monitor is not None:  # `textual run --dev` reloads it as well
                self.css_monitor.add_paths([FORMS_CSS])

    # -- steps -----------------------------------------------------------------------

    def show_step(self, step: Step | str) -> None:
        if not self.editor.is_open:
            return
        if not self._speller_started:
            # The spelling dictionary takes ~0.3 s: loaded off the UI thread once a session
            # is open, so the first frame of the home screen never waits on it.
            self._speller_started = True
            self.run_worker(self._load_speller, thread=True, exit_on_error=False)
        self.use_forms_css()
        screen = step_screen_class(step)(self.editor, self.clock, self.bank())
        if as_step(self.screen) is not None:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def go_home(self) -> None:
        self.flush_screen()
        self.report(self.editor.close())
        self.cancel_autosave()
        self.save_state = ""
        while as_step(self.screen) is not None:
            self.pop_screen()
        if self.demo_dir is not None:
            shutil.rmtree(self.demo_dir, ignore_errors=True)
            self.demo_dir = None
        self.use_store(self.store)
        self.refresh_home()

    def refresh_home(self) -> None:
        self.show_home_listing(self.listing())

    def on_home_screen_request(self, request: HomeScreen.Request) -> None:
        if request.action == "new":
            self.new_session()
        elif request.action == "open" and request.session_id:
            self.use_store(self.store)
            self.open_session(request.session_id)
        elif request.action == "duplicate" and request.session_id:
            self.use_store(self.store)
            self.duplicate_session(request.session_id)
        elif request.action == "offer" and request.session_id:
            self.use_store(self.store)
            from thankyou_tui.model import Stage

            self.duplicate_session(request.session_id, Stage.OFFER)
        elif request.action == "trash" and request.session_id:
            self.trash_session(request.session_id)
        elif request.action == "profile":
            self.edit_profile()
        elif request.action == "demo":
            self.open_demo()
        elif request.action == "quit":
            self.exit(0)

    def on_step_screen_navigate(self, message: StepScreen.Navigate) -> None:
        if message.step is None:
            self.go_home()
            return
        self.save_now()
        self.show_step(message.step)

    # -- autosave --------------------------------------------------------------------

    def on_step_screen_session_edited(self, message: StepScreen.SessionEdited) -> None:
        self.report_repairs()
        self.save_state = "editing"
        self.cancel_autosave()
        self._autosave = self.set_timer(AUTOSAVE_DELAY, self.save_now)

    def cancel_autosave(self) -> None:
        if self._autosave is not None:
            self._autosave.stop()
            self._autosave = None

    def save_now(self) -> None:
        self.cancel_autosave()
        if self.editing:
            self.report(self.editor.save())

    def report(self, saved: Saved) -> None:
        if saved.state:
            self.save_state = saved.state
        if saved.message:
            self.notify(
                saved.message,
                severity="error" if saved.error else "warning",
                markup=False,
                timeout=15,
            )

    def report_repairs(self) -> None:
        """Text that could not be kept as typed was cleaned: say where, once."""
        repaired, self.editor.repaired = self.editor.repaired, []
        if repaired:
            self.notify(
                f"Some characters in {', '.join(dict.fromkeys(repaired))} cannot be kept as "
                f"they are (a control character, or a broken one from a paste): they are shown "
                f"as symbols such as ␛ or {REPLACEMENT}. Check the text there.",
                severity="warning",
                markup=False,
                timeout=15,
            )

    def on_unmount(self) -> None:
        # The terminal closed without ctrl+q (SIGHUP, a closed window): the session is in
        # the editor, not in widgets, so it can still be written.
        if self.editing and self.editor.dirty:
            with contextlib.suppress(OSError):
                self.editor.save()
        if self.demo_dir is not None:
            shutil.rmtree(self.demo_dir, ignore_errors=True)

    def flush_screen(self) -> None:
        if (step := as_step(self.screen)) is not None:
            step.flush_pending()
        elif (profile := as_profile(self.screen)) is not None and (
            profile.profile != self.profile_file.profile and self.profile_file.problem is None
        ):
            self.keep_profile(profile.profile)  # quitting mid-profile keeps what was typed

    async def action_quit(self) -> None:
        self.flush_screen()
        self.save_now()
        if self.editing and self.editor.dirty:
            self.ask_before_losing()
            return
        self.exit(0)

    def bank(self) -> PhraseBank:
        """The phrase bank (yours over the shipped one), read when first needed: the home
        screen does not wait for it. Your phrases' problems are reported then."""
        if self._bank is None:
            from thankyou_tui.wording import load_bank

            self._bank = load_bank(self.config_dir)
            for problem in self._bank.problems:
                self.notify(
                    f"Your phrases: {problem}", severity="warning", markup=False, timeout=10
                )
        return self._bank

    def listing(self) -> list[Row]:
        """The sessions from the index (only changed files are read), or, when the data
        folder itself is wrong (a file where the folder should be), that one problem with its
        fix: the app still starts."""
        from thankyou_tui.data.lock import clean_stale  # after the first frame: not imported for it

        clean_stale(self.root / SESSIONS)  # temps and locks a killed save left behind
        try:
            return rows(self.root, self.workdays)
        except (StoreError, OSError) as exc:
            return [Row("", str(self.root), broken=str(exc))]

    def ask_before_losing(self) -> None:
        """The last save failed: never quit silently with the user's work unsaved."""
        from thankyou_tui.clipboard import plain, system_copy
        from thankyou_tui.screens.choose import ChooseScreen

        if isinstance(self.screen, ChooseScreen):
            return
        choices = [
            ("r", "Try saving again"),
            ("e", f"Save a copy in {export_dir()} and quit"),
            ("c", "Copy the whole session (TOML) to the clipboard"),
            ("q", "Quit and lose the unsaved changes"),
        ]

        def answered(key: str | None) -> None:
            if key == "r":
                self.call_later(self.action_quit)
            elif key == "e":
                try:
                    path = self.editor.save_copy(export_dir())
                except OSError as exc:
                    self.notify(f"Could not save a copy: {exc}", severity="error", markup=False)
                    return
                self.exit(return_code=0, message=Text(f"Your unsaved session was saved as {path}"))
            elif key == "c":
                text = plain(self.editor.session_text())
                self.copy_to_clipboard(text)
                result = system_copy(text)
                way = f"the system clipboard ({result.detail})" if result.copied else "OSC 52"
                self.notify(f"Copied the session through {way}.", markup=False)
            elif key == "q":
                self.exit(return_code=1)

        self.push_screen(
            ChooseScreen("Your last changes are NOT saved (see the message). What now?", choices),
            answered,
        )

    def action_help(self) -> None:
        from thankyou_tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    # -- command palette ---------------------------------------------------------------

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("New session", "Start a thank-you session", self.new_session)
        yield SystemCommand("Open session", "Back to your sessions to pick one", self.go_home)
        if (review := as_review(screen)) is not None:
            yield SystemCommand("Copy note", "Copy the selected note", review.action_copy)
        if as_step(screen) is not None:
            yield SystemCommand("Help", "Keys and what each step is for", self.action_help)


def run(root: Path, *, session_id: str | None, demo: bool) -> int:
    if demo:
        root = Path(tempfile.mkdtemp(prefix="thankyou-tui-demo-"))
    app = ThankYouApp(root, session_id=session_id, demo=demo)
    try:
        app.run()
    finally:
        if demo:
            shutil.rmtree(root, ignore_errors=True)  # the demo leaves nothing behind
    return app.return_code or 0
