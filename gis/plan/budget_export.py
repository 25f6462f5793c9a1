"""Budget and comparison tables for the finance side: formatted XLSX and CSV.

The finance office works in spreadsheets, so the comparison leaves Sasaran
as a workbook that is ready to print and to paste into a budget proposal:
styled and frozen headers, Rupiah number formats, sensible column widths,
one sheet per table, and a sheet that says where every figure comes from
(program table year and sources, data snapshot) with the privacy line.
Everything exported here is aggregate (scenario, program, zone or village
level); no household rows, names or NIK ever reach these files.

Tables are first built as plain :class:`Sheet` objects (labels, kinds,
rows), which tests and the panels can read without opening a file; the
writers only format them. Existing files are never overwritten unless the
caller asks.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from gis.io.atomicfile import atomic_save, atomic_write_text
from gis.io.cells import clean_text, csv_cell, xlsx_cell
from gis.io.outputguard import check_targets
from gis.model.unknowns import PERSONS_UNKNOWN, RECEIPT_UNKNOWN, assumed_size_text
from gis.model.zone_tally import ZoneCounts, split_note, total_line
from gis.numbers import format_number
from gis.plan.allocation import N_DESIL

PRIVACY_LINE = "Data agregat; tidak memuat data pribadi"
ESTIMATION_NOTE = (
    "Jumlah komponen PKH dan siswa PIP per rumah tangga tidak tercatat di register: "
    "diperkirakan = porsi per anggota (kolom per_member tabel biaya) x jumlah anggota, "
    "paling banyak max_units komponen. Biaya adalah perkiraan, bukan pembayaran per "
    "rumah tangga."
)

#: cell kinds and their Excel number formats
NUMBER_FORMATS = {
    "int": "#,##0",
    "rupiah": '"Rp" #,##0',
    "float": "#,##0.00",
    "percent": "0.0%",
}
KINDS = ("text", *NUMBER_FORMATS)


@dataclass
class Sheet:
    """One table: a name, column labels with kinds, and rows of plain values.

    Attributes
    ----------
    name
        Sheet name (at most 31 characters, Excel's limit).
    columns
        ``(label, kind)`` per column; kind is one of :data:`KINDS`.
    rows
        Lists of values (str, int, float or None).
    row_kinds
        Optional kind per row, overriding the column kind of numeric
        columns (the summary sheet has one indicator per row).
    slug
        Short name used for the CSV file of this sheet.
    """

    name: str
    columns: list[tuple[str, str]]
    rows: list[list]
    row_kinds: list[str] | None = None
    slug: str = ""

    def kind(self, r: int, c: int) -> str:
        col_kind = self.columns[c][1]
        if self.row_kinds is not None and col_kind != "text":
            return self.row_kinds[r]
        return col_kind


# --- building the tables -------------------------------------------------------------


def summary_sheet(names, ms) -> Sheet:
    """The summary indicators, one column per scenario (``ms``: their metrics)."""
    rows: list[list] = []
    kinds: list[str] = []

    def add(label, kind, values):
        rows.append([label, *values])
        kinds.append(kind)

    add("Rumah tangga terjangkau", "int", [m.households for m in ms])
    for d in range(1, N_DESIL):
        add(f"  desil {d}", "int", [m.households_by_desil[d] for m in ms])
    add("  tanpa desil", "int", [m.households_by_desil[0] for m in ms])
    add("Jiwa terjangkau", "int", [_persons(m.persons, m.households, m.unknown_size) for m in ms])
    if any(m.unknown_size for m in ms):
        add("  RT tanpa jumlah anggota", "int", [m.unknown_size for m in ms])
    add("Biaya per tahun", "rupiah", [m.cost for m in ms])
    add(
        "Pagu anggaran per tahun",
        "rupiah",
        [m.budget_cap if m.budget_cap is not None else "tanpa pagu" for m in ms],
    )
    add("Komitmen total (program multi-tahun)", "rupiah", [m.commitment for m in ms])
    add("Rumah tangga layak", "int", [m.eligible for m in ms])
    add("Rumah tangga terpotong pagu", "int", [m.cut for m in ms])
    add("Biaya per RT desil 1-2 terjangkau", "rupiah", [_round(m.cost_per_d12) for m in ms])
    add(
        "RT desil 1-2 belum menerima bantuan (seluruh data)",
        "int",
        [m.d12_nothing_total for m in ms],
    )
    add("  di antaranya terjangkau", "int", [m.d12_nothing_reached for m in ms])
    add("  cakupan (%)", "percent", [m.d12_nothing_coverage for m in ms])
    add("RT desil 7-10 terjangkau (inklusi)", "int", [m.inclusion_d710 for m in ms])
    add("  bagian dari RT terjangkau (%)", "percent", [m.inclusion_share for m in ms])
    add("PSKS di dalam zona", "int", [m.psks_in_zones for m in ms])
    add(
        "PSKS per 1.000 RT terjangkau",
        "float",
        [None if m.psks_per_household is None else m.psks_per_household * 1000 for m in ms],
    )
    add("Jumlah zona", "int", [m.zones for m in ms])
    add("Desa terjangkau", "int", [m.villages_covered for m in ms])
    # every figure above counts only the households of the scenario's filter
    add("Filter rumah tangga", "text", [m.filter_text or "-" for m in ms])
    return Sheet(
        name="Ringkasan",
        columns=[("Indikator", "text"), *[(n, "int") for n in names]],
        rows=rows,
        row_kinds=kinds,
        slug="ringkasan",
    )


def comparison_sheets(comparison) -> list[Sheet]:
    """The comparison as sheets: summary, budget per program, per zone, per village."""
    names = comparison.names
    summary = summary_sheet(names, comparison.metrics)

    budget_rows = []
    zone_rows = []
    for sc, alloc in zip(comparison.scenarios, comparison.allocations):
        budget_rows.extend(_budget_rows(sc, alloc))
        zone_rows.extend(_zone_rows(sc, alloc))
    budget = Sheet(
        name="Anggaran per program",
        columns=_BUDGET_COLUMNS,
        rows=budget_rows,
        slug="anggaran",
    )
    zones = Sheet(name="Per zona", columns=_ZONE_COLUMNS, rows=zone_rows, slug="zona")

    vd = comparison.villages
    cols = [("Kode desa", "text"), ("Desa/kelurahan", "text"), ("Kecamatan", "text")]
    cols += [(f"RT terjangkau {n}", "int") for n in names]
    cols += [(f"Selisih {n} - {names[0]}", "int") for n in names[1:]]
    cols += [(f"Biaya {n}", "rupiah") for n in names]
    vrows = []
    for r in vd.rows(changed_only=True):
        vrows.append(
            [r["code"], r["name"], r["kecamatan"], *r["reached"], *r["delta"][1:], *r["cost"]]
        )
    villages = Sheet(name="Selisih per desa", columns=cols, rows=vrows, slug="selisih_desa")
    return [summary, budget, zones, villages]


_BUDGET_COLUMNS = [
    ("Skenario", "text"),
    ("Program", "text"),
    ("Nama program", "text"),
    ("RT layak", "int"),
    ("RT terjangkau", "int"),
    ("Jiwa", "int"),
    ("Biaya per tahun", "rupiah"),
    ("Komitmen total", "rupiah"),
]
_ZONE_COLUMNS = [
    ("Skenario", "text"),
    ("Zona", "text"),
    ("Program", "text"),
    ("RT berkoordinat sendiri", "int"),
    ("RT letak perkiraan", "int"),
    ("RT di zona", "int"),
    ("dihitung di zona lain", "int"),
    ("RT layak", "int"),
    ("RT terjangkau", "int"),
    ("Jiwa terjangkau", "int"),
    ("Biaya per tahun", "rupiah"),
    ("Catatan", "text"),
]


def _budget_rows(scenario, alloc) -> list[list]:
    s = alloc.summary
    rows = []
    for key, p in s["by_program"].items():
        name = scenario.programs.get(key).name if key in scenario.programs else key
        rows.append(
            [
                scenario.name,
                key,
                name,
                p["eligible"],
                p["households"],
                _persons(p["persons"], p["households"], p.get("unknown_size", 0)),
                p["cost"],
                p["commitment"],
            ]
        )
    rows.append(
        [
            scenario.name,
            "JUMLAH",
            "Semua program (RT dihitung sekali)",
            s["households_eligible"],
            s["households_reached"],
            _persons(
                s["persons_reached"], s["households_reached"], s.get("reached_unknown_size", 0)
            ),
            s["cost"],
            s["commitment"],
        ]
    )
    return rows


def _zone_rows(scenario, alloc) -> list[list]:
    """One row per zone, then the total rows whose arithmetic the sheet shows.

    A household inside two zones is in both zone rows; the total rows say
    so: sum of the zone rows − counted more than once = distinct households.
    """
    s = alloc.summary
    counts = ZoneCounts.from_summary(s)
    rows = []
    for z, c in zip(s["by_zone"], counts.zones):
        progs = ", ".join(k for k in scenario.zone_programs.get(z["zone_id"], ()))
        rows.append(
            [
                scenario.name,
                z["name"],
                progs,
                c.own,
                c.approximate,
                c.total,
                c.shared,
                z["eligible"],
                z["reached"],
                z["persons_reached"],
                z["cost"],
                split_note(c),
            ]
        )
    if not counts.zones:
        return rows
    if counts.counted_again:
        own_sum = sum(c.own for c in counts.zones)
        approx_sum = sum(c.approximate for c in counts.zones)
        rows.append(
            [scenario.name, "Jumlah baris zona", "", own_sum, approx_sum, counts.zone_sum]
            + [None] * 5
            + ["rumah tangga di beberapa zona terhitung di setiap zona itu"]
        )
        rows.append(
            [
                scenario.name,
                "− dihitung lebih dari sekali",
                "",
                own_sum - counts.distinct_own,
                approx_sum - counts.distinct_approximate,
                counts.counted_again,
            ]
            + [None] * 5
            + [f"{format_number(counts.in_several)} RT berada di lebih dari satu zona"]
        )
    rows.append(
        [
            scenario.name,
            "JUMLAH RT berbeda",
            "",
            counts.distinct_own,
            counts.distinct_approximate,
            counts.distinct,
            counts.in_several,
            s["households_eligible"],
            s["households_reached"],
            s["persons_reached"],
            s["cost"],
            total_line(counts),
        ]
    )
    return rows


def scenario_budget_sheets(scenario, alloc) -> list[Sheet]:
    """The budget table of one scenario: per program, per zone and per desil."""
    s = alloc.summary
    desil_rows = []
    for d in list(range(1, N_DESIL)) + [0]:
        b = s["by_desil"][str(d)]
        desil_rows.append(
            [
                f"desil {d}" if d else "tanpa desil",
                b["eligible"],
                b["reached"],
                b["cut"],
                _persons(b["persons"], b["reached"], b.get("unknown_size", 0)),
                b["cost"],
            ]
        )
    return [
        Sheet(
            "Anggaran per program", _BUDGET_COLUMNS, _budget_rows(scenario, alloc), slug="anggaran"
        ),
        Sheet("Per zona", _ZONE_COLUMNS, _zone_rows(scenario, alloc), slug="zona"),
        Sheet(
            "Per desil",
            [
                ("Desil", "text"),
                ("RT layak", "int"),
                ("RT terjangkau", "int"),
                ("RT terpotong pagu", "int"),
                ("Jiwa terjangkau", "int"),
                ("Biaya per tahun", "rupiah"),
            ],
            desil_rows,
            slug="desil",
        ),
    ]


def program_table_sheet(scenarios: Sequence) -> Sheet:
    """Every cost line of the program tables used, with year and source."""
    rows = []
    seen = set()
    for sc in scenarios:
        t = sc.programs
        ident = repr(t.to_dict())
        if ident in seen:
            continue
        seen.add(ident)
        label = t.title or "Tabel biaya program"
        used_by = ", ".join(x.name for x in scenarios if x.programs == t)
        for r in t.sources():
            rows.append(
                [
                    label,
                    t.year,
                    used_by,
                    r["key"],
                    r["name"],
                    r["component"],
                    _UNIT_LABELS.get(r["unit"], r["unit"]),
                    _PERIOD_LABELS.get(r["period"], r["period"]),
                    r["amount"],
                    r["valid_from"],
                    r["per_member"],
                    r["max_units"],
                    r["years"],
                    "ya" if r["user_defined"] else "",
                    r["source"],
                    r["note"],
                ]
            )
    return Sheet(
        name="Tabel biaya program",
        columns=[
            ("Tabel", "text"),
            ("Tahun tabel", "text"),
            ("Dipakai skenario", "text"),
            ("Kunci", "text"),
            ("Program", "text"),
            ("Komponen", "text"),
            ("Satuan", "text"),
            ("Periode", "text"),
            ("Besaran", "rupiah"),
            ("Berlaku sejak", "text"),
            ("Porsi per anggota (perkiraan)", "float"),
            ("Maks. komponen", "int"),
            ("Lama (tahun)", "int"),
            ("Program daerah", "text"),
            ("Sumber", "text"),
            ("Catatan", "text"),
        ],
        rows=rows,
        slug="tabel_biaya",
    )


_UNIT_LABELS = {
    "per_household": "per keluarga",
    "per_person": "per jiwa",
    "per_component": "per komponen",
    "per_pupil": "per siswa",
}
_PERIOD_LABELS = {"month": "per bulan", "year": "per tahun"}


def metadata_rows(
    scenarios: Sequence,
    data=None,
    title: str = "Perbandingan skenario",
    summaries=None,
    filters: Sequence[str] | None = None,
) -> list[tuple[str, str]]:
    """Key/value lines of the sources sheet: what, when, from which data and tables.

    ``filters``: each scenario's filter in words (worded here, without admin
    unit names, when None).
    """
    from gis.model.filter_text import describe_filter

    rows: list[tuple[str, str]] = [
        ("Judul", title),
        ("Dibuat", _dt.datetime.now().strftime("%Y-%m-%d %H:%M")),
        ("Aplikasi", "Sasaran"),
        ("Skenario", "; ".join(s.name for s in scenarios)),
    ]
    ref = data or next((s.data for s in scenarios if s.data is not None), None)
    if ref is not None:
        rows += [
            ("Data rumah tangga", ref.households_file or "-"),
            ("Sumber register", ref.source or "-"),
            ("Tanggal data (snapshot)", ref.snapshot or "-"),
            ("Jumlah rumah tangga", f"{ref.households:,}".replace(",", ".")),
            ("Batas wilayah", ref.villages_file or "-"),
            ("Sidik jari data", ref.fingerprint),
        ]
    for i, sc in enumerate(scenarios):
        text = filters[i] if filters is not None else describe_filter(sc.filter)
        rows.append((f"Filter ({sc.name})", text))
    for sc in scenarios:
        t = sc.programs
        rows.append(
            (
                f"Tabel biaya program ({sc.name})",
                f"{t.title or 'Tabel biaya program'}, tahun {t.year if t.year else '-'}",
            )
        )
    sources = []
    for sc in scenarios:
        for r in sc.programs.sources():
            if r["source"] and r["source"] not in sources:
                sources.append(r["source"])
    rows.append(("Sumber besaran biaya", "; ".join(sources) or "-"))
    rows.append(("Aturan perkiraan", ESTIMATION_NOTE))
    rows += unknown_rows(scenarios, summaries)
    rows.append(
        (
            "Aturan alokasi",
            "Satu rumah tangga dibayar sekali per program walau berada di beberapa zona; "
            "bila pagu terlampaui, rumah tangga diurutkan menurut aturan prioritas skenario.",
        )
    )
    rows.append(("Privasi", PRIVACY_LINE))
    return rows


# --- writers ---------------------------------------------------------------------------


def _persons(persons: int, households: int, unknown_size: int):
    """Persons for a cell: the known sum, or "–" when no household counted has a size."""
    if households and unknown_size >= households:
        return PERSONS_UNKNOWN
    return persons


def unknown_rows(scenarios: Sequence, summaries: Sequence | None = None) -> list[tuple[str, str]]:
    """Source-sheet lines on what the register did not say, per evaluated scenario.

    The size assumed for per-person costs (one wording, :mod:`gis.model.unknowns`)
    and the households reached whose receipt of a program is unknown.
    ``summaries`` are the allocation summaries (default: each scenario's results).
    """
    rows = []
    if summaries is None:
        summaries = [getattr(sc, "results", None) for sc in scenarios]
    for sc, res in zip(scenarios, summaries):
        res = res or {}
        n = int(res.get("reached_unknown_size", 0) or 0)
        if n:
            text = assumed_size_text(n, sc.programs.unknown_members)
            rows.append((f"Jumlah anggota tidak diketahui ({sc.name})", text))
        for key, p in res.get("by_program", {}).items():
            if p.get("receipt_unknown"):
                name = sc.programs.get(key).name if key in sc.programs else key
                rows.append(
                    (
                        f"Penerimaan tidak diketahui ({sc.name})",
                        RECEIPT_UNKNOWN.format(n=format_number(p["receipt_unknown"]), name=name),
                    )
                )
    return rows


def _round(x):
    return None if x is None else round(float(x))


def _check_targets(paths: Sequence[Path], overwrite: bool) -> None:
    # folder there and writable, no file replaced unasked: all checked before any write
    check_targets(paths, overwrite)


def write_xlsx(
    sheets: Sequence[Sheet],
    path: str | Path,
    *,
    metadata: Sequence[tuple[str, str]] = (),
    overwrite: bool = False,
) -> Path:
    """Write the sheets (and a "Sumber" metadata sheet) to a formatted workbook.

    Headers are bold on a dark fill, frozen, with widths fitted to the
    content; money cells carry a Rupiah format, counts a thousands format,
    shares a percent format. Written atomically; an existing file raises
    ``FileExistsError`` unless ``overwrite``.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    path = Path(path)
    _check_targets([path], overwrite)
    wb = Workbook()
    wb.remove(wb.active)
    head_font = Font(bold=True, color="FFFFFF")
    head_fill = PatternFill("solid", fgColor="1F4E78")
    thin = Side(style="thin", color="A6A6A6")
    border = Border(bottom=thin)
    for sheet in sheets:
        ws = wb.create_sheet(_sheet_name(sheet.name))
        widths = [len(label) for label, _ in sheet.columns]
        for c, (label, _) in enumerate(sheet.columns, start=1):
            cell = xlsx_cell(ws, 1, c, label)
            cell.font = head_font
            cell.fill = head_fill
            cell.border = border
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for r, row in enumerate(sheet.rows):
            for c, value in enumerate(row):
                cell = xlsx_cell(ws, r + 2, c + 1, value)
                kind = sheet.kind(r, c)
                if kind in NUMBER_FORMATS and isinstance(value, int | float):
                    cell.number_format = NUMBER_FORMATS[kind]
                    shown = (
                        len(f"{value:,.0f}")
                        + (3 if kind == "rupiah" else 0)
                        + (2 if kind in ("float", "percent") else 0)
                    )
                else:
                    shown = len(str(value)) if value is not None else 0
                widths[c] = max(widths[c], shown)
        for c, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(c)].width = min(max(w + 2, 8), 60)
        ws.row_dimensions[1].height = 30
        # summary sheets keep their indicator column in view too
        ws.freeze_panes = "B2" if sheet.row_kinds is not None else "A2"
        if sheet.rows:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(sheet.columns))}{len(sheet.rows) + 1}"
    if metadata:
        ws = wb.create_sheet("Sumber")
        for c, label in enumerate(("Keterangan", "Nilai"), start=1):
            cell = ws.cell(row=1, column=c, value=label)
            cell.font = head_font
            cell.fill = head_fill
        for r, (k, v) in enumerate(metadata, start=2):
            xlsx_cell(ws, r, 1, k).font = Font(bold=True)
            cell = xlsx_cell(ws, r, 2, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions["A"].width = max(len(k) for k, _ in metadata) + 2
        ws.column_dimensions["B"].width = 90
        ws.freeze_panes = "A2"
    wb.properties.title = clean_text(next((v for k, v in metadata if k == "Judul"), "Sasaran"))
    wb.properties.creator = "Sasaran"
    wb.properties.description = PRIVACY_LINE
    return atomic_save(path, wb.save)


def _sheet_name(name: str) -> str:
    return re.sub(r"[\[\]:*?/\\]", "-", name)[:31]


def csv_paths(sheets: Sequence[Sheet], path: str | Path) -> list[Path]:
    """Where :func:`write_csv` puts each sheet: the first at ``path``, others beside it."""
    path = Path(path)
    out = [path]
    for s in sheets[1:]:
        out.append(path.with_name(f"{path.stem}-{s.slug or _slug(s.name)}{path.suffix or '.csv'}"))
    return out


def _slug(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", text.lower()).strip("_")


def sheet_to_csv_text(sheet: Sheet, sep: str = ",") -> str:
    """One sheet as CSV text: plain numbers, percents as 0-100 with two decimals."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\n")
    w.writerow([csv_cell(label) for label, _ in sheet.columns])
    for r, row in enumerate(sheet.rows):
        out = []
        for c, v in enumerate(row):
            kind = sheet.kind(r, c)
            if v is None:
                out.append("")
            elif kind == "percent" and isinstance(v, int | float):
                out.append(f"{v * 100:.2f}")
            elif kind == "float" and isinstance(v, float):
                out.append(f"{v:.2f}")
            elif kind == "rupiah" and isinstance(v, float):
                out.append(str(round(v)))
            else:
                out.append(csv_cell(v))
        w.writerow(out)
    return buf.getvalue()


def write_csv(
    sheets: Sequence[Sheet], path: str | Path, *, overwrite: bool = False, sep: str = ","
) -> list[Path]:
    """Write each sheet as a UTF-8 CSV (with BOM, so Excel reads the accents).

    The first sheet goes to ``path``, the others to ``<stem>-<sheet>.csv``
    beside it (see :func:`csv_paths`). If any target exists and
    ``overwrite`` is False, nothing is written and ``FileExistsError`` is
    raised. Use ``sep=";"`` for spreadsheets set to the Indonesian locale.
    """
    paths = csv_paths(sheets, path)
    _check_targets(paths, overwrite)
    for sheet, p in zip(sheets, paths):
        atomic_write_text(p, sheet_to_csv_text(sheet, sep), encoding="utf-8-sig")
    return paths


def export_comparison(
    comparison,
    *,
    xlsx: str | Path | None = None,
    csv_path: str | Path | None = None,
    data=None,
    overwrite: bool = False,
) -> list[Path]:
    """Write a comparison to XLSX and/or CSV; returns the files written."""
    sheets = comparison_sheets(comparison)
    targets = [Path(xlsx)] if xlsx is not None else []
    if csv_path is not None:
        targets += csv_paths(sheets, csv_path)
    _check_targets(targets, overwrite)  # all or nothing: no half-written export
    written: list[Path] = []
    if xlsx is not None:
        meta = metadata_rows(
            comparison.scenarios,
            data,
            summaries=[a.summary for a in comparison.allocations],
            filters=[m.filter_text for m in comparison.metrics],
        )
        written.append(
            write_xlsx(
                [*sheets, program_table_sheet(comparison.scenarios)],
                xlsx,
                metadata=meta,
                overwrite=overwrite,
            )
        )
    if csv_path is not None:
        written.extend(write_csv(sheets, csv_path, overwrite=overwrite))
    return written
