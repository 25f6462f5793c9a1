"""Turn whatever file a planner holds into one raw table.

Household registers and PSKS lists reach a Dinas Sosial in every shape:
GeoPackages and shapefiles from a GIS unit, GeoJSON from a web portal,
GeoParquet from a data team, and above all CSV and Excel exports of P3KE,
DTKS or DTSEN with title rows above the header, Windows code pages and
decimal commas. This module hides those differences and nothing more: it
returns the attribute columns as found, one lon/lat pair per row, the row
number the user would see in the file (so that a validation report can say
"row 27" and mean the row the planner sees in Excel), and notes on any
guess it made.

It deliberately does not interpret columns (no NIK checks, no desil parsing,
no number conversion of text): column mapping and validation come after it,
and they can only flag damage they still see. CSV values therefore stay
text, and spreadsheet cells stay what openpyxl delivers.

Vector files are read through pyogrio's Arrow interface and the point
coordinates are taken straight from the WKB buffer, because building one
shapely object per household is what makes a million-row read slow.

This module is the entry (formats, layers, ``read_table``); the work is
done per format in ``read_vector`` (vector files and Parquet), ``read_csv``
and ``read_xlsx``, on the shared pieces of ``read_base``.
"""

from __future__ import annotations

from pathlib import Path

from gis.errors import ReadError
from gis.io.read_base import (
    CancelledFn,
    Note,
    ProgressFn,
    RawTable,
    _clean_columns,
    _corrupt,
    _existing,
    _Feedback,
)
from gis.io.read_csv import _read_csv
from gis.io.read_vector import (
    _geo_metadata,
    _geometry_type_name,
    _open_parquet,
    _read_parquet,
    _read_vector,
)
from gis.io.read_xlsx import _open_workbook, _read_xlsx

__all__ = ["FORMATS", "Note", "RawTable", "detect_format", "list_layers", "read_table"]

#: File extension -> format name used in :attr:`RawTable.format`.
FORMATS: dict[str, str] = {
    ".gpkg": "gpkg",
    ".shp": "shp",
    ".geojson": "geojson",
    ".json": "geojson",
    ".fgb": "fgb",
    ".parquet": "parquet",
    ".geoparquet": "parquet",
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
}
_VECTOR_FORMATS = {"gpkg", "shp", "geojson", "fgb"}


# --------------------------------------------------------------------------
# public API


def detect_format(path: str | Path) -> str:
    """Format name for a file, from its extension.

    Parameters
    ----------
    path
        File name; it need not exist.

    Returns
    -------
    str
        One of the values of :data:`FORMATS`.

    Raises
    ------
    ReadError
        Code ``"unknown_format"`` (attribute ``extension``) when the
        extension is not supported, e.g. the old binary ``.xls``.
    """
    path = Path(path)
    ext = path.suffix.lower()
    try:
        return FORMATS[ext]
    except KeyError:
        raise ReadError(
            f"unsupported file type {ext or '(none)'}",
            code="unknown_format",
            path=path,
            extension=ext,
        ) from None


def list_layers(path: str | Path) -> list[tuple[str, str | None, int]]:
    """Layers a file offers, to let the user choose one.

    Parameters
    ----------
    path
        Any file :func:`read_table` accepts.

    Returns
    -------
    list of (name, geometry type, feature count)
        Geometry type is ``None`` for attribute-only tables and for
        spreadsheets; the count is -1 where it is not known without reading
        the whole file (spreadsheet sheets, CSV). For XLSX the layers are the
        worksheets; CSV and Parquet have one layer named after the file.

    Raises
    ------
    ReadError
        ``"not_found"``, ``"unknown_format"`` or ``"corrupt"``.
    """
    path = _existing(path)
    fmt = detect_format(path)
    if fmt in _VECTOR_FORMATS:
        import pyogrio

        try:
            listing = pyogrio.list_layers(path)
        except Exception as exc:
            raise _corrupt(path, exc) from exc
        result = []
        for name, geometry_type in listing:
            try:
                count = int(pyogrio.read_info(path, layer=name)["features"])
            except Exception:
                count = -1
            result.append((str(name), geometry_type or None, count))
        return result
    if fmt == "xlsx":
        workbook = _open_workbook(path)
        try:
            return [(title, None, -1) for title in workbook.titles]
        finally:
            workbook.close()
    if fmt == "parquet":
        parquet_file = _open_parquet(path)
        geo = _geo_metadata(parquet_file.schema_arrow)
        types = geo["columns"][geo["primary_column"]].get("geometry_types") if geo else None
        return [
            (path.stem, _geometry_type_name(types) if geo else None, parquet_file.metadata.num_rows)
        ]
    return [(path.stem, None, -1)]


def read_table(
    path: str | Path,
    layer: str | None = None,
    *,
    sheet: str | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    arrow_text: bool = False,
) -> RawTable:
    """Read a household or PSKS file into a :class:`RawTable`.

    Parameters
    ----------
    path
        GeoPackage, Shapefile, GeoJSON, FlatGeobuf, (Geo)Parquet, CSV or XLSX.
    layer
        Layer of a multi-layer file. For XLSX it is accepted as the sheet name
        when ``sheet`` is not given.
    sheet
        Worksheet of an XLSX file; default the first sheet with data.
    progress
        Optional ``callable(fraction, message)``, fraction in 0..1.
    cancelled
        Optional ``callable() -> bool``, polled between chunks of work.
    arrow_text
        Vector and Parquet files only: text columns keep the Arrow strings
        as read (``pd.ArrowDtype``) instead of pandas' ``str`` dtype, which
        copies their offsets. For callers that handle both, such as
        :func:`gis.model.importer.build_households`; CSV and XLSX columns
        are as always.

    Returns
    -------
    RawTable

    Raises
    ------
    ReadError
        With ``code`` one of ``"not_found"``, ``"unknown_format"``,
        ``"choose_layer"`` (attribute ``layers``), ``"no_layer"`` (attribute
        ``layers``), ``"empty"``, ``"no_header"``, ``"bad_encoding"``,
        ``"unreadable"`` or ``"corrupt"``.
    Cancelled
        When ``cancelled()`` returned True.
    """
    path = _existing(path)
    fmt = detect_format(path)
    fb = _Feedback(path, progress, cancelled)
    fb.report(0.0, "opening")
    if fmt in _VECTOR_FORMATS:
        table = _read_vector(path, fmt, layer, fb, arrow_text)
    elif fmt == "parquet":
        table = _read_parquet(path, fb, arrow_text)
    elif fmt == "csv":
        table = _read_csv(path, fb)
    else:
        table = _read_xlsx(path, sheet if sheet is not None else layer, fb)
    table.frame = _clean_columns(table.frame, table.notes)
    fb.report(1.0, "done")
    return table
