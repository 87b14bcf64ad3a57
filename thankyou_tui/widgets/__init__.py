"""Reusable widgets: the step header, the note preview, the points list."""
