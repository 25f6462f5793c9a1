"""The words gis/ hands to the interface, in the interface's language.

gis/ has no Qt, so its labels (indicator titles, classification methods,
"tidak ada data", paper orientation, series levels) are plain Indonesian
strings. Printed sheets and exported files keep them as they are: they are
official outputs for Indonesian meetings. On screen they pass through
:func:`gis_text`, which looks them up in the "gis" context of the
translation file. The list below exists so ``pyside6-lupdate`` finds them;
a test checks it covers every label gis/ exposes.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "gis"

LABELS = (
    # gis.indicators.INDICATORS: title, unit, definition
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
    # gis.classify.METHODS and NO_DATA_LABEL
    QT_TRANSLATE_NOOP("gis", "Kuantil (jumlah desa sama per kelas)"),
    QT_TRANSLATE_NOOP("gis", "Interval sama"),
    QT_TRANSLATE_NOOP("gis", "Jeda alami (Jenks)"),
    QT_TRANSLATE_NOOP("gis", "Batas manual"),
    QT_TRANSLATE_NOOP("gis", "tidak ada data"),
    # gis.sheet_layout.ORIENTATIONS and SERIES_LEVELS
    QT_TRANSLATE_NOOP("gis", "Lanskap"),
    QT_TRANSLATE_NOOP("gis", "Potret"),
    QT_TRANSLATE_NOOP("gis", "Kecamatan"),
    QT_TRANSLATE_NOOP("gis", "Desa/Kelurahan"),
)


def gis_text(text: str) -> str:
    """``text`` from gis/ as the interface shows it (unchanged when unknown)."""
    return QCoreApplication.translate(CONTEXT, text)
