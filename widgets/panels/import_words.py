"""Reader notes and boundary problems in the planner's words, for the import dialog.

The gis layer says what it did with codes and values (:class:`gis.io.readers.Note`,
``VillageTable.problems``); these functions word them through Qt's
translation, so the Indonesian report holds no English and the English one
no Indonesian.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from widgets.base.fmt import num


def tr(text: str) -> str:
    # the empty context is what pyside6-lupdate records for a module-level tr()
    return QCoreApplication.translate("", text)


def reader_note(note, kind: str = "households") -> str | None:
    """A reader's remark (:class:`gis.io.readers.Note`) in the planner's words; None if shown elsewhere.

    Boundaries are polygons: what the reader says about points (a polygon
    stood in for by a point inside it) does not apply to them.
    """
    code = getattr(note, "code", None)
    data = getattr(note, "data", {})
    if code in ("title_rows", "encoding"):
        return None  # the preview line already says where the header is and the encoding
    if kind == "boundaries" and code == "representative_point":
        return None
    if kind == "boundaries" and code == "unknown_crs":
        return tr(
            "Sistem koordinat tidak tercantum dan koordinatnya bukan derajat: "
            "batas ini tidak dapat dimuat tanpa berkas .prj-nya.",
        )
    if code == "two_row_header":
        return tr('Judul kolom dua baris (baris {a}-{b}) digabung, mis. "{example}".').format(
            a=data.get("first", ""), b=data.get("second", ""), example=data.get("example", "")
        )
    if code == "sheet_chosen":
        return tr('Data dibaca dari lembar "{sheet}" (lembar lain: {others}).').format(
            sheet=data.get("sheet", ""), others=", ".join(data.get("others", []))
        )
    if code == "renamed_columns":
        return tr("Nama kolom kosong atau ganda diganti: {cols}.").format(
            cols=", ".join(data.get("columns", []))
        )
    if code == "assumed_crs":
        return tr("Sistem koordinat tidak tercantum; dianggap WGS 84 (EPSG:4326).")
    if code == "unknown_crs":
        return tr("Sistem koordinat tidak dikenal: titik tidak dapat dipakai apa adanya.")
    if code == "reprojected":
        return tr("Koordinat diubah dari {src} ke WGS 84.").format(src=data.get("source", ""))
    if code == "representative_point":
        return tr("{n} fitur bukan titik: dipakai titik wakil di dalamnya.").format(
            n=num(data.get("count", 0))
        )
    return str(note)


def boundary_problem(code: str) -> str:
    """One line per reason a boundary feature was left out or changed ({n} = count)."""
    words = {
        "code_invalid": tr("{n} fitur batas tanpa kode desa 10 digit yang valid dilewati."),
        "not_polygon": tr(
            "{n} fitur batas bukan poligon (titik/garis): desanya dimuat tanpa poligon."
        ),
        "no_geometry": tr("{n} fitur batas tanpa geometri: desanya dimuat tanpa poligon."),
        "duplicate_merged": tr("{n} fitur batas dengan kode desa ganda digabung ke fitur pertama."),
        "repaired": tr("{n} poligon desa tidak valid diperbaiki."),
        "repair_emptied": tr(
            "{n} poligon desa rusak tanpa sisa bidang: desanya dimuat tanpa poligon."
        ),
        "outline_repaired": tr("{n} poligon kecamatan/kabupaten tidak valid diperbaiki."),
    }
    return words.get(code, code + ": {n}")
