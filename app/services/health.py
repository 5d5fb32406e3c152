"""Is the database file fit to open? Checked at start, before anything writes to it.

A damaged SQLite file is never opened silently nor replaced: `quick_check` runs on a read-only
connection first and the program says what is wrong and which backup is the newest good one.
A read-only file or folder, or a file on a network share (SQLite's WAL needs shared memory that
network file systems do not give), is told at start, not at the first save.

The findings are plain data (`Finding`), their messages English source text marked for
translation; the window (ui/launch) and the command line (app/cli) show the same words.
Restoring a backup is `garagedesk restore FILE` (db/backup); this module only points at it.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP

QUICK_CHECK_LINES = 20  # the first lines of a long report are enough to say it is damaged
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "coda",
    "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "glusterfs", "fuse.glusterfs", "ceph",
    "fuse.ceph", "lustre", "gfs2", "ocfs2", "fuse.s3fs", "fuse.rclone",
})

DAMAGED = QT_TRANSLATE_NOOP(
    "Health", "The database file {file} is damaged, so GarageDesk does not open it "
    "(nothing was changed in it). SQLite's check says: {detail}")
NOT_A_DATABASE = QT_TRANSLATE_NOOP(
    "Health", "The file {file} is not a database GarageDesk can read, or it is damaged "
    "beyond reading, so GarageDesk does not open it (nothing was changed in it): {detail}")
READ_ONLY_FILE = QT_TRANSLATE_NOOP(
    "Health", "The database file {file} is read-only: nothing could be saved. Give this "
    "Windows/Linux user the right to change the file, or copy it to a folder of your own.")
READ_ONLY_FOLDER = QT_TRANSLATE_NOOP(
    "Health", "The folder {folder} of the database is read-only: SQLite keeps its journal "
    "files beside the database, so nothing could be saved. Give this user the right to "
    "write in the folder, or move the database to a folder of your own.")
NETWORK_SHARE = QT_TRANSLATE_NOOP(
    "Health", "The database file {file} is on a network share ({kind}). SQLite cannot keep "
    "its journal safe there and records could be lost. Keep the file on this PC's own disk; "
    "for several PCs use a PostgreSQL database server.")
NEWEST_GOOD_BACKUP = QT_TRANSLATE_NOOP(
    "Health", "The newest good backup is {backup} ({when}). To put it back, close GarageDesk "
    "and run: garagedesk restore \"{backup}\"")
NO_GOOD_BACKUP = QT_TRANSLATE_NOOP(
    "Health", "No good backup was found in {folder}.")


@dataclass(frozen=True)
class Finding:
    """One thing wrong with the database's file, in words a person at the desk understands."""

    kind: str  # damaged | read_only_file | read_only_folder | network_share
    message: str  # English source text with {placeholders}, context "Health"
    params: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        return self.message.format(**self.params)


@dataclass(frozen=True)
class Mount:
    point: str
    fstype: str
    options: frozenset[str]


@dataclass(frozen=True)
class Health:
    """What the start-up check found; `ok` when there is nothing to say."""

    database: Path | None
    findings: tuple[Finding, ...]
    backups_folder: Path | None = None
    good_backup: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.findings

    @property
    def damaged(self) -> bool:
        return any(f.kind == "damaged" for f in self.findings)

    def backup_advice(self) -> Finding | None:
        """For a damaged file: the newest backup that passed its own check, or that none did."""
        if not self.damaged or self.backups_folder is None:
            return None
        if self.good_backup is None:
            return Finding("backup", NO_GOOD_BACKUP, {"folder": str(self.backups_folder)})
        from datetime import datetime

        when = datetime.fromtimestamp(self.good_backup.stat().st_mtime)
        return Finding("backup", NEWEST_GOOD_BACKUP, {
            "backup": str(self.good_backup), "when": f"{when:%Y-%m-%d %H:%M}"})

    def lines(self) -> list[str]:
        """Every finding, then the backup advice: what the command line prints."""
        advice = self.backup_advice()
        return [f.text() for f in (*self.findings, *([advice] if advice else []))]


class DatabaseUnhealthy(RuntimeError):
    """The start-up check found the database unfit to open; `health` says why."""

    def __init__(self, health: Health) -> None:
        self.health = health
        super().__init__("\n".join(health.lines()))


# The pieces, each a pure function where it can be -------------------------------------------

def parse_mounts(text: str) -> list[Mount]:
    """The lines of /proc/mounts (or /proc/self/mountinfo's simpler cousin, /etc/mtab)."""
    mounts = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 4:
            continue
        point = _unescape(parts[1])
        mounts.append(Mount(point, parts[2], frozenset(parts[3].split(","))))
    return mounts


def _unescape(text: str) -> str:
    r"""/proc/mounts writes a space as \040, a tab as \011, a backslash as \134."""
    if "\\" not in text:
        return text
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and text[i + 1:i + 4].isdigit() and len(text[i + 1:i + 4]) == 3:
            out.append(chr(int(text[i + 1:i + 4], 8)))
            i += 4
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def mount_of(path: str | Path, mounts: Iterable[Mount]) -> Mount | None:
    """The mount that holds `path` (an absolute path): the longest mount point above it."""
    target = str(path)
    best: Mount | None = None
    for mount in mounts:
        point = mount.point.rstrip("/") or "/"
        inside = target == point or target.startswith(point if point == "/" else point + "/")
        if inside and (best is None or len(point) >= len(best.point.rstrip("/") or "/")):
            best = mount  # a later mount on the same point hides the earlier one
    return best


def network_kind(path: str | Path, mounts_text: str | None = None) -> str | None:
    """The network file system `path` lies on ("nfs4", "cifs", "UNC path"), or None.

    `mounts_text` is the mount table (default: this machine's /proc/mounts); on Windows a UNC
    path (\\\\server\\share) or a mapped network drive counts.
    """
    text = str(path)
    if is_unc_path(text):
        return "UNC path"
    if sys.platform == "win32" and mounts_text is None:
        return "network drive" if _windows_remote_drive(text) else None
    mounts_text = _mounts_text() if mounts_text is None else mounts_text
    mount = mount_of(text, parse_mounts(mounts_text)) if mounts_text else None
    if mount is not None and mount.fstype.lower() in NETWORK_FILESYSTEMS:
        return mount.fstype
    return None


def is_unc_path(text: str, windows: bool = sys.platform == "win32") -> bool:
    r"""\\server\share\... (on Windows also //server/share/... and \\?\UNC\...).

    The device forms \\?\C:\ and \\.\ are local. On Linux `//x/y` is an ordinary path.
    """
    if windows:
        text = text.replace("/", "\\")
    if text.startswith("\\\\?\\UNC\\"):
        return True
    if not text.startswith("\\\\") or text.startswith(("\\\\?\\", "\\\\.\\")):
        return False
    server, _, rest = text[2:].partition("\\")
    return bool(server) and bool(rest.split("\\")[0])


def _windows_remote_drive(text: str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = os.path.splitdrive(os.path.abspath(text))[0]
    if not drive:
        return False
    DRIVE_REMOTE = 4  # noqa: N806 - the Windows constant's name
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE)


def _mounts_text() -> str:
    for name in ("/proc/self/mounts", "/proc/mounts"):
        try:
            return Path(name).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
    return ""


def read_only_finding(database: Path, mounts_text: str | None = None) -> Finding | None:
    """A read-only file, folder or file system: nothing could be saved there."""
    folder = _existing_folder(database)
    mounts_text = _mounts_text() if mounts_text is None and sys.platform != "win32" \
        else mounts_text
    mount = mount_of(str(folder), parse_mounts(mounts_text)) if mounts_text else None
    read_only_fs = mount is not None and "ro" in mount.options
    if database.exists() and (read_only_fs or not os.access(database, os.W_OK)):
        return Finding("read_only_file", READ_ONLY_FILE, {"file": str(database)})
    if read_only_fs or not os.access(folder, os.W_OK | os.X_OK):
        return Finding("read_only_folder", READ_ONLY_FOLDER, {"folder": str(folder)})
    return None


def _existing_folder(database: Path) -> Path:
    """The database's folder, or the nearest folder above it that exists (it will be made)."""
    folder = database.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def quick_check(database: Path, limit: int = QUICK_CHECK_LINES, *,
                immutable: bool = False) -> list[str]:
    """SQLite's quick_check on a read-only connection: [] when the file is sound.

    Never writes to the database (SQLite may make its empty -wal/-shm beside a WAL file, as any
    reader does). A file that is not a database at all gives one line, the error SQLite raised.
    `immutable` is for a read-only place, where a WAL reader could not make its -shm and nobody
    can be writing.
    """
    uri = database.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        rows = connection.execute(f"PRAGMA quick_check({int(limit)})").fetchall()
    except sqlite3.Error as error:
        return [str(error)]
    finally:
        connection.close()
    lines = [str(row[0]) for row in rows]
    return [] if lines == ["ok"] else lines


def newest_good_backup(folder: Path | None) -> Path | None:
    """The newest SQLite backup in the backups folder (by the date its sidecar records, see
    app/services/backups) that passes its own quick_check."""
    from app.services.backups import list_backups

    if folder is None or not folder.is_dir():
        return None
    for listed in list_backups(folder):
        if listed.path.suffix == ".db" and not quick_check(listed.path, limit=1):
            return listed.path
    return None


def check_sqlite_file(database: Path, backups: Path | None = None,
                      mounts_text: str | None = None) -> Health:
    """Everything the start-up check says about one SQLite file (it may not exist yet)."""
    database = Path(os.path.abspath(database))
    findings: list[Finding] = []
    kind = network_kind(_existing_folder(database), mounts_text)
    if kind:
        findings.append(Finding("network_share", NETWORK_SHARE,
                                {"file": str(database), "kind": kind}))
    read_only = read_only_finding(database, mounts_text)
    if read_only:
        findings.append(read_only)
    if database.is_file() and database.stat().st_size > 0:
        problems = quick_check(database, immutable=read_only is not None)
        if problems:
            message = NOT_A_DATABASE if len(problems) == 1 and _unreadable(problems[0]) \
                else DAMAGED
            findings.append(Finding("damaged", message, {
                "file": str(database), "detail": "; ".join(problems)}))
    good = newest_good_backup(backups) if any(f.kind == "damaged" for f in findings) else None
    return Health(database, tuple(findings), backups, good)


def _unreadable(line: str) -> bool:
    return "not a database" in line or "unable to open" in line


def check_database(url: str, backups: Path | None = None) -> Health:
    """The start-up check for a database URL or file path; a server's URL has nothing to check
    here (an unreachable server is told when connecting)."""
    if "://" in url and not url.startswith("sqlite"):
        return Health(None, ())
    from db.engine import database_url

    path = database_url(url).database
    if not path or path == ":memory:":
        return Health(None, ())
    return check_sqlite_file(Path(path), backups)


def require_healthy(url: str, backups: Path | None = None,
                    started: PendingCheck | None = None) -> Health:
    """`check_database` (or the result of one `started` earlier for the same database),
    raising DatabaseUnhealthy when it found anything."""
    health = started.result() if started is not None and started.url == url \
        else check_database(url, backups)
    if not health.ok:
        raise DatabaseUnhealthy(health)
    return health


class PendingCheck:
    """`check_database` running in a thread while the window system starts (SQLite leaves
    Python's lock while it reads, so the check of a big file costs start-up little)."""

    def __init__(self, url: str, backups: Path | None) -> None:
        self.url = url
        self._health: Health | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(backups,), daemon=True,
                                        name="garagedesk-health")
        self._thread.start()

    def _run(self, backups: Path | None) -> None:
        try:
            self._health = check_database(self.url, backups)
        except BaseException as error:  # handed to whoever waits for the result
            self._error = error

    def result(self) -> Health:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._health is not None
        return self._health
