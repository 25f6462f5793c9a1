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
from gis.io.report import REJECT_REASONS, WARNING_KINDS
from gis.numbers import format_number

_ERRORS = {
    "not_found": "Berkas {path} tidak ditemukan. Periksa nama dan foldernya.",
    "unknown_format": "Format berkas {path} tidak dikenali. Gunakan GeoPackage, Shapefile, "
    "GeoJSON, FlatGeobuf, GeoParquet, CSV atau XLSX.",
    "choose_layer": "Berkas {path} berisi beberapa layer ({layers}). Pilih satu dengan --layer.",
    "no_layer": "Layer {layer} tidak ada di {path}.",
    "corrupt": "Berkas {path} rusak atau tidak dapat dibaca. Ekspor ulang dari sumbernya.",
    "unreadable": "Berkas {path} tidak dapat dibuka: tidak ada izin membacanya, atau berkas "
    "sedang dibuka program lain (mis. Excel). Tutup berkas itu atau periksa izinnya, lalu coba "
    "lagi.",
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
    "missing_part": "Shapefile {path} tidak lengkap: berkas {missing} tidak ada di folder yang "
    "sama. Salin semua bagian shapefile (.shp, .shx, .dbf, .prj) bersama-sama.",
    "too_many_columns": "Berkas {path} memiliki {columns} kolom (baris {row}), padahal data "
    "rumah tangga hanya berisi puluhan sampai beberapa ratus kolom (batas {limit}). Berkas "
    "tidak dibaca: periksa pemisah kolomnya atau ekspor ulang dari sumbernya.",
    "no_register_sheet": "Tidak ada lembar berisi tabel data di {path} (baris judul kolom "
    "dengan data di bawahnya). Lembar yang ada: {layers}. Pilih lembar data rumah tangga.",
    "no_register_sheet_named": "Lembar {layer} di {path} tidak berisi tabel data (baris judul "
    "kolom dengan data di bawahnya). Lembar yang ada: {layers}.",
    "not_boundary_file": "Berkas {path} bukan berkas batas wilayah: batas desa adalah poligon "
    "dalam GeoPackage, Shapefile, GeoJSON atau FlatGeobuf.",
    "no_polygons": "Tidak satu pun dari {features} fitur di {path} memiliki poligon (geometri "
    "kosong), jadi batas desa tidak dapat digambar atau dipakai menempatkan rumah tangga. "
    "Ekspor ulang layer batas desa beserta geometrinya.",
    "no_geometry": "Layer {layer} di {path} tidak memiliki geometri, jadi bukan batas wilayah. "
    "Pilih berkas atau layer berisi poligon desa/kelurahan.",
    "not_polygon_layer": "Layer {layer} di {path} berisi {kinds}, bukan poligon desa. Pilih "
    "layer batas desa/kelurahan (poligon).",
    "not_degrees": "Koordinat di {path} bukan derajat bujur/lintang (mungkin meter UTM) dan "
    "sistem koordinatnya tidak tercantum. Sertakan berkas .prj-nya atau simpan ulang batas "
    "wilayah dengan sistem koordinat dari QGIS. Tidak ada yang dimuat.",
    "not_zones": "Berkas {path} bukan berkas zona (GeoJSON berisi poligon). Ekspor zona dari "
    "Sasaran atau QGIS sebagai GeoJSON atau GeoPackage.",
    "scenario_as_zones": "Berkas {path} adalah berkas skenario Sasaran, bukan berkas zona. "
    "Buka sebagai skenario, atau ekspor zonanya sebagai GeoJSON.",
    "bad_coordinates": "Zona ke-{row} di {path} memiliki koordinat yang bukan bujur/lintang "
    "(bukan angka, atau di luar -180..180 / -90..90). Perbaiki atau gambar ulang zona itu.",
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


_GEOMETRY_WORDS = {
    "Point": "titik",
    "MultiPoint": "titik",
    "LineString": "garis",
    "MultiLineString": "garis",
    "GeometryCollection": "kumpulan geometri campuran",
}


_AMOUNT = {
    "amount_empty": "Jumlah belum diisi.",
    "amount_unparseable": "“{text}” tidak terbaca sebagai jumlah Rupiah. Tulis misalnya "
    "2 miliar, 2,5 M, 2.000.000.000 atau 2000 juta.",
    "amount_negative": "Jumlah tidak boleh negatif ({text}).",
    "amount_absurd": "{text} terlalu besar: lebih dari {ceiling} per tahun, di atas anggaran "
    "provinsi mana pun. Periksa satuannya (juta, miliar).",
}
_BUDGET = {
    "negative": "Pagu anggaran tidak boleh negatif. Isi pagu 0 atau lebih, atau matikan pagu.",
    "absurd": "Pagu anggaran {value} melebihi batas {ceiling} per tahun. Periksa satuannya "
    "(juta, miliar).",
}


def describe_amount(exc: BaseException) -> str | None:
    """Indonesian sentence for a problem with an amount (budget, program cost), or None.

    Codes: the :class:`gis.plan.money.MoneyError` codes, ``bad_budget`` (from the
    allocation or a scenario file), ``amount_overflow`` and ``absurd_cost``.
    """
    from gis.plan.money import words_rupiah

    code = getattr(exc, "code", "")
    data = getattr(exc, "data", {}) or {}
    ceiling = words_rupiah(data.get("ceiling") or 0)
    value = data.get("value")
    if value is None:
        value = data.get("budget")
    said = words_rupiah(value) if isinstance(value, int) else str(value or "")
    if code in _AMOUNT:
        return _AMOUNT[code].format(text=data.get("text", ""), ceiling=ceiling)
    if code == "bad_budget":
        path = getattr(exc, "path", None)
        if path is not None:
            reason = {
                "amount_negative": "nilainya negatif.",
                "amount_unparseable": "nilainya bukan angka.",
            }.get(data.get("reason"), f"nilainya melebihi batas {ceiling} per tahun.")
            return (
                f"Pagu anggaran di berkas skenario {path.name} tidak dapat dipakai: {reason} "
                "Berkas tidak diubah; perbaiki nilai budget_cap atau buka salinan lain."
            )
        return _BUDGET.get(data.get("reason"), _BUDGET["negative"]).format(
            value=said, ceiling=ceiling
        )
    if code == "amount_overflow":
        return (
            f"Biaya total melampaui batas hitung ({ceiling}). Periksa besaran di tabel biaya "
            "program: ada angka yang jauh terlalu besar."
        )
    if code == "absurd_cost":
        return (
            f"Biaya per rumah tangga program {data.get('key', '')} melebihi {ceiling} per "
            "tahun. Periksa besaran, satuan dan porsi per anggota di tabel biaya program."
        )
    return None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for ``pyside6-lupdate`` (this module imports no Qt)."""
    return text


def _tr(text: str) -> str:
    """``text`` in the interface language when a Qt application runs (the CLI: as it is)."""
    qt = sys.modules.get("PySide6.QtCore")
    if qt is None or qt.QCoreApplication.instance() is None:
        return text
    return qt.QCoreApplication.translate("messages", text)


#: writing files (gis.io.outputguard): the file by name, what to do, and that nothing was written
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
    amount = describe_amount(exc)
    if amount is not None:
        return amount
    if isinstance(exc, SasaranError):
        code = exc.code
        if code == "no_register_sheet" and exc.layer:
            code = "no_register_sheet_named"
        template = _ERRORS.get(code) or _tr(_OUTPUT_ERRORS.get(code, ""))
        if template:
            values = {
                "path": exc.path.name if exc.path else "",
                "layer": exc.layer or "",
                "row": exc.row or "",
                "detail": str(exc),
                "layers": ", ".join(str(x) for x in exc.data.get("layers", [])),
                "missing": ", ".join(exc.data.get("missing", [])),
                "columns": format_number(exc.data.get("columns", 0)),
                "limit": format_number(exc.data.get("limit", 0)),
                "kinds": ", ".join(
                    _GEOMETRY_WORDS.get(k, k) for k in exc.data.get("geometry_types", [])
                ),
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
    from gis.io.outputguard import output_error

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
    "two_row_header": 'Judul kolom dua baris (baris {first}-{second}) digabung, mis. "{example}".',
    "sheet_chosen": 'Data dibaca dari lembar "{sheet}" (lembar lain: {others}).',
}

#: Boundary features left out or changed at load (codes of VillageTable.problems).
BOUNDARY_PROBLEMS = {
    "code_invalid": "fitur batas tanpa kode desa 10 digit yang valid dilewati",
    "not_polygon": "fitur batas bukan poligon (titik/garis): desanya dimuat tanpa poligon",
    "no_geometry": "fitur batas tanpa geometri: desanya dimuat tanpa poligon",
    "duplicate_merged": "fitur batas dengan kode desa ganda digabung ke fitur pertama",
    "repaired": "poligon desa tidak valid diperbaiki",
    "repair_emptied": "poligon desa rusak tanpa sisa bidang: desanya dimuat tanpa poligon",
    "outline_repaired": "poligon kecamatan/kabupaten tidak valid diperbaiki",
}


def describe_boundaries(villages) -> list[str]:
    """The boundary part of an import report: what was loaded, left out and repaired."""
    lines = [
        f"Batas wilayah {villages.source}: {format_number(len(villages))} desa/kelurahan, "
        f"{format_number(len(villages.kec_codes))} kecamatan, "
        f"{format_number(len(villages.kab_codes))} kabupaten/kota."
    ]
    for code, count in villages.problems.items():
        lines.append(f"{format_number(count)} {BOUNDARY_PROBLEMS.get(code, code)}.")
    return lines


def describe_note(note) -> str:
    """Indonesian wording of a reader note (notes carry a code and values)."""
    template = _NOTES.get(getattr(note, "code", None))
    if template is None:
        return str(note)
    data = dict(getattr(note, "data", {}))
    for key in ("columns", "others"):
        if isinstance(data.get(key), (list, tuple)):
            data[key] = ", ".join(map(str, data[key]))
    try:
        return template.format(**data)
    except (KeyError, IndexError):
        return str(note)
