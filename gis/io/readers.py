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
text, and spreadsheet cells stay what the sheet holds (see gis.io.xlsx).

Vector files are read through pyogrio's Arrow interface and the point
coordinates are taken straight from the WKB buffer, because building one
shapely object per household is what makes a million-row read slow.
"""

from __future__ import annotations

import codecs
import csv
import datetime as _dt
import io
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from gis.errors import Cancelled, ReadError
from gis.io.mapping import recognise
from gis.io.table_shape import (
    HEADER_JOIN,
    MAX_COLUMNS,
    cell_text,
    check_shapefile_parts,
    join_header,
    looks_numeric,
    sub_header,
)

__all__ = ["FORMATS", "Note", "RawTable", "detect_format", "list_layers", "read_table"]

ProgressFn = Callable[[float, str], None]
CancelledFn = Callable[[], bool]

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

# Header detection looks only at the top of a file: title blocks are short.
_HEADER_SCAN_ROWS = 60
# A header must fill at least this share of the modal row width ...
_HEADER_MIN_FILL = 0.6
# ... and at least this share of its non-empty cells must be non-numeric text.
_HEADER_MIN_TEXT = 0.5

# Arrow batches for vector reads: large enough to cost nothing measurable,
# small enough to report progress and honour a cancel about ten times a
# million rows.
_BATCH_SIZE = 131_072
_CSV_CHECK_EVERY = 20_000

# Numbers as they appear in exports: 12, -3.5, 1.234,56, 3,2E+15 ...
_DECIMAL_COMMA_RE = re.compile(r"^[+-]?(\d{1,3}(\.\d{3})+|\d+),\d+$")
_DECIMAL_POINT_RE = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)\.\d+$")


class Note(str):
    """A remark for the user about how a file was read.

    It is a plain string (short English, fine for logs and tests) that also
    carries a stable :attr:`code` and the values behind it in :attr:`data`, so
    that the widgets can word it in Bahasa Indonesia.
    """

    code: str
    data: dict

    def __new__(cls, code: str, text: str, **data) -> Note:
        note = super().__new__(cls, text)
        note.code = code
        note.data = data
        return note

    def __getnewargs_ex__(self):
        # Lets copy and pickle rebuild a note (results may cross processes).
        return (self.code, str(self)), dict(self.data)


@dataclass
class RawTable:
    """One file, read but not interpreted.

    Attributes
    ----------
    frame
        Attribute columns with header names stripped of whitespace, index
        ``0..n-1``. CSV columns are text (``str`` dtype, empty cells NA);
        spreadsheet columns that hold only text are ``str``, the others keep
        the cells' Python values (see gis.io.xlsx) (``object``); vector and Parquet columns keep
        their stored types.
    x, y
        float64 longitude / latitude (EPSG:4326) per row, NaN where the row
        has no geometry; ``None`` when the source has no geometry at all. If
        the source CRS is unknown and the coordinates do not look like
        lon/lat, they are left in source units and a note with code
        ``"unknown_crs"`` says so.
    rows
        int64 row number as the user sees it: spreadsheet row (1-based,
        counting title rows) for XLSX, line number for CSV, feature number
        (1-based) for vector and Parquet files.
    path, layer, format
        Source file, layer (for XLSX: the sheet) and format name.
    encoding, delimiter, decimal, header_row
        What was detected in text files (``header_row`` is 1-based).
    crs, geometry_type
        Source CRS (``"EPSG:xxxx"`` or WKT, ``None`` if unknown) and the
        declared geometry type.
    notes
        :class:`Note` objects for things the user should know.
    """

    frame: pd.DataFrame
    x: np.ndarray | None
    y: np.ndarray | None
    rows: np.ndarray
    path: Path
    layer: str | None
    format: str
    encoding: str | None = None
    delimiter: str | None = None
    decimal: str | None = None
    header_row: int | None = None
    crs: str | None = None
    geometry_type: str | None = None
    notes: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.frame)

    @property
    def has_geometry(self) -> bool:
        """Whether the source had a geometry column at all."""
        return self.x is not None


class _Feedback:
    """Progress and cancel callbacks with the checks in one place."""

    def __init__(self, path: Path, progress: ProgressFn | None, cancelled: CancelledFn | None):
        self.path = path
        self._progress = progress
        self._cancelled = cancelled

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled(path=self.path)

    def report(self, fraction: float, message: str) -> None:
        self.check()
        if self._progress is not None:
            self._progress(min(max(float(fraction), 0.0), 1.0), message)


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
        table = _read_vector(path, fmt, layer, fb)
    elif fmt == "parquet":
        table = _read_parquet(path, fb)
    elif fmt == "csv":
        table = _read_csv(path, fb)
    else:
        table = _read_xlsx(path, sheet if sheet is not None else layer, fb)
    table.frame = _clean_columns(table.frame, table.notes)
    fb.report(1.0, "done")
    return table


# --------------------------------------------------------------------------
# shared helpers


def _existing(path: str | Path) -> Path:
    path = Path(path)
    if not path.is_file():
        raise ReadError("file not found", code="not_found", path=path)
    return path


def _corrupt(path: Path, exc: BaseException, layer: str | None = None) -> ReadError:
    if isinstance(exc, PermissionError):
        return ReadError(str(exc), code="unreadable", path=path, layer=layer)
    return ReadError(str(exc) or type(exc).__name__, code="corrupt", path=path, layer=layer)


def _clean_columns(frame: pd.DataFrame, notes: list[str]) -> pd.DataFrame:
    """Strip header names; make them unique and non-empty so columns can be addressed."""
    names: list[str] = []
    seen: set[str] = set()
    renamed: list[str] = []
    for i, name in enumerate(frame.columns):
        base = "" if name is None else str(name).strip()
        blank = not base
        if blank:
            base = f"column_{i + 1}"
        candidate, k = base, 2
        while candidate in seen:
            candidate = f"{base}_{k}"
            k += 1
        if blank or candidate != base:
            renamed.append(candidate)
        seen.add(candidate)
        names.append(candidate)
    if renamed:
        notes.append(
            Note(
                "renamed_columns",
                "empty or repeated column names renamed: " + ", ".join(renamed),
                columns=renamed,
            )
        )
    frame.columns = names
    if not isinstance(frame.index, pd.RangeIndex) or frame.index.start != 0:
        frame = frame.reset_index(drop=True)
    return frame


def _is_empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _find_header(rows: Sequence[Sequence]) -> int | None:
    """Index of the header among the first rows of a table, or None.

    Government exports put a title block above the header: a few rows with
    one or two filled cells (merged cells deliver their value once). The
    header is the first row that is about as wide as the table's usual row
    and mostly text rather than numbers.
    """
    widths = []
    for row in rows:
        last = 0
        for j, value in enumerate(row):
            if not _is_empty(value):
                last = j + 1
        widths.append(last)
    wide = [w for w in widths if w >= 2]
    modal = Counter(wide).most_common(1)[0][0] if wide else max(widths, default=0)
    if modal == 0:
        return None
    # A narrow table's header names every column; a wide one may leave a few
    # blank, but a title row ("Provinsi: ...") fills only one or two cells.
    need = modal if modal <= 4 else math.ceil(_HEADER_MIN_FILL * modal)
    for i, row in enumerate(rows):
        filled = [v for v in row if not _is_empty(v)]
        if len(filled) < need:
            continue
        text = sum(1 for v in filled if not looks_numeric(v))
        if text >= _HEADER_MIN_TEXT * len(filled) and text > 0:
            return i
    return None


def _header_names(row: Sequence) -> list[str]:
    return [_header_text(v) for v in row]


def _header_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    return str(value).strip()


def _header_rows(records: Sequence[Sequence], head: int, notes: list[str], numbers) -> tuple:
    """Header names and how many rows they take (1, or 2 for a two-row header)."""
    following = records[head + 1] if head + 1 < len(records) else None
    if sub_header(records[head], following):
        names = join_header(records[head], following)
        joined = [n for n in names if HEADER_JOIN in n]
        notes.append(
            Note(
                "two_row_header",
                f"two-row header on rows {numbers[head]}-{numbers[head + 1]} joined",
                first=int(numbers[head]),
                second=int(numbers[head + 1]),
                example=joined[0] if joined else "",
            )
        )
        return names, 2
    return _header_names(records[head]), 1


def _too_wide(path: Path, width: int, row: int | None, layer: str | None = None) -> None:
    if width > MAX_COLUMNS:
        raise ReadError(
            "too many columns",
            code="too_many_columns",
            path=path,
            layer=layer,
            row=row,
            columns=int(width),
            limit=MAX_COLUMNS,
        )


def _trim_width(header: list[str], records: Sequence[Sequence]) -> int:
    """Columns to keep: every named one, plus unnamed ones that hold data."""
    width = len(header)
    while width and not header[width - 1]:
        width -= 1
    for row in records:
        if len(row) > width:
            for j in range(len(row) - 1, width - 1, -1):
                if not _is_empty(row[j]):
                    width = j + 1
                    break
    return width


# --------------------------------------------------------------------------
# coordinates


class _BrokenArrow(Exception):
    """An Arrow geometry array that GDAL filled wrongly.

    The FlatGeobuf Arrow stream of GDAL 3.12 (bundled with pyogrio 0.13) restarts the WKB offsets after a NULL
    geometry, which would silently give rows other rows' points. When the
    offsets are not monotonic we read the geometries again without Arrow.
    """


def _xy_from_wkb(array: pa.Array) -> tuple[np.ndarray, np.ndarray, int]:
    """x, y per WKB geometry, NaN for null or empty ones.

    Returns the number of non-point geometries, whose representative point
    (a point guaranteed inside a polygon) was used instead.

    Fast path: a column made only of 2D little-endian WKB points (21 bytes
    each) is read as one strided view of the byte buffer, with no shapely
    objects at all. Anything else goes through shapely, vectorised.
    """
    if isinstance(array, pa.ExtensionArray):
        array = array.storage
    if not (pa.types.is_binary(array.type) or pa.types.is_large_binary(array.type)):
        array = array.cast(pa.large_binary())
    n = len(array)
    x = np.full(n, np.nan)
    y = np.full(n, np.nan)
    if n == 0:
        return x, y, 0
    offset_type = np.int64 if pa.types.is_large_binary(array.type) else np.int32
    buffers = array.buffers()
    offsets = np.frombuffer(buffers[1], dtype=offset_type)[array.offset : array.offset + n + 1]
    lengths = np.diff(offsets)
    if (lengths < 0).any():
        raise _BrokenArrow("non-monotonic WKB offsets")
    valid = array.is_valid().to_numpy(zero_copy_only=False) & (lengths > 0)
    if not valid.any():
        return x, y, 0
    if buffers[2] is not None and (lengths[~valid] == 0).all() and (lengths[valid] == 21).all():
        data = np.frombuffer(buffers[2], dtype=np.uint8)
        block = data[offsets[0] : offsets[-1]].reshape(-1, 21)
        little_endian_point = (
            (block[:, 0] == 1).all() and (block[:, 1] == 1).all() and not block[:, 2:5].any()
        )
        if little_endian_point:
            coords = np.ascontiguousarray(block[:, 5:21]).view("<f8")
            x[valid] = coords[:, 0]
            y[valid] = coords[:, 1]
            return x, y, 0
    return _xy_from_wkb_values(array.to_numpy(zero_copy_only=False))


def _xy_from_geometries(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    """x, y of shapely geometries; representative points for non-points."""
    import shapely

    geoms = np.asarray(geoms, dtype=object)
    type_ids = shapely.get_type_id(geoms)
    # -1 is a missing geometry, 0 a Point; everything else needs a stand-in.
    others = (type_ids > 0) & ~shapely.is_empty(geoms)
    if others.any():
        geoms = geoms.copy()
        try:
            geoms[others] = shapely.point_on_surface(geoms[others])
        except shapely.errors.GEOSException:
            # One broken polygon must not cost the whole layer its points.
            for i in np.flatnonzero(others):
                geoms[i] = _safe_point(geoms[i])
    # Missing, empty and failed geometries have no location (get_x refuses
    # an empty point).
    usable = (shapely.get_type_id(geoms) == 0) & ~shapely.is_empty(geoms)
    x = np.full(len(geoms), np.nan)
    y = np.full(len(geoms), np.nan)
    x[usable] = shapely.get_x(geoms[usable])
    y[usable] = shapely.get_y(geoms[usable])
    return x, y, int(others.sum())


def _safe_point(geom):
    import shapely

    for make in (shapely.point_on_surface, shapely.centroid):
        try:
            return make(geom)
        except shapely.errors.GEOSException:
            continue
    return None


def _crs_label(crs) -> str | None:
    """``"EPSG:xxxx"`` when the CRS has a code, else WKT."""
    if crs is None:
        return None
    from pyproj import CRS

    try:
        parsed = CRS.from_user_input(crs)
    except Exception:
        return str(crs)
    code = parsed.to_epsg()
    if code is not None:
        return f"EPSG:{code}"
    authority = parsed.to_authority()
    if authority is not None:
        return ":".join(authority)
    return parsed.to_wkt()


def _to_lonlat(
    x: np.ndarray,
    y: np.ndarray,
    crs,
    notes: list[str],
    *,
    missing_crs_note: str,
) -> tuple[np.ndarray, np.ndarray]:
    """Reproject x, y to EPSG:4326 (lon, lat), or decide what a missing CRS means."""
    finite = np.isfinite(x) & np.isfinite(y)
    if crs is None:
        lonlat = bool((np.abs(x[finite]) <= 180).all() and (np.abs(y[finite]) <= 90).all())
        if lonlat:
            notes.append(
                Note(
                    "assumed_crs",
                    f"{missing_crs_note}: assumed EPSG:4326",
                    crs="EPSG:4326",
                    reason=missing_crs_note,
                )
            )
        else:
            notes.append(
                Note(
                    "unknown_crs",
                    f"{missing_crs_note}: unknown CRS, coordinates are not lon/lat"
                    " and were left in source units",
                    reason=missing_crs_note,
                )
            )
        return x, y
    from pyproj import CRS, Transformer
    from pyproj.exceptions import CRSError

    try:
        source = CRS.from_user_input(crs)
    except CRSError:
        notes.append(
            Note(
                "unknown_crs",
                "unrecognised CRS: coordinates were left in source units",
                reason="unrecognised CRS",
                crs=str(crs),
            )
        )
        return x, y
    target = CRS.from_epsg(4326)
    if source.equals(target, ignore_axis_order=True):
        return x, y
    transformer = Transformer.from_crs(source, target, always_xy=True)
    lon = np.full_like(x, np.nan)
    lat = np.full_like(y, np.nan)
    if finite.any():
        lon[finite], lat[finite] = transformer.transform(x[finite], y[finite])
    # PROJ marks points it cannot transform with inf: they have no location.
    bad = ~(np.isfinite(lon) & np.isfinite(lat))
    lon[bad] = np.nan
    lat[bad] = np.nan
    notes.append(
        Note(
            "reprojected",
            f"reprojected from {_crs_label(crs)} to EPSG:4326",
            source=_crs_label(crs),
        )
    )
    return lon, lat


def _representative_note(count: int, notes: list[str]) -> None:
    if count:
        notes.append(
            Note(
                "representative_point",
                f"non-point geometries: representative point used ({count} features)",
                count=count,
            )
        )


def _arrow_to_frame(table: pa.Table) -> pd.DataFrame:
    frame = table.to_pandas()
    if not isinstance(frame.index, pd.RangeIndex):
        # A stored pandas index: keep it as data if it had a name.
        named = any(name is not None for name in frame.index.names)
        frame = frame.reset_index(drop=not named)
    return frame


# --------------------------------------------------------------------------
# vector files through pyogrio (GDAL)


def _read_vector(path: Path, fmt: str, layer: str | None, fb: _Feedback) -> RawTable:
    import pyogrio
    from pyogrio.raw import open_arrow

    notes: list[str] = []
    try:
        listing = pyogrio.list_layers(path)
    except Exception as exc:
        raise _corrupt(path, exc) from exc
    check_shapefile_parts(path)
    names = [str(name) for name, _ in listing]
    if not names:
        raise ReadError("no layers", code="empty", path=path)
    if layer is None:
        if len(names) > 1:
            raise ReadError(
                "several layers: choose one", code="choose_layer", path=path, layers=names
            )
        layer = names[0]
    elif layer not in names:
        raise ReadError("no such layer", code="no_layer", path=path, layer=layer, layers=names)

    encoding = None
    if fmt == "shp":
        encoding = _shapefile_encoding(path, notes)

    try:
        total = int(pyogrio.read_info(path, layer=layer, encoding=encoding)["features"])
    except Exception:
        total = -1

    batches: list[pa.RecordBatch] = []
    xs: list[np.ndarray] = []
    ys: list[np.ndarray] = []
    replaced = 0
    done = 0
    broken = False
    try:
        with open_arrow(
            path,
            layer=layer,
            encoding=encoding,
            batch_size=_BATCH_SIZE,
            use_pyarrow=True,
            datetime_as_string=True,
        ) as (meta, reader):
            geometry_name = meta.get("geometry_name") or None
            has_geometry = meta.get("geometry_type") is not None
            if has_geometry and geometry_name is None:
                geometry_name = "wkb_geometry"
            for batch in reader:
                fb.check()
                if has_geometry and geometry_name in batch.schema.names:
                    index = batch.schema.get_field_index(geometry_name)
                    if not broken:
                        try:
                            bx, by, nonpoint = _xy_from_wkb(batch.column(index))
                            xs.append(bx)
                            ys.append(by)
                            replaced += nonpoint
                        except _BrokenArrow:
                            broken = True
                    batch = batch.drop_columns([geometry_name])
                batches.append(batch)
                done += batch.num_rows
                if total > 0:
                    fb.report(0.9 * done / total, f"features {done}/{total}")
                else:
                    fb.report(0.5, f"features {done}")
            schema = reader.schema
    except (Cancelled, ReadError):
        raise
    except Exception as exc:
        raise _corrupt(path, exc, layer) from exc

    if has_geometry and geometry_name in schema.names:
        schema = schema.remove(schema.get_field_index(geometry_name))
    table = pa.Table.from_batches(batches, schema=schema)
    frame = _arrow_to_frame(table)
    n = len(frame)

    x = y = None
    crs = meta.get("crs") or None
    if has_geometry and broken:
        x, y, replaced = _xy_without_arrow(path, layer, encoding)
    elif has_geometry:
        x = np.concatenate(xs) if xs else np.empty(0)
        y = np.concatenate(ys) if ys else np.empty(0)
    if has_geometry:
        if len(x) != n:
            raise ReadError("geometry count differs", code="corrupt", path=path, layer=layer)
        _representative_note(replaced, notes)
        missing = "no .prj" if fmt == "shp" else "no CRS in file"
        x, y = _to_lonlat(x, y, crs, notes, missing_crs_note=missing)

    return RawTable(
        frame=frame,
        x=x,
        y=y,
        rows=np.arange(1, n + 1, dtype=np.int64),
        path=path,
        layer=str(layer),
        format=fmt,
        encoding=_codec_name(encoding or meta.get("encoding")) if fmt == "shp" else None,
        crs=_crs_label(crs),
        geometry_type=meta.get("geometry_type") if has_geometry else None,
        notes=notes,
    )


def _xy_from_wkb_values(wkb: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    import shapely

    return _xy_from_geometries(shapely.from_wkb(wkb, on_invalid="ignore"))


def _xy_without_arrow(path: Path, layer: str, encoding: str | None):
    """Geometries through pyogrio's classic (non-Arrow) reader, slower but sound."""
    from pyogrio.raw import read

    try:
        _, _, wkb, _ = read(path, layer=layer, encoding=encoding, columns=[], read_geometry=True)
    except Exception as exc:
        raise _corrupt(path, exc, layer) from exc
    return _xy_from_wkb_values(wkb)


def _codec_name(encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return encoding


# Code pages named by the dBASE language driver byte of a .dbf header.
_DBF_LDID = {
    0x01: "cp437",
    0x02: "cp850",
    0x03: "cp1252",
    0x57: "cp1252",
    0x58: "cp1252",
    0x59: "cp1252",
    0x64: "cp852",
    0x65: "cp866",
    0x7D: "cp1255",
    0x7E: "cp1256",
    0xC8: "cp1250",
    0xC9: "cp1251",
    0xCA: "cp1254",
    0xCB: "cp1253",
}


def _shapefile_encoding(path: Path, notes: list[str]) -> str | None:
    """Encoding of a shapefile's .dbf.

    With a .cpg, GDAL follows it. Without one, GDAL hands over the raw bytes,
    so we look at them: valid UTF-8 stays UTF-8, otherwise the code page
    named in the header, otherwise cp1252 (what Windows tools write here).
    """
    stem = path.with_suffix("")
    for suffix in (".cpg", ".CPG"):
        if stem.with_suffix(suffix).is_file():
            return None
    dbf = next(
        (p for p in (stem.with_suffix(".dbf"), stem.with_suffix(".DBF")) if p.is_file()), None
    )
    if dbf is None:
        return None
    with open(dbf, "rb") as handle:
        head = handle.read(32)
        if len(head) < 32:
            return None
        header_length = int.from_bytes(head[8:10], "little")
        handle.seek(header_length)
        sample = handle.read(4 << 20)
    if sample.isascii():
        return "utf-8"
    try:
        codecs.getincrementaldecoder("utf-8")("strict").decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = _DBF_LDID.get(head[29], "cp1252")
    try:
        sample.decode(encoding)
    except UnicodeDecodeError:
        encoding = "latin-1"
    notes.append(
        Note(
            "encoding",
            f"no .cpg: text decoded as {encoding}",
            encoding=encoding,
        )
    )
    return encoding


# --------------------------------------------------------------------------
# GeoParquet / Parquet


def _open_parquet(path: Path):
    import pyarrow.parquet as pq

    try:
        return pq.ParquetFile(path)
    except Exception as exc:
        raise _corrupt(path, exc) from exc


def _geo_metadata(schema: pa.Schema) -> dict | None:
    metadata = schema.metadata or {}
    raw = metadata.get(b"geo")
    if raw is None:
        return None
    try:
        geo = json.loads(raw)
        if geo["primary_column"] in geo["columns"] and geo["primary_column"] in schema.names:
            return geo
    except (ValueError, KeyError, TypeError):
        pass
    return None


def _geometry_type_name(types) -> str | None:
    if not types:
        return "Unknown"
    if len(types) == 1:
        return str(types[0])
    return "Unknown"


def _read_parquet(path: Path, fb: _Feedback) -> RawTable:
    notes: list[str] = []
    parquet_file = _open_parquet(path)
    geo = _geo_metadata(parquet_file.schema_arrow)
    groups = parquet_file.num_row_groups
    tables = []
    try:
        for i in range(groups):
            fb.report(0.9 * i / max(groups, 1), f"row group {i + 1}/{groups}")
            tables.append(parquet_file.read_row_group(i))
    except Cancelled:
        raise
    except Exception as exc:
        raise _corrupt(path, exc) from exc
    table = pa.concat_tables(tables) if tables else parquet_file.schema_arrow.empty_table()

    x = y = None
    crs = None
    geometry_type = None
    if geo is not None:
        name = geo["primary_column"]
        spec = geo["columns"][name]
        column = table.column(name)
        table = table.drop_columns([name])
        # GeoParquet: no "crs" key means OGC:CRS84; an explicit null means unknown.
        crs = spec.get("crs", "OGC:CRS84")
        if isinstance(crs, dict):
            crs = json.dumps(crs)
        geometry_type = _geometry_type_name(spec.get("geometry_types"))
        encoding = str(spec.get("encoding", "WKB")).lower()
        x, y, replaced = _parquet_xy(path, name, column, encoding)
        _representative_note(replaced, notes)
        x, y = _to_lonlat(x, y, crs, notes, missing_crs_note="no CRS in file")
    frame = _arrow_to_frame(table)
    return RawTable(
        frame=frame,
        x=x,
        y=y,
        rows=np.arange(1, len(frame) + 1, dtype=np.int64),
        path=path,
        layer=None,
        format="parquet",
        crs=_crs_label(crs),
        geometry_type=geometry_type,
        notes=notes,
    )


def _parquet_xy(path: Path, name: str, column: pa.ChunkedArray, encoding: str):
    if encoding == "wkb":
        parts = [_xy_from_wkb(chunk) for chunk in column.chunks]
        if not parts:
            return np.empty(0), np.empty(0), 0
        return (
            np.concatenate([p[0] for p in parts]),
            np.concatenate([p[1] for p in parts]),
            sum(p[2] for p in parts),
        )
    if encoding == "point":
        # Native GeoArrow points: a struct of x and y columns.
        points = column.combine_chunks()
        valid = points.is_valid().to_numpy(zero_copy_only=False)
        x = points.field("x").to_numpy(zero_copy_only=False).astype(np.float64)
        y = points.field("y").to_numpy(zero_copy_only=False).astype(np.float64)
        x[~valid] = np.nan
        y[~valid] = np.nan
        return x, y, 0
    # Other GeoArrow encodings are rare for registers: let geopandas decode them.
    import geopandas

    geoms = geopandas.read_parquet(path, columns=[name]).geometry.to_numpy()
    return _xy_from_geometries(geoms)


# --------------------------------------------------------------------------
# CSV


def _decode(path: Path, raw: bytes, notes: list[str]) -> tuple[str, str]:
    """Text and encoding name: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text" export.
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise ReadError(str(exc), code="bad_encoding", path=path) from exc
    try:
        text, encoding = raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = raw.decode("cp1252"), "cp1252"
        except UnicodeDecodeError as exc:
            raise ReadError(str(exc), code="bad_encoding", path=path) from exc
        notes.append(Note("encoding", "encoding cp1252 detected", encoding="cp1252"))
    if "\x00" in text:
        # Binary content behind a text extension (a renamed .xls, say).
        raise ReadError("binary data in a text file", code="corrupt", path=path)
    return text, encoding


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits the top of the file into the most regular rows.

    Counting the header and title rows too matters: a ';' file with decimal
    commas splits evenly on ',' in its data rows, but its header does not.
    """
    sample = text[: 1 << 16]
    if len(sample) < len(text):
        sample = sample[: sample.rfind("\n") + 1] or sample
    best, best_score = ",", None
    for delimiter in (",", ";", "\t", "|"):
        widths = []
        try:
            for row in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter):
                if any(cell.strip() for cell in row):
                    widths.append(len(row))
                if len(widths) >= 200:
                    break
        except csv.Error:
            continue
        if not widths:
            continue
        modal, count = Counter(widths).most_common(1)[0]
        if modal < 2:
            continue
        score = (count / len(widths), modal)
        if best_score is None or score > best_score:
            best, best_score = delimiter, score
    return best


def _sniff_decimal(records: Sequence[Sequence[str]]) -> str:
    commas = points = 0
    for row in records[:2000]:
        for cell in row:
            if not cell:
                continue
            if _DECIMAL_COMMA_RE.match(cell):
                commas += 1
            elif _DECIMAL_POINT_RE.match(cell):
                points += 1
    return "," if commas > points else "."


def _read_csv(path: Path, fb: _Feedback) -> RawTable:
    notes: list[str] = []
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _corrupt(path, exc) from exc
    text, encoding = _decode(path, raw, notes)
    if not text.strip():
        raise ReadError("empty file", code="empty", path=path)
    delimiter = _sniff_delimiter(text)
    fb.report(0.05, "parsing")

    # Parse with the csv module rather than pandas: it tells where each record
    # starts, so row numbers stay true to the file even with blank lines and
    # line breaks inside quoted cells.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[list[str]] = []
    lines: list[int] = []
    previous = 0
    estimate = max(text.count("\n"), 1)
    try:
        for row in reader:
            start = previous + 1
            previous = reader.line_num
            if not any(row) or not any(cell.strip() for cell in row):
                continue
            # a register has tens to hundreds of columns: refuse before a
            # broken file with a huge header costs minutes and gigabytes
            if len(row) > MAX_COLUMNS:
                _too_wide(path, len(row), start)
            records.append(row)
            lines.append(start)
            if len(records) % _CSV_CHECK_EVERY == 0:
                fb.report(0.05 + 0.75 * previous / estimate, f"lines {previous}")
    except csv.Error as exc:
        raise ReadError(str(exc), code="corrupt", path=path, row=previous + 1) from exc
    if not records:
        raise ReadError("empty file", code="empty", path=path)

    head = _find_header(records[:_HEADER_SCAN_ROWS])
    if head is None:
        raise ReadError("no header row found", code="no_header", path=path)
    header, taken = _header_rows(records, head, notes, lines)
    data = records[head + taken :]
    width = _trim_width(header, data)
    header = (header + [""] * width)[:width]
    fb.report(0.85, "building table")
    frame = _text_frame(header, data, width)
    decimal = _sniff_decimal(data)
    if lines[head] > 1:
        notes.append(
            Note(
                "title_rows",
                f"header found on line {lines[head]}; lines above it skipped",
                header_row=lines[head],
            )
        )
    return RawTable(
        frame=frame,
        x=None,
        y=None,
        rows=np.asarray(lines[head + taken :], dtype=np.int64),
        path=path,
        layer=None,
        format="csv",
        encoding=encoding,
        delimiter=delimiter,
        decimal=decimal,
        header_row=lines[head],
        notes=notes,
    )


def _text_frame(header: list[str], data: list[list[str]], width: int) -> pd.DataFrame:
    """Columns of text, empty cells missing, built column-wise for speed."""
    fixed = [row if len(row) == width else (row + [""] * width)[:width] for row in data]
    columns = list(zip(*fixed)) if fixed else [()] * width
    frame = pd.DataFrame(
        {i: pd.array(col, dtype="str") for i, col in enumerate(columns)},
        index=pd.RangeIndex(len(data)),
    )
    frame = frame.mask(frame == "")
    frame.columns = header
    return frame


# --------------------------------------------------------------------------
# XLSX


def _open_workbook(path: Path):
    from gis.io.xlsx import Workbook

    try:
        return Workbook(path)
    except Exception as exc:
        raise _corrupt(path, exc) from exc


def _cell_value(value):
    """Spreadsheet value as delivered, except dates and times as ISO text."""
    if isinstance(value, _dt.datetime):
        if value.time() == _dt.time(0) and value.tzinfo is None:
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, _dt.timedelta):
        return str(value)
    return value


def _scan_sheet(rows) -> tuple:
    """Score of one sheet from its top rows (see :func:`sheet_score`)."""
    top = [values for _, values in rows[:_HEADER_SCAN_ROWS]]
    head = _find_header(top) if top else None
    if head is None:
        return sheet_score(None, 0)
    following = top[head + 1] if head + 1 < len(top) else None
    if sub_header(top[head], following):
        return sheet_score(join_header(top[head], following), len(top) - head - 2)
    return sheet_score(top[head], len(top) - head - 1)


def _choose_sheet(workbook, path: Path, names: list[str]) -> str:
    """The sheet that holds the register: a cover or summary sheet often comes first."""
    try:
        scores = [_scan_sheet(workbook.rows(name)) for name in names]
    except Exception as exc:
        raise _corrupt(path, exc) from exc
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    if not scores[best][0]:
        raise ReadError("no sheet holds a table", code="no_register_sheet", path=path, layers=names)
    return names[best]


def _read_xlsx(path: Path, sheet: str | None, fb: _Feedback) -> RawTable:
    notes: list[str] = []
    workbook = _open_workbook(path)
    try:
        names = list(workbook.titles)
        if sheet is not None:
            if sheet not in names:
                raise ReadError(
                    "no such sheet", code="no_layer", path=path, layer=sheet, layers=names
                )
            title = sheet
        elif len(names) == 1:
            title = names[0]
        else:
            title = _choose_sheet(workbook, path, names)
            others = [n for n in names if n != title]
            notes.append(
                Note(
                    "sheet_chosen",
                    f"sheet {title} holds the table; other sheets: {', '.join(others)}",
                    sheet=title,
                    others=others,
                )
            )
        fb.report(0.05, "reading sheet")
        try:
            rows = workbook.rows(title)
        except (Cancelled, ReadError):
            raise
        except Exception as exc:
            raise _corrupt(path, exc, title) from exc
        numbers = [number for number, _ in rows]
        records = [values for _, values in rows]
        fb.report(0.9, f"rows {numbers[-1] if numbers else 0}")
    finally:
        workbook.close()
    if not records:
        raise ReadError("no data", code="empty", path=path, layer=title, layers=names)

    head = _find_header(records[:_HEADER_SCAN_ROWS])
    if head is None:
        raise ReadError("no header row found", code="no_header", path=path, layer=title)
    header, taken = _header_rows(records, head, notes, numbers)
    data = records[head + taken :]
    width = _trim_width(header, data)
    _too_wide(path, width, numbers[head], title)
    header = (header + [""] * width)[:width]
    if not sheet_score(header, len(data))[0]:
        # a cover or title sheet: one column of text, or a header with nothing below
        raise ReadError(
            "sheet holds no table",
            code="no_register_sheet",
            path=path,
            layer=title,
            layers=names,
        )
    fb.report(0.92, "building table")
    frame = _value_frame(header, data, width)
    if numbers[head] > 1:
        notes.append(
            Note(
                "title_rows",
                f"header found on row {numbers[head]}; rows above it skipped",
                header_row=numbers[head],
            )
        )
    return RawTable(
        frame=frame,
        x=None,
        y=None,
        rows=np.asarray(numbers[head + taken :], dtype=np.int64),
        path=path,
        layer=title,
        format="xlsx",
        header_row=numbers[head],
        notes=notes,
    )


def _value_frame(header: list[str], data: list[tuple], width: int) -> pd.DataFrame:
    """Columns of spreadsheet values: text-only columns as ``str``, others as objects."""
    columns = {}
    for j in range(width):
        values = [_cell_value(row[j]) if j < len(row) else None for row in data]
        if all(v is None or isinstance(v, str) for v in values):
            array = pd.array([None if v == "" else v for v in values], dtype="str")
        else:
            # Keep the cell values untouched (an int stays an int, a float
            # NIK stays the float Excel made of it): the validator judges them.
            array = np.empty(len(values), dtype=object)
            array[:] = values
        columns[j] = array
    frame = pd.DataFrame(columns, index=pd.RangeIndex(len(data)))
    frame.columns = header
    return frame


def sheet_score(header: Sequence | None, data_rows: int) -> tuple:
    """How much a sheet looks like a register, from its header and the rows under it.

    A register has a header naming at least two columns and rows below it
    (or, for an empty template, at least two columns the mapping knows);
    among sheets that have that, the one whose columns the mapping
    recognises best wins (a cover or summary sheet names few register
    fields), then the one with more rows, then the wider one.
    """
    if header is None:
        return (False, 0, 0, 0)
    names = [cell_text(v) for v in header if not _is_empty(v)]
    mapping = recognise(names)
    known = len(mapping.fields) + sum(len(c) for c in mapping.programs.values())
    # an empty register template (header only) is still a register
    qualifies = len(names) >= 2 and (data_rows >= 1 or known >= 2)
    return (qualifies, known, data_rows, len(names))
