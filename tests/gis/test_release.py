"""After an import the freed memory goes back to the system (issue 11: bytes per household)."""

from __future__ import annotations

import os

import pytest

import gis.model.importer as importer
import gis.model.release as release
from gis.model.release import _libc_trim, importing, release_freed_memory
from gis.model.villages import read_villages


def _rss() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


@pytest.mark.skipif(_libc_trim() is None, reason="glibc malloc_trim only")
@pytest.mark.parametrize("size", [700, 2000])
def test_freed_heap_goes_back_to_the_system(size):
    # many heap blocks (too big for Python's small-object allocator), all but
    # the last freed: the heap's top stays in use, so free() alone keeps the rest
    blocks = [bytes(size) + bytes([i % 251]) for i in range(200_000)]
    last = blocks[-1]
    del blocks
    before = _rss()
    release_freed_memory()
    assert before - _rss() > 100 * 2**20
    assert len(last) == size + 1


def test_every_import_releases_what_it_freed(demo_paths, tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(release, "release_freed_memory", lambda: calls.append(1))
    villages = read_villages(demo_paths.villages)
    table, _ = importer.load_households(demo_paths.households, villages)
    assert len(table) > 0 and calls == [1]
    # a reopening from the snapshot freed nothing worth a trim
    importer.load_households(demo_paths.households, villages, snapshots=tmp_path)
    importer.load_households(demo_paths.households, villages, snapshots=tmp_path)
    assert calls == [1, 1]


@pytest.mark.skipif(_libc_trim() is None, reason="glibc malloc_trim only")
def test_importing_keeps_freed_heap_then_hands_it_back():
    with importing():
        blocks = [bytes(2000) + bytes([i % 251]) for i in range(200_000)]
        last = blocks[-1]
        del blocks
        inside = _rss()
        # freed blocks are reused while importing: the same again costs little more
        again = [bytes(2000) + bytes([i % 251]) for i in range(200_000)]
        assert _rss() - inside < 100 * 2**20
        del again
        before = _rss()
    assert before - _rss() > 100 * 2**20
    assert len(last) == 2001


def _heaps() -> int:
    """How many heaps (arenas) glibc's malloc has made in this process."""
    import ctypes
    import re
    import tempfile

    libc = ctypes.CDLL("libc.so.6")
    libc.fopen.restype = ctypes.c_void_p
    libc.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
    libc.fclose.argtypes = [ctypes.c_void_p]
    with tempfile.NamedTemporaryFile(suffix=".xml") as out:
        fp = libc.fopen(out.name.encode(), b"w")
        libc.malloc_info(0, fp)
        libc.fclose(fp)
        return len(re.findall(r'<heap nr="', open(out.name).read()))


@pytest.mark.skipif(_libc_trim() is None, reason="glibc malloc_trim only")
def test_the_import_threads_share_the_main_heap():
    """Threads started while importing (checks beside it, placement, GDAL's
    readers) allocate from the main heap, whose free top the trim after the
    import hands back; a heap of their own would keep it (75 B/hh at 1M)."""
    import threading

    def work(out):
        blocks = [bytearray(2000) for _ in range(5000)]
        out.append(len(blocks))

    done = []
    with importing():
        before = _heaps()
        for _ in range(3):
            worker = threading.Thread(target=work, args=(done,))
            worker.start()
            worker.join()
        during = _heaps()
    assert done == [5000] * 3
    assert during == before
