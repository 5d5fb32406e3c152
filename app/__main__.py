"""`python -m app` runs the same program as `garagedesk` (ui/entry.py: the command line with
the window plugged in). The one place app/ names ui/: the program's composition root."""

from ui.entry import main

raise SystemExit(main())
