"""The built-in demo province the app opens when the user has opened nothing.

The files in ``resources/demo`` are produced by :func:`gis.demo.province.generate_demo`
with the default seed (``make demo-data``); a test regenerates them and
checks they are identical, so the shipped data never drifts from the code
that documents how it was made. Everything in them is synthetic.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from gis.model.importer import load_households
from gis.model.psks import load_psks
from gis.model.villages import read_villages
from gis.model.workspace import Dataset

if TYPE_CHECKING:
    from gis.maps.mapdata import MapData

DEMO_SEED = 2025
DEMO_HOUSEHOLDS = 65_000
DEMO_FILES = {
    "villages": "wilayah_demo.gpkg",
    "households": "rumah_tangga_demo.gpkg",
    "psks": "psks_demo.gpkg",
}
DEMO_LABEL = "Provinsi Kepulauan Sasaran (data sintetis)"


def demo_dir() -> Path:
    """Folder of the shipped demo files (inside the installed package)."""
    return Path(str(resources.files("resources").joinpath("demo")))


def demo_paths() -> dict[str, Path]:
    folder = demo_dir()
    return {key: folder / name for key, name in DEMO_FILES.items()}


def load_dataset(
    paths, progress=None, cancelled=None, synthetic: bool = True, label: str = DEMO_LABEL
) -> Dataset:
    """Boundaries, households and PSKS files (``{"villages", "households", "psks"}``) as a Dataset.

    The one reading sequence behind the demo, the benchmarks and the test
    fixtures: villages first, then households assigned to them, then PSKS
    on the villages the households were assigned to (the table may add
    villages named only by code).
    """
    from gis.progress import sub_progress

    say = progress or (lambda f, m="": None)
    say(0.0, "batas wilayah")
    villages = read_villages(paths["villages"])
    say(0.15, "rumah tangga")
    households, report = load_households(
        paths["households"],
        villages,
        progress=sub_progress(say, 0.15, 0.9),
        cancelled=cancelled,
    )
    say(0.9, "PSKS")
    psks, psks_report = load_psks(paths["psks"], households.villages)
    say(1.0, "selesai")
    return Dataset(
        villages=households.villages,
        households=households,
        psks=psks,
        household_report=report,
        psks_report=psks_report,
        synthetic=synthetic,
        label=label,
    )


def load_demo_dataset(progress=None, cancelled=None) -> Dataset:
    """Read the shipped demo province into a :class:`Dataset` marked synthetic."""
    return load_dataset(demo_paths(), progress, cancelled)


def cache_dir() -> Path:
    """Per-user cache folder (``SASARAN_CACHE_DIR`` overrides)."""
    env = os.environ.get("SASARAN_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or (
        os.environ.get("LOCALAPPDATA") if os.name == "nt" else None
    )
    return Path(base) if base else Path.home() / ".cache" / "sasaran"


def generated_demo_paths(households: int = 65_000, seed: int = 2025, folder=None, progress=None):
    """The demo province's files: the copy shipped in ``resources/demo`` for the
    default size, else generated into the cache once.

    The generator writes all three files under temporary names and renames
    them together, so three existing files are a complete set.
    """
    from gis.demo.province import DemoPaths, generate_demo

    names = ("wilayah_demo.gpkg", "rumah_tangga_demo.gpkg", "psks_demo.gpkg")
    shipped = Path(str(resources.files("resources").joinpath("demo")))
    default = folder is None and (households, seed) == (65_000, 2025)
    if default and all((shipped / n).exists() for n in names):  # the copy shipped with the app
        return DemoPaths(*(shipped / n for n in names))
    out = Path(folder) if folder else cache_dir() / f"demo-{households}-{seed}"
    if all((out / n).exists() for n in names):
        return DemoPaths(*(out / n for n in names))
    out.mkdir(parents=True, exist_ok=True)
    return generate_demo(out, households=households, seed=seed, progress=progress, overwrite=True)


def demo_map_data(
    households: int = 65_000, seed: int = 2025, folder=None, progress=None
) -> MapData:
    """The synthetic demo province as :class:`MapData` (generated once into the cache)."""
    from gis.demo import province as demo
    from gis.maps.mapdata import DataSource, load_map_data

    paths = generated_demo_paths(households, seed, folder, progress)
    data = load_map_data(paths.villages, paths.households, paths.psks)
    data.sources = [
        DataSource("Rumah tangga", demo.HOUSEHOLD_SOURCE, demo.SNAPSHOT_DATE),
        DataSource("PSKS", demo.SOURCE_LABEL, demo.SNAPSHOT_DATE),
        DataSource("Batas desa", demo.SOURCE_LABEL),
    ]
    return data
