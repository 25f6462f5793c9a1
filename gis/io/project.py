"""The project file (``*.sasaran``): what a planner had open, to reopen it tomorrow.

A project names the data files it was built from (boundaries, register,
PSKS) with the size, time and a fingerprint of each, the column mapping and
layer used to read them, the zones, the current scenario file, the filter,
the map view and the map style. It holds no data and no personal values:
reopening reads the files again (or, later, a snapshot of them; see
``DataFile.snapshot``) and checks first that they are the files the
project was saved with, so a moved or edited file is met with a question
instead of a silently different answer.

The format is documented in ``docs/project-format.md``. This module knows
only the file: reading, writing, migrating, resolving paths and checking
fingerprints. Building tables from it is :mod:`gis.model.project_data`.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from gis.errors import SasaranError

FORMAT = "sasaran-proyek"
VERSION = 1
SUFFIX = ".sasaran"
#: bytes hashed at each end of a data file for its fingerprint
EDGE_BYTES = 1 << 20
#: roles a data file plays in a project, in the order they are loaded
ROLES = ("boundaries", "households", "psks")
PRIVACY = "Tidak memuat data pribadi; data dibaca dari berkas yang disebut"


class ProjectFileError(SasaranError):
    """A project file cannot be used (codes: ``not_found``, ``unreadable``,
    ``not_a_project``, ``project_newer``, ``project_corrupt``); it is left as it is."""


def fingerprint_file(path: str | Path) -> str:
    """Size + a hash of the first and last MiB: fast on a 2 GB register, and any
    ordinary edit (a row added, a value changed near either end, a resave) changes it.

    Together with the size and modification time kept beside it, this tells
    "the same file" from "a changed file" without reading the whole file.
    """
    path = Path(path)
    size = path.stat().st_size
    h = hashlib.sha256(str(size).encode())
    with open(path, "rb") as fh:
        h.update(fh.read(EDGE_BYTES))
        if size > EDGE_BYTES:
            fh.seek(max(EDGE_BYTES, size - EDGE_BYTES))
            h.update(fh.read(EDGE_BYTES))
    return h.hexdigest()[:32]


def _mtime_text(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class DataFile:
    """One data file of a project and how it was read.

    ``path`` is relative to the project's folder (POSIX separators) where the
    file lies under or beside it, else absolute. ``records`` is what the
    import made of it (households, villages, PSKS units), so that a changed
    file can be described. ``snapshot`` names a columnar copy of the imported
    table, when one exists (optional; written by the snapshot module).
    """

    role: str
    path: str
    size: int = 0
    modified: str = ""
    fingerprint: str = ""
    layer: str | None = None
    sheet: str | None = None
    mapping: dict | None = None
    records: int | None = None
    snapshot: str | None = None

    @property
    def name(self) -> str:
        return PurePosixPath(self.path.replace("\\", "/")).name

    def to_dict(self) -> dict:
        out = {
            "role": self.role,
            "path": self.path,
            "size": self.size,
            "modified": self.modified,
            "fingerprint": self.fingerprint,
            "layer": self.layer,
            "sheet": self.sheet,
            "mapping": self.mapping,
            "records": self.records,
        }
        if self.snapshot:
            out["snapshot"] = self.snapshot
        return out

    @classmethod
    def from_dict(cls, d: dict) -> DataFile:
        if d.get("role") not in ROLES or not isinstance(d.get("path"), str) or not d["path"]:
            raise ProjectFileError("bad data file entry", code="project_corrupt")
        records = d.get("records")
        return cls(
            role=d["role"],
            path=d["path"],
            size=int(d.get("size") or 0),
            modified=str(d.get("modified") or ""),
            fingerprint=str(d.get("fingerprint") or ""),
            layer=d.get("layer") or None,
            sheet=d.get("sheet") or None,
            mapping=d.get("mapping") if isinstance(d.get("mapping"), dict) else None,
            records=int(records) if records is not None else None,
            snapshot=d.get("snapshot") or None,
        )


def describe_file(
    role: str,
    path: str | Path,
    project_folder: str | Path | None = None,
    **how,
) -> DataFile:
    """A :class:`DataFile` for ``path`` as it is on disk now (size, time, fingerprint)."""
    path = Path(path).resolve()
    st = path.stat()
    return DataFile(
        role=role,
        path=relative_path(path, project_folder) if project_folder else str(path),
        size=st.st_size,
        modified=_mtime_text(st.st_mtime),
        fingerprint=fingerprint_file(path),
        **how,
    )


def relative_path(path: str | Path, folder: str | Path) -> str:
    """``path`` relative to ``folder`` when they share a drive, else absolute.

    Relative paths may climb (``../data/desa.gpkg``): a project kept in a
    ``proyek`` folder next to a ``data`` folder moves with both.
    """
    path, folder = Path(path).resolve(), Path(folder).resolve()
    try:
        return Path(os.path.relpath(path, folder)).as_posix()
    except ValueError:  # another drive on Windows
        return str(path)


@dataclass
class Project:
    """Everything a project file holds. ``path`` is where it was read or saved."""

    data_files: list[DataFile] = field(default_factory=list)
    zones: dict | None = None  # GeoJSON FeatureCollection, as gis.plan.scenario writes zones
    scenario: str | None = None  # the current scenario file (relative like data files)
    filter: dict = field(default_factory=dict)
    map_view: dict = field(default_factory=dict)  # {"extent": [xmin, ymin, xmax, ymax]}
    styles: dict = field(default_factory=dict)  # indicator, method, classes, palette, layers
    name: str = ""
    synthetic: bool = False  # built on the demo province: labelled as such when reopened
    path: Path | None = None

    @property
    def folder(self) -> Path | None:
        return self.path.parent if self.path is not None else None

    def file(self, role: str) -> DataFile | None:
        return next((f for f in self.data_files if f.role == role), None)

    def resolve(self, relative: str) -> Path:
        """A stored path made absolute against the project's folder."""
        # a project saved on Windows names folders with backslashes
        p = Path(relative if os.sep == "\\" else relative.replace("\\", "/"))
        if p.is_absolute() or self.folder is None:
            return p
        return (self.folder / p).resolve()

    def scenario_path(self) -> Path | None:
        return self.resolve(self.scenario) if self.scenario else None

    def to_dict(self, folder: str | Path | None = None) -> dict:
        """The document, with paths re-made relative to ``folder`` (the save target's)."""
        files, scenario = self.data_files, self.scenario
        if folder is not None:
            files = [replace(f, path=relative_path(self.resolve(f.path), folder)) for f in files]
            if scenario:
                scenario = relative_path(self.resolve(scenario), folder)
        return {
            "format": FORMAT,
            "version": VERSION,
            "saved_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "privacy": PRIVACY,
            "name": self.name,
            "synthetic": self.synthetic,
            "data_files": [f.to_dict() for f in files],
            "zones": self.zones,
            "scenario": scenario,
            "filter": self.filter,
            "map_view": self.map_view,
            "styles": self.styles,
        }

    @classmethod
    def from_dict(cls, doc: dict, path: str | Path | None = None) -> Project:
        doc = migrate(doc, path)
        try:
            files = [DataFile.from_dict(d) for d in doc.get("data_files") or []]
            return cls(
                data_files=files,
                zones=doc.get("zones") or None,
                scenario=doc.get("scenario") or None,
                filter=dict(doc.get("filter") or {}),
                map_view=dict(doc.get("map_view") or {}),
                styles=dict(doc.get("styles") or {}),
                name=str(doc.get("name") or ""),
                synthetic=bool(doc.get("synthetic", False)),
                path=Path(path).resolve() if path is not None else None,
            )
        except (TypeError, ValueError, AttributeError) as exc:
            raise ProjectFileError(str(exc), code="project_corrupt", path=path) from exc


# migrations[v] turns a document of version v into v + 1 (none yet: version 1 is the first)
_MIGRATIONS: dict = {}


def migrate(doc, path=None) -> dict:
    """A document of any known version as the current version (never writes)."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ProjectFileError("not a project file", code="not_a_project", path=path)
    version = doc.get("version")
    if not isinstance(version, int) or version < 1:
        raise ProjectFileError("bad version", code="project_corrupt", path=path)
    if version > VERSION:
        raise ProjectFileError(
            "written by a newer Sasaran", code="project_newer", path=path, version=version
        )
    while version < VERSION:
        doc = _MIGRATIONS[version](doc)
        version += 1
    return doc


def save_project(project: Project, path: str | Path, *, overwrite: bool = True) -> Path:
    """Write ``project`` to ``path`` atomically, its paths relative to the new folder.

    A project is the planner's own working file, so "Simpan proyek" overwrites
    the project it was opened from; pass ``overwrite=False`` to refuse an
    existing file (:class:`gis.io.outputguard.OutputError`).
    """
    from gis.io.atomicfile import atomic_write_text
    from gis.io.outputguard import check_target

    path = Path(path)
    if path.suffix.lower() != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    path = check_target(path, overwrite)
    folder = path.resolve().parent
    doc = project.to_dict(folder)
    atomic_write_text(path, json.dumps(doc, ensure_ascii=False, indent=2))
    # the project now lives there: its paths are read against the new folder
    project.data_files = [DataFile.from_dict(d) for d in doc["data_files"]]
    project.scenario = doc["scenario"]
    project.path = path.resolve()
    return path


def open_project(path: str | Path) -> Project:
    """Read a project file (nothing is loaded yet; see :func:`check_files`)."""
    path = Path(path)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ProjectFileError("not found", code="not_found", path=path) from exc
    except OSError as exc:
        raise ProjectFileError(str(exc), code="unreadable", path=path) from exc
    except ValueError as exc:  # not JSON: cut short or not a project at all
        raise ProjectFileError(str(exc), code="project_corrupt", path=path) from exc
    return Project.from_dict(doc, path)


def is_project(path: str | Path) -> bool:
    """True for a file that is a Sasaran project, judged by content."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
        return b'"format"' in head and FORMAT.encode() in head
    except OSError:
        return False


@dataclass(frozen=True)
class FileCheck:
    """How one data file of a project compares with the file on disk now.

    ``state`` is ``"ok"``, ``"missing"`` (not where the project says) or
    ``"changed"`` (there, but another fingerprint). ``differences`` names
    what differs for a changed file: ``size``, ``modified``, ``content``.
    """

    entry: DataFile
    path: Path
    state: str
    size: int | None = None
    modified: str = ""
    differences: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.state == "ok"


def check_file(project: Project, entry: DataFile) -> FileCheck:
    """Compare ``entry`` with the file it points to: size first, then the fingerprint."""
    path = project.resolve(entry.path)
    try:
        st = path.stat()
    except OSError:
        return FileCheck(entry, path, "missing")
    if not path.is_file():
        return FileCheck(entry, path, "missing")
    modified = _mtime_text(st.st_mtime)
    differences = []
    if entry.size and st.st_size != entry.size:
        differences.append("size")
    if entry.fingerprint and (differences or fingerprint_file(path) != entry.fingerprint):
        differences.append("content")
    if differences and entry.modified and modified != entry.modified:
        differences.insert(0, "modified")
    state = "changed" if differences else "ok"
    return FileCheck(entry, path, state, st.st_size, modified, tuple(differences))


def check_files(project: Project) -> list[FileCheck]:
    """Every data file of the project checked, in loading order."""
    order = {r: i for i, r in enumerate(ROLES)}
    entries = sorted(project.data_files, key=lambda f: order[f.role])
    return [check_file(project, f) for f in entries]


def relocate(project: Project, role: str, new_path: str | Path) -> FileCheck:
    """The planner located a missing file: point the project at it and check it again.

    The fingerprint stays the one saved, so a file found elsewhere that is
    not the same file still comes back ``"changed"``.
    """
    entry = project.file(role)
    if entry is None:
        raise KeyError(role)
    folder = project.folder
    moved = replace(entry, path=relative_path(new_path, folder) if folder else str(new_path))
    project.data_files = [moved if f.role == role else f for f in project.data_files]
    return check_file(project, moved)


def accept_current(project: Project, role: str, records: int | None = None) -> DataFile:
    """Take the file on disk as it is now (the planner chose to read the changed file)."""
    entry = project.file(role)
    if entry is None:
        raise KeyError(role)
    fresh = describe_file(
        role,
        project.resolve(entry.path),
        project.folder,
        layer=entry.layer,
        sheet=entry.sheet,
        mapping=entry.mapping,
        records=entry.records if records is None else records,
        snapshot=None,  # a snapshot of the old file is stale
    )
    project.data_files = [fresh if f.role == role else f for f in project.data_files]
    return fresh
