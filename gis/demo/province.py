"""Synthetic demo province: boundaries, a household register and social-welfare resources.

Why this exists: the product has to show something on first start, in tutorials,
screenshots, tests and benchmarks, yet real registers are personal data (UU 27/2022)
and may not leave the office that holds them. This module builds a complete,
plausible province from a seed instead: *Provinsi Kepulauan Sasaran (sintetis)*,
province code ``99`` (not a Kemendagri province), an archipelago in open sea in
the Java Sea that looks and behaves like Bangka Belitung without pretending to be
it: two big islands and a few small ones, about 7 kabupaten/kota, 47 kecamatan and
390 villages at the default size, a DTSEN-style household register with desil,
PPKS and program receipt (including exclusion and inclusion errors), and the PSKS
and program staff who could serve those households.

Everything is drawn from :class:`numpy.random.Generator` streams derived from the
seed, so the same seed gives the same tables and geometries. The geography depends
only on ``(seed, villages)``, so a small and a large register drawn with the same
seed share one map. Every layer says it is synthetic (``sumber`` column and the
GeoPackage layer description); names are built from syllables and mean nothing.

The household part is vectorised over households (a loop over villages is the
most any step does), so a million households over 6,000 villages stays fast and
lean; household strings are built and written in batches.

This module writes the three GeoPackages (:func:`generate_demo`); the parts
live beside it: what the province is (``facts``), its names (``names``),
islands, villages and regions (``geography``), the register
(``households``) and the resources (``resources``).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyogrio
import shapely

from gis.demo.facts import (
    BDT_2015_BABEL,
    BOUNDS,
    HOUSEHOLD_FILE,
    HOUSEHOLD_SOURCE,
    MIN_VILLAGES,
    PROVINCE_CODE,
    PROVINCE_NAME,
    PSKS_FILE,
    RESOURCE_TYPES,
    SNAPSHOT_DATE,
    SOURCE_LABEL,
    VILLAGE_FILE,
    DemoSizeError,
    Progress,
    _Reporter,
)
from gis.demo.geography import _build_geography, _Geography, _settlements, _to_multipolygons
from gis.demo.households import (
    _HOUSEHOLD_SCHEMA,
    _household_batches,
    _make_households,
    _wkb_points,
)
from gis.demo.names import _Names
from gis.demo.resources import _make_psks
from gis.io.outputguard import OutputError, check_targets, writing

__all__ = [
    "BDT_2015_BABEL",
    "BOUNDS",
    "DemoPaths",
    "HOUSEHOLD_FILE",
    "HOUSEHOLD_SOURCE",
    "PROVINCE_CODE",
    "PROVINCE_NAME",
    "PSKS_FILE",
    "RESOURCE_TYPES",
    "SNAPSHOT_DATE",
    "SOURCE_LABEL",
    "VILLAGE_FILE",
    "generate_demo",
]


@dataclass(frozen=True)
class DemoPaths:
    """The three GeoPackages written by :func:`generate_demo`.

    Attributes
    ----------
    villages
        ``wilayah_demo.gpkg`` with layers ``desa``, ``kecamatan``, ``kabupaten``.
    households
        ``rumah_tangga_demo.gpkg`` with layer ``rumah_tangga``.
    psks
        ``psks_demo.gpkg`` with layer ``psks``.
    """

    villages: Path
    households: Path
    psks: Path


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------


def _layer_options(what: str) -> dict:
    return {"DESCRIPTION": f"{what} - {PROVINCE_NAME} - {SOURCE_LABEL}"}


def _metadata(seed: int) -> dict:
    return {
        "sumber": SOURCE_LABEL,
        "provinsi": PROVINCE_NAME,
        "kode_provinsi": PROVINCE_CODE,
        "seed": str(seed),
    }


def _wkb(geoms: np.ndarray) -> pa.Array:
    return pa.array(shapely.to_wkb(geoms), pa.binary())


def _write(table: pa.Table | pa.RecordBatchReader, path: Path, layer: str, kind: str, meta):
    pyogrio.write_arrow(
        table,
        path,
        layer=layer,
        driver="GPKG",
        geometry_name="geom",
        geometry_type=kind,
        crs="EPSG:4326",
        layer_options=_layer_options(layer),
        layer_metadata=meta,
    )


def _write_regions(geo: _Geography, path: Path, meta: dict) -> None:
    kab_of = geo.kec_kab[geo.kec]
    rep = np.round(geo.rep, 6)
    desa = pa.table(
        {
            "kode_desa": geo.code,
            "kode_dotted": [f"{c[:2]}.{c[2:4]}.{c[4:6]}.{c[6:]}" for c in geo.code],
            "nama_desa": geo.name,
            "jenis": np.where(geo.kelurahan, "Kelurahan", "Desa"),
            "kode_kec": geo.kec_code[geo.kec],
            "kecamatan": geo.kec_name[geo.kec],
            "kode_kab": geo.kab_code[kab_of],
            "kabupaten": geo.kab_name[kab_of],
            "lat": rep[:, 1],
            "lng": rep[:, 0],
            "sumber": [SOURCE_LABEL] * len(geo.code),
            "geom": _wkb(geo.geoms),
        }
    )
    _write(desa, path, "desa", "MultiPolygon", meta)

    kec_geoms = _to_multipolygons(
        np.array([shapely.union_all(geo.geoms[geo.kec == j]) for j in range(len(geo.kec_code))])
    )
    kec_rep = np.round(shapely.get_coordinates(shapely.point_on_surface(kec_geoms)), 6)
    kecamatan = pa.table(
        {
            "kode_kec": geo.kec_code,
            "kecamatan": geo.kec_name,
            "kode_kab": geo.kab_code[geo.kec_kab],
            "kabupaten": geo.kab_name[geo.kec_kab],
            "lat": kec_rep[:, 1],
            "lng": kec_rep[:, 0],
            "sumber": [SOURCE_LABEL] * len(geo.kec_code),
            "geom": _wkb(kec_geoms),
        }
    )
    _write(kecamatan, path, "kecamatan", "MultiPolygon", meta)

    kab_geoms = _to_multipolygons(
        np.array([shapely.union_all(kec_geoms[geo.kec_kab == k]) for k in range(len(geo.kab_code))])
    )
    kab_rep = np.round(shapely.get_coordinates(shapely.point_on_surface(kab_geoms)), 6)
    kabupaten = pa.table(
        {
            "kode_kab": geo.kab_code,
            "kabupaten": geo.kab_name,
            "lat": kab_rep[:, 1],
            "lng": kab_rep[:, 0],
            "sumber": [SOURCE_LABEL] * len(geo.kab_code),
            "geom": _wkb(kab_geoms),
        }
    )
    _write(kabupaten, path, "kabupaten", "MultiPolygon", meta)


def _write_psks(columns: dict, xy: np.ndarray, path: Path, meta: dict) -> None:
    table = pa.table(
        {
            **columns,
            "geom": _wkb_points(xy, np.ones(len(xy), dtype=bool)),
        }
    )
    _write(table, path, "psks", "Point", meta)


def _write_households(hh, geo, st, path: Path, meta: dict, report: _Reporter) -> None:
    stop: list[BaseException] = []

    def guarded() -> Iterator[pa.RecordBatch]:
        # An exception raised inside the stream reaches pyogrio as a generic
        # Arrow error; remember the real one to re-raise it.
        try:
            yield from _household_batches(hh, geo, st, report)
        except BaseException as exc:
            stop.append(exc)
            raise

    reader = pa.RecordBatchReader.from_batches(_HOUSEHOLD_SCHEMA, guarded())
    try:
        _write(reader, path, "rumah_tangga", "Point", meta)
    except Exception:
        if stop:
            raise stop[0] from None
        raise


def _remove(path: Path) -> None:
    for p in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------


def generate_demo(
    out_dir: str | os.PathLike,
    households: int = 65_000,
    seed: int = 2025,
    villages: int = 390,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    overwrite: bool = False,
) -> DemoPaths:
    """Generate the synthetic demo province as three GeoPackages.

    Parameters
    ----------
    out_dir
        Folder to write into (created if missing).
    households
        Number of households in the register (``rumah_tangga``).
    seed
        Seed of every random draw: the same seed (and sizes) gives the same
        attribute values and geometries. The boundaries depend only on
        ``seed`` and ``villages``.
    villages
        Number of villages (desa + kelurahan), at least 40. Kecamatan and PSKS
        counts scale with it; there are always 6 kabupaten and one kota, with at
        most 99 kecamatan each.
    progress
        Optional ``progress(fraction, message)`` callback, fraction in 0..1.
    cancelled
        Optional callable polled between steps; when it returns True the job
        stops, removes its temporary files and raises
        :class:`gis.errors.Cancelled`.
    overwrite
        Replace existing files of the same names. Without it an existing file
        raises :class:`FileExistsError` before anything is computed.

    Returns
    -------
    DemoPaths
        Paths of ``wilayah_demo.gpkg`` (layers ``desa``, ``kecamatan``,
        ``kabupaten``), ``rumah_tangga_demo.gpkg`` (layer ``rumah_tangga``) and
        ``psks_demo.gpkg`` (layer ``psks``), all EPSG:4326.

    Raises
    ------
    FileExistsError
        A target file exists and ``overwrite`` is False.
    ValueError
        ``households`` is negative or ``villages`` is below 40.
    gis.errors.Cancelled
        ``cancelled()`` returned True.

    Notes
    -----
    Files are written under temporary names in ``out_dir`` and renamed only
    when all three are complete, so a crash or a cancel leaves no half file.
    """
    if households < 0 or villages < MIN_VILLAGES:
        raise DemoSizeError(
            f"demo needs >= {MIN_VILLAGES} villages and >= 0 households",
            code="demo_size",
            villages=villages,
            households=households,
            minimum=MIN_VILLAGES,
        )
    out = Path(out_dir)
    paths = DemoPaths(out / VILLAGE_FILE, out / HOUSEHOLD_FILE, out / PSKS_FILE)
    targets = (paths.villages, paths.households, paths.psks)

    def refuse_existing() -> None:
        # OutputExists is a FileExistsError that names the file (not errno 17)
        check_targets(targets, overwrite)

    with writing(out):
        out.mkdir(parents=True, exist_ok=True)
    refuse_existing()
    report = _Reporter(progress, cancelled)
    report(0.0, "Membuat provinsi demo")

    # Independent streams: the map does not change with the number of households.
    geo_seq, names_seq, hh_seq, psks_seq = np.random.SeedSequence([seed, 2025_0930]).spawn(4)
    geo_rng = np.random.default_rng(geo_seq)
    geo = _build_geography(geo_rng, int(villages), report)
    names = _Names(np.random.default_rng(names_seq))
    names.reserve(geo.name.tolist())
    st = _settlements(geo_rng, geo, names)
    hh, disaster = _make_households(
        np.random.default_rng(hh_seq), geo, st, names, int(households), report
    )
    pkh = np.bincount(hh.village, weights=(hh.programs & 1).astype(float), minlength=len(geo.code))
    psks, psks_xy = _make_psks(np.random.default_rng(psks_seq), geo, st, names, pkh, disaster)

    temps = [out / f".{t.stem}.{os.getpid()}.partial.gpkg" for t in targets]
    meta = _metadata(seed)
    try:
        for tmp in temps:
            _remove(tmp)
        with _worded(targets[0]):
            _write_regions(geo, temps[0], meta)
        report(0.5, "Menulis rumah tangga")
        with _worded(targets[1]):
            _write_households(hh, geo, st, temps[1], meta, report)
        del hh
        with _worded(targets[2]):
            _write_psks(psks, psks_xy, temps[2], meta)
        report(0.97, "Menyimpan berkas")
        report.check()  # last chance: after the renames the job is done
        refuse_existing()
        with writing(targets[0]):
            for tmp, target in zip(temps, targets):
                os.replace(tmp, target)
    except BaseException:
        for tmp in temps:
            _remove(tmp)
        raise
    report.done("Selesai")
    return paths


@contextlib.contextmanager
def _worded(target: Path) -> Iterator[None]:
    """GDAL's errors (disk full...) name the temporary file in English: say it of ``target``."""
    try:
        with writing(target):
            yield
    except RuntimeError as exc:
        raise OutputError(code="output_failed", path=target, reason="system") from exc
