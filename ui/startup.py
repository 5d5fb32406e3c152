"""Start-up in the order that keeps it fast (the benchmark holds it under one second).

`begin()` runs first: the garbage collector waits (loading creates some hundred thousand
long-lived objects, and collections over them cost 0.1 s or more), and the data layer is imported
before Qt, because once PySide6 is loaded its import hook reads the source of every module
imported after it. `finished()` runs once the first window is up: everything loaded so far is
frozen out of future collections, so they stay short while the desk is typing.
"""

from __future__ import annotations

import gc
import importlib

DATA_LAYER = (
    "sqlalchemy.orm",
    "sqlalchemy.dialects.sqlite",
    "app.bootstrap",
    "app.services.files",
    "app.services.search",
    "app.services.shop",
    "app.services.auth",
)


def begin() -> None:
    gc.disable()
    for name in DATA_LAYER:
        importlib.import_module(name)


def finished() -> None:
    gc.freeze()
    gc.enable()
