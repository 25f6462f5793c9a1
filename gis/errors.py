"""Exceptions that carry data, not prose.

The gis layer knows *what* went wrong (which file, row, column, code); the
widgets and the command line word it for a person, in Bahasa Indonesia by
default. Keeping the two apart lets one error be shown in a dialog, printed
by the CLI and asserted in a test without parsing sentences.
"""

from __future__ import annotations

from pathlib import Path


class SasaranError(Exception):
    """Base of every error the data core raises on purpose.

    Parameters
    ----------
    code
        Machine-readable reason, stable across versions (``"not_found"``...).
    path, layer, row, column
        Where the problem is, when known.
    """

    def __init__(
        self,
        message: str = "",
        *,
        code: str = "error",
        path: str | Path | None = None,
        layer: str | None = None,
        row: int | None = None,
        column: str | None = None,
        **data,
    ):
        super().__init__(message or code)
        self.code = code
        self.path = Path(path) if path is not None else None
        self.layer = layer
        self.row = row
        self.column = column
        self.data = data
        for key, value in data.items():
            setattr(self, key, value)


class Cancelled(SasaranError):
    """The user cancelled a long job; nothing was changed."""

    def __init__(self, message: str = "cancelled", **kw):
        kw.setdefault("code", "cancelled")
        super().__init__(message, **kw)


class ReadError(SasaranError):
    """A file could not be read at all (missing, corrupt, unknown format)."""


class MappingError(SasaranError):
    """The columns of a register could not be matched to the schema."""


class BoundaryError(SasaranError):
    """A boundary file lacks what the village table needs."""
