"""The command line: `garagedesk` opens the program; sub-commands do the rest.

    garagedesk [--db URL] [gui]             open the program (the default)
    garagedesk demo --db PATH [--years N]   write a demo shop
    garagedesk bench --db PATH [--json]     measure speed on a database
    garagedesk search TEXT [--json]         what the search box would show
    garagedesk import customers FILE        bring customers and cars in from CSV / Excel
    garagedesk backup [--to DIR]            snapshot the SQLite database
    garagedesk restore BACKUP               put a snapshot back (the current file is kept)
    garagedesk check                        integrity check of the database
    garagedesk print ORDER [--doc D]        an order's paper as PDF (estimate, workorder, checkin,
                                            keytag, receipt, receipt80, certificate, pickup)
    garagedesk dailyclose [--date DAY]      the cash drawer's daily close sheet as PDF

Imports are done inside each command so that opening the program stays fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app import __version__


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="garagedesk", description="GarageDesk 汽修前台")
    p.add_argument("--version", action="version", version=f"GarageDesk {__version__}")
    p.add_argument("--db", help="database: an SQLite file path or a database URL")
    # `--db` is taken before or after the sub-command (`garagedesk demo --db demo.db`);
    # SUPPRESS keeps a sub-command without it from blanking the one given before.
    db_after = argparse.ArgumentParser(add_help=False)
    db_after.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
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

    backup = command("backup", "write a snapshot of the SQLite database")
    backup.add_argument("--to", type=Path, help="folder (default: the backups folder)")

    restore = command("restore", "replace the database with a snapshot")
    restore.add_argument("backup", type=Path)

    command("check", "check the database file's integrity and schema")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = args.command or "gui"
    handler = {
        "gui": _gui, "demo": _demo, "bench": _bench, "search": _search, "import": _import,
        "backup": _backup, "restore": _restore, "check": _check, "print": _print,
        "dailyclose": _dailyclose,
    }[command]
    return handler(args)


def gui_main() -> int:
    """Entry point of the windowed launcher (no console window on Windows)."""
    return main(sys.argv[1:])


def _gui(args: argparse.Namespace) -> int:
    from ui.run import run_gui

    return run_gui(args.db, getattr(args, "lang", None))


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


def _import(args: argparse.Namespace) -> int:
    from app.importing_cli import import_customers_command

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
    context = build_context(args.db)
    with context.read() as session:
        pdf = DOCUMENTS["dailyclose"](close_document(session, day, args.lang))
    out = args.out or Path(f"dailyclose-{day.isoformat()}.pdf")
    out.write_bytes(pdf)
    print(out)
    return 0


def _backup(args: argparse.Namespace) -> int:
    from app.bootstrap import open_database
    from db.backup import backup_sqlite

    database, where = open_database(args.db)
    path = backup_sqlite(database.engine, args.to or where.backups)
    print(path)
    return 0


def _restore(args: argparse.Namespace) -> int:
    from app.bootstrap import open_database
    from db.backup import restore_sqlite

    database, _ = open_database(args.db)
    target = Path(database.engine.url.database or "")
    database.dispose()
    kept = restore_sqlite(args.backup, target)
    print(f"restored {args.backup} into {target}")
    if kept:
        print(f"the file it replaced is kept as {kept}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from sqlalchemy import text

    from app.bootstrap import open_database
    from db.migrate import current_revision
    from db.migrations import HEAD

    database, _ = open_database(args.db)
    revision = current_revision(database.engine)
    ok = "ok"
    if database.is_sqlite:
        with database.engine.connect() as conn:
            ok = conn.execute(text("PRAGMA integrity_check")).scalar()
    print(json.dumps({"database": database.describe(), "schema": revision, "program": HEAD,
                      "integrity": ok}, ensure_ascii=False))
    return 0 if ok == "ok" and revision == HEAD else 1


if __name__ == "__main__":
    raise SystemExit(main())
