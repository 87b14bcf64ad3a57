"""How long composing every note of a five-interviewer panel takes, per keystroke.

Reported as a ratio against a baseline run in the same process (serialising the same
session to TOML, which the app also does on autosave) and as a share of a 60 Hz frame.
Run: python benchmarks/compose_bench.py
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import datetime

from thankyou_tui.compose import compose
from thankyou_tui.data.codec import dumps
from thankyou_tui.model import Candidate, Format, Interview, Interviewer, Method, Session

FRAME_60HZ = 1 / 60


def panel_session() -> Session:
    people = [
        Interviewer(
            name=f"Person{i} Surname{i}",
            title="Engineer",
            points=[f"the plan for project {i} and its rollout", "how the team shares on-call"],
        )
        for i in range(5)
    ]
    return Session(
        candidate=Candidate(name="Alex Morgan", email="alex@example.com", phone="+1 415 555 0134"),
        interview=Interview(
            company="Acme Robotics",
            role="Staff Software Engineer",
            format=Format.VIDEO,
            panel=True,
            date=datetime(2026, 11, 24, 14),
            qualifications=["led the move of 40 services to Kubernetes", "mentored six engineers"],
            interest="building the software that keeps warehouse robots safe",
            methods=[Method.EMAIL, Method.HANDWRITTEN],
        ),
        interviewers=people,
    )


def median_seconds(work: Callable[[], object], repeats: int = 400) -> float:
    work()  # warm caches (phrase bank, word lists)
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    session = panel_session()
    now = datetime(2026, 11, 24, 19)
    notes = compose(session, now)
    composing = median_seconds(lambda: compose(session, now))
    baseline = median_seconds(lambda: dumps(session))
    print(f"notes composed per call: {len(notes)}")
    print(f"compose, 5-person panel: {composing * 1e3:.3f} ms (median of 400)")
    print(f"baseline, TOML dumps of the same session: {baseline * 1e3:.3f} ms")
    print(f"ratio compose / baseline: {composing / baseline:.2f}x")
    print(f"share of a 60 Hz frame: {composing / FRAME_60HZ:.1%}")


if __name__ == "__main__":
    main()
