"""installers/elf_cut.py: the symbol table of a patchelf-patched library is cut
out without changing what the loader maps.

Run on the patched libraries of this installation (GDAL, scipy's OpenBLAS and
the extension modules): the cut file is smaller, maps like the original, and
GDAL cut so still loads and answers. ``same_image`` refuses a cut that moved a
segment off its page or changed a mapped byte.
"""

import ctypes
import importlib.util
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF (Linux)")


def _elf_cut():
    spec = importlib.util.spec_from_file_location("elf_cut", ROOT / "installers" / "elf_cut.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gdal() -> Path:
    import pyogrio

    found = sorted((Path(pyogrio.__file__).parents[1] / "pyogrio.libs").glob("libgdal*.so*"))
    if not found:
        pytest.skip("this pyogrio carries no patched GDAL library")
    return found[0]


def _patched_libraries() -> list[Path]:
    import pyogrio
    import scipy

    site = Path(pyogrio.__file__).parents[1]
    libs = [_gdal()]
    libs += sorted((site / "scipy.libs").glob("libscipy_openblas*.so"))
    # .shstrtab lies between .symtab and .strtab here: it moves to the file's end
    libs += sorted((site / "numpy.libs").glob("libscipy_openblas64_*.so"))
    libs += sorted((Path(scipy.__file__).parent / "linalg").glob("_flapack*.so"))
    libs += sorted((site / "pyogrio").glob("_io*.so"))
    return libs


def test_patched_libraries_lose_their_symbol_table_and_map_as_before():
    elf_cut = _elf_cut()
    for lib in _patched_libraries():
        data = lib.read_bytes()
        cut = elf_cut.cut_symbols(data)
        assert cut is not None, lib.name
        assert len(data) - len(cut) >= 4096  # whole pages out (less a moved .shstrtab)
        assert elf_cut.same_image(data, cut)
        elf = elf_cut.Elf(cut)
        assert ".symtab" not in elf.names and ".strtab" not in elf.names
        assert ".dynsym" in elf.names and ".shstrtab" in elf.names  # names still read
        assert elf_cut.cut_symbols(cut) is None  # nothing left to cut


def test_gdal_cut_loads_and_answers(tmp_path):
    lib = _gdal()
    cut = tmp_path / lib.name
    cut.write_bytes(_elf_cut().cut_symbols(lib.read_bytes()))
    readelf = subprocess.run(["readelf", "-lW", str(cut)], capture_output=True, text=True)
    assert readelf.returncode == 0 and "Error" not in readelf.stderr
    code = (
        "import ctypes, sys; g = ctypes.CDLL(sys.argv[1]); "
        "g.GDALVersionInfo.restype = ctypes.c_char_p; "
        "print(g.GDALVersionInfo(b'RELEASE_NAME').decode())"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(cut)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    original = ctypes.CDLL(str(lib))
    original.GDALVersionInfo.restype = ctypes.c_char_p
    assert done.stdout.strip() == original.GDALVersionInfo(b"RELEASE_NAME").decode()


def test_same_image_refuses_a_moved_segment_or_a_changed_byte():
    elf_cut = _elf_cut()
    data = _gdal().read_bytes()
    cut = bytearray(elf_cut.cut_symbols(data))
    elf = elf_cut.Elf(bytes(cut))
    last = max(range(len(elf.phdrs)), key=lambda i: elf.phdrs[i][2] * (elf.phdrs[i][0] == 1))
    offset, size = elf.phdrs[last][2], elf.phdrs[last][5]

    changed = bytearray(cut)
    changed[offset + size // 2] ^= 0xFF
    assert not elf_cut.same_image(data, bytes(changed))

    moved = bytearray(cut)  # the last LOAD's offset 8 bytes off its page
    at = elf.ehdr[5] + last * 56 + 8
    struct.pack_into("<Q", moved, at, offset - 8)
    assert not elf_cut.same_image(data, bytes(moved))

    assert elf_cut.same_image(data, bytes(cut))
