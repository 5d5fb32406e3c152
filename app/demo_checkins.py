"""Signed check-ins for the demo's orders: a checklist with the odd finding, a few damage marks,
the fuel level, and a drawn signature — hashed exactly as the program hashes a real one.

Drawing a signature to PNG costs about a millisecond, so a pool of signatures is drawn once
(with Pillow, as app/ draws without Qt) and the orders take theirs from it.
"""

from __future__ import annotations

import io
import itertools
import math
import random
import uuid
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

from app.demo_batch import Batch
from app.demo_fleet import new_uuid
from app.domain.checkin import DEFAULT_CHECKLIST, MARK_KINDS, content_hash, rounded
from app.services.checkin import signed_content

POOL = 40
FINDINGS = {
    "Exterior": "车身多处细小划痕", "Tyres and wheels": "右前轮毂刮伤", "Glass": "前挡风玻璃小裂纹",
    "Mirrors": "左后视镜外壳破损", "Spare tyre": "无备胎", "Warning triangle": "未放警示牌",
    "Interior": "后排座椅有污渍", "Boot contents": "后备箱有工具箱",
}
MARK_NOTES = {"scratch": "划痕约10厘米", "dent": "轻微凹陷", "crack": "保险杠裂纹",
              "chip": "掉漆一处", "other": "贴纸残胶"}
BELONGINGS = ("", "", "行车记录仪", "儿童安全座椅", "雨伞两把", "充电线", "车载香水")
# Places on the car outline (1000 × 620 canvas, 0..1) where damage is usually found.
SPOTS = ((0.16, 0.2), (0.3, 0.22), (0.7, 0.2), (0.86, 0.2), (0.17, 0.48), (0.85, 0.48),
         (0.5, 0.4), (0.15, 0.86), (0.5, 0.8), (0.83, 0.84))


class CheckInMaker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pool = [self._signature() for _ in range(POOL)]

    def write(self, batch: Batch, order_id: uuid.UUID, at: datetime, mileage: int | None,
              fuel: int | None, battery: int | None, advisor: uuid.UUID) -> int:
        """Add a signed check-in; returns how many damage marks it has."""
        rng = self.rng
        checklist = []
        for item in DEFAULT_CHECKLIST:
            finding = FINDINGS.get(item) if rng.random() < 0.06 else None
            state = "missing" if finding and item in ("Spare tyre", "Warning triangle") else (
                "damaged" if finding else "ok")
            checklist.append({"item": item, "state": state, "note": finding or ""})
        marks = [
            {"number": i, "x": rounded(x + rng.uniform(-0.02, 0.02)),
             "y": rounded(y + rng.uniform(-0.02, 0.02)), "kind": kind,
             "note": MARK_NOTES[kind]}
            for i, ((x, y), kind) in enumerate(
                ((rng.choice(SPOTS), rng.choice(list(MARK_KINDS)))
                 for _ in range(rng.choices((0, 1, 2, 3), (40, 30, 20, 10))[0])), start=1)]
        strokes, png = rng.choice(self.pool)
        signed_at = (at + timedelta(minutes=rng.randint(3, 15))).replace(microsecond=0)
        row = SimpleNamespace(
            id=new_uuid(rng), order_id=order_id, version=1, status="signed",
            checklist=checklist, marks=marks, fuel_eighths=fuel, battery_percent=battery,
            odometer_km=mileage, keys_count=rng.choice((1, 2, 2)),
            belongings=rng.choice(BELONGINGS), valuables="无", photos=[],
            signature_strokes=strokes, signature_png=png, signer="车主本人",
            signed_at=signed_at, advisor_id=advisor, advisor_name="", created_at=at,
            updated_at=signed_at)
        row.content_hash = content_hash(signed_content(row))
        batch.add("check_ins", vars(row))
        return len(marks)

    def _signature(self) -> tuple[list[Any], bytes]:
        """A scribble that looks signed: a few loops written left to right."""
        rng = self.rng
        strokes = []
        x = rng.uniform(40, 80)
        for _ in range(rng.randint(2, 3)):
            points, t = [], 0
            width, loops = rng.uniform(120, 180), rng.randint(2, 4)
            for k in range(24):  # a pen gives more points; a demo keeps ten years of these
                f = k / 23
                px = x + f * width
                py = 100 + 45 * math.sin(f * loops * 2 * math.pi + rng.uniform(0, 0.3)) * (
                    1 - 0.5 * f)
                points.append((round(px, 1), round(py, 1),
                               round(0.6 + 0.4 * math.sin(f * math.pi), 2), t))
                t += rng.randint(8, 14)
            strokes.append(points)
            x += width + rng.uniform(10, 30)
        return strokes, _png(strokes)


def _png(strokes: list[Any]) -> bytes:
    from PIL import Image, ImageDraw

    # Ink on paper in one bit per pixel: a ten-year demo keeps a signature per check-in.
    image = Image.new("1", (600, 200), 1)
    draw = ImageDraw.Draw(image)
    for stroke in strokes:
        for (x1, y1, p, _), (x2, y2, _q, _t) in itertools.pairwise(stroke):
            draw.line((x1, y1, x2, y2), fill=0, width=max(1, round(1 + 3 * p)))
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()
