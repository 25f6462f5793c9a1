"""installers/trim_icu.py: Qt's ICU data rebuilt smaller keeps what Qt needs.

The library is rebuilt here from the PySide6 of this installation and loaded
by a child ``sasaran selftest --only icu`` through LD_LIBRARY_PATH (searched
before the Qt libraries' RUNPATH). The rebuilt data passes; a package that
also lost the collation or the kept converters fails, worded, so the check
sees the data the bundle ships and not the one next to PySide6.
"""

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ("icupkg", "genccode", "uconv", "as", "ld", "readelf")

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not all(shutil.which(t) for t in TOOLS),
    reason="Linux with icu-devtools and binutils (make distdeps)",
)


def _trim_icu():
    spec = importlib.util.spec_from_file_location("trim_icu", ROOT / "installers" / "trim_icu.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _qt_icu_data() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 carries no ICU data library")
    return found[0]


def _selftest_icu(lib_dir: Path) -> dict:
    env = dict(os.environ, LD_LIBRARY_PATH=str(lib_dir), QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "selftest", "--json", "--only", "icu"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    (check,) = json.loads(done.stdout)["checks"]
    assert (done.returncode == 0) == check["ok"]
    return check


def test_the_rebuilt_icu_data_is_smaller_and_keeps_what_qt_uses(tmp_path):
    original = _qt_icu_data()
    trim_icu = _trim_icu()
    before, after = trim_icu.trim(original, tmp_path / original.name)
    assert after < before / 3
    assert trim_icu._soname(tmp_path / original.name) == trim_icu._soname(original)
    symbol = trim_icu._data_symbol(tmp_path / original.name)[0]
    assert symbol == trim_icu._data_symbol(original)[0]
    check = _selftest_icu(tmp_path)
    assert check["ok"], check["detail"]


@pytest.mark.parametrize(
    ("lost", "said"),
    [
        (lambda item: item.startswith("coll/"), "Urutan nama"),
        (lambda item: item.endswith(".cnv"), "windows-1252"),
    ],
    ids=["collation", "converters"],
)
def test_icu_data_without_a_part_qt_uses_fails_the_check_in_words(tmp_path, lost, said):
    original = _qt_icu_data()
    _trim_icu().trim(original, tmp_path / original.name, also_drop=lost)
    check = _selftest_icu(tmp_path)
    assert not check["ok"]
    assert said in check["detail"] and "pasang ulang Sasaran" in check["detail"]
    assert str(tmp_path) not in check["detail"]


def test_only_locales_other_than_indonesian_english_and_root_are_removed():
    trim_icu = _trim_icu()
    items = [
        "root.res",
        "id.res",
        "id_ID.res",
        "en_US.res",
        "de.res",
        "coll/th.res",
        "coll/id.res",
        "coll/ucadata.icu",
        "zone/pool.res",
        "metaZones.res",
        "zoneinfo64.res",
        "brkitr/thaidict.dict",
        "brkitr/word.brk",
        "ibm-5348_P100-1997.cnv",
        "ibm-943_P15A-2003.cnv",
        "cnvalias.icu",
    ]
    removed = trim_icu.removable(items, {"ibm-5348_P100-1997.cnv"})
    assert removed == ["de.res", "coll/th.res", "brkitr/thaidict.dict", "ibm-943_P15A-2003.cnv"]
