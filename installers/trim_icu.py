"""Rebuild Qt's ICU data library with only what Sasaran's Qt needs (Linux build).

PySide6's ``libicudata.so.73`` (30.6 MB) is ICU's whole common data package
(every CLDR locale, every legacy converter, the CJK/Thai/Khmer/Lao/Burmese
word dictionaries) exported as one symbol, ``icudt73_dat``. Qt Core uses ICU
for little: QCollator, locale-aware upper/lower case, the time-zone fallback,
and QStringConverter for non-UTF encodings. Chromium (the web map) carries its
own ICU data (``icudtl.dat``) and does not read this library.

So the bundle gets a library built from the same package, filtered with
``icupkg`` (Debian: icu-devtools; the package format is the same for 72 and
73): the root, Indonesian and English locales of every tree, every item that
is not a locale (pool, index, zoneinfo64, metaZones, timezoneTypes,
windowsZones, likelySubtags, supplemental data, normalization, cnvalias...),
and the converters of UTF-*, US-ASCII, ISO-8859-* and windows-125x. A locale
that is left out falls back to root, as ICU does for any missing locale.
``icupkg`` refuses a package whose items point to removed ones (aliases,
parents). ``genccode`` writes it as assembly with the same entry symbol and
``as``/``ld`` (binutils) link it with the same soname; the ELF exports only
``icudt73_dat``, like the original. ``sasaran selftest --only icu`` checks
collation, case mapping, time zones and a converter in the frozen app.

    python installers/trim_icu.py LIBICUDATA   # replaces the file in place
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

#: Locales kept in every tree (and their fallbacks: id_ID -> id -> root);
#: ``in`` is the old code of Indonesian that ICU aliases to ``id``.
KEEP_LOCALES = ("root", "en", "en_US", "en_US_POSIX", "id", "id_ID", "in", "in_ID")

#: Encodings whose converters stay (resolved to ICU's converter names by
#: ``uconv``). UTF-*, US-ASCII and ISO-8859-1 are algorithmic (no file).
KEEP_ENCODINGS = tuple(f"windows-{n}" for n in range(1250, 1259)) + tuple(
    f"ISO-8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15, 16)
)

LOCALE_ITEM = re.compile(r"^(root|[a-z]{2,3}(_[A-Za-z0-9_]*)?)\.res$")


class IcuTrimError(RuntimeError):
    """The ICU data could not be rebuilt; the message says which step failed."""


def _run(*args: str, cwd: Path | None = None) -> str:
    try:
        done = subprocess.run(args, capture_output=True, text=True, cwd=cwd, check=False)
    except FileNotFoundError as exc:
        raise IcuTrimError(
            f"{args[0]} tidak ada: pasang paket Debian icu-devtools dan binutils (make distdeps)"
        ) from exc
    if done.returncode:
        raise IcuTrimError(f"{' '.join(args[:2])} gagal: {done.stderr.strip()[-400:]}")
    return done.stdout


def _data_symbol(lib: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the one exported ``icudt*_dat`` object."""
    syms = _run("readelf", "--dyn-syms", "-W", str(lib))
    found = [
        f
        for f in (line.split() for line in syms.splitlines())
        if len(f) >= 8 and f[3] == "OBJECT" and re.fullmatch(r"icudt\d+_dat", f[7])
    ]
    if len(found) != 1:
        raise IcuTrimError(f"{lib.name}: tidak ada satu simbol icudt*_dat")
    _, value, size, *_, ndx, name = found[0]
    value, size = int(value, 16), int(size, 0)
    for line in _run("readelf", "-SW", str(lib)).splitlines():
        m = re.match(r"\s*\[\s*(\d+)\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if m and m.group(1) == ndx:
            return name, value - int(m.group(3), 16) + int(m.group(4), 16), size
    raise IcuTrimError(f"{lib.name}: bagian simbol {name} tidak ditemukan")


def _soname(lib: Path) -> str:
    m = re.search(r"\(SONAME\)\s+Library soname: \[(.+?)\]", _run("readelf", "-d", str(lib)))
    if not m:
        raise IcuTrimError(f"{lib.name}: tanpa soname")
    return m.group(1)


def _converter_files(items: set[str]) -> set[str]:
    """The .cnv items of the kept encodings that this package holds."""
    keep = set()
    for encoding in KEEP_ENCODINGS:
        names = _run("uconv", "--list-code", encoding).split()
        if names and f"{names[0]}.cnv" in items:
            keep.add(f"{names[0]}.cnv")
    return keep


def removable(items: list[str], converters: set[str]) -> list[str]:
    """Items of the package Qt does not need (see the module docstring)."""

    def unneeded(name: str) -> bool:
        if name.endswith(".dict"):  # word-break dictionaries of CJK/Thai/Khmer/Lao/Burmese
            return True
        if name.endswith(".cnv"):
            return name not in converters
        return bool(LOCALE_ITEM.match(name)) and name[: -len(".res")] not in KEEP_LOCALES

    return [item for item in items if unneeded(item.rsplit("/", 1)[-1])]


def _icupkg(*args: str) -> str:
    """Run icupkg, which refuses a package where a kept item points to a removed
    one. Only the word-break dictionaries may be missing (brkitr/root.res names
    them; ICU then breaks those scripts without a dictionary, and Qt does not
    use ICU's break iterators at all); any other missing item stops the build."""
    done = subprocess.run(("icupkg", *args), capture_output=True, text=True, check=False)
    if done.returncode == 0:
        return done.stdout
    missing = set(re.findall(r"depends on missing item (\S+)", done.stderr))
    if not missing or any(not m.endswith(".dict") for m in missing):
        raise IcuTrimError(f"icupkg {args[0]} gagal: {done.stderr.strip()[-400:]}")
    return _run("icupkg", "--ignore-deps", *args)


def _without_cpp(text: str) -> str:
    """genccode's assembly with its two preprocessor blocks resolved as gcc would
    for this build (no CET include, data symbol not hidden), so that binutils'
    ``as`` alone assembles it."""
    text = re.sub(r"#ifdef __CET__\n# include <cet.h>\n#endif\n", "", text)
    text = re.sub(r"#ifdef U_HIDE_DATA_SYMBOL\n\s*\.hidden \S+\n#endif\n", "", text)
    if re.search(r"^\s*#", text, re.M):
        raise IcuTrimError("genccode menulis blok praprosesor yang tidak dikenal")
    return text


def trim(
    lib: Path, dest: Path | None = None, also_drop: Callable[[str], bool] | None = None
) -> tuple[int, int]:
    """Write the library with the filtered package to ``dest`` (default: replace
    ``lib``); (bytes before, after). ``also_drop`` removes more items (tests)."""
    dest = dest or lib
    before = lib.stat().st_size
    name, offset, size = _data_symbol(lib)
    soname = _soname(lib)
    stem = name[: -len("_dat")]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        full, small = work / f"{stem}l.dat", work / "small" / f"{stem}l.dat"
        small.parent.mkdir()
        with open(lib, "rb") as f:
            f.seek(offset)
            full.write_bytes(f.read(size))
        items = _icupkg("-l", str(full)).split()
        if len(items) < 100:
            raise IcuTrimError(f"{lib.name}: icupkg hanya membaca {len(items)} butir")
        drop = removable(items, _converter_files(set(items)))
        if also_drop:
            drop += [i for i in items if i not in drop and also_drop(i)]
        (work / "drop.txt").write_text("\n".join(drop) + "\n")
        _icupkg("-r", str(work / "drop.txt"), str(full), str(small))
        left = set(_icupkg("-l", str(small)).split())
        if left != set(items) - set(drop):
            raise IcuTrimError(f"{lib.name}: isi paket hasil icupkg tidak sesuai")
        _run("genccode", "-q", "-a", "gcc", "-e", stem, "-d", str(work), str(small))
        asm = work / "data.s"
        asm.write_text(_without_cpp(next(work.glob("*.S")).read_text()))
        _run("as", "-o", str(work / "data.o"), str(asm))
        out = work / lib.name
        _run("ld", "-shared", "-s", "-Bsymbolic", "-z", "noexecstack",
             "-soname", soname, "-o", str(out), str(work / "data.o"))  # fmt: skip
        if _data_symbol(out)[0] != name or _soname(out) != soname:
            raise IcuTrimError(f"{lib.name}: pustaka baru tidak mengekspor {name}")
        shutil.copymode(lib, out)
        shutil.move(str(out), str(dest))
    return before, dest.stat().st_size


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        old, new = trim(Path(arg))
        print(f"icu: {Path(arg).name} {old / 1e6:.1f} -> {new / 1e6:.1f} MB")
