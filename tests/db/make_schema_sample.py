"""Write the sample database kept for a released schema version: tests/db/schemas/<rev>.db.

Run once per schema release (`python -m tests.db.make_schema_sample`); the upgrade test then
opens every kept file with the current program, as a shop's old file would be opened.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from app.bootstrap import connect
from app.services import auth, customers, shop
from app.services.customers import CustomerForm
from app.services.search_index import install_auto_index
from app.services.vehicles import VehicleForm
from db.migrate import ensure_current
from db.migrations import HEAD
from db.models import WorkOrder


def main() -> None:
    target = Path(__file__).parent / "schemas" / f"{HEAD}.db"
    target.unlink(missing_ok=True)
    db = connect(str(target))
    ensure_current(db.engine, None)
    install_auto_index(db)  # as the program does: the file's search index is filled
    with db.write() as s:
        admin = shop.set_up_shop(
            s, shop.ShopForm("样本汽修", "长沙", "0731-84001234", "BR01", "湘A"),
            auth.UserForm("admin", "管理员", "admin", "admin-pass-1"))
        done = customers.register(s, admin, CustomerForm("张三", ("13800138000",)),
                                  VehicleForm(plate="湘A12345", brand="大众", model="朗逸"))
        s.add(WorkOrder(number="WX-BR01-20261122-001", branch_id=admin.branch_id,
                        vehicle_id=done.vehicle_id, customer_id=done.customer_id,
                        status="delivered", total_fen=48800))
    db.dispose()
    # One self-contained file (no -wal beside it), as a shop's file is after a clean close.
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    print(target, file=sys.stderr)


if __name__ == "__main__":
    main()
