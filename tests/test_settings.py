from pathlib import Path

import pytest

from thankyou_tui.data.profile import Profile, load_profile, save_profile
from thankyou_tui.data.settings import load_settings, save_settings


def test_settings_round_trip_and_keep_other_keys(tmp_path: Path):
    config = tmp_path / "config"
    save_settings(config, {"theme": "nord"})
    save_settings(config, {"other": 1})
    assert load_settings(config) == {"theme": "nord", "other": 1}
    assert (config / "settings.toml").stat().st_mode & 0o777 == 0o600


def test_unreadable_settings_are_never_overwritten(tmp_path: Path):
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.toml").write_text("theme = \n")
    save_settings(config, {"theme": "nord"})
    assert (config / "settings.toml").read_text() == "theme = \n"
    assert load_settings(config) == {}


def test_profile_round_trip_keeps_unknown_keys(tmp_path: Path):
    (tmp_path / "profile.toml").write_text('name = "Ana"\nlinkedin = "x"\n')
    loaded = load_profile(tmp_path)
    assert loaded.problem is None and loaded.profile.name == "Ana"
    loaded.profile.qualifications = ["ten years of SQL"]
    save_profile(tmp_path, loaded)
    again = load_profile(tmp_path).profile
    assert again == Profile(
        name="Ana", qualifications=["ten years of SQL"], extra={"linkedin": "x"}
    )


def test_broken_profile_is_reported_and_left_alone(tmp_path: Path):
    (tmp_path / "profile.toml").write_text("name = [\n")
    loaded = load_profile(tmp_path)
    assert loaded.problem is not None and "profile.toml" in loaded.problem
    with pytest.raises(OSError, match="not overwritten"):
        save_profile(tmp_path, loaded)
    assert (tmp_path / "profile.toml").read_text() == "name = [\n"
