"""The one module that knows where files live."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "thankyou-tui"
DATA_ENV = "THANKYOU_TUI_DATA_DIR"
CONFIG_ENV = "THANKYOU_TUI_CONFIG_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """All of the user's data: sessions, trash and profile. One folder to back up or sync."""
    if override:
        return Path(override).expanduser()
    if env := os.environ.get(DATA_ENV):
        return Path(env).expanduser()
    import platformdirs  # only when no folder was given: most commands are timed

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    """Settings that are not the user's data (theme, extra phrases)."""
    if env := os.environ.get(CONFIG_ENV):
        return Path(env).expanduser()
    import platformdirs

    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def ensure_private_dir(path: Path) -> Path:
    """Create `path` and any missing parents, each 0700 whatever the umask: the folders hold
    personal data. Existing folders are left as they are (see `exposed_warning`)."""
    if path.is_dir():
        return path
    missing = []
    level = path
    while not level.exists() and level != level.parent:
        missing.append(level)
        level = level.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            continue
        os.chmod(folder, 0o700)
    return path


def exposed_warning(root: Path) -> str | None:
    """A warning when the data folder can be read by other users of the machine."""
    try:
        mode = root.stat().st_mode
    except OSError:
        return None
    if os.name == "posix" and mode & 0o077:
        return (
            f"{root} can be read by other users of this machine (mode {mode & 0o777:o}); "
            f"your notes are private: run  chmod 700 {root}"
        )
    return None


EXPORT_ENV = "THANKYOU_TUI_EXPORT_DIR"


def export_dir() -> Path:
    """Where the app exports notes: $THANKYOU_TUI_EXPORT_DIR, else Documents/thankyou-tui
    (files a person opens, not app data)."""
    if env := os.environ.get(EXPORT_ENV):
        return Path(env).expanduser()
    import platformdirs

    return platformdirs.user_documents_path() / APP_NAME
