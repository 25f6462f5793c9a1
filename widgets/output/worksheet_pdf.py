"""A verification worksheet as a printable A4 list (PDF), RAHASIA on every page.

Some verifiers work on paper. The PDF holds the same rows as the XLSX
worksheet (:mod:`gis.io.worksheets`) with empty boxes to fill in by hand;
each page carries the RAHASIA line with UU 27/2022 at the top and the round,
verifier and page number at the bottom. It carries names, so it is written
only together with the worksheets and logged with them by the caller.
Indonesian only: it is an official field document.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from gis.io.outputguard import check_target, writing
from gis.io.worksheets import RAHASIA, WorksheetRows
from widgets.output.sheet_render import FONT_FAMILIES, PDF_RESOLUTION, ensure_app

#: (key, header) of the given columns printed, then the columns filled by hand
PRINTED = (
    ("hh_id", "ID keluarga"),
    ("kk", "No. KK"),
    ("name", "Nama kepala keluarga"),
    ("address", "Alamat"),
    ("village_name", "Desa"),
    ("desil", "Desil"),
    ("reasons", "Alasan dipilih"),
)
BY_HAND = ("Status*", "Desil baru", "Bujur / Lintang GPS", "Tanggal", "Catatan")
LEGEND = "*Status: ditemukan / pindah / meninggal / tidak ditemukan / tidak layak / keluarga baru"


def _text(v) -> str:
    if v is None or (isinstance(v, float) and v != v):
        return ""
    return html.escape(str(v))


NOWRAP = {"hh_id", "kk"}


def worksheet_html(
    rows: WorksheetRows, round_id: str, start: int = 0, stop: int | None = None
) -> str:
    """Rows ``start:stop`` of the list as an HTML table (Qt's rich text subset)."""
    titles = ("No", *(t for _k, t in PRINTED), *BY_HAND)
    head = "".join(f"<th>{html.escape(t)}</th>" for t in titles)
    body = []
    frame = rows.frame.iloc[start:stop]
    for i, rec in enumerate(frame.to_dict("records"), start=start + 1):
        cells = [f"<td>{i}</td>"]
        for k, _t in PRINTED:
            wrap = " nowrap" if k in NOWRAP else ""
            cells.append(f"<td{wrap}>{_text(rec.get(k))}</td>")
        cells += ["<td>&nbsp;</td>"] * len(BY_HAND)
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (
        "<style>th{background:#eeeeee;font-weight:bold} td,th{padding:3px}</style>"
        f"<p><b>Putaran verifikasi {html.escape(round_id)} &mdash; petugas: "
        f"{html.escape(rows.verifier)}</b> ({len(rows.frame)} rumah tangga)</p>"
        "<table border='1' cellspacing='0' width='100%'>"
        f"<tr>{head}</tr>{''.join(body)}</table>"
        f"<p>{html.escape(LEGEND)}</p>"
    )


def _pages(rows: WorksheetRows, round_id: str, font, width: float, body: float):
    """Documents of whole rows that each fit one page (a row is never split),
    and the row range of each."""
    n = len(rows.frame)
    start, out, guess = 0, [], 14
    ranges = []
    while start < n or not out:
        k = min(guess, n - start) if n else 0
        while True:
            doc = QTextDocument()
            doc.setDefaultFont(font)
            doc.setTextWidth(width)
            doc.setHtml(worksheet_html(rows, round_id, start, start + k))
            if doc.size().height() <= body or k <= 1:
                break
            k -= 1
        out.append(doc)
        ranges.append((start, start + k))
        start += max(k, 1)
        guess = max(k, 1) + 6  # the next page may hold shorter rows: try more, then fewer
    return out, ranges


def write_worksheet_pdf(
    path: str | Path, rows: WorksheetRows, *, round_id: str, created: date, overwrite: bool = False
) -> Path:
    """Write one verifier's list to ``path`` (A4 landscape), under a temporary name first."""
    ensure_app()
    path = check_target(path, overwrite)
    tmp = path.with_name(f".{path.stem}.tmp.pdf")
    writer = QPdfWriter(str(tmp))
    writer.setResolution(PDF_RESOLUTION)
    writer.setCreator("Sasaran")
    writer.setTitle(f"RAHASIA - lembar verifikasi {round_id} - {rows.verifier}")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(10, 10, 10, 10),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = None
    try:
        area = writer.pageLayout().paintRectPixels(PDF_RESOLUTION)
        width, height = float(area.width()), float(area.height())
        header, footer = 28.0, 22.0
        body = height - header - footer
        font = QFont(FONT_FAMILIES[0])
        font.setFamilies(FONT_FAMILIES)
        font.setPointSizeF(7.5)
        docs, _ranges = _pages(rows, round_id, font, width, body)
        pages = len(docs)
        painter = QPainter(writer)
        mark = QFont(font)
        mark.setBold(True)
        mark.setPointSizeF(8)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.setFont(mark)
            painter.setPen(Qt.GlobalColor.darkRed)
            painter.drawText(QRectF(0, 0, width, header), Qt.AlignmentFlag.AlignLeft, RAHASIA)
            painter.setPen(Qt.GlobalColor.black)
            painter.drawText(
                QRectF(0, height - footer + 4, width, footer),
                Qt.AlignmentFlag.AlignRight,
                f"{round_id} - {rows.verifier} - dibuat {created:%d-%m-%Y} - "
                f"halaman {page + 1}/{pages}",
            )
            painter.save()
            painter.translate(0, header)
            docs[page].drawContents(painter, QRectF(0, 0, width, body))
            painter.restore()
    except BaseException:
        if painter is not None:
            painter.end()
        tmp.unlink(missing_ok=True)
        raise
    painter.end()
    with writing(path):
        tmp.replace(path)
    return path
