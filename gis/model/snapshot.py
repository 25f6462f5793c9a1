"""A columnar copy of an imported register, so reopening never parses it again.

After a successful import the household table and its import report are
written as two Arrow IPC files (uncompressed, so they are read back
memory-mapped: the numeric columns are used straight from the page cache,
never copied) in ``<cache>/snapshots`` (:func:`gis.io.cache.cache_dir`;
``SASARAN_CACHE_DIR`` moves the cache, ``SASARAN_SNAPSHOT_DIR`` only the
snapshots), or in a folder the caller names (a project's own folder).

A snapshot is used only when everything the import depended on is the
same: the source file's fingerprint (size, time, first and last MiB), the
layer or sheet, the column mapping, the crosswalk, the village boundaries
and :data:`FORMAT` (raised whenever the importer or this file changes what
it builds). Anything else is a miss, never a different answer: the caller
reads the file again and writes a new snapshot over the stale one.

Personal columns (names, NIK, KK, address) are in the snapshot because the
table holds them; the cache is the user's own folder, like the register.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import mmap
import os
import tempfile
from pathlib import Path

import numpy as np
import pyarrow as pa

from gis.io.cache import cache_dir, file_fingerprint
from gis.io.readers import Note
from gis.io.report import ImportReport, ProblemChunk
from gis.model.households import TEXT_FIELDS, HouseholdTable
from gis.model.villages import VillageTable

#: raise when the importer or this module changes what a snapshot holds
FORMAT = 1

_NUMERIC = {
    "village": np.int32,
    "desil": np.int8,
    "members": np.int16,
    "ppks": np.uint32,
    "programs": np.uint32,
    "programs_known": np.uint32,
    "x": np.float64,
    "y": np.float64,
    "row": np.int64,
}
_BOOL = ("approx", "ppks_known")
_REPORT_SCALARS = (
    "path",
    "layer",
    "layout",
    "level",
    "rows_read",
    "households",
    "mapping",
    "programs",
    "unmapped",
    "without_coordinates",
    "approximate",
    "own_coordinates",
    "unplaced",
    "unknown_village_codes",
    "ppks_unknown",
    "counts",
    "programs_not_carried",
    "fields_not_carried",
)


def default_folder() -> Path:
    """Where snapshots go unless the caller names a folder (``SASARAN_SNAPSHOT_DIR`` overrides)."""
    env = os.environ.get("SASARAN_SNAPSHOT_DIR")
    return Path(env) if env else cache_dir() / "snapshots"


def snapshot_key(
    source: str | Path,
    villages: VillageTable,
    *,
    layer: str | None = None,
    sheet: str | None = None,
    mapping=None,
    crosswalk=None,
) -> dict:
    """Everything a snapshot of ``source`` depends on (raises OSError if unreadable)."""
    cw = None
    if crosswalk is not None:
        cw = hashlib.sha256(json.dumps(sorted(crosswalk.codes.items())).encode()).hexdigest()[:16]
    return {
        "format": FORMAT,
        "source": file_fingerprint(source),
        "villages": villages.fingerprint(),
        "layer": layer,
        "sheet": sheet,
        "mapping": mapping.to_dict() if mapping is not None else None,
        "crosswalk": cw,
    }


def snapshot_paths(
    source: str | Path, folder=None, layer: str | None = None, sheet: str | None = None
) -> tuple[Path, Path]:
    """The (households, report) files of ``source``'s snapshot: one pair per file and layer."""
    folder = Path(folder) if folder is not None else default_folder()
    ident = f"{Path(source).resolve()}|{layer}|{sheet}"
    stem = f"{Path(source).stem[:40]}-{hashlib.sha256(ident.encode()).hexdigest()[:16]}"
    return folder / f"{stem}.households.arrow", folder / f"{stem}.report.arrow"


# --------------------------------------------------------------------------
# writing


def _table_arrow(table: HouseholdTable, base: VillageTable, key: dict) -> pa.Table:
    cols = {
        name: pa.array(np.asarray(getattr(table, name), dtype=t)) for name, t in _NUMERIC.items()
    }
    for name in _BOOL:
        cols[name] = pa.array(np.asarray(getattr(table, name), dtype=bool))
    for name in TEXT_FIELDS:
        values = table.arrow_text(name)
        if values is not None:
            cols[name] = values
    vt = table.villages
    extra = slice(len(base), len(vt))
    meta = {
        "key": key,
        "program_keys": list(table.program_keys),
        "program_names": dict(table.program_names),
        "source": table.source,
        "snapshot": table.snapshot,
        "file_name": table.file_name,
        "extra_villages": [vt.codes[extra].tolist(), [str(n) for n in vt.names[extra]]],
    }
    return pa.table(cols).replace_schema_metadata({"sasaran": json.dumps(meta)})


def _values_arrow(values: np.ndarray | None, n: int) -> tuple[str, pa.Array]:
    """One chunk's offending values as (kind, arrow array); None values stay null.

    Text stays text; anything else (numbers a spreadsheet made of a NIK,
    mixed columns) goes as JSON per value, so a float comes back a float.
    """
    if values is None:
        return "none", pa.nulls(n, pa.large_string())
    items = [v.item() if isinstance(v, np.generic) else v for v in values]
    if all(v is None or isinstance(v, str) for v in items):
        return "str", pa.array(items, pa.large_string())
    return "json", pa.array(
        [None if v is None else json.dumps(v, default=str) for v in items], pa.large_string()
    )


def _report_arrow(report: ImportReport, key: dict) -> pa.Table:
    chunk_ids, rows, values, desc = [], [], [], []
    for i, c in enumerate(report.chunks):
        kind, arr = _values_arrow(c.values, len(c.rows))
        desc.append({"column": c.column, "code": c.code, "rejected": c.rejected, "kind": kind})
        chunk_ids.append(np.full(len(c.rows), i, dtype=np.int32))
        rows.append(np.asarray(c.rows, dtype=np.int64))
        values.append(arr)
    meta = {
        "key": key,
        "report": {k: getattr(report, k) for k in _REPORT_SCALARS},
        "notes": [_note_dict(n) for n in report.notes],
        "chunks": desc,
    }
    columns = {
        "chunk": pa.array(np.concatenate(chunk_ids) if chunk_ids else np.zeros(0, np.int32)),
        "row": pa.array(np.concatenate(rows) if rows else np.zeros(0, np.int64)),
        "value": pa.concat_arrays(values) if values else pa.array([], pa.large_string()),
    }
    return pa.table(columns).replace_schema_metadata({"sasaran": json.dumps(meta, default=str)})


def _note_dict(note) -> dict:
    if isinstance(note, Note):
        return {"code": note.code, "text": str(note), "data": note.data}
    return {"text": str(note)}


def _write_ipc(table: pa.Table, path: Path) -> None:
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh, pa.ipc.new_file(fh, table.schema) as writer:
            writer.write_table(table, max_chunksize=1 << 22)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_snapshot(
    table: HouseholdTable,
    report: ImportReport,
    source: str | Path,
    villages: VillageTable,
    folder=None,
    *,
    layer: str | None = None,
    sheet: str | None = None,
    mapping=None,
    crosswalk=None,
) -> Path | None:
    """Write the snapshot of ``table`` imported from ``source``; the households file, or None.

    ``villages`` is the boundary table the import was given (``table.villages``
    may add villages named only by code). The other keywords are the
    import's own arguments. A snapshot that cannot be written (read-only
    folder, full disk, a file in use) is skipped: it only saves time, so
    None is returned and nothing half-written is left behind.
    """
    try:
        key = snapshot_key(
            source, villages, layer=layer, sheet=sheet, mapping=mapping, crosswalk=crosswalk
        )
        hh_path, report_path = snapshot_paths(source, folder, layer, sheet)
        hh_path.parent.mkdir(parents=True, exist_ok=True)
        # the report first: a households file is only ever beside its own report
        _write_ipc(_report_arrow(report, key), report_path)
        _write_ipc(_table_arrow(table, villages, key), hh_path)
    except (OSError, pa.ArrowException):
        return None
    return hh_path


# --------------------------------------------------------------------------
# reading


def _open(path: Path) -> tuple[pa.Table, dict] | None:
    try:
        source = pa.memory_map(str(path), "r")
        table = pa.ipc.open_file(source).read_all()
        meta = json.loads(table.schema.metadata[b"sasaran"])
    except (OSError, pa.ArrowException, KeyError, TypeError, ValueError):
        return None
    return table, meta


class _HeldFile:
    """A snapshot file kept open (read-only) while a table may still map it again."""

    def __init__(self, path: Path):
        self.fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))

    def fileno(self) -> int:
        return self.fd

    def close(self) -> None:
        if self.fd >= 0:
            fd, self.fd = self.fd, -1
            os.close(fd)

    def __del__(self) -> None:
        with contextlib.suppress(OSError):
            self.close()


def _open_held(path: Path):
    """``(table, meta, file)`` of the households file, mapped through a file kept open.

    The open file lets each text column be mapped again later (see
    :class:`_MappedText`) from this very file, even if a new snapshot has
    replaced it on disk since.
    """
    try:
        fh = _HeldFile(path)
    except OSError:
        return None
    try:
        mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        table = pa.ipc.open_file(pa.py_buffer(mapped)).read_all()
        meta = json.loads(table.schema.metadata[b"sasaran"])
    except (OSError, pa.ArrowException, KeyError, TypeError, ValueError):
        fh.close()
        return None
    return table, meta, fh


class _MappedText:
    """One text column of a reopened snapshot, read when the table first uses it.

    The column is read through a map of its own, let go as soon as the
    values are turned into :data:`gis.model.households.TEXT`: the Arrow
    bytes of names and addresses are then resident only during that turn,
    never beside the column for the rest of the session (the table's own
    map never touches their pages).
    """

    def __init__(self, fh, name: str):
        self._fh = fh
        self._name = name
        self._peek = None

    def value(self, i: int):
        """Value ``i`` alone (str or None): only the pages holding it become resident."""
        if self._peek is None:
            mapped = mmap.mmap(self._fh.fileno(), 0, access=mmap.ACCESS_READ)
            self._peek = pa.ipc.open_file(pa.py_buffer(mapped)).read_all().column(self._name)
        return self._peek[int(i)].as_py()

    def to_numpy(self, zero_copy_only: bool = False) -> np.ndarray:
        self._peek = None
        mapped = mmap.mmap(self._fh.fileno(), 0, access=mmap.ACCESS_READ)
        try:
            column = pa.ipc.open_file(pa.py_buffer(mapped)).read_all().column(self._name)
            values = column.to_numpy(zero_copy_only=False)
            del column
        finally:
            with contextlib.suppress(BufferError):
                mapped.close()
        return values


def _numeric(column: pa.ChunkedArray, dtype) -> np.ndarray:
    """A numeric column, straight from the mapped file when it is one chunk without nulls."""
    if column.num_chunks == 1 and column.null_count == 0:
        return column.chunk(0).to_numpy(zero_copy_only=True).astype(dtype, copy=False)
    return column.to_numpy().astype(dtype, copy=False)


def _chunk_values(kind: str, arr: pa.Array) -> np.ndarray | None:
    if kind == "none":
        return None
    items = arr.to_pylist()
    if kind == "json":
        items = [None if v is None else json.loads(v) for v in items]
    out = np.empty(len(items), dtype=object)
    out[:] = items
    return out


def _report(table: pa.Table, meta: dict) -> ImportReport:
    report = ImportReport(**meta["report"])
    report.notes = [
        Note(n["code"], n["text"], **n["data"]) if "code" in n else n["text"] for n in meta["notes"]
    ]
    chunk = table.column("chunk").to_numpy()
    rows = table.column("row").to_numpy()
    values = table.column("value").combine_chunks()
    order = np.argsort(chunk, kind="stable")
    starts = np.searchsorted(chunk[order], np.arange(len(meta["chunks"]) + 1))
    for i, d in enumerate(meta["chunks"]):
        idx = order[starts[i] : starts[i + 1]]
        vals = _chunk_values(d["kind"], values.take(pa.array(idx)))
        report.chunks.append(
            ProblemChunk(rows[idx].copy(), d["column"], d["code"], vals, d["rejected"])
        )
    return report


def read_snapshot(
    source: str | Path,
    villages: VillageTable,
    folder=None,
    *,
    layer: str | None = None,
    sheet: str | None = None,
    mapping=None,
    crosswalk=None,
) -> tuple[HouseholdTable, ImportReport] | None:
    """The table and report a fresh import of ``source`` would give, or None when there is
    no snapshot made from this very file with these arguments (see :func:`write_snapshot`).
    """
    try:
        key = snapshot_key(
            source, villages, layer=layer, sheet=sheet, mapping=mapping, crosswalk=crosswalk
        )
    except OSError:
        return None
    hh_path, report_path = snapshot_paths(source, folder, layer, sheet)
    if not hh_path.exists() or not report_path.exists():
        return None
    opened, opened_report = _open_held(hh_path), _open(report_path)
    if opened is None or opened_report is None:
        if opened is not None:
            opened[2].close()
        return None
    data, meta, fh = opened
    if meta.get("key") != key or opened_report[1].get("key") != key:
        fh.close()
        return None  # made from another version of the file or other arguments
    try:
        codes, names = meta["extra_villages"]
        vt = villages.with_extra_villages(codes, names) if codes else villages
        table = HouseholdTable(
            villages=vt,
            hh_id=np.zeros(0, dtype=object),
            **{name: _numeric(data.column(name), t) for name, t in _NUMERIC.items()},
            approx=data.column("approx").to_numpy(),
            ppks_known=data.column("ppks_known").to_numpy(),
            program_keys=tuple(meta["program_keys"]),
            program_names=dict(meta["program_names"]),
            source=meta["source"],
            snapshot=meta["snapshot"],
            file_name=meta["file_name"],
        )
        texts = [name for name in TEXT_FIELDS if name in data.column_names]
        for name in texts:
            table.defer_text(name, _MappedText(fh, name))
        report = _report(*opened_report)
    except (KeyError, ValueError, TypeError, pa.ArrowException):
        fh.close()
        return None
    if not texts:
        fh.close()
    return table, report
