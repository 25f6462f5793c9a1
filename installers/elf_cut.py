"""Cut the symbol table out of a patchelf-patched shared library (Linux build).

auditwheel/patchelf append a LOAD segment after a library's section data, so
its ``.symtab``/``.strtab`` (GDAL's are 7.4 MB) lie between two LOAD segments,
and binutils' ``strip`` rewrites such a file so that the loader no longer maps
it as before (the spec keeps those libraries unstripped). This cuts the two
sections out without touching any mapped byte: it deletes a whole number of
pages (the largest LOAD alignment) from inside their file range and moves every
later offset down by as much, so each segment keeps its address, size, flags
and its offset congruent to its address. Only file offsets change: in the ELF
header (section table), the program headers' ``p_offset`` and the section
headers; the two section headers become inactive (SHT_NULL), indexes stay.
An unmapped section lying between them (``.shstrtab``) moves to the file's end.
``same_image`` proves the result maps byte for byte like the original.

    python installers/elf_cut.py LIB OUT   # writes OUT when the cut is safe
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

PT_LOAD, SHF_ALLOC, SHT_NULL, SHT_NOBITS = 1, 2, 0, 8
EHDR, PHDR, SHDR = "<16sHHIQQQIHHHHHH", "<IIQQQQQQ", "<IIQQQQIIQQ"


class Elf:
    """ELF64 little-endian headers: ``phdrs`` and ``shdrs`` as mutable lists."""

    def __init__(self, data: bytes):
        if data[:4] != b"\x7fELF" or data[4:6] != b"\x02\x01":
            raise ValueError("not an ELF64 little-endian file")
        self.ehdr = list(struct.unpack_from(EHDR, data))
        phoff, shoff = self.ehdr[5], self.ehdr[6]
        phentsize, phnum, shentsize, shnum = self.ehdr[9:13]
        if phentsize != 56 or shentsize != 64:
            raise ValueError("unexpected header sizes")
        self.phdrs = [list(struct.unpack_from(PHDR, data, phoff + i * 56)) for i in range(phnum)]
        self.shdrs = [list(struct.unpack_from(SHDR, data, shoff + i * 64)) for i in range(shnum)]
        names = self.shdrs[self.ehdr[13]]
        self.names = [
            data[names[4] + s[0] : data.index(b"\0", names[4] + s[0])].decode() for s in self.shdrs
        ]

    def loads(self) -> list[list[int]]:
        return [p for p in self.phdrs if p[0] == PT_LOAD]


def cut_symbols(data: bytes) -> bytes | None:
    """The file without ``.symtab``/``.strtab``, or None when no safe cut exists."""
    try:
        elf = Elf(data)
    except (ValueError, struct.error, IndexError):
        return None
    if ".symtab" not in elf.names or ".strtab" not in elf.names:
        return None
    gone = {elf.names.index(".symtab"), elf.names.index(".strtab")}
    for i in gone:
        if elf.shdrs[i][2] & SHF_ALLOC:
            return None
    for i, s in enumerate(elf.shdrs):  # nothing but the symbol table may point to them
        if i not in gone and (s[6] in gone or (s[7] in gone and s[1] in (4, 9, 18))):
            return None
    if elf.ehdr[13] in gone:
        return None
    lo = min(elf.shdrs[i][4] for i in gone)
    hi = max(elf.shdrs[i][4] + elf.shdrs[i][5] for i in gone)
    page = max(p[7] for p in elf.loads())
    shift = (hi - lo) // page * page
    if not elf.loads() or shift == 0:
        return None
    end = lo + shift

    def overlaps(offset: int, size: int) -> bool:
        return offset < end and offset + size > lo

    for p in elf.phdrs:  # no segment's bytes in the cut, and alignments survive the shift
        if p[5] and overlaps(p[2], p[5]) or (p[2] >= end and p[7] > 1 and page % p[7]):
            return None
    carried = []  # unmapped sections inside the cut (.shstrtab): moved to the file's end
    for i, s in enumerate(elf.shdrs):
        if i in gone or s[1] in (SHT_NULL, SHT_NOBITS):
            continue
        if s[5] and overlaps(s[4], s[5]):
            if s[2] & SHF_ALLOC or s[4] < lo or s[4] + s[5] > hi:
                return None
            carried.append(i)
        elif s[4] >= end and s[8] > 1 and page % s[8]:
            return None
    for table, size in ((elf.ehdr[5], 56 * len(elf.phdrs)), (elf.ehdr[6], 64 * len(elf.shdrs))):
        if overlaps(table, size):
            return None

    def moved(offset: int) -> int:
        return offset - shift if offset >= end else (lo if offset > lo else offset)

    elf.ehdr[5], elf.ehdr[6] = moved(elf.ehdr[5]), moved(elf.ehdr[6])
    for p in elf.phdrs:
        p[2] = moved(p[2])
    out = bytearray(data[:lo] + data[end:])
    for i, s in enumerate(elf.shdrs):
        if i in gone:
            s[:] = [0] * 10
        elif i in carried:
            out += bytes(-len(out) % max(s[8], 1))
            out += data[s[4] : s[4] + s[5]]
            s[4] = len(out) - s[5]
        else:
            s[4] = moved(s[4])
    struct.pack_into(EHDR, out, 0, *elf.ehdr)
    for i, p in enumerate(elf.phdrs):
        struct.pack_into(PHDR, out, elf.ehdr[5] + i * 56, *p)
    for i, s in enumerate(elf.shdrs):
        struct.pack_into(SHDR, out, elf.ehdr[6] + i * 64, *s)
    return bytes(out) if same_image(data, bytes(out)) else None


def same_image(original: bytes, cut: bytes) -> bool:
    """True when the loader maps ``cut`` exactly as ``original``: the same
    program headers but for ``p_offset``, every LOAD at an offset congruent to
    its address, every other segment at the same place inside its LOAD, and the
    same bytes in every LOAD once the header fields holding file offsets (ELF
    header, ``p_offset`` of each program header) are set aside."""
    try:
        a, b = Elf(original), Elf(cut)
    except (ValueError, struct.error, IndexError):
        return False
    if len(a.phdrs) != len(b.phdrs) or a.ehdr[:5] != b.ehdr[:5]:
        return False
    for pa, pb in zip(a.phdrs, b.phdrs):
        if pa[:2] + pa[3:] != pb[:2] + pb[3:]:
            return False
        if pb[0] == PT_LOAD and pb[7] > 1 and (pb[3] - pb[2]) % pb[7]:
            return False

    def blank_offsets(data: bytes, elf: Elf) -> bytearray:
        data = bytearray(data)
        data[0x20:0x30] = bytes(16)  # e_phoff, e_shoff
        data[0x3A:0x40] = bytes(6)  # e_shentsize, e_shnum, e_shstrndx
        for i in range(len(elf.phdrs)):
            at = elf.ehdr[5] + i * 56 + 8
            data[at : at + 8] = bytes(8)
        return data

    da, db = blank_offsets(original, a), blank_offsets(cut, b)
    loads_a, loads_b = a.loads(), b.loads()
    for pa, pb in zip(loads_a, loads_b):
        if da[pa[2] : pa[2] + pa[5]] != db[pb[2] : pb[2] + pb[5]]:
            return False
    for pa, pb in zip(a.phdrs, b.phdrs):  # DYNAMIC, NOTE, EH_FRAME... still inside their LOAD
        if pa[0] == PT_LOAD or not pa[5]:
            continue
        for la, lb in zip(loads_a, loads_b):
            if la[2] <= pa[2] and pa[2] + pa[5] <= la[2] + la[5]:
                if pb[2] - lb[2] != pa[2] - la[2]:
                    return False
                break
        else:
            return False
    return True


if __name__ == "__main__":
    src, dest = Path(sys.argv[1]), Path(sys.argv[2])
    result = cut_symbols(src.read_bytes())
    if result is None:
        sys.exit(f"{src.name}: tabel simbol tidak dapat dipotong dengan aman")
    dest.write_bytes(result)
    print(f"{src.name}: {src.stat().st_size / 1e6:.1f} -> {len(result) / 1e6:.1f} MB")
