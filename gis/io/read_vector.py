"""Vector files (GeoPackage, Shapefile, GeoJSON, FlatGeobuf) and (Geo)Parquet
read into a raw table, with point coordinates taken straight from the WKB
buffer: building one shapely object per household is what makes a
million-row read slow. Part of :mod:`gis.io.readers`.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from gis.errors import Cancelled, ReadError
from gis.io.read_base import Note, RawTable, _corrupt, _Feedback
from gis.io.table_shape import check_shapefile_parts

# Arrow batches for vector reads: small enough to report progress and
# honour a cancel about fifteen times a million rows. GDAL's GeoPackage
# reader fills the first batch on one thread and the later ones on every
# core, so a small first batch also makes the whole read faster (a million
# households here: 0.36 s in batches of 131,072 rows, 0.33 s of 65,536).
_BATCH_SIZE = 65_536


# --------------------------------------------------------------------------
# coordinates


class _BrokenArrow(Exception):
    """An Arrow geometry array that GDAL filled wrongly.

    The FlatGeobuf Arrow stream of GDAL 3.12 (bundled with pyogrio 0.13) restarts the WKB offsets after a NULL
    geometry, which would silently give rows other rows' points. When the
    offsets are not monotonic we read the geometries again without Arrow.
    """


def _wkb_storage(array: pa.Array) -> pa.Array:
    if isinstance(array, pa.ExtensionArray):
        array = array.storage
    if not (pa.types.is_binary(array.type) or pa.types.is_large_binary(array.type)):
        array = array.cast(pa.large_binary())
    return array


def _points_into(array: pa.Array, x: np.ndarray, y: np.ndarray) -> bool:
    """Write a column of 2D little-endian WKB points (and missing values) into
    ``x``, ``y`` (NaN already), reading the byte buffer as one strided view.

    Returns False, having written nothing, for anything else: other
    geometry types, byte orders or dimensions, or a null with bytes behind
    it; :func:`_xy_from_wkb` decides those.
    """
    array = _wkb_storage(array)
    n = len(array)
    if n == 0:
        return True
    buffers = array.buffers()
    offset_type = np.int64 if pa.types.is_large_binary(array.type) else np.int32
    offsets = np.frombuffer(buffers[1], dtype=offset_type)[array.offset : array.offset + n + 1]
    lengths = np.diff(offsets)
    if (lengths < 0).any():
        raise _BrokenArrow("non-monotonic WKB offsets")
    has = lengths > 0
    if not ((lengths == 21) | ~has).all():
        return False
    if array.null_count and (has & ~array.is_valid().to_numpy(zero_copy_only=False)).any():
        return False
    if not has.any():
        return True
    if buffers[2] is None:
        return False
    data = np.frombuffer(buffers[2], dtype=np.uint8)
    block = data[offsets[0] : offsets[-1]].reshape(-1, 21)
    if not ((block[:, 0] == 1).all() and (block[:, 1] == 1).all() and not block[:, 2:5].any()):
        return False
    coords = np.ascontiguousarray(block[:, 5:21]).view("<f8")
    if len(coords) == n:
        x[:] = coords[:, 0]
        y[:] = coords[:, 1]
    else:
        x[has] = coords[:, 0]
        y[has] = coords[:, 1]
    return True


def _xy_from_wkb(array: pa.Array) -> tuple[np.ndarray, np.ndarray, int]:
    """x, y per WKB geometry, NaN for null or empty ones.

    Returns the number of non-point geometries, whose representative point
    (a point guaranteed inside a polygon) was used instead.

    Fast path: a column made only of 2D little-endian WKB points (21 bytes
    each) is read as one strided view of the byte buffer, with no shapely
    objects at all. Anything else goes through shapely, vectorised.
    """
    array = _wkb_storage(array)
    x = np.full(len(array), np.nan)
    y = np.full(len(array), np.nan)
    if _points_into(array, x, y):
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


def _arrow_text_dtype(dtype: pa.DataType):
    """pandas dtype for an Arrow column when text stays as read (see :func:`_arrow_to_frame`)."""
    if pa.types.is_string(dtype) or pa.types.is_large_string(dtype):
        return pd.ArrowDtype(dtype)
    return None


def _arrow_to_frame(table: pa.Table, arrow_text: bool = False) -> pd.DataFrame:
    """The attribute table as pandas columns.

    pandas' own ``str`` dtype holds Arrow *large* strings, so turning GDAL's
    strings into it writes new 64-bit offsets for every value of every text
    column: 1.7 GB of fresh memory and about 5 s for 15 million households
    here. With ``arrow_text`` the text columns keep GDAL's buffers as they
    are (``pd.ArrowDtype``): for callers that read text through
    :func:`gis.io.parse.arrow_array` and pandas' generic operations,
    such as the household import.
    """
    frame = table.to_pandas(types_mapper=_arrow_text_dtype if arrow_text else None)
    if not isinstance(frame.index, pd.RangeIndex):
        # A stored pandas index: keep it as data if it had a name.
        named = any(name is not None for name in frame.index.names)
        frame = frame.reset_index(drop=not named)
    return frame


# --------------------------------------------------------------------------
# vector files through pyogrio (GDAL)


def _read_vector(
    path: Path, fmt: str, layer: str | None, fb: _Feedback, arrow_text: bool = False
) -> RawTable:
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
    # the points go straight into one pair of arrays as the batches come
    xy = _PointBuffer(total)
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
                            replaced += xy.add(batch.column(index))
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
    frame = _arrow_to_frame(table, arrow_text)
    n = len(frame)

    x = y = None
    crs = meta.get("crs") or None
    if has_geometry and broken:
        x, y, replaced = _xy_without_arrow(path, layer, encoding)
    elif has_geometry:
        x, y = xy.arrays()
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


class _PointBuffer:
    """x and y of a layer read batch by batch, written in place.

    One pair of arrays for the whole layer (sized from the feature count
    GDAL gives, grown if it was wrong), rather than a pair per batch joined
    at the end: at 15 million households that was two allocations per
    65,536 rows and a second copy of every coordinate.
    """

    def __init__(self, expected: int):
        self.expected = max(expected, 0)
        self.x = self.y = np.empty(0)  # made at the first geometry column
        self.n = 0

    def add(self, column: pa.Array) -> int:
        """Take one batch's geometry column; returns its non-point count."""
        m = len(column)
        if self.n == 0 and len(self.x) == 0:
            self.x = np.full(max(self.expected, m), np.nan)
            self.y = np.full(max(self.expected, m), np.nan)
        if self.n + m > len(self.x):  # the count was wrong: grow
            more = max(m, len(self.x))
            self.x = np.concatenate([self.x, np.full(more, np.nan)])
            self.y = np.concatenate([self.y, np.full(more, np.nan)])
        x = self.x[self.n : self.n + m]
        y = self.y[self.n : self.n + m]
        self.n += m
        if _points_into(column, x, y):
            return 0
        bx, by, nonpoint = _xy_from_wkb(column)
        x[:] = bx
        y[:] = by
        return nonpoint

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        return self.x[: self.n], self.y[: self.n]


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


def _read_parquet(path: Path, fb: _Feedback, arrow_text: bool = False) -> RawTable:
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
    frame = _arrow_to_frame(table, arrow_text)
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
