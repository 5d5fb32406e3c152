"""Where things live on this PC, and the settings that belong to the workstation, not the shop.

The database URL and the UI language belong to the workstation (a config file in the user's
config dir); everything the shop shares lives in the database (`app/services/settings`).
`GARAGEDESK_HOME` points all folders at one place (tests, a portable install, development).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

APP_NAME = "GarageDesk"


@dataclass(frozen=True)
class Paths:
    data: Path
    config: Path

    @property
    def default_database(self) -> Path:
        return self.data / "garagedesk.db"

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def config_file(self) -> Path:
        return self.config / "workstation.json"


def paths() -> Paths:
    home = os.environ.get("GARAGEDESK_HOME")
    if home:
        return Paths(Path(home) / "data", Path(home) / "config")
    import platformdirs

    return Paths(
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
    )


@dataclass
class Workstation:
    """This PC's own settings."""

    database_url: str = ""  # empty: the SQLite file in the data dir
    language: str = "zh_CN"  # zh_CN | en
    backup_folder: str = ""  # empty: the backups folder in the data dir (else a USB disk, NAS)

    @classmethod
    def load(cls, where: Paths) -> Workstation:
        try:
            raw = json.loads(where.config_file.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return cls()
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def save(self, where: Paths) -> None:
        where.config.mkdir(parents=True, exist_ok=True)
        tmp = where.config_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(where.config_file)  # never a half-written config after a crash
