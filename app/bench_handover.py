"""Handover metrics of `garagedesk bench`: the pickup note and the completion certificate of
the demo's delivered orders, read and built as the desk prints them at the car's handover."""

from __future__ import annotations

import random
import uuid

from app.bench import BenchContext, Samples, Skip, metric, time_each


def _delivered(context: BenchContext, rng: random.Random, where: str = "") -> list[uuid.UUID]:
    rows = context.sql().execute(
        "SELECT h.order_id FROM handovers AS h JOIN work_orders AS o ON o.id = h.order_id"
        f" {where} ORDER BY h.rowid DESC LIMIT 200").fetchall()
    if not rows:
        raise Skip("no handed-over order in the database")
    return [uuid.UUID(hex=rng.choice(rows)[0]) for _ in range(context.want(20))]


def _render_each(context: BenchContext, orders: list[uuid.UUID], document: str) -> Samples:
    from app.services.documents import render

    with context.db.read() as session:
        render(session, orders[0], document)  # first use loads ReportLab and the font

    def one(order_id: uuid.UUID) -> None:
        with context.db.read() as session:
            render(session, order_id, document)

    return time_each(one, orders)


@metric("pdf_pickup", budget_ms=250)
def measure_pdf_pickup(context: BenchContext, rng: random.Random) -> Samples:
    """Read a delivered order's pickup record and its check-in and build the pickup note."""
    return _render_each(context, _delivered(context, rng), "pickup")


@metric("pdf_certificate", budget_ms=200)
def measure_pdf_certificate(context: BenchContext, rng: random.Random) -> Samples:
    """Build the completion certificate of a delivered overhaul (竣工出厂合格证)."""
    orders = _delivered(context, rng, "WHERE o.repair_type IN ('vehicle_overhaul', "
                        "'assembly_overhaul', 'secondary_maintenance')")
    return _render_each(context, orders, "certificate")
