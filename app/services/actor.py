"""Who is doing something: the logged-in user as plain data, passed into every service call."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from app.domain.permissions import Permission, may, require


@dataclass(frozen=True)
class Actor:
    user_id: uuid.UUID | None
    username: str
    display_name: str
    role: str
    branch_id: uuid.UUID | None = None

    def may(self, permission: Permission) -> bool:
        return may(self.role, permission)

    def require(self, permission: Permission) -> None:
        require(self.role, permission)


# For the command line and demo data: work done by the program itself, not a person.
SYSTEM = Actor(None, "system", "GarageDesk", "admin")
