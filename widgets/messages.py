"""Errors and report codes worded for a planner, in Bahasa Indonesia.

The gis layer raises errors that carry codes and locations; this module is
the one place that turns them into sentences that say what happened, where,
and what to do. It imports no Qt, so the command line uses it too; the
sentences marked with ``QT_TRANSLATE_NOOP`` follow the interface language
when the app runs (context "messages" of the translation file).
"""

from __future__ import annotations

import sys

from gis.errors import SasaranError
from gis.report import REJECT_REASONS, WARNING_KINDS

_ERRORS = {
    "not_found": "Berkas {path} tidak ditemukan. Periksa nama dan foldernya.",
    "unknown_format": "Format berkas {path} tidak dikenali. Gunakan GeoPackage, Shapefile, "
    "GeoJSON, FlatGeobuf, GeoParquet, CSV atau XLSX.",
    "choose_layer": "Berkas {path} berisi beberapa layer ({layers}). Pilih satu dengan --layer.",
    "no_layer": "Layer {layer} tidak ada di {path}.",
    "corrupt": "Berkas {path} rusak atau tidak dapat dibaca ({detail}). Ekspor ulang dari sumbernya.",
    "bad_encoding": "Teks di {path} tidak dapat dibaca (encoding). Simpan ulang sebagai CSV UTF-8.",
    "no_header": "Baris judul kolom tidak ditemukan di {path}. Pastikan ada satu baris nama kolom.",
    "empty": "Berkas {path} tidak berisi data.",
    "no_village_layer": "Berkas {path} tidak memiliki layer desa dengan kode desa 10 digit.",
    "no_code_column": "Layer {layer} di {path} tidak memiliki kolom kode desa (mis. kode_desa).",
    "no_family_key": "Lembar per orang di {path} tidak memiliki kolom ID keluarga atau nomor KK, "
    "sehingga anggota tidak dapat dikelompokkan. Tambahkan kolom itu atau pemetaan kolom.",
    "missing_columns": "Pemetaan kolom menyebut kolom yang tidak ada di berkas: {missing}.",
    "not_a_mapping": "Berkas {path} bukan pemetaan kolom Sasaran.",
    "too_many_programs": "Berkas {path} memiliki lebih dari 32 kolom program.",
    "not_polygon": "Zona ke-{row} di {path} bukan poligon.",
    "cancelled": "Dibatalkan. Tidak ada yang diubah.",
    "crosswalk_columns": "Tabel padanan {path} perlu kolom kode BPS dan kode Kemendagri "
    "(mis. kode_bps, kode_kemendagri). Kolom yang kurang: {missing}.",
    "newer_version": "Berkas skenario {path} dibuat oleh Sasaran yang lebih baru dan tidak dapat "
    "dibuka oleh versi ini. Perbarui Sasaran untuk membukanya; berkas tidak diubah.",
    "not_a_scenario": "Berkas {path} bukan berkas skenario Sasaran (.skenario.json). "
    "Berkas tidak diubah.",
    "data_mismatch": "Skenario {path} dihitung pada data rumah tangga lain. Angkanya tidak berlaku "
    "untuk data yang dibuka sekarang; skenario dapat dibuka lalu dihitung ulang.",
    "scenario_count": "Perbandingan memerlukan 2 sampai 5 skenario.",
    "unknown_program": "Zona memakai program yang tidak ada di tabel biaya program skenario. "
    "Tambahkan program itu di tabel biaya atau hapus dari zona.",
}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for ``pyside6-lupdate`` (this module imports no Qt)."""
    return text


def _tr(text: str) -> str:
    """``text`` in the interface language when a Qt application runs (the CLI: as it is)."""
    qt = sys.modules.get("PySide6.QtCore")
    if qt is None or qt.QCoreApplication.instance() is None:
        return text
    return qt.QCoreApplication.translate("messages", text)


#: writing files (gis.outputguard): the file by name, what to do, and that nothing was written
_OUTPUT_ERRORS = {
    "output_exists": QT_TRANSLATE_NOOP(
        "messages",
        "Berkas {path} sudah ada dan tidak ditimpa. Pilih nama lain atau izinkan menimpa.",
    ),
    "output_no_folder": QT_TRANSLATE_NOOP(
        "messages",
        "Folder {folder} untuk berkas {path} tidak ada. Buat foldernya dulu atau pilih folder "
        "lain; tidak ada yang ditulis.",
    ),
    "output_read_only": QT_TRANSLATE_NOOP(
        "messages",
        "Berkas {path} tidak boleh ditulis di folder {folder} (tanpa izin menulis). Pilih "
        "folder lain; tidak ada yang ditulis.",
    ),
    "output_is_folder": QT_TRANSLATE_NOOP(
        "messages",
        "{path} adalah folder, bukan berkas. Beri nama berkas tujuan; tidak ada yang ditulis.",
    ),
    "output_failed": QT_TRANSLATE_NOOP(
        "messages",
        "Berkas {path} gagal ditulis ({reason}). Tidak ada berkas setengah jadi; coba lagi atau "
        "pilih folder lain.",
    ),
    "demo_size": QT_TRANSLATE_NOOP(
        "messages",
        "Provinsi demo memerlukan paling sedikit {minimum} desa dan jumlah rumah tangga tidak "
        "negatif (diminta: {villages} desa, {households} rumah tangga).",
    ),
}
_OS_ERROR = QT_TRANSLATE_NOOP(
    "messages", "Berkas {path} tidak dapat dibaca atau ditulis ({reason})."
)

#: why a write failed (``OutputError.reason`` and errno of a bare OSError)
_REASONS = {
    "disk_full": QT_TRANSLATE_NOOP("messages", "disk penuh"),
    "read_only": QT_TRANSLATE_NOOP("messages", "tanpa izin menulis"),
    "no_folder": QT_TRANSLATE_NOOP("messages", "folder tidak ada"),
    "name_too_long": QT_TRANSLATE_NOOP("messages", "nama berkas terlalu panjang"),
    "system": QT_TRANSLATE_NOOP("messages", "galat sistem berkas"),
}


def describe(exc: BaseException) -> str:
    """One sentence for the user about ``exc``."""
    if isinstance(exc, SasaranError):
        template = _ERRORS.get(exc.code) or _tr(_OUTPUT_ERRORS.get(exc.code, ""))
        if template:
            values = {
                "path": exc.path.name if exc.path else "",
                "layer": exc.layer or "",
                "row": exc.row or "",
                "detail": str(exc),
                "layers": ", ".join(str(x) for x in exc.data.get("layers", [])),
                "missing": ", ".join(exc.data.get("missing", [])),
                "folder": exc.data.get("folder", ""),
                "reason": _tr(_REASONS.get(exc.data.get("reason", ""), _REASONS["system"])),
            }
            for key, value in exc.data.items():
                values.setdefault(key, value)
            return template.format(**values)
        return f"{exc} ({exc.code})"
    if isinstance(exc, OSError):
        return _os_error(exc)
    return str(exc)


def _os_error(exc: OSError) -> str:
    # a bare OSError carries an errno and an absolute path: say it with the name only
    from gis.outputguard import output_error

    name = exc.filename if exc.filename is not None else (exc.args[0] if exc.args else "")
    name = _file_name(name)
    if isinstance(exc, FileExistsError):
        return _tr(_OUTPUT_ERRORS["output_exists"]).format(path=name)
    if isinstance(exc, FileNotFoundError):
        return _ERRORS["not_found"].format(path=name)
    reason = _tr(_REASONS[output_error(exc, name).data["reason"]])
    return _tr(_OS_ERROR).format(path=name, reason=reason)


def _file_name(value) -> str:
    from pathlib import PurePath

    if isinstance(value, int | float) or value is None:
        return ""
    return PurePath(str(value)).name or str(value)


def problem_label(code: str) -> str:
    """Indonesian label of a report code (rejection reason or warning)."""
    return REJECT_REASONS.get(code) or WARNING_KINDS.get(code) or code


_NOTES = {
    "renamed_columns": "Kolom kosong atau kembar diberi nama baru: {columns}.",
    "assumed_crs": "Sistem koordinat tidak tercantum; dianggap WGS 84 (EPSG:4326).",
    "unknown_crs": "Sistem koordinat tidak dikenali; koordinat tidak dipakai sebagai bujur/lintang.",
    "reprojected": "Koordinat diubah dari {source} ke WGS 84 (EPSG:4326).",
    "representative_point": "{count} fitur bukan titik: titik representatifnya dipakai.",
    "encoding": "Teks dibaca dengan encoding {encoding}.",
    "title_rows": "Judul kolom ditemukan di baris {header_row}; baris di atasnya dilewati.",
}


def describe_note(note) -> str:
    """Indonesian wording of a reader note (notes carry a code and values)."""
    template = _NOTES.get(getattr(note, "code", None))
    if template is None:
        return str(note)
    data = dict(getattr(note, "data", {}))
    if isinstance(data.get("columns"), (list, tuple)):
        data["columns"] = ", ".join(map(str, data["columns"]))
    try:
        return template.format(**data)
    except (KeyError, IndexError):
        return str(note)
