"""The day's automatic backup, at the first start and the first close of the day.

At start it runs on a worker thread (the window opens at once; SQLite's online backup reads
while the desk writes); at close the program waits for it, then takes the day's backup if
there is none yet (the program ran past midnight, or the start's backup failed). A failure is
logged and never stops the program.
"""

from __future__ import annotations

import logging
import threading

from app.context import AppContext
from app.services import backups

log = logging.getLogger(__name__)


class DailyBackup:
    def __init__(self, context: AppContext) -> None:
        self.context = context
        self.thread: threading.Thread | None = None
        self.error: Exception | None = None

    def folder(self):  # type: ignore[no-untyped-def]
        return backups.backup_folder(self.context.paths, self.context.workstation)

    def run(self) -> None:
        try:
            backups.daily_backup(self.context.db, self.folder())
        except Exception as e:  # a full USB disk must not stop the desk
            self.error = e
            log.exception("the daily backup failed")

    def start(self) -> None:
        self.thread = threading.Thread(target=self.run, name="daily-backup", daemon=False)
        self.thread.start()

    def at_close(self) -> None:
        if self.thread is not None:
            self.thread.join()
        self.run()
