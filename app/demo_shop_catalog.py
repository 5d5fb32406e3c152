"""The demo shop's catalogs, from the same codes its orders use: labor operations, parts with
stock on hand, the two maintenance packages and the desk's quick phrases."""

from __future__ import annotations

import random
import uuid

from sqlalchemy import Connection, insert

from app import demo_catalog as catalog
from app.demo_fleet import new_uuid
from db.models import LaborOperation, Package, PackageItem, Part, QuickPhrase

PACKAGES = {
    "TC01": ("小保养套餐", [("labor", "BY01", 1000), ("part", "JY01", 4000),
                       ("part", "LQ01", 1000), ("fee", "FEE01", 1000)]),
    "TC02": ("大保养套餐", [("labor", "BY01", 1000), ("part", "JY01", 4500),
                       ("part", "LQ01", 1000), ("labor", "BY02", 1000), ("part", "LQ02", 1000),
                       ("labor", "BY03", 1000), ("part", "LQ03", 1000),
                       ("fee", "FEE01", 1000)]),
}
PHRASES = ("定期保养", "发动机异响", "刹车异响", "方向盘抖动", "空调不凉", "故障灯亮",
           "轮胎漏气", "漏油", "启动困难", "车身刮擦")


def write_catalogs(conn: Connection, rng: random.Random) -> None:
    conn.execute(insert(LaborOperation), [
        {"id": new_uuid(rng), "code": code, "name": name, "category": "repair",
         "standard_hours_milli": round(hours * 1000), "active": True,
         "warranty_months": 3, "warranty_km": 5000}
        for code, (name, hours) in catalog.LABOR.items()])
    conn.execute(insert(Part), [
        {"id": new_uuid(rng), "code": code, "name": name, "brand": "", "active": True,
         "unit": catalog.unit_of("part", code), "price_fen": yuan * 100,
         "cost_fen": yuan * 62, "stock_milli": rng.randint(0, 40) * 1000,
         "source": catalog.source_of("part", code), "warranty_months": 12,
         "warranty_km": 20000}
        for code, (name, yuan) in catalog.PARTS.items()])
    for code, (name, items) in PACKAGES.items():
        package_id: uuid.UUID = new_uuid(rng)
        conn.execute(insert(Package), [{"id": package_id, "code": code, "name": name,
                                        "category": "maintenance", "active": True}])
        conn.execute(insert(PackageItem), [
            {"id": new_uuid(rng), "package_id": package_id, "position": i, "kind": kind,
             "code": item, "quantity_milli": qty,
             # a fee is no catalog item: the package carries its own name and price
             "description": catalog.FEES[item][0] if kind == "fee" else "",
             "unit_price_fen": catalog.FEES[item][1] * 100 if kind == "fee" else None}
            for i, (kind, item, qty) in enumerate(items)])
    conn.execute(insert(QuickPhrase), [
        {"id": new_uuid(rng), "text": text, "position": i} for i, text in enumerate(PHRASES)])
