"""The printable worksheet: every row once, whole rows per page, RAHASIA on each page."""

from __future__ import annotations

from datetime import date

from gis.model.round_results import worksheet_rows
from gis.model.verification import Verifier, plan_round, select_households
from widgets.output import worksheet_pdf as wp


def test_every_row_printed_once_on_pages_that_fit(qapp, ws, tmp_path, monkeypatch):
    t = ws.households
    sel = select_households(t, ["eksklusi"])
    rnd = plan_round(t, sel, [Verifier("Ani")], round_id="R1", created=date(2025, 10, 1))
    rows = worksheet_rows(t, rnd)[0]
    rows.frame = rows.frame.iloc[:120]
    seen = {}
    real = wp._pages

    def spy(*args):
        docs, ranges = real(*args)
        seen["ranges"], seen["docs"], seen["body"] = ranges, docs, args[-1]
        return docs, ranges

    monkeypatch.setattr(wp, "_pages", spy)
    out = wp.write_worksheet_pdf(
        tmp_path / "ani.pdf", rows, round_id="R1", created=date(2025, 10, 1)
    )
    ranges = seen["ranges"]
    assert ranges[0][0] == 0 and ranges[-1][1] == 120
    assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:], strict=False))
    assert len(ranges) > 1
    assert all(d.size().height() <= seen["body"] for d in seen["docs"])
    assert out.read_bytes().startswith(b"%PDF")
    # the confidentiality line heads every page; the row text carries the names
    assert "UU No. 27 Tahun 2022" in wp.RAHASIA
    html = wp.worksheet_html(rows, "R1", 0, 3)
    assert str(rows.frame["name"].iat[0]) in html and "<td" in html
