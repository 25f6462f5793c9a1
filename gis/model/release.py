"""Give the memory an import freed back to the system.

Reading a register builds many short-lived buffers (the Arrow read, pandas
columns, Python strings of every text value) that are all freed once the
household table is built. The allocators keep most of them for reuse: at a
million households the process stayed about 800 bytes per household larger
than the table it holds (Arrow's pool kept some 200 MB, the C heap most of
the rest). An office PC with 16 GB must hold the largest province, so after
an import the freed memory is handed back: Arrow's pool releases what it
does not use, and on Linux (glibc) ``malloc_trim`` returns the free heap.
Elsewhere the second step is skipped; nothing here changes any data.

While an import runs the opposite holds: it makes and drops hundreds of
megabytes of temporaries, and each one taken fresh from the system costs a
page fault per 4 KB page on first touch. Measured at a million households
this was a third of the import. :func:`importing` therefore keeps freed heap
for reuse during the import (no trimming, one allocator: Arrow allocates
through the C heap instead of its own mimalloc pool, whose freed segments
would otherwise be faulted in afresh), then hands it all back at the end.
Its threads share one heap meanwhile: glibc gives each thread a heap of
its own, and ``malloc_trim`` cannot hand back the free top of those (at a
million households they kept 75 bytes per household after the import).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import gc
import os
import sys
from functools import cache

#: glibc mallopt parameters (malloc.h)
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
_M_ARENA_MAX = -8
#: glibc's defaults, restored after an import
_DEFAULT_TRIM = 128 * 1024
#: blocks up to this size come from the heap during an import (glibc's
#: largest mmap threshold on 64-bit systems)
_IMPORT_MMAP = 32 * 1024 * 1024
_IMPORT_TRIM = 2**31 - 1
#: glibc's own limit of heaps on 64-bit systems: eight per core
_DEFAULT_ARENAS = 8 * (os.cpu_count() or 1)


@cache
def _libc():
    """glibc, or None where there is none to tune (macOS, Windows, musl)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        if not (hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt")):
            return None
        return libc
    except (OSError, AttributeError):
        return None


def _libc_trim():
    """glibc's ``malloc_trim``, or None where there is none (macOS, Windows, musl)."""
    libc = _libc()
    return None if libc is None else libc.malloc_trim


@cache
def _one_pool() -> None:
    """Let Arrow allocate from the C heap, like numpy, so one trim returns both."""
    import pyarrow as pa

    pa.set_memory_pool(pa.system_memory_pool())


@contextlib.contextmanager
def importing():
    """Keep freed heap for reuse while the body runs; give it all back afterwards."""
    _one_pool()
    libc = _libc()
    if libc is not None:
        libc.mallopt(_M_MMAP_THRESHOLD, _IMPORT_MMAP)
        libc.mallopt(_M_TRIM_THRESHOLD, _IMPORT_TRIM)
        # the import's threads (the checks beside it, placement, GDAL's
        # readers) share the main heap: a heap of their own each would keep
        # its freed top after the import, which no trim hands back
        libc.mallopt(_M_ARENA_MAX, 1)
    try:
        yield
    finally:
        if libc is not None:
            libc.mallopt(_M_TRIM_THRESHOLD, _DEFAULT_TRIM)
            libc.mallopt(_M_ARENA_MAX, _DEFAULT_ARENAS)
        release_freed_memory()


def trim_heap() -> None:
    """Hand the C heap's free pages back to the system (glibc only; cheap, no collection)."""
    trim = _libc_trim()
    if trim is not None:
        trim(0)


def release_freed_memory() -> None:
    """Collect cycles, then hand memory freed by the allocators back to the system."""
    gc.collect()
    try:
        import pyarrow as pa

        pa.default_memory_pool().release_unused()
    except ImportError:  # pragma: no cover (pyarrow is a dependency)
        pass
    trim = _libc_trim()
    if trim is not None:
        trim(0)
