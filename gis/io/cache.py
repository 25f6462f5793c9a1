"""Where Sasaran keeps what it can rebuild: the per-user cache folder and the
fingerprint that says whether a file is still the one a cached copy was made of.

The fingerprint is cheap on a 2 GB register (size, modification time and a
hash of the first and last MiB), so checking it at every open costs nothing
next to a parse; a file edited in place changes its time or its size, and a
file copied over with the same time and size almost always changes its
first or last MiB.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

#: bytes hashed at each end of the file
_EDGE = 1 << 20


def cache_dir() -> Path:
    """Per-user cache folder (``SASARAN_CACHE_DIR`` overrides)."""
    env = os.environ.get("SASARAN_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or (
        os.environ.get("LOCALAPPDATA") if os.name == "nt" else None
    )
    return Path(base) if base else Path.home() / ".cache" / "sasaran"


def file_fingerprint(path: str | Path) -> str:
    """``size:mtime_ns:sha256(first MiB + last MiB)[:16]`` of a file.

    Raises ``OSError`` when the file cannot be read (the caller decides what
    a missing file means).
    """
    path = Path(path)
    st = path.stat()
    h = hashlib.sha256()
    with path.open("rb") as fh:
        h.update(fh.read(_EDGE))
        if st.st_size > 2 * _EDGE:
            fh.seek(-_EDGE, os.SEEK_END)
            h.update(fh.read(_EDGE))
        else:
            h.update(fh.read())
    return f"{st.st_size}:{st.st_mtime_ns}:{h.hexdigest()[:16]}"
