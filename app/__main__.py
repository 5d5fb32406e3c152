"""`python -m app` runs the same command line as `garagedesk`."""

from app.cli import main

raise SystemExit(main())
