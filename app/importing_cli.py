"""`garagedesk import customers FILE [--report R] [--dry-run] [--attach-same-phone]`.

The import for scripts and set-up. A row with the phone of an earlier row under another name
(a typo, a relative's car) is refused for review, unless `--attach-same-phone` attaches its car
to the earlier row's customer; the first row goes in either way.

Exit status: 0 every row went in or was already there, 1 some rows were refused (they are in
the report), 2 the file could not be imported at all (unreadable, a required column missing)
or the database has no shop yet.

The command line has no login, so the work is recorded in the audit log as the program's own
(`SYSTEM`, named "GarageDesk import (command line)"), in the shop's branch — not in the name of
an administrator who may not be the person running it.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

from app.domain.errors import InputError
from app.services import importing
from app.services.actor import SYSTEM, Actor
from app.services.importing import ImportPreview, ImportResult, RowStatus

SHOWN_REFUSALS = 10  # refused rows printed on the terminal; all of them go to the report
CLI_ACTOR_NAME = "GarageDesk import (command line)"
COUNT_LABELS = {
    RowStatus.OK: "good",
    RowStatus.VIN_FLAG: "VIN flag",
    RowStatus.ON_FILE: "already on file",
    RowStatus.DUPLICATE: "duplicate in file",
    RowStatus.PROBLEM: "problem",
    RowStatus.REVIEW: "same phone, another name",
}


def import_customers_command(args: argparse.Namespace) -> int:
    from app.bootstrap import build_context
    from app.services import shop

    accept = bool(getattr(args, "accept_vin_flags", False))
    context = build_context(args.db)
    try:
        with context.read() as session:
            try:
                preview = importing.preview(session, args.file, sheet=getattr(args, "sheet", None))
            except InputError as e:
                print(f"cannot import {args.file}: {e.text()}", file=sys.stderr)
                return 2
            branch_id = shop.profile(session).branch_id if shop.is_set_up(session) else None
        _print_preview(preview)
        attach = ({r.line for r in preview.review_rows()}
                  if getattr(args, "attach_same_phone", False) else set())
        if args.dry_run:
            refused = preview.refused_rows(accept, attach)
            print(f"dry run: {preview.importable(accept, attach)} rows would go in, "
                  f"{len(refused)} would be refused; nothing was written to the database")
            return _report(preview, refused, args.report, accept, attach)
        if branch_id is None:
            print("the database has no shop yet: open GarageDesk once and set the shop up "
                  "(or use --dry-run to check the file)", file=sys.stderr)
            return 2
        actor = dataclasses.replace(SYSTEM, display_name=CLI_ACTOR_NAME, branch_id=branch_id)
        result = _apply(context.db, actor, preview, accept, attach)
        return _report(result, result.refused, args.report, accept, attach)
    finally:
        context.db.dispose()


def _apply(database, actor: Actor, preview: ImportPreview, accept: bool,  # type: ignore[no-untyped-def]
           attach: set[int]) -> ImportResult:
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show:
            print(f"\rimporting {done}/{total}", end="" if done < total else "\n",
                  file=sys.stderr, flush=True)

    result = importing.apply_in_chunks(database, actor, preview, accept_vin_flags=accept,
                                       attach=attach, progress=progress)
    print(f"imported: {result.customers_created} customers, {result.cars_created} cars "
          f"({result.attached} attached to a customer of an earlier row); "
          f"skipped: {result.skipped_on_file} already on file, {result.skipped_in_file} "
          f"repeated in the file; refused: {len(result.refused)}")
    return result


def _print_preview(preview: ImportPreview) -> None:
    counts = preview.counts()
    where = f" (sheet {preview.sheet})" if preview.sheet else ""
    print(f"{preview.file}{where}: {len(preview.rows)} rows, header on line "
          f"{preview.header_line}")
    print("  " + ", ".join(f"{COUNT_LABELS[s]}: {n}" for s, n in counts.items()))
    if preview.ignored_headers:
        print("  columns not imported: " + ", ".join(preview.ignored_headers))


def _report(
    source: ImportPreview | ImportResult, refused: list, path: Path | None, accept: bool,
    attach: set[int],
) -> int:
    if not refused:
        print("no rows refused")
        return 0
    for row in refused[:SHOWN_REFUSALS]:
        print(f"  line {row.line}: {row.reason_text()}")
    if len(refused) > SHOWN_REFUSALS:
        print(f"  ... and {len(refused) - SHOWN_REFUSALS} more")
    target = path or importing.default_report_path(source.file)
    try:
        importing.write_report(source, target, accept_vin_flags=accept, attach=attach)
    except OSError as e:
        print(f"cannot write the report {target}: {e.strerror or e}", file=sys.stderr)
        return 2
    print(f"refused rows written to {target}")
    return 1
