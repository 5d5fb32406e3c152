"""One entry of an order's timeline: what happened, when, who, in the UI's words."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    kind: str  # status | line | promise | inquiry | notice | consent | …
    who: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)
    detail: str = ""  # a reason, a note, a notice's text (as typed, or as the program wrote it)
    # When the program wrote the reason itself ("work started"), its English source text
    # under "Timeline" and its parameters: the UI shows that in its own language instead.
    detail_message: str = ""
    detail_params: dict[str, Any] = field(default_factory=dict)
