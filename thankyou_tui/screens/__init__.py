"""One module a screen. Screens are thin: they read input into the session and show what
the core returns."""
