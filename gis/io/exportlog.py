"""The personal-data export log: who wrote names out of the program, when, what, for how many.

Worksheets for field verification necessarily carry names and addresses
(UU 27/2022 calls this processing of personal data); producing them is an
explicit act, and every such act leaves one line here: who, when, what kind
of file, which files, which villages and how many people. The log is a JSON
Lines file (one object per line) so that it can be appended to without
rewriting it, read by a script, and never half-written beyond one line.
"""

from __future__ import annotations

import getpass
import json
import os
from datetime import datetime
from pathlib import Path

from gis.io.outputguard import writing

#: file name of the log in the user's data folder
LOG_NAME = "log_ekspor_data_pribadi.jsonl"


def default_log_path() -> Path:
    """The user's log (``SASARAN_EXPORT_LOG`` overrides): one per user, beside the settings."""
    env = os.environ.get("SASARAN_EXPORT_LOG")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or (
        os.environ.get("APPDATA") if os.name == "nt" else None
    )
    folder = Path(base) / "sasaran" if base else Path.home() / ".local" / "share" / "sasaran"
    return folder / LOG_NAME


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (a service account): still log, say unknown
        return "tidak diketahui"


def log_personal_export(
    path: str | Path,
    *,
    what: str,
    files: list[str | Path],
    people: int,
    villages: list[str] | tuple[str, ...] = (),
    who: str | None = None,
    detail: dict | None = None,
) -> dict:
    """Append one entry to the log at ``path`` (its folder is made); returns the entry.

    ``files`` are recorded by file name only, ``villages`` by code.
    """
    entry = {
        "waktu": datetime.now().astimezone().isoformat(timespec="seconds"),
        "oleh": who or current_user(),
        "jenis": what,
        "berkas": [Path(f).name for f in files],
        "desa": list(villages),
        "jumlah_orang": int(people),
    }
    if detail:
        entry.update(detail)
    path = Path(path)
    line = json.dumps(entry, ensure_ascii=False) + "\n"
    with writing(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())
    return entry


def read_log(path: str | Path) -> list[dict]:
    """Every entry of the log (an empty list when there is none yet)."""
    path = Path(path)
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line:
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:  # a line cut by a crash: skip it, keep the rest
                continue
    return out
