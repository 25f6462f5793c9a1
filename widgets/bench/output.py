"""Benchmark rows of the outputs: map sheets to PDF and the web map export.

``gis.bench`` may not import Qt, and painting a PDF needs it, so the rows
for issue 5 are measured here and returned in ``gis.bench.table.row`` form for
the benchmark command to print. Times are wall-clock medians; the data
load is not part of any figure (it has its own row in ``gis.bench.register``).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from gis.bench.table import row, timeit
from gis.numbers import format_number


def bench_rows(paths: dict, repeat: int = 3, webmap_paths: dict | None = None) -> list[dict]:
    """Measure the output figures on the benchmark province.

    Parameters
    ----------
    paths
        ``{"villages": ..., "households": ..., "psks": ...}`` as returned by
        :func:`gis.bench.data.ensure_data` (e.g. 1M households, 6,000 villages).
    repeat
        Repetitions of the single-sheet and web-map figures (the series runs once).
    webmap_paths
        Files of the demo province for the web-map rows; ``paths`` when None.

    Returns
    -------
    list of dict
        Rows shaped like ``gis.bench.table.row``.
    """
    from gis.maps.mapdata import load_map_data
    from gis.maps.sheet_layout import SheetSpec, compose, compose_series, series_units
    from gis.maps.webmap import export_webmap
    from widgets.output.sheet_render import ensure_app, render_pdf

    ensure_app()
    out = []
    data = load_map_data(paths["villages"], paths["households"], paths.get("psks"))
    n = len(data.households)
    work = Path(tempfile.mkdtemp(prefix="sasaran-bench-output-"))

    def a3(show_households: bool):
        def run():
            layout = compose(SheetSpec(paper="A3", show_households=show_households), data)
            render_pdf(layout, work / "a3.pdf", overwrite=True)

        return run

    a3(False)()  # first call projects and caches the outlines, as a loaded app has
    out.append(
        row(
            f"lembar A3 ke PDF, {format_number(n)} RT (agregat desa)",
            timeit(a3(False), repeat) / 1000,
            target=3,
            unit="s",
            note="susun + lukis; proyeksi batas sudah di-cache",
        )
    )
    a3(True)()
    out.append(
        row(
            f"lembar A3 ke PDF, {format_number(n)} RT dengan titik RT (raster)",
            timeit(a3(True), repeat) / 1000,
            target=3,
            unit="s",
            note="titik rumah tangga hanya bila diminta",
        )
    )
    units = series_units(data, "kecamatan")[:47]
    codes = [str(data.villages.kec_codes[u.index]) for u in units]

    def series():
        render_pdf(
            compose_series(SheetSpec(), data, "kecamatan", units=codes),
            work / "seri.pdf",
            overwrite=True,
        )

    out.append(
        row(
            f"seri {len(codes)} lembar kecamatan ke satu PDF",
            timeit(series, 1) / 1000,
            target=60,
            unit="s",
        )
    )
    web = (
        data
        if webmap_paths is None
        else load_map_data(
            webmap_paths["villages"], webmap_paths["households"], webmap_paths.get("psks")
        )
    )
    target = work / "peta.html"

    def webmap():
        export_webmap(web, target, overwrite=True)

    out.append(
        row(
            f"ekspor peta web mandiri, {format_number(len(web.villages))} desa",
            timeit(webmap, repeat) / 1000,
            target=3,
            unit="s",
        )
    )
    out.append(row("ukuran berkas peta web", target.stat().st_size / 1e6, target=5, unit="MB"))
    for f in work.iterdir():
        f.unlink()
    work.rmdir()
    return out


def rows(ctx) -> list[dict]:
    """The registry's entry point: the sheets on the generated province, the web
    map on the demo-size one (the issue sets its figures there)."""
    return bench_rows(ctx.paths, repeat=max(1, min(ctx.repeat, 3)), webmap_paths=ctx.demo_paths)
