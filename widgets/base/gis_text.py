"""The words gis/ hands to the interface, in the interface's language.

gis/ has no Qt, so its labels (indicator titles, classification methods,
"tidak ada data", paper orientation, series levels, the comparison summary) are plain Indonesian
strings. Printed sheets and exported files keep them as they are: they are
official outputs for Indonesian meetings. On screen they pass through
:func:`gis_text`, which looks them up in the "gis" context of the
translation file. The list below exists so ``pyside6-lupdate`` finds them;
a test checks it covers every label gis/ exposes.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

CONTEXT = "gis"

LABELS = (
    # gis.model.indicators.INDICATORS: title, unit, definition
    QT_TRANSLATE_NOOP("gis", "Rumah tangga desil 1-4"),
    QT_TRANSLATE_NOOP("gis", "RT"),
    QT_TRANSLATE_NOOP("gis", "Jumlah rumah tangga desil 1-4 per desa"),
    QT_TRANSLATE_NOOP("gis", "Desil 1-2 tanpa bantuan"),
    QT_TRANSLATE_NOOP("gis", "%"),
    QT_TRANSLATE_NOOP(
        "gis", "Persentase rumah tangga desil 1-2 yang tidak menerima program apa pun"
    ),
    QT_TRANSLATE_NOOP("gis", "PPKS per 1.000 RT"),
    QT_TRANSLATE_NOOP("gis", "per 1.000 RT"),
    QT_TRANSLATE_NOOP("gis", "Rumah tangga dengan sedikitnya satu PPKS per 1.000 rumah tangga"),
    QT_TRANSLATE_NOOP("gis", "PSKS per 1.000 RT desil 1-4"),
    QT_TRANSLATE_NOOP("gis", "Jumlah PSKS (12 jenis) per 1.000 rumah tangga desil 1-4"),
    QT_TRANSLATE_NOOP("gis", "Kemajuan verifikasi"),
    QT_TRANSLATE_NOOP(
        "gis", "Persentase rumah tangga putaran verifikasi terakhir yang sudah diverifikasi"
    ),
    QT_TRANSLATE_NOOP("gis", "Umur data"),
    QT_TRANSLATE_NOOP("gis", "bulan"),
    QT_TRANSLATE_NOOP(
        "gis", "Rata-rata bulan sejak verifikasi terakhir, atau sejak tanggal data register"
    ),
    QT_TRANSLATE_NOOP("gis", "Temuan kesalahan data"),
    QT_TRANSLATE_NOOP(
        "gis", "Persentase rumah tangga terverifikasi yang tidak ditemukan atau tidak layak"
    ),
    # gis.maps.classify.METHODS and NO_DATA_LABEL
    QT_TRANSLATE_NOOP("gis", "Kuantil (jumlah desa sama per kelas)"),
    QT_TRANSLATE_NOOP("gis", "Interval sama"),
    QT_TRANSLATE_NOOP("gis", "Jeda alami (Jenks)"),
    QT_TRANSLATE_NOOP("gis", "Batas manual"),
    QT_TRANSLATE_NOOP("gis", "tidak ada data"),
    # gis.maps.sheet_layout.ORIENTATIONS and SERIES_LEVELS
    QT_TRANSLATE_NOOP("gis", "Lanskap"),
    QT_TRANSLATE_NOOP("gis", "Potret"),
    QT_TRANSLATE_NOOP("gis", "Kecamatan"),
    QT_TRANSLATE_NOOP("gis", "Desa/Kelurahan"),
    # gis.plan.budget_export.summary_sheet (the comparison summary)
    QT_TRANSLATE_NOOP("gis", "Indikator"),
    QT_TRANSLATE_NOOP("gis", "Filter rumah tangga"),
    QT_TRANSLATE_NOOP("gis", "Rumah tangga terjangkau"),
    QT_TRANSLATE_NOOP("gis", "desil {0}"),
    QT_TRANSLATE_NOOP("gis", "tanpa desil"),
    QT_TRANSLATE_NOOP("gis", "Jiwa terjangkau"),
    QT_TRANSLATE_NOOP("gis", "Biaya per tahun"),
    QT_TRANSLATE_NOOP("gis", "Pagu anggaran per tahun"),
    QT_TRANSLATE_NOOP("gis", "tanpa pagu"),
    QT_TRANSLATE_NOOP("gis", "Komitmen total (program multi-tahun)"),
    QT_TRANSLATE_NOOP("gis", "Rumah tangga layak"),
    QT_TRANSLATE_NOOP("gis", "Rumah tangga terpotong pagu"),
    QT_TRANSLATE_NOOP("gis", "Biaya per RT desil 1-2 terjangkau"),
    QT_TRANSLATE_NOOP("gis", "RT desil 1-2 belum menerima bantuan (seluruh data)"),
    QT_TRANSLATE_NOOP("gis", "di antaranya terjangkau"),
    QT_TRANSLATE_NOOP("gis", "cakupan (%)"),
    QT_TRANSLATE_NOOP("gis", "RT desil 7-10 terjangkau (inklusi)"),
    QT_TRANSLATE_NOOP("gis", "bagian dari RT terjangkau (%)"),
    QT_TRANSLATE_NOOP("gis", "PSKS di dalam zona"),
    QT_TRANSLATE_NOOP("gis", "PSKS per 1.000 RT terjangkau"),
    QT_TRANSLATE_NOOP("gis", "Jumlah zona"),
    QT_TRANSLATE_NOOP("gis", "Desa terjangkau"),
    QT_TRANSLATE_NOOP("gis", "RT tanpa jumlah anggota"),
    # gis.model.unknowns: what a register did not say
    QT_TRANSLATE_NOOP("gis", "tidak diketahui"),
    QT_TRANSLATE_NOOP("gis", "{n} RT tanpa jumlah anggota"),
    QT_TRANSLATE_NOOP(
        "gis", "{n} RT tanpa jumlah anggota: biaya per orang dihitung {m} jiwa per RT"
    ),
    QT_TRANSLATE_NOOP("gis", "penerimaan {name} tidak diketahui (tidak ada di berkas)"),
    QT_TRANSLATE_NOOP(
        "gis", "{n} RT terjangkau {name}: penerimaan {name} tidak diketahui, dianggap belum"
    ),
    # gis.model.placement: how households are located (step 1 and the import report)
    QT_TRANSLATE_NOOP("gis", "berkoordinat sendiri"),
    QT_TRANSLATE_NOOP("gis", "ditempatkan menurut aturan di desanya (tanpa koordinat sendiri)"),
    QT_TRANSLATE_NOOP(
        "gis", "tidak dapat ditempatkan (tanpa koordinat, kode/nama desa tidak dikenal)"
    ),
)

_DESIL = re.compile(r"desil (\d+)")


def gis_text(text: str) -> str:
    """``text`` from gis/ as the interface shows it (unchanged when unknown).

    Leading spaces (the indent of a sub-row in a table) are kept, and
    "desil 3" is read as the pattern "desil {0}".
    """
    stripped = text.lstrip(" ")
    indent = text[: len(text) - len(stripped)]
    desil = _DESIL.fullmatch(stripped)
    if desil:
        return indent + QCoreApplication.translate(CONTEXT, "desil {0}").format(desil.group(1))
    return indent + QCoreApplication.translate(CONTEXT, stripped)


def gis_lang() -> str:
    """The interface language for gis/ functions that word things themselves.

    ``"en"`` when the application runs in English (:mod:`desktop.i18n` sets
    the default locale with the language), else ``"id"``. Sentences built
    from data (the filter in words, an indicator's title under a filter,
    see :mod:`gis.model.filter_text`) cannot be looked up in a translation file,
    so gis/ writes them in this language directly.
    """
    return "en" if QLocale().language() == QLocale.Language.English else "id"
