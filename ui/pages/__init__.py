"""The main window's pages (one per stage of the desk's work) and the file views they show."""
