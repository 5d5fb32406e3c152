"""The command line: `garagedesk` opens the program; sub-commands do the rest.

    garagedesk [--db URL] [gui]             open the program (the default)
    garagedesk demo --db PATH [--years N]   write a demo shop
    garagedesk bench --db PATH [--json]     measure speed on a database
    garagedesk search TEXT [--json]         what the search box would show
    garagedesk import customers FILE        bring customers and cars in from CSV / Excel
    garagedesk backup [--to DIR]            a checked backup (SQLite file, or pg_dump on a server)
    garagedesk backups [--in DIR]           the backups: date, reason, size, row counts
    garagedesk restore BACKUP [--yes]       put a backup back (the current file is kept)
    garagedesk check                        integrity check of the database
    garagedesk print ORDER [--doc D]        an order's paper as PDF (estimate, workorder, checkin,
                                            keytag, receipt, receipt80, certificate, pickup)
    garagedesk dailyclose [--date DAY]      the cash drawer's daily close sheet as PDF

A missing SQLite file is never created silently (a mistyped `--db` would open an empty shop):
`--create` says so; `demo` creates its file by nature, and the program's own default file is
created by the first start's set-up.

Imports are done inside each command so that opening the program stays fast. The window is
not app's: `ui/entry.py` hands `main` the two ways of starting it (`Window`), so app/ never
imports ui/ and a build without windows still prints, checks and backs up.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app import __version__


@dataclass(frozen=True)
class Window:
    """How ui/ starts the program's window: `run(db, lang, create)` and `smoke(db)`."""

    run: Callable[[str | None, str | None, bool], int]
    smoke: Callable[[str | None], int]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="garagedesk", description="GarageDesk 汽修前台")
    p.add_argument("--version", action="version", version=f"GarageDesk {__version__}")
    p.add_argument("--db", help="database: an SQLite file path or a database URL")
    p.add_argument("--smoke", action="store_true",
                   help="open the main window and a print preview, then exit (a start-up check)")
    # `--db` is taken before or after the sub-command (`garagedesk demo --db demo.db`);
    # SUPPRESS keeps a sub-command without it from blanking the one given before.
    db_after = argparse.ArgumentParser(add_help=False)
    db_after.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    p.add_argument("--create", action="store_true",
                   help="create the SQLite file named by --db if it does not exist")
    db_after.add_argument("--create", action="store_true", default=argparse.SUPPRESS,
                          help=argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help, parents=[db_after])

    gui = command("gui", "open the program (default)")
    gui.add_argument("--lang", choices=["zh_CN", "en"], help="UI language for this run")

    demo = command("demo", "write a realistic demo shop into --db, then exit")
    demo.add_argument("--years", type=float, default=1.0)
    demo.add_argument("--cars-per-day", type=int, default=60)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--open", action="store_true", help="open the program afterwards")
    demo.add_argument("--today", action="store_true",
                      help="end the history now (else on a fixed day, for repeatable files)")

    bench = command("bench", "measure speed on --db; prints one JSON object")
    bench.add_argument("--json", action="store_true", help="JSON only (the default output too)")
    bench.add_argument("--rounds", type=int, default=0, help="samples per metric (0: default)")

    search = command("search", "print what the search box would show")
    search.add_argument("text")
    search.add_argument("--json", action="store_true")
    search.add_argument("--limit", type=int, default=20)

    imp = command("import", "bring records in from another program")
    imp.add_argument("what", choices=["customers"])
    imp.add_argument("file", type=Path)
    imp.add_argument("--report", type=Path, help="where to write the rows that were refused")
    imp.add_argument("--dry-run", action="store_true", help="only check the file")
    imp.add_argument("--attach-same-phone", action="store_true",
                     help="attach the car of a row that has an earlier row's phone under "
                          "another name to that customer (else the row is refused for review)")

    prints = command("print", "write one of a work order's papers as PDF")
    prints.add_argument("order", help="the work-order number, e.g. WX-BR01-20261122-007")
    prints.add_argument("--doc", default="workorder",
                        choices=["estimate", "workorder", "checkin", "keytag", "receipt",
                                 "receipt80", "certificate", "pickup"])
    prints.add_argument("--out", type=Path, help="the PDF file (default: NUMBER-DOC.pdf)")
    prints.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")

    close = command("dailyclose", "write the cash drawer's daily close sheet as PDF")
    close.add_argument("--date", help="the business day, YYYY-MM-DD (default: today)")
    close.add_argument("--out", type=Path, help="the PDF file (default: dailyclose-DAY.pdf)")
    close.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")

    backup = command("backup", "write a checked backup of the database")
    backup.add_argument("--to", type=Path, help="folder (default: the backup folder)")

    listing = command("backups", "list the backups with their date, size and row counts")
    listing.add_argument("--in", dest="folder", type=Path,
                         help="folder (default: the backup folder)")

    restore = command("restore", "replace the database with a checked backup")
    restore.add_argument("backup", type=Path)
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    command("check", "check the database file's integrity and schema")
    return p


def main(argv: list[str] | None = None, window: Window | None = None) -> int:
    args = _parser().parse_args(argv)
    args.window = window
    if args.smoke:
        if window is None:
            return _no_window()
        return window.smoke(args.db)
    command = args.command or "gui"
    handler = {
        "gui": _gui, "demo": _demo, "bench": _bench, "search": _search, "import": _import,
        "backup": _backup, "backups": _backups, "restore": _restore, "check": _check,
        "print": _print, "dailyclose": _dailyclose,
    }[command]
    if command not in ("gui", "demo", "bench", "backups") and not args.create:
        from app.bootstrap import missing_sqlite_file

        missing = missing_sqlite_file(args.db)
        if missing is not None:
            print(f"There is no database file {missing}. Check the path; to start a new, "
                  "empty shop there, add --create.", file=sys.stderr)
            return 2
    from app.services.health import DatabaseUnhealthy

    try:
        return handler(args)
    except DatabaseUnhealthy as unhealthy:  # the start-up check's findings, in words
        for line in unhealthy.health.lines():
            print(line, file=sys.stderr)
        return 3


def _no_window() -> int:
    print("This is the command line without the window; start the program with `garagedesk`.",
          file=sys.stderr)
    return 2


def _gui(args: argparse.Namespace) -> int:
    if args.window is None:
        return _no_window()
    return int(args.window.run(args.db, getattr(args, "lang", None), args.create))


def _demo(args: argparse.Namespace) -> int:
    from app.demo import write_demo

    if not args.db:
        print("demo needs --db PATH (the file it writes)", file=sys.stderr)
        return 2
    from datetime import UTC, datetime

    from app.demo import DEMO_END, DEMO_NOW_LOCAL, ending_now

    end, now_local = ending_now(datetime.now(UTC)) if args.today else (DEMO_END, DEMO_NOW_LOCAL)
    write_demo(args.db, years=args.years, cars_per_day=args.cars_per_day, seed=args.seed,
               end=end, now_local=now_local)
    if args.open:
        return _gui(args)
    return 0


def _bench(args: argparse.Namespace) -> int:
    from app.bench import run_bench

    if not args.db:
        print("bench needs --db PATH (e.g. a file written by `garagedesk demo`)", file=sys.stderr)
        return 2
    print(json.dumps(run_bench(args.db, rounds=args.rounds), ensure_ascii=False, indent=1))
    return 0


def _search(args: argparse.Namespace) -> int:
    from app.bootstrap import build_context
    from app.services.search import search

    context = build_context(args.db)
    with context.read() as session:
        results = search(session, args.text, limit=args.limit)
    if args.json:
        print(json.dumps([r.to_dict() for r in results], ensure_ascii=False, indent=1))
    else:
        for r in results:
            print("\t".join([r.kind, r.plate, r.name, r.phone, r.detail]))
    return 0


def _is_database_file(path: Path, args: argparse.Namespace) -> bool:
    """A file named on the command line that is one of the database's own files: writing or
    even reading it here would drop SQLite's locks or overwrite the shop (DESIGN.md)."""
    from app.bootstrap import chosen_url
    from app.config import paths
    from db.engine import database_files, database_url, sqlite_files_open

    chosen = database_url(chosen_url(args.db, paths())).database
    databases = [*sqlite_files_open(), *([Path(chosen)] if chosen else [])]
    if Path(os.path.realpath(path)) not in database_files(databases):
        return False
    print(f"{path} is GarageDesk's database; name another file.", file=sys.stderr)
    return True


def _import(args: argparse.Namespace) -> int:
    from app.importing_cli import import_customers_command

    if _is_database_file(args.file, args):
        return 2
    return import_customers_command(args)


def _print(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from app.bootstrap import build_context
    from app.services import documents
    from db.models import WorkOrder

    context = build_context(args.db)
    with context.read() as session:
        order_id = session.scalar(
            select(WorkOrder.id).where(WorkOrder.number == args.order.strip().upper()))
        if order_id is None:
            print(f"no work order {args.order}", file=sys.stderr)
            return 1
        try:
            pdf = documents.render(session, order_id, args.doc, args.lang)
        except ValueError as e:
            print(e, file=sys.stderr)
            return 2
        except LookupError as e:  # no check-in, no settlement, not handed over: nothing to print
            print(e, file=sys.stderr)
            return 1
    out = args.out or Path(f"{args.order}-{args.doc}.pdf")
    if _is_database_file(out, args):
        return 2
    out.write_bytes(pdf)
    print(out)
    return 0


def _dailyclose(args: argparse.Namespace) -> int:
    from datetime import date

    from app.bootstrap import build_context
    from app.printing import DOCUMENTS
    from app.services.receipts import close_document

    try:
        day = date.fromisoformat(args.date) if args.date else date.today()
    except ValueError:
        print(f"--date {args.date}: write the day as YYYY-MM-DD", file=sys.stderr)
        return 2
    from app.services import shop

    context = build_context(args.db)
    with context.read() as session:
        if not shop.is_set_up(session):  # no shop, no cashier: nothing to close
            print("This database has no shop set up yet: start GarageDesk once to set it up.",
                  file=sys.stderr)
            return 1
        pdf = DOCUMENTS["dailyclose"](close_document(session, day, args.lang))
    out = args.out or Path(f"dailyclose-{day.isoformat()}.pdf")
    if _is_database_file(out, args):
        return 2
    out.write_bytes(pdf)
    print(out)
    return 0




def _open_for_backups(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The database (not migrated: a backup or restore takes the file as it is) and the
    backup folder of this workstation."""
    from app.bootstrap import chosen_url, connect
    from app.config import Workstation, paths
    from app.services.backups import backup_folder

    where = paths()
    database = connect(chosen_url(args.db, where))
    return database, backup_folder(where, Workstation.load(where))


def _describe_backup(info) -> list[str]:  # type: ignore[no-untyped-def]
    counts = ", ".join(f"{table} {n}" for table, n in info.counts.items())
    return [f"backup:  {info.path}",
            f"date:    {info.created_at.astimezone():%Y-%m-%d %H:%M:%S} ({info.reason})",
            f"size:    {info.size / 1e6:.1f} MB, schema {info.schema or '?'}",
            f"rows:    {counts or '(not recorded)'}"]


def _backup(args: argparse.Namespace) -> int:
    from app.services import backups
    from app.services.actor import SYSTEM

    database, folder = _open_for_backups(args)
    try:
        info = backups.back_up(SYSTEM, database, args.to or folder)
    except backups.BackupRefused as e:
        print(e, file=sys.stderr)
        return 1
    finally:
        database.dispose()
    print("\n".join(_describe_backup(info)))
    return 0


def _backups(args: argparse.Namespace) -> int:
    from app.services import backups

    database, folder = _open_for_backups(args)
    database.dispose()
    folder = args.folder or folder
    listed = backups.list_backups(folder)
    print(f"{len(listed)} backups in {folder}")
    for item in listed:
        info = item.info
        if info is None:
            print(f"{'?':19}  {'':16}  {item.path.stat().st_size / 1e6:8.1f} MB  "
                  f"(not a readable backup)  {item.path.name}")
            continue
        counts = " ".join(f"{table}={n}" for table, n in info.counts.items()
                          if table in ("customers", "vehicles", "work_orders", "settlements"))
        print(f"{info.created_at.astimezone():%Y-%m-%d %H:%M:%S}  {info.reason:16}  "
              f"{info.size / 1e6:8.1f} MB  {counts}  {item.path.name}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from app.services import backups
    from app.services.actor import SYSTEM

    database, folder = _open_for_backups(args)
    try:
        info = backups.inspect(database, args.backup)
        print("\n".join(_describe_backup(info)))
        print(f"into:    {database.describe()}")
        if not args.yes and not _confirmed("Replace the database with this backup? [y/N] "):
            print("nothing restored")
            return 1
        done = backups.restore(SYSTEM, database, args.backup, folder)
    except backups.BackupRefused as e:
        print(f"nothing restored: {e}", file=sys.stderr)
        return 1
    finally:
        database.dispose()
    print(f"restored {args.backup} into {done.database}")
    if done.safety_backup:
        print(f"the database before the restore was backed up to {done.safety_backup.path}")
    if done.kept:
        print(f"the file it replaced is kept as {done.kept}")
    return 0


def _confirmed(question: str) -> bool:
    try:
        answer = input(question)
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes", "是")


def _check(args: argparse.Namespace) -> int:
    """Verify the audit chain, every signed document, the guards and the storage; findings
    are printed in words and any finding exits 1 (a missing file is refused in `main`)."""
    from app.bootstrap import open_database
    from app.services import integrity

    try:
        database, _ = open_database(args.db)
        report = integrity.check(database)
    except Exception as e:  # a file that cannot even be read is a finding too, in words
        print(f"FOUND the database cannot be checked: {e}", file=sys.stderr)
        return 1
    for line in integrity.lines(report):
        print(line)
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
