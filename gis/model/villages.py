"""The village table: codes, names, admin hierarchy and polygons.

Villages are the planning unit and the join key of every register, so the
table is keyed by the 10-digit Kemendagri code. Kecamatan and kabupaten
membership is read from the code prefix (the real boundary levels do not
nest); their names come from the village attributes or from the kecamatan /
kabupaten layers when the file has them. Codes that registers use but the
boundary file lacks (real: two kelurahan of Mentok) are added as villages
without a polygon, so their households are never lost.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pyogrio
import shapely

from gis.errors import BoundaryError, ReadError
from gis.io.codelists import slug
from gis.io.codes import codes_to_int, dotted, normalize_village_codes, undotted
from gis.io.table_shape import check_shapefile_parts

#: Formats that can hold village polygons (a CSV or a spreadsheet cannot).
_BOUNDARY_SUFFIXES = (".gpkg", ".shp", ".geojson", ".json", ".fgb", ".parquet", ".geoparquet")
#: Codes of :attr:`VillageTable.problems`: boundary features left out or changed.
BOUNDARY_PROBLEMS = (
    "code_invalid",  # no valid 10-digit village code: feature skipped
    "not_polygon",  # a point or a line among polygons: village kept without polygon
    "no_geometry",  # missing or empty geometry: village kept without polygon
    "duplicate_merged",  # a code seen before: its polygon merged into the first
    "repaired",  # invalid polygon repaired (make_valid)
    "repair_emptied",  # invalid polygon with nothing polygonal left: village without polygon
    "outline_repaired",  # invalid kecamatan/kabupaten outline repaired
)

_CODE_COLS = ("kodedesa", "kdepum", "kodekemendagri", "kodekemdagri", "idkel", "kode", "kodedotted")
_NAME_COLS = ("namadesa", "desa", "wadmkd", "namobj", "nama", "desakelurahan", "kelurahan")
_KEC_NAME_COLS = ("kecamatan", "wadmkc", "namakecamatan", "nmkec")
_KAB_NAME_COLS = ("kabupaten", "wadmkk", "kabupatenkota", "namakabupaten", "nmkab")
_KEC_CODE_COLS = ("kodekec", "kodekecamatan")
_KAB_CODE_COLS = ("kodekab", "kodekabupaten")


@dataclass
class VillageTable:
    """Villages with their admin hierarchy, as parallel numpy arrays.

    Attributes
    ----------
    codes : ndarray of ``<U10``
    names : ndarray of object
    geoms : ndarray of shapely geometries (None for villages without polygon)
    kec_codes, kab_codes : ndarray of ``<U6`` / ``<U4`` (unique, sorted)
    kec_names, kab_names : ndarray of object
    kec_index, kab_index : ndarray of int32, per village
    kec_geoms, kab_geoms : outlines for display (from the file's layers, else
        the union of the member villages); None entries where unknown
    repaired : number of invalid polygons repaired at load (all layers)
    source : file name the boundaries came from (no directory)
    problems : boundary features left out or changed at load, per reason
        (codes in :data:`BOUNDARY_PROBLEMS`; only reasons that occurred)
    """

    codes: np.ndarray
    names: np.ndarray
    geoms: np.ndarray
    kec_codes: np.ndarray
    kec_names: np.ndarray
    kab_codes: np.ndarray
    kab_names: np.ndarray
    kec_index: np.ndarray
    kab_index: np.ndarray
    kec_geoms: np.ndarray | None = None
    kab_geoms: np.ndarray | None = None
    repaired: int = 0
    source: str = ""
    notes: list[str] = field(default_factory=list)
    problems: dict[str, int] = field(default_factory=dict)
    _order: np.ndarray | None = field(default=None, repr=False)

    def __post_init__(self):
        self._order = np.argsort(self.codes, kind="stable")
        shapely.prepare(self.geoms[self.has_polygon])

    def __len__(self) -> int:
        return len(self.codes)

    @classmethod
    def empty(cls) -> VillageTable:
        """A table with no villages: imports still run, every code is unknown."""
        return cls(
            codes=np.zeros(0, dtype="U10"),
            names=np.zeros(0, dtype=object),
            geoms=np.zeros(0, dtype=object),
            kec_codes=np.zeros(0, dtype="U6"),
            kec_names=np.zeros(0, dtype=object),
            kab_codes=np.zeros(0, dtype="U4"),
            kab_names=np.zeros(0, dtype=object),
            kec_index=np.zeros(0, dtype=np.int32),
            kab_index=np.zeros(0, dtype=np.int32),
        )

    @property
    def has_polygon(self) -> np.ndarray:
        return ~shapely.is_missing(self.geoms) if len(self.geoms) else np.zeros(0, dtype=bool)

    @property
    def bounds(self) -> np.ndarray:
        """(n, 4) minx, miny, maxx, maxy; NaN for villages without polygon."""
        return shapely.bounds(self.geoms) if len(self.geoms) else np.zeros((0, 4))

    def lookup(self, codes) -> np.ndarray:
        """Indices of 10-digit ``codes`` in the table, -1 where unknown."""
        if not (isinstance(codes, np.ndarray) and codes.dtype == np.dtype("U10")):
            codes = normalize_village_codes(codes)
        return self.lookup_int(codes_to_int(codes))

    def lookup_int(self, keys: np.ndarray) -> np.ndarray:
        """Like :meth:`lookup` for codes already turned into int64 (-1 = invalid)."""
        if len(self.codes) == 0:
            return np.full(len(keys), -1, dtype=np.int32)
        own = codes_to_int(self.codes)
        sorted_keys = own[self._order]
        pos = np.clip(np.searchsorted(sorted_keys, keys), 0, len(sorted_keys) - 1)
        found = (sorted_keys[pos] == keys) & (keys >= 0)
        return np.where(found, self._order[pos], -1).astype(np.int32)

    def province_bounds(self, margin: float = 0.1) -> tuple[float, float, float, float]:
        """Bounding box of all polygons; Indonesia's box when there are none."""
        b = self.bounds
        ok = ~np.isnan(b[:, 0]) if len(b) else np.zeros(0, dtype=bool)
        if not ok.any():
            return (94.0, -11.5, 141.5, 6.5)
        return (
            float(b[ok, 0].min() - margin),
            float(b[ok, 1].min() - margin),
            float(b[ok, 2].max() + margin),
            float(b[ok, 3].max() + margin),
        )

    def kecamatan_name(self, code: str) -> str:
        i = np.searchsorted(self.kec_codes, undotted(code))
        return str(self.kec_names[i]) if i < len(self.kec_codes) else ""

    def kabupaten_name(self, code: str) -> str:
        i = np.searchsorted(self.kab_codes, undotted(code))
        return str(self.kab_names[i]) if i < len(self.kab_codes) else ""

    def unit_index(self, level: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per-village index into the units of ``level`` and the units' codes and names."""
        if level == "desa":
            return np.arange(len(self), dtype=np.int32), self.codes, self.names
        if level == "kecamatan":
            return self.kec_index, self.kec_codes, self.kec_names
        if level == "kabupaten":
            return self.kab_index, self.kab_codes, self.kab_names
        raise ValueError(f"unknown admin level {level!r}")

    def fingerprint(self) -> str:
        """Short hash of codes and polygons: scenarios check they meet the same map."""
        h = hashlib.sha256()
        h.update("\n".join(self.codes.tolist()).encode())
        wkb = shapely.to_wkb(self.geoms, output_dimension=2)
        for w in wkb:
            h.update(w if w is not None else b"-")
        return h.hexdigest()[:16]

    def with_extra_villages(self, codes: list[str], names: list[str]) -> VillageTable:
        """Copy with villages added that have a code but no polygon.

        Only codes whose kecamatan is known are added: the village then
        belongs somewhere real, and its households are placed approximately
        inside the kecamatan.
        """
        if len(self.kec_codes) == 0:
            return self
        codes_arr = np.array(codes, dtype="U10")
        kec = codes_arr.astype("U6")
        kec_pos = np.searchsorted(self.kec_codes, kec)
        ok = (kec_pos < len(self.kec_codes)) & (
            self.kec_codes[np.clip(kec_pos, 0, len(self.kec_codes) - 1)] == kec
        )
        if not ok.any():
            return self
        codes_arr = codes_arr[ok]
        new_names = np.array([n for n, k in zip(names, ok) if k], dtype=object)
        kec_idx = kec_pos[ok].astype(np.int32)
        kab_idx = np.searchsorted(self.kab_codes, codes_arr.astype("U4")).astype(np.int32)
        table = replace(
            self,
            codes=np.concatenate([self.codes, codes_arr]),
            names=np.concatenate([self.names, new_names]),
            geoms=np.concatenate([self.geoms, np.full(len(codes_arr), None, dtype=object)]),
            kec_index=np.concatenate([self.kec_index, kec_idx]),
            kab_index=np.concatenate([self.kab_index, kab_idx]),
            notes=list(self.notes),
        )
        return table

    def kecamatan_geometry(self, kec_idx: int):
        """Outline of one kecamatan: the file's polygon, else the union of its villages."""
        if self.kec_geoms is not None and self.kec_geoms[kec_idx] is not None:
            return self.kec_geoms[kec_idx]
        members = self.geoms[(self.kec_index == kec_idx) & self.has_polygon]
        return shapely.union_all(members) if len(members) else None


def _pick(columns: list[str], candidates: tuple[str, ...]) -> str | None:
    by_slug = {slug(c): c for c in columns}
    for cand in candidates:
        if cand in by_slug:
            return by_slug[cand]
    return None


def _repair(geoms: np.ndarray) -> tuple[np.ndarray, int]:
    """make_valid on invalid polygons, keeping only their polygonal parts."""
    present = np.array([g is not None for g in geoms], dtype=bool)
    valid = np.ones(len(geoms), dtype=bool)
    valid[present] = shapely.is_valid(geoms[present])
    bad = np.flatnonzero(~valid)
    out = geoms.copy()
    for i in bad:
        fixed = shapely.make_valid(geoms[i])
        # a collapsed ring comes back as a line or a collection: keep only area
        if fixed.geom_type not in ("Polygon", "MultiPolygon"):
            parts = [
                p for p in shapely.get_parts(fixed) if p.geom_type in ("Polygon", "MultiPolygon")
            ]
            fixed = shapely.union_all(parts) if parts else None
        out[i] = fixed
    empty = np.array([g is not None and g.is_empty for g in out], dtype=bool)
    out[empty] = None
    return out, len(bad)


def _layer_names(path: Path) -> list[str]:
    try:
        return [str(name) for name, _ in pyogrio.list_layers(path)]
    except Exception as exc:  # pyogrio raises DataSourceError and friends
        raise ReadError(str(exc), code="corrupt", path=path) from exc


def _read(path: Path, layer: str | None):
    import geopandas as gpd

    try:
        gdf = gpd.read_file(path, layer=layer, engine="pyogrio")
    except Exception as exc:
        raise ReadError(str(exc), code="corrupt", path=path, layer=layer) from exc
    if not isinstance(gdf, gpd.GeoDataFrame) or gdf.active_geometry_name is None:
        raise BoundaryError("layer has no geometry", code="no_geometry", path=path, layer=layer)
    if gdf.crs is None or gdf.crs.is_geographic:
        _check_degrees(gdf, path, layer)
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(4326)
    return gdf


def _check_degrees(gdf, path: Path, layer: str | None) -> None:
    """Refuse coordinates that cannot be longitude and latitude.

    A layer in metres (UTM) whose .prj was lost would otherwise be taken
    as degrees: every household then falls outside it, and maps are drawn
    millions of "degrees" wide.
    """
    bounds = gdf.total_bounds
    finite = np.isfinite(bounds)
    if not finite.any():
        return
    minx, miny, maxx, maxy = bounds
    if finite.all() and -180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90:
        return
    raise BoundaryError(
        "coordinates are not degrees",
        code="not_degrees",
        path=path,
        layer=layer,
        bounds=tuple(float(b) for b in bounds),
        crs=gdf.crs.to_string() if gdf.crs is not None else None,
    )


def _polygons_only(geoms: np.ndarray, path: Path, layer: str) -> tuple[np.ndarray, int]:
    """Polygons kept, other geometries set aside; a layer with no polygon at all is refused."""
    present = ~shapely.is_missing(geoms)
    polygonal = np.isin(shapely.get_type_id(geoms), (3, 6))  # Polygon, MultiPolygon
    other = present & ~polygonal
    if other.any() and not (present & polygonal).any():
        kinds = sorted({g.geom_type for g in geoms[other]})
        raise BoundaryError(
            "no polygons in a boundary layer",
            code="not_polygon_layer",
            path=path,
            layer=layer,
            geometry_types=kinds,
        )
    out = geoms.copy()
    out[other] = None
    return out, int(other.sum())


def _find_village_layer(path: Path, layers: list[str]) -> str:
    for preferred in ("desa", "kelurahan", "desa_kelurahan", "villages", "village"):
        for name in layers:
            if name.lower() == preferred:
                return name
    # otherwise the layer whose code column holds 10-digit codes, most features first
    best, best_n = None, -1
    for name in layers:
        info = pyogrio.read_info(path, layer=name)
        cols = list(info["fields"])
        col = _pick(cols, _CODE_COLS)
        if col is None:
            continue
        sample = pyogrio.read_dataframe(
            path, layer=name, columns=[col], read_geometry=False, max_features=50
        )
        codes = normalize_village_codes(sample[col].to_numpy(dtype=object))
        if (codes != "").mean() > 0.8 and info["features"] > best_n:
            best, best_n = name, info["features"]
    if best is None:
        raise BoundaryError(
            "no layer with 10-digit village codes",
            code="no_village_layer",
            path=path,
            layers=layers,
        )
    return best


def read_villages(path: str | Path, layer: str | None = None) -> VillageTable:
    """Read village boundaries (GeoPackage, Shapefile, GeoJSON, FlatGeobuf).

    Parameters
    ----------
    path
        Boundary file. A GeoPackage holding desa, kecamatan and kabupaten
        layers is understood without naming a layer; the kecamatan and
        kabupaten layers then supply names and display outlines.
    layer
        Village layer to use, when the file has several and none is named
        like one.

    Raises
    ------
    ReadError
        The file is missing or unreadable.
    BoundaryError
        No village code column, or no layer with village codes.
    """
    path = Path(path)
    if not path.exists():
        raise ReadError("file not found", code="not_found", path=path)
    if path.suffix.lower() not in _BOUNDARY_SUFFIXES:
        raise BoundaryError(
            "not a boundary file", code="not_boundary_file", path=path, extension=path.suffix
        )
    layers = _layer_names(path)
    check_shapefile_parts(path)
    if layer is None:
        layer = layers[0] if len(layers) == 1 else _find_village_layer(path, layers)
    gdf = _read(path, layer)
    cols = [c for c in gdf.columns if c != gdf.geometry.name]
    code_col = _pick(cols, _CODE_COLS)
    if code_col is None:
        raise BoundaryError(
            "no village code column", code="no_code_column", path=path, layer=layer, columns=cols
        )
    raw_codes = gdf[code_col].to_numpy(dtype=object)
    codes = normalize_village_codes(raw_codes)
    problems: dict[str, int] = {}
    problems["code_invalid"] = int((codes == "").sum())
    keep = codes != ""
    gdf = gdf.loc[keep].reset_index(drop=True)
    codes = codes[keep]
    # first occurrence of a duplicated code wins; later ones merge into it
    uniq, first = np.unique(codes, return_index=True)
    problems["duplicate_merged"] = len(codes) - len(uniq)
    geoms_all = np.asarray(gdf.geometry.to_numpy(), dtype=object)
    geoms_all, problems["not_polygon"] = _polygons_only(geoms_all, path, layer)
    blank = shapely.is_empty(geoms_all) | shapely.is_missing(geoms_all)
    problems["no_geometry"] = int(blank.sum()) - problems["not_polygon"]
    if len(geoms_all) and blank.all():
        # a layer of codes without one polygon draws nothing and places no point:
        # refuse it rather than load a province that is invisible on every map
        raise BoundaryError(
            "no feature has a polygon",
            code="no_polygons",
            path=path,
            layer=layer,
            features=len(geoms_all),
        )
    geoms_all = np.where(blank, None, geoms_all)
    geoms_all, repaired = _repair(geoms_all)
    problems["repaired"] = repaired
    problems["repair_emptied"] = int((~blank & shapely.is_missing(geoms_all)).sum())
    if len(uniq) < len(codes):
        inv = np.searchsorted(uniq, codes)
        merged = np.empty(len(uniq), dtype=object)
        for k in range(len(uniq)):
            parts = [g for g in geoms_all[inv == k] if g is not None]
            merged[k] = shapely.union_all(parts) if parts else None
        geoms = merged
    else:
        geoms = geoms_all[first]
    order = np.argsort(first)  # keep file order
    uniq, first, geoms = uniq[order], first[order], geoms[order]
    name_col = _pick(cols, _NAME_COLS)
    names = (
        gdf[name_col].to_numpy(dtype=object)[first]
        if name_col
        else np.array([dotted(c) for c in uniq], dtype=object)
    )
    kec_of = uniq.astype("U6")
    kab_of = uniq.astype("U4")
    kec_codes = np.unique(kec_of)
    kab_codes = np.unique(kab_of)
    kec_names = _names_for(gdf, first, kec_of, kec_codes, _pick(cols, _KEC_NAME_COLS))
    kab_names = _names_for(gdf, first, kab_of, kab_codes, _pick(cols, _KAB_NAME_COLS))
    kec_geoms = kab_geoms = None
    for other, level_codes, level_names, width in (
        ("kecamatan", kec_codes, kec_names, 6),
        ("kabupaten", kab_codes, kab_names, 4),
    ):
        match = [n for n in layers if n.lower() == other]
        if not match or match[0] == layer:
            continue
        ogdf = _read(path, match[0])
        ocols = [c for c in ogdf.columns if c != ogdf.geometry.name]
        ocode = _pick(ocols, _KEC_CODE_COLS if width == 6 else _KAB_CODE_COLS)
        if ocode is None:
            continue
        ocodes = np.array([undotted(c) for c in ogdf[ocode].astype(str)], dtype=f"U{width}")
        oname = _pick(ocols, _KEC_NAME_COLS if width == 6 else _KAB_NAME_COLS)
        ogeoms, orep = _repair(np.asarray(ogdf.geometry.to_numpy(), dtype=object))
        repaired += orep
        problems["outline_repaired"] = problems.get("outline_repaired", 0) + orep
        out = np.full(len(level_codes), None, dtype=object)
        pos = np.searchsorted(level_codes, ocodes)
        for j, p in enumerate(pos):
            if p < len(level_codes) and level_codes[p] == ocodes[j]:
                out[p] = ogeoms[j]
                if oname and not level_names[p]:
                    level_names[p] = str(ogdf[oname].iloc[j])
        if width == 6:
            kec_geoms = out
        else:
            kab_geoms = out
    return VillageTable(
        codes=uniq.astype("U10"),
        names=names,
        geoms=geoms,
        kec_codes=kec_codes,
        kec_names=kec_names,
        kab_codes=kab_codes,
        kab_names=kab_names,
        kec_index=np.searchsorted(kec_codes, kec_of).astype(np.int32),
        kab_index=np.searchsorted(kab_codes, kab_of).astype(np.int32),
        kec_geoms=kec_geoms,
        kab_geoms=kab_geoms,
        repaired=repaired,
        source=path.name,
        problems={k: v for k, v in problems.items() if v},
    )


def _names_for(gdf, first, unit_of, unit_codes, name_col) -> np.ndarray:
    names = np.array([""] * len(unit_codes), dtype=object)
    if name_col is None:
        return names
    values = gdf[name_col].to_numpy(dtype=object)[first]
    pos = np.searchsorted(unit_codes, unit_of)
    for p, v in zip(pos, values):
        if not names[p] and v is not None:
            names[p] = str(v)
    return names
