"""Project-file problems worded for a planner (the app's questions and the CLI's errors).

:mod:`gis.io.project` and :mod:`gis.model.project_data` raise errors with
codes and every data file's check; this module says which file, what
differs (size, time, content, number of households) and what to do.
Files are named by file name, never by folder.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gis.numbers import format_number


def tr(text: str) -> str:
    # the empty context is what pyside6-lupdate records for a module-level tr()
    return QCoreApplication.translate("", text)


def role_name(role: str) -> str:
    return {
        "boundaries": tr("batas wilayah"),
        "households": tr("data rumah tangga"),
        "psks": tr("data PSKS"),
    }.get(role, role)


def _size(n: int | None) -> str:
    if n is None:
        return "?"
    if n >= 1 << 20:
        return tr("{n} MB").format(n=format_number(n / (1 << 20), 1))
    return tr("{n} KB").format(n=format_number(max(1, round(n / 1024))))


def _time(text: str) -> str:
    return text.replace("T", " ").replace("Z", " UTC") if text else "?"


def change_lines(check) -> list[str]:
    """What differs between a changed file and the one the project was saved with."""
    e = check.entry
    out = []
    if "size" in check.differences:
        out.append(tr("ukuran {old} → {new}").format(old=_size(e.size), new=_size(check.size)))
    if "modified" in check.differences:
        out.append(
            tr("diubah {old} → {new}").format(old=_time(e.modified), new=_time(check.modified))
        )
    if check.differences == ("content",):
        out.append(tr("isi berbeda (ukuran dan waktu sama)"))
    return out


def check_line(check) -> str:
    """One line per data file: its role, name and state."""
    name = check.entry.name
    what = role_name(check.entry.role)
    if check.state == "missing":
        return tr("{what} {name}: tidak ditemukan di tempatnya").format(what=what, name=name)
    if check.state == "changed":
        detail = "; ".join(change_lines(check))
        return tr("{what} {name}: berubah sejak proyek disimpan ({detail})").format(
            what=what, name=name, detail=detail
        )
    return tr("{what} {name}: sama").format(what=what, name=name)


def record_change_line(role: str, before: int | None, now: int) -> str:
    return tr("{what}: {before} → {now} baris/unit setelah dibaca ulang").format(
        what=role_name(role),
        before=format_number(before) if before is not None else "?",
        now=format_number(now),
    )


def describe_project_error(exc) -> str | None:
    """A sentence for a project error, or None when ``exc`` is not one."""
    code = getattr(exc, "code", "")
    path = getattr(exc, "path", None)
    name = path.name if path is not None else ""
    if code == "project_newer":
        return tr(
            "Proyek {name} dibuat oleh Sasaran yang lebih baru. Perbarui Sasaran untuk "
            "membukanya; berkas tidak diubah."
        ).format(name=name)
    if code == "not_a_project":
        return tr("Berkas {name} bukan proyek Sasaran (.sasaran).").format(name=name)
    if code == "project_corrupt":
        return tr(
            "Proyek {name} rusak atau terpotong. Berkas tidak diubah; buka salinan lain bila ada."
        ).format(name=name)
    checks = getattr(exc, "checks", None)
    if code == "project_no_boundaries":
        return tr("Proyek tidak menyebut berkas batas wilayah; tidak ada yang dapat dimuat.")
    if code in ("project_missing", "project_changed") and checks is not None:
        lines = [check_line(c) for c in checks if not c.ok]
        if code == "project_missing":
            head = tr(
                "Berkas data proyek tidak ditemukan (dipindah atau diganti nama). "
                "Tunjukkan letaknya yang baru:"
            )
        else:
            head = tr("Berkas data berubah sejak proyek disimpan; angka bisa berbeda dari kemarin:")
        return "\n".join([head, *("  " + line for line in lines)])
    return None
