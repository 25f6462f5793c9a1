"""The built-in demo province the app opens when the user has opened nothing.

The files in ``resources/demo`` are produced by :func:`gis.demo.generate_demo`
with the default seed (``make demo-data``); a test regenerates them and
checks they are identical, so the shipped data never drifts from the code
that documents how it was made. Everything in them is synthetic.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from gis.importer import load_households
from gis.psks import load_psks
from gis.villages import read_villages
from gis.workspace import Dataset

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
