"""Which files in a folder get opened, seen by the kernel (inotify, through ctypes; Linux).

`FolderOpens(folder)` watches from its creation on; `opened()` is the set of names opened since
(by any process, at any access mode), `read_only_closed()` those closed after a read-only open:
what a file dialog sniffing a file's type does, and SQLite (which opens read-write) never does.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import struct
from pathlib import Path

IN_OPEN = 0x00000020
IN_CLOSE_NOWRITE = 0x00000010
IN_NONBLOCK = 0o4000
IN_CLOEXEC = 0o2000000
_EVENT = struct.Struct("iIII")


def available() -> bool:
    return os.uname().sysname == "Linux"


class FolderOpens:
    def __init__(self, folder: Path) -> None:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        self._fd = libc.inotify_init1(IN_NONBLOCK | IN_CLOEXEC)
        if self._fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1")
        if libc.inotify_add_watch(self._fd, os.fsencode(folder), IN_OPEN | IN_CLOSE_NOWRITE) < 0:
            os.close(self._fd)
            raise OSError(ctypes.get_errno(), "inotify_add_watch")
        self.events: list[tuple[int, str]] = []

    def _read(self) -> None:
        while True:
            try:
                data = os.read(self._fd, 65536)
            except BlockingIOError:
                return
            offset = 0
            while offset < len(data):
                _wd, mask, _cookie, length = _EVENT.unpack_from(data, offset)
                offset += _EVENT.size
                name = data[offset:offset + length].rstrip(b"\0").decode()
                offset += length
                if name:  # "" is the folder itself (listing it)
                    self.events.append((mask, name))

    def opened(self) -> set[str]:
        self._read()
        return {name for mask, name in self.events if mask & IN_OPEN}

    def read_only_closed(self) -> set[str]:
        self._read()
        return {name for mask, name in self.events if mask & IN_CLOSE_NOWRITE}

    def close(self) -> None:
        os.close(self._fd)
