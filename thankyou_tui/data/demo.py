"""The built-in demo session, dated a few hours ago so the 24-hour clock means something."""

from __future__ import annotations

from datetime import datetime, timedelta
from importlib import resources

from thankyou_tui.data.codec import loads
from thankyou_tui.model import Session


def demo_session(now: datetime) -> Session:
    session = loads(resources.files("thankyou_tui").joinpath("demo.toml").read_text("utf-8"))
    started = (now - timedelta(hours=3)).replace(minute=0, second=0, microsecond=0)
    session.interview.date = started
    session.interview.decision_by = (started + timedelta(days=10)).date()
    return session
