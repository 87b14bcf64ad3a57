"""The user's profile: who they are and what they usually highlight, in `profile.toml`."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from thankyou_tui.data.paths import ensure_private_dir
from thankyou_tui.timing import MONDAY_TO_FRIDAY, PlaceError, Workdays, workdays_for

if TYPE_CHECKING:  # the app reads the profile before its first frame, which needs no model
    from thankyou_tui.model import Candidate

PROFILE_FILE = "profile.toml"


@dataclass
class Profile:
    name: str = ""
    email: str = ""
    phone: str = ""
    signature: str = ""
    qualifications: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    # Where public holidays come from for the send-by mark ("US", region "CA"); "" for none.
    country: str = ""
    region: str = ""

    @property
    def is_empty(self) -> bool:
        return not self.name.strip()

    def workdays(self) -> Workdays:
        """Business days where the user lives; Monday to Friday if the place is unknown."""
        try:
            return workdays_for(self.country, self.region)
        except PlaceError:
            return MONDAY_TO_FRIDAY

    def candidate(self) -> Candidate:
        from thankyou_tui.model import Candidate

        return Candidate(self.name, self.email, self.phone, self.signature)


@dataclass
class ProfileFile:
    """The profile and whether it may be written (a broken file is never overwritten)."""

    path: Path
    profile: Profile
    problem: str | None = None

    @property
    def exists(self) -> bool:
        return self.path.exists()


def load_profile(root: Path) -> ProfileFile:
    path = root / PROFILE_FILE
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return ProfileFile(path, Profile())
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return ProfileFile(path, Profile(), f"{path.name}: {exc} (left untouched; fix it by hand)")
    texts = {
        k: data.get(k, "") for k in ("name", "email", "phone", "signature", "country", "region")
    }
    quals = data.get("qualifications", [])
    if not all(isinstance(v, str) for v in texts.values()) or not (
        isinstance(quals, list) and all(isinstance(q, str) for q in quals)
    ):
        return ProfileFile(
            path,
            Profile(),
            f"{path.name}: name, email, phone, signature, country and region must be text and "
            "qualifications a list of texts (left untouched; fix it by hand)",
        )
    extra = {k: v for k, v in data.items() if k not in (*texts, "qualifications")}
    return ProfileFile(path, Profile(**texts, qualifications=list(quals), extra=extra))


def save_profile(root: Path, profile: ProfileFile) -> None:
    # Imported here: the app loads the profile before its first frame, and saves it later.
    import tomli_w

    from thankyou_tui.data.atomic import write_atomic

    if profile.problem is not None:
        raise OSError(f"{profile.path} could not be read, so it is not overwritten")
    p = profile.profile
    doc: dict[str, Any] = {
        k: v
        for k, v in {
            "name": p.name,
            "email": p.email,
            "phone": p.phone,
            "signature": p.signature,
            "qualifications": p.qualifications,
            "country": p.country,
            "region": p.region,
        }.items()
        if v
    }
    doc.update(p.extra)
    ensure_private_dir(root)
    write_atomic(profile.path, tomli_w.dumps(doc).encode("utf-8"))
