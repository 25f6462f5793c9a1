"""One guard for every file Sasaran writes: check all targets first, then write.

A planner who asks for an export into a folder that does not exist, a folder
they may not write to, or over a file they already have, must hear so in a
sentence that names the file, and find nothing half written afterwards. So
every writer (CSV, XLSX, web map, map sheets, mappings, demo files) calls
:func:`check_targets` with *all* the files it is about to write before it
writes any of them (a PNG series checks every page first), and runs the
writing itself inside :func:`writing`, which turns what the operating system
says (``[Errno 28] No space left on device``) into an :class:`OutputError`
that carries the file and a reason code. ``widgets.base.messages.describe`` words
the codes in Bahasa Indonesia for the dialogs and the command line.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from gis.errors import SasaranError

#: reason codes of :class:`OutputError` (``exc.code``)
OUTPUT_CODES = (
    "output_exists",  # the file is there and overwriting was not asked for
    "output_no_folder",  # the folder of the file does not exist (or is a file)
    "output_read_only",  # the folder (or the file) may not be written
    "output_is_folder",  # the target itself is a folder
    "output_failed",  # writing failed on the way (disk full, device gone...)
)


class OutputError(SasaranError, OSError):
    """A file could not (or may not) be written; nothing was written.

    Carries ``code`` (one of :data:`OUTPUT_CODES`), ``path`` (the target) and
    ``folder`` (the name of its folder). ``output_failed`` also carries
    ``reason``: ``"disk_full"``, ``"read_only"``, ``"no_folder"``,
    ``"name_too_long"`` or ``"system"``. It is an ``OSError`` too, so code
    that already catches those keeps working.
    """

    def __init__(self, message: str = "", **kw):
        path = kw.get("path")
        if path is not None:
            kw.setdefault("folder", Path(path).parent.name or str(Path(path).parent))
        super().__init__(message or kw.get("code", "output_failed"), **kw)
        if path is not None:
            self.filename = str(path)


class OutputExists(OutputError, FileExistsError):
    """The target exists and overwriting was not asked for (code ``output_exists``)."""

    def __init__(self, path: str | Path, **kw):
        kw.setdefault("code", "output_exists")
        super().__init__("output exists", path=path, **kw)
        self.errno = errno.EEXIST


_REASONS = {
    errno.ENOSPC: "disk_full",
    getattr(errno, "EDQUOT", errno.ENOSPC): "disk_full",  # not on Windows
    errno.EACCES: "read_only",
    errno.EPERM: "read_only",
    errno.EROFS: "read_only",
    errno.ENOENT: "no_folder",
    errno.ENOTDIR: "no_folder",
    errno.ENAMETOOLONG: "name_too_long",
}


def check_target(path: str | Path, overwrite: bool = False) -> Path:
    """Raise :class:`OutputError` unless ``path`` can be written now; returns it.

    The folder must exist and be writable, the target must not be a folder,
    and an existing file is refused unless ``overwrite``.
    """
    path = Path(path)
    folder = path.parent
    if path.is_dir():
        raise OutputError(code="output_is_folder", path=path)
    if not folder.is_dir():
        raise OutputError(code="output_no_folder", path=path)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(code="output_read_only", path=path)
    if path.exists() or path.is_symlink():
        if not overwrite:
            raise OutputExists(path)
        if not os.access(path, os.W_OK):
            raise OutputError(code="output_read_only", path=path)
    return path


def check_targets(paths: Iterable[str | Path], overwrite: bool = False) -> list[Path]:
    """:func:`check_target` for every path before any is written (all or nothing)."""
    out = [check_target(p, overwrite) for p in paths]
    seen: set[Path] = set()
    for p in out:
        if p in seen:  # two outputs of one export on the same name: one would be lost
            raise OutputExists(p)
        seen.add(p)
    return out


def output_error(exc: OSError, path: str | Path) -> OutputError:
    """The :class:`OutputError` for an ``OSError`` met while writing ``path``."""
    if isinstance(exc, OutputError):
        return exc
    if isinstance(exc, FileExistsError):
        return OutputExists(path)
    return OutputError(
        code="output_failed", path=path, reason=_REASONS.get(exc.errno or 0, "system")
    )


@contextlib.contextmanager
def writing(path: str | Path) -> Iterator[Path]:
    """Run a write of ``path``; an ``OSError`` on the way becomes an :class:`OutputError`.

    The writer itself must write to a temporary file and rename it at the end
    (see :mod:`gis.io.atomicfile`), so a failure leaves nothing half written.
    """
    try:
        yield Path(path)
    except OutputError:
        raise
    except OSError as exc:
        raise output_error(exc, path) from exc
