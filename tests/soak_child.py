"""A front desk that settles orders through the real services until it is told to stop or killed.

    python -m tests.soak_child DB USERNAME PASSWORD FIRST COUNT [--read]

Logs in (the auth service issues the Actor), then for n in FIRST … FIRST+COUNT-1 registers a car,
opens, prices and approves an order, brings it to `ready` and settles it. Right after each commit
that matters it prints, flushed, one line the parent holds the database to:

    ready <order id>
    settled <settlement id> <order id> <receipt number>

so a line printed means "committed": whatever kills the process after it, that must be in the
file. With --read it also reads between saves (the bill, the arrears list, the audit history),
as a second desk does. `started` is printed once logged in; `done` at the end.
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    from app.bootstrap import open_database
    from app.config import paths
    from app.domain.settlement import PaymentDraft
    from app.services import audit, settlement
    from app.services.settlement_reports import arrears
    from tests.app.settle_helpers import TOTAL_FEN, ready_order
    from tests.people import log_in

    path, username, password, first, count = argv[:5]
    reads = "--read" in argv[5:]
    database, _where = open_database(path, paths())
    with database.write() as s:
        actor = log_in(s, username, password)
    out = sys.stdout
    out.write("started\n")
    out.flush()
    # Cash, WeChat + cash with change, card: the bills differ in their payments.
    plans = ([PaymentDraft("cash", TOTAL_FEN)],
             [PaymentDraft("wechat", 30000, "WX8812"), PaymentDraft("cash", 10000)],
             [PaymentDraft("card", TOTAL_FEN, "6222")])
    for n in range(int(first), int(first) + int(count)):
        order_id = ready_order(database, actor, plate=f"湘A{n:05d}", phone=f"138{n:08d}")
        out.write(f"ready {order_id}\n")
        out.flush()
        if reads:
            with database.read() as s:
                settlement.bill(s, order_id)
                arrears(s)
        with database.write() as s:
            done = settlement.settle(s, actor, order_id, plans[n % len(plans)])
        out.write(f"settled {done.id} {order_id} {done.number}\n")
        out.flush()
        if reads:
            with database.read() as s:
                audit.history(s, "settlement", done.id)
                settlement.settlement_view(s, done.id)
    database.dispose()
    out.write("done\n")
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
