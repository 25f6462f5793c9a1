"""What a file handed to ``sasaran FILE...`` is, judged by its content.

A planner drags files onto the program or types ``sasaran desa.gpkg
p3ke.xlsx rencana.skenario.json``; the names say little (``data.gpkg``,
``export (3).csv``), so the content decides: a Sasaran project or scenario
by its ``format`` member, boundaries by polygon layers, a PSKS list by its
columns (a PSKS type and no desil), anything else readable as a table is a
household register.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from gis.errors import ReadError

KINDS = ("project", "scenario", "boundaries", "households", "psks")
#: CSV lines read to see the columns (title rows included)
_CSV_PEEK_LINES = 200


def _json_format(path: Path) -> str | None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(8192)
    except OSError:
        return None
    for fmt, kind in ((b"sasaran-proyek", "project"), (b"sasaran-skenario", "scenario")):
        if b'"format"' in head and fmt in head:
            return kind
    return None


def _columns(path: Path, fmt: str, layer: str | None) -> list[str]:
    from gis.io.readers import read_table

    if fmt in ("gpkg", "shp", "geojson", "fgb"):
        import pyogrio

        return [str(c) for c in pyogrio.read_info(path, layer=layer)["fields"]]
    if fmt == "csv":
        # the head of the file is enough to see the header; a copy of it is read
        with open(path, "rb") as fh:
            head = b"".join(fh.readline() for _ in range(_CSV_PEEK_LINES))
        with tempfile.TemporaryDirectory() as tmp:
            peek = Path(tmp) / path.name
            peek.write_bytes(head)
            return list(read_table(peek).frame.columns)
    return list(read_table(path, layer).frame.columns)


def file_kind(path: str | Path) -> str:
    """One of :data:`KINDS` for ``path``.

    Raises :class:`gis.errors.ReadError` (``not_found``, ``unknown_format``,
    ``corrupt``) for a file that is none of them.
    """
    from gis.io.mapping import recognise
    from gis.io.readers import detect_format, list_layers

    path = Path(path)
    if not path.is_file():
        raise ReadError("not found", code="not_found", path=path)
    kind = _json_format(path)
    if kind is not None:
        return kind
    fmt = detect_format(path)
    layers = list_layers(path)
    polygon = [name for name, geom, _ in layers if geom and "polygon" in geom.lower()]
    if polygon and not any(geom and "point" in geom.lower() for _, geom, _ in layers):
        return "boundaries"
    layer = next((name for name, geom, _ in layers if geom and "point" in geom.lower()), None)
    fields = recognise(_columns(path, fmt, layer)).fields
    return "psks" if "psks_type" in fields and "desil" not in fields else "households"
