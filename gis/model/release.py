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
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sys
from functools import cache


@cache
def _libc_trim():
    """glibc's ``malloc_trim``, or None where there is none (macOS, Windows, musl)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc.malloc_trim
    except (OSError, AttributeError):
        return None


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
