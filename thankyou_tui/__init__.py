"""thankyou-tui: thank-you notes after a job interview."""

__version__ = "0.1.0"
