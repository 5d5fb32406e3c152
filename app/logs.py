"""The program's log: a rotating file in the data folder (`logs/garagedesk.log`).

Unexpected errors land here with their traceback (ui/errors sends every uncaught exception,
in the main thread, in a Qt slot or in a worker thread), so a problem the desk reports can be
read afterwards. Five files of 1 MB at most are kept.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from app.config import Paths

LOG_NAME = "garagedesk.log"
MAX_BYTES = 1_000_000
KEEP = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"


def log_file(where: Paths) -> Path:
    return where.data / "logs" / LOG_NAME


def setup_logging(where: Paths, level: int = logging.INFO) -> Path:
    """Send the program's log records to the rotating file; returns its path. Idempotent."""
    path = log_file(where)
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and \
                Path(handler.baseFilename) == path:
            return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8", delay=True)
    except OSError:  # a read-only data folder: the start-up check tells that; log nowhere
        return path
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return path
