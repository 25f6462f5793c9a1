"""Zones to and from files QGIS users open: GeoJSON and GeoPackage."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import shapely
from shapely.errors import GEOSException

from gis.errors import ReadError
from gis.io.table_shape import check_shapefile_parts
from gis.model.zones import Zone


def read_zones(path: str | Path) -> list[Zone]:
    """Zones from a GeoJSON (Feature, FeatureCollection or bare geometry) or any vector file.

    Each polygon feature becomes a zone; its ``name`` property names it.
    A feature with a ``villages`` list and no geometry is a village-set zone.

    Raises
    ------
    ReadError
        ``"not_found"``, ``"corrupt"`` (not JSON / unreadable), ``"not_zones"``
        (JSON that is no GeoJSON, such as an array; attribute ``found``),
        ``"scenario_as_zones"`` (a Sasaran scenario file), ``"empty"``,
        ``"not_polygon"`` or ``"bad_coordinates"`` (``row`` = feature number).
    """
    path = Path(path)
    if not path.is_file():
        raise ReadError("file not found", code="not_found", path=path)
    if path.suffix.lower() in (".geojson", ".json"):
        zones = _zones_from_json(path)
    else:
        zones = _zones_from_vector(path)
    if not zones:
        raise ReadError("no zones in file", code="empty", path=path)
    return zones


def _features(path: Path, data) -> list:
    """The features of a GeoJSON document, or a worded refusal of anything else."""
    if isinstance(data, dict) and data.get("format") == "sasaran-skenario":
        raise ReadError("a scenario file, not zones", code="scenario_as_zones", path=path)
    if not isinstance(data, dict):
        raise ReadError("not GeoJSON", code="not_zones", path=path, found=type(data).__name__)
    kind = data.get("type")
    if kind == "FeatureCollection":
        feats = data.get("features")
        if not isinstance(feats, list):
            raise ReadError("not GeoJSON", code="not_zones", path=path, found="features")
        return feats
    if kind == "Feature":
        return [data]
    if kind in _GEOMETRY_TYPES:
        return [{"type": "Feature", "properties": {}, "geometry": data}]
    raise ReadError("not GeoJSON", code="not_zones", path=path, found=str(kind))


_GEOMETRY_TYPES = (
    "Point",
    "MultiPoint",
    "LineString",
    "MultiLineString",
    "Polygon",
    "MultiPolygon",
    "GeometryCollection",
)


def _zones_from_json(path: Path) -> list[Zone]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, OSError) as exc:
        raise ReadError(str(exc), code="corrupt", path=path) from exc
    zones = []
    for i, f in enumerate(_features(path, data), start=1):
        if not isinstance(f, dict):
            raise ReadError("feature is not an object", code="not_zones", path=path, row=i)
        props = f.get("properties") if isinstance(f.get("properties"), dict) else {}
        geom = _shape(path, f.get("geometry"), i) if f.get("geometry") else None
        villages = props.get("villages") or ()
        if isinstance(villages, str):
            villages = [v for v in villages.split(",") if v.strip()]
        if not isinstance(villages, (list, tuple)):
            villages = ()
        zones.append(
            Zone(
                zone_id=str(props.get("zone_id") or f"zona-{i}"),
                name=str(props.get("name") or props.get("nama") or f"Zona {i}"),
                geometry=geom,
                villages=tuple(str(v).strip() for v in villages),
            )
        )
    return zones


def _shape(path: Path, geometry, row: int):
    """A polygon zone's geometry, checked: polygons only, lon/lat within the globe."""
    try:
        geom = shapely.geometry.shape(geometry)
        coords = shapely.get_coordinates(geom)
    except (TypeError, ValueError, KeyError, AttributeError, IndexError, GEOSException) as exc:
        raise ReadError(str(exc), code="bad_coordinates", path=path, row=row) from exc
    return _checked(path, geom, coords, row)


def _checked(path: Path, geom, coords: np.ndarray, row: int):
    if geom.geom_type not in ("Polygon", "MultiPolygon"):
        raise ReadError("zone is not a polygon", code="not_polygon", path=path, row=row)
    lon, lat = coords[:, 0], coords[:, 1]
    finite = np.isfinite(lon) & np.isfinite(lat)
    if len(coords) < 4 or not (
        finite.all() and (np.abs(lon) <= 180).all() and (np.abs(lat) <= 90).all()
    ):
        raise ReadError("coordinates are not lon/lat", code="bad_coordinates", path=path, row=row)
    if geom.is_valid:
        return geom
    # a drawn ring that crosses itself: keep its polygonal parts
    parts = [
        p
        for p in shapely.get_parts(shapely.make_valid(geom))
        if p.geom_type in ("Polygon", "MultiPolygon")
    ]
    if not parts:
        raise ReadError("zone is not a polygon", code="not_polygon", path=path, row=row)
    return shapely.union_all(parts)


def _zones_from_vector(path: Path) -> list[Zone]:
    import geopandas as gpd

    check_shapefile_parts(path)
    try:
        gdf = gpd.read_file(path, engine="pyogrio")
    except Exception as exc:
        raise ReadError(str(exc), code="corrupt", path=path) from exc
    if not isinstance(gdf, gpd.GeoDataFrame) or gdf.active_geometry_name is None:
        raise ReadError("no geometry", code="not_zones", path=path, found="table")
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(4326)
    name_col = next((c for c in ("name", "nama", "zona") if c in gdf.columns), None)
    zones = []
    for i, g in enumerate(gdf.geometry, start=1):
        if g is None or g.is_empty:
            raise ReadError("zone without geometry", code="not_polygon", path=path, row=i)
        zones.append(
            Zone(
                zone_id=str(gdf["zone_id"].iloc[i - 1])
                if "zone_id" in gdf.columns
                else f"zona-{i}",
                name=str(gdf[name_col].iloc[i - 1]) if name_col else f"Zona {i}",
                geometry=_checked(path, g, shapely.get_coordinates(g), i),
            )
        )
    return zones


def write_zones(
    zones: list[Zone], path: str | Path, villages=None, overwrite: bool = False
) -> Path:
    """Write zones as GeoJSON or GeoPackage (by extension), EPSG:4326.

    Village-set zones are written as the union of their villages when the
    village table is given, so QGIS shows them as polygons too.
    """
    import geopandas as gpd

    from gis.io.outputguard import OutputError, check_target, writing

    path = check_target(path, overwrite)  # folder, permission, existing file
    feats = [z.to_geojson_feature(villages) for z in zones]
    gdf = gpd.GeoDataFrame(
        {
            "zone_id": [f["properties"]["zone_id"] for f in feats],
            "name": [f["properties"]["name"] for f in feats],
            "villages": [",".join(f["properties"]["villages"]) for f in feats],
        },
        geometry=[shapely.geometry.shape(f["geometry"]) if f["geometry"] else None for f in feats],
        crs="EPSG:4326",
    )
    tmp = path.with_name(f".{path.stem}.tmp{path.suffix}")
    driver = "GPKG" if path.suffix.lower() == ".gpkg" else "GeoJSON"
    with writing(path):
        if tmp.exists():
            tmp.unlink()
        try:
            gdf.to_file(
                tmp, driver=driver, engine="pyogrio", layer="zona" if driver == "GPKG" else None
            )
            tmp.replace(path)
        except RuntimeError as exc:  # GDAL's own errors: English, with the temporary name
            raise OutputError(code="output_failed", path=path, reason="system") from exc
        finally:
            tmp.unlink(missing_ok=True)
    return path
