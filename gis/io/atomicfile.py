"""Atomic file writes: a crash or a full disk never leaves half a file.

Scenario files and exports are what a planner takes to a budget meeting; a
save interrupted by a power cut must leave the previous version intact. The
content goes to a temporary file in the same folder, is flushed to disk, and
only then renamed over the target (``os.replace`` is atomic on one file
system, on Windows too). What the operating system says on a failure
(disk full, folder gone) comes back as :class:`gis.io.outputguard.OutputError`,
which names the file and a reason instead of an errno.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from gis.io.outputguard import writing


def atomic_write_bytes(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (temp file + fsync + rename).

    On any failure the temporary file is removed and ``path`` is untouched.
    """
    path = Path(path)
    with writing(path):
        return _write_bytes(path, data)


def _write_bytes(path: Path, data: bytes) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        _set_mode(tmp, path)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)
    return path


def atomic_write_text(path: str | Path, text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` atomically (see :func:`atomic_write_bytes`)."""
    return atomic_write_bytes(path, text.encode(encoding))


def atomic_save(path: str | Path, write) -> Path:
    """Let ``write(tmp_path)`` produce the file, then rename it over ``path``.

    For writers that want a file name rather than bytes (openpyxl).
    """
    path = Path(path)
    with writing(path):
        return _save(path, write)


def _save(path: Path, write) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    try:
        _set_mode(tmp, path)
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)
    return path


def _set_mode(tmp: str, path: Path) -> None:
    # mkstemp makes the file private (0600); a saved scenario should keep the
    # permissions of the file it replaces, or the usual ones for a new file
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        mode = 0o644
    with contextlib.suppress(OSError):
        os.chmod(tmp, mode)


def _fsync_dir(folder: Path) -> None:
    # the rename itself is durable only once the folder entry is flushed (POSIX)
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
