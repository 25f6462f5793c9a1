"""Zones to and from files QGIS users open: GeoJSON and GeoPackage."""

from __future__ import annotations

import json
from pathlib import Path

import shapely

from gis.errors import ReadError
from gis.zones import Zone


def read_zones(path: str | Path) -> list[Zone]:
    """Zones from a GeoJSON (Feature, FeatureCollection or bare geometry) or any vector file.

    Each polygon feature becomes a zone; its ``name`` property names it.
    A feature with a ``villages`` list and no geometry is a village-set zone.
    """
    path = Path(path)
    if not path.exists():
        raise ReadError("file not found", code="not_found", path=path)
    if path.suffix.lower() in (".geojson", ".json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise ReadError(str(exc), code="corrupt", path=path) from exc
        if data.get("type") == "FeatureCollection":
            feats = data.get("features", [])
        elif data.get("type") == "Feature":
            feats = [data]
        else:
            feats = [{"type": "Feature", "properties": {}, "geometry": data}]
        zones = []
        for i, f in enumerate(feats, start=1):
            props = f.get("properties") or {}
            geom = shapely.geometry.shape(f["geometry"]) if f.get("geometry") else None
            if geom is not None and geom.geom_type not in ("Polygon", "MultiPolygon"):
                raise ReadError("zone is not a polygon", code="not_polygon", path=path, row=i)
            zones.append(
                Zone(
                    zone_id=str(props.get("zone_id") or f"zona-{i}"),
                    name=str(props.get("name") or props.get("nama") or f"Zona {i}"),
                    geometry=geom,
                    villages=tuple(props.get("villages") or ()),
                )
            )
        return zones
    import geopandas as gpd

    try:
        gdf = gpd.read_file(path, engine="pyogrio")
    except Exception as exc:
        raise ReadError(str(exc), code="corrupt", path=path) from exc
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(4326)
    name_col = next((c for c in ("name", "nama", "zona") if c in gdf.columns), None)
    return [
        Zone(
            zone_id=str(gdf["zone_id"].iloc[i]) if "zone_id" in gdf.columns else f"zona-{i + 1}",
            name=str(gdf[name_col].iloc[i]) if name_col else f"Zona {i + 1}",
            geometry=g,
        )
        for i, g in enumerate(gdf.geometry)
    ]


def write_zones(
    zones: list[Zone], path: str | Path, villages=None, overwrite: bool = False
) -> Path:
    """Write zones as GeoJSON or GeoPackage (by extension), EPSG:4326.

    Village-set zones are written as the union of their villages when the
    village table is given, so QGIS shows them as polygons too.
    """
    import geopandas as gpd

    from gis.outputguard import OutputError, check_target, writing

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
