"""`python -m thankyou_tui` does what the `thankyou-tui` command does."""

import sys

from thankyou_tui.cli import main

sys.exit(main())
