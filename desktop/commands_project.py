"""``--project P.sasaran`` for the headless commands, instead of naming each data file.

``sheet``, ``webmap``, ``stats``, ``scenario evaluate`` and ``compare``
accept a project: its boundaries, register (read with the project's column
mapping, layer and sheet) and PSKS, and, where the command has them, its
zones, filter and current scenario. A missing data file stops the command;
a changed one too, unless ``--accept-changed`` says to read it as it is
now (the differences are printed either way): a script never gets a
silently different answer.
"""

from __future__ import annotations

import sys
from pathlib import Path


def add_project_option(p) -> None:
    p.add_argument(
        "--project",
        type=Path,
        metavar="P.sasaran",
        help="proyek Sasaran: memakai berkas data, zona dan filternya",
    )
    p.add_argument(
        "--accept-changed",
        action="store_true",
        help="baca berkas data proyek yang berubah sejak proyek disimpan (perbedaannya dicetak)",
    )


class DataOptionsError(ValueError):
    """Neither a project nor the data files were named."""


def require_data(args, needed=("villages", "households")) -> None:
    if getattr(args, "project", None) is None and any(getattr(args, k) is None for k in needed):
        flags = " dan ".join(f"--{k}" for k in needed)
        raise DataOptionsError(f"Sebutkan --project P.sasaran, atau {flags}.")


def load_project(args):
    """The project's data (:class:`gis.model.project_data.ProjectData`); None without ``--project``.

    Raises the project errors; what differs in accepted changed files is
    printed on stderr.
    """
    if getattr(args, "project", None) is None:
        return None
    from gis.io.project import open_project
    from gis.model.project_data import load_project_data
    from widgets.base.project_words import check_line, record_change_line

    project = open_project(args.project)
    loaded = load_project_data(project, accept_changed=bool(getattr(args, "accept_changed", 0)))
    for check in loaded.changed:
        print(f"Peringatan: {check_line(check)}", file=sys.stderr)
    for role, (before, now) in loaded.record_changes.items():
        print(f"Peringatan: {record_change_line(role, before, now)}", file=sys.stderr)
    return loaded


def project_scenario(loaded) -> Path | None:
    """The project's current scenario file when it exists."""
    if loaded is None:
        return None
    path = loaded.project.scenario_path()
    return path if path is not None and path.is_file() else None


def project_message(exc: BaseException) -> str | None:
    from widgets.base.project_words import describe_project_error

    if isinstance(exc, DataOptionsError):
        return str(exc)
    return describe_project_error(exc)
