"""App settings that are not the user's data (the theme), in the config folder."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from thankyou_tui.data.paths import ensure_private_dir

SETTINGS_FILE = "settings.toml"


def load_settings(config_dir: Path) -> dict[str, Any]:
    try:
        return tomllib.loads((config_dir / SETTINGS_FILE).read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}  # settings are a convenience: a bad file means defaults, and is left alone


def save_settings(config_dir: Path, changes: dict[str, Any]) -> None:
    # Imported here: the app loads settings before its first frame, and saves them later.
    import tomli_w

    from thankyou_tui.data.atomic import write_atomic

    path = config_dir / SETTINGS_FILE
    current: dict[str, Any] = {}
    if path.exists():
        current = load_settings(config_dir)
        if not current and path.stat().st_size:
            return  # unreadable: never overwrite what we could not read
    try:
        ensure_private_dir(config_dir)
        write_atomic(path, tomli_w.dumps(current | changes).encode("utf-8"))
    except OSError:
        pass
