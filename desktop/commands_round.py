"""``sasaran round worksheets``, ``sasaran round import`` and ``sasaran diff``, without a window.

Worksheets are the one output that carries names and addresses: the
command says so, writes them only into a folder the user names, and logs
every workbook (who, when, which villages, how many people) in the
personal-data export log before it reports success. Importing prints a
summary and applies nothing unless ``--apply --out`` is given; the new
register state never replaces the source file and carries no personal data
unless ``--with-personal-data`` is given (then logged as well).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from gis.errors import SasaranError
from gis.numbers import format_number

#: problem codes of gis.model.round_results in the planner's words
PROBLEM_WORDS = {
    "unknown_id": "ID keluarga/KK tidak ada di register",
    "bad_status": "status tidak ada dalam daftar",
    "bad_date": "tanggal tidak mungkin (kosong, sebelum putaran dibuat, atau di masa depan)",
    "bad_desil": "desil hasil verifikasi bukan angka bulat 1-10",
    "bad_coords": "koordinat GPS di luar Indonesia atau hanya salah satu diisi",
    "protected_changed": "kolom yang dikunci (ID, KK, nama, alamat, kode desa) diketik ulang",
    "duplicate_in_sheet": "keluarga yang sama dua kali di satu lembar",
    "duplicate_across": "keluarga yang sama dilaporkan oleh dua petugas",
    "other_round": "lembar dari putaran lain",
    "missing_columns": "kolom lembar hilang",
}
UNMATCHED_WORDS = {
    "duplicate_key": "nomor KK/NIK/ID dipakai beberapa keluarga",
    "no_key": "tanpa KK, NIK maupun ID yang utuh",
    "absent": "tidak ada di register lainnya",
}


def register(sub) -> None:
    """Add ``round`` (worksheets, import) and ``diff`` to the ``sasaran`` parser."""
    r = sub.add_parser("round", help="putaran verifikasi lapangan (verivali)")
    rs = r.add_subparsers(dest="round_command", required=True)

    w = rs.add_parser(
        "worksheets",
        help="tulis lembar verifikasi per petugas (BERISI DATA PRIBADI, dicatat di log)",
    )
    w.set_defaults(func=cmd_worksheets)
    _register_inputs(w)
    w.add_argument("--psks", type=Path, help="berkas PSKS: PSM dan TKSK menjadi petugas")
    w.add_argument("--verifiers", type=Path, help="daftar petugas: satu nama per baris (teks)")
    w.add_argument(
        "--select",
        default="eksklusi,inklusi",
        help="kriteria, dipisah koma: eksklusi, inklusi, id_rusak, tanpa_koordinat, "
        "belum_diverifikasi (bawaan: eksklusi,inklusi)",
    )
    w.add_argument("--months", type=int, default=12, help="belum diverifikasi sejak N bulan")
    w.add_argument(
        "--villages-in", help="kode desa, kecamatan atau kabupaten, dipisah koma (bawaan: semua)"
    )
    w.add_argument("--round", dest="round_id", help="nama putaran (bawaan: VV-tanggal hari ini)")
    w.add_argument("--out", required=True, type=Path, help="folder tujuan lembar kerja")
    w.add_argument("--pdf", action="store_true", help="juga daftar cetak A4 (PDF) per petugas")
    w.add_argument("--log", type=Path, help="log ekspor data pribadi (bawaan: log pengguna)")
    w.add_argument("--overwrite", action="store_true", help="timpa lembar yang sudah ada")
    w.add_argument("--json", action="store_true")

    i = rs.add_parser("import", help="baca lembar verifikasi yang sudah diisi")
    i.set_defaults(func=cmd_import)
    i.add_argument("files", nargs="+", type=Path)
    _register_inputs(i)
    i.add_argument("--round", dest="round_id", help="tolak lembar dari putaran lain")
    i.add_argument("--apply", action="store_true", help="terapkan hasil (butuh --out)")
    i.add_argument("--out", type=Path, help="register baru (.gpkg atau .parquet)")
    i.add_argument(
        "--with-personal-data",
        action="store_true",
        help="sertakan nama, NIK, KK dan alamat di register baru (dicatat di log)",
    )
    i.add_argument("--log", type=Path, help="log ekspor data pribadi (bawaan: log pengguna)")
    i.add_argument("--by", choices=["desa", "kecamatan", "kabupaten"], default="desa")
    i.add_argument(
        "--summary", type=Path, help="tulis ringkasan putaran per --by ke XLSX (tanpa data pribadi)"
    )
    i.add_argument("--overwrite", action="store_true", help="timpa --out/--summary yang sudah ada")
    i.add_argument("--json", action="store_true")

    d = sub.add_parser("diff", help="bandingkan dua potret register (masuk, keluar, pindah, desil)")
    d.set_defaults(func=cmd_diff)
    d.add_argument("old", type=Path, help="register lama")
    d.add_argument("new", type=Path, help="register baru")
    d.add_argument("--villages", required=True, type=Path)
    d.add_argument("--by", choices=["desa", "kecamatan", "kabupaten"], default="desa")
    d.add_argument("--zone", type=Path, help="zona GeoJSON/GeoPackage: perubahan per zona")
    d.add_argument("--json", action="store_true")


def _register_inputs(p) -> None:
    p.add_argument("--households", required=True, type=Path, help="register rumah tangga")
    p.add_argument("--villages", required=True, type=Path, help="batas desa")
    p.add_argument("--layer", help="layer rumah tangga")


def _fail(exc: BaseException) -> int:
    from gis.io.outputguard import OutputError
    from widgets.base.messages import describe

    if getattr(exc, "code", "") == "not_worksheet":
        text = (
            f"{Path(str(exc.path)).name} bukan lembar verifikasi Sasaran (lembar 'Verifikasi' "
            "dengan kolom 'ID keluarga' dan 'Status' tidak ditemukan). Pilih lembar yang "
            "ditulis oleh 'sasaran round worksheets'."
        )
    elif getattr(exc, "code", "") == "unknown_criterion":
        text = f"Kriteria '{exc.criterion}' tidak dikenal. Pilih dari: {', '.join(exc.known)}."
    elif getattr(exc, "code", "") == "no_verifiers":
        text = "Tidak ada petugas: berikan --verifiers (daftar nama) atau --psks dengan PSM/TKSK."
    elif isinstance(exc, SasaranError | OutputError | FileExistsError):
        text = describe(exc)
    else:
        text = str(exc)
    print(f"Galat: {text}", file=sys.stderr)
    return 2


def _load(path: Path, villages_path: Path, layer: str | None = None):
    """Households of ``path`` with their verification provenance."""
    from gis.io.readers import read_table
    from gis.model.importer import build_households
    from gis.model.register_state import provenance_from_frame
    from gis.model.villages import read_villages

    villages = read_villages(villages_path)
    raw = read_table(path, layer)
    table, _report = build_households(raw, villages)
    return table, provenance_from_frame(raw.frame, raw.rows, table)


def _villages_mask(table, text: str | None):
    import numpy as np

    if not text:
        return None
    prefixes = tuple(p.strip().replace(".", "") for p in text.split(",") if p.strip())
    codes = table.villages.codes.astype(str)
    return np.array([c.startswith(prefixes) for c in codes], dtype=bool)


def _verifiers(args, table):
    from gis.model.verification import Verifier, verifiers_from_psks

    if args.verifiers:
        from gis.errors import ReadError

        try:
            lines = args.verifiers.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ReadError(code="not_found", path=args.verifiers) from exc
        return [Verifier(s.strip()) for s in lines if s.strip()]
    if args.psks:
        from gis.model.psks import load_psks

        psks, _ = load_psks(args.psks, table.villages)
        return verifiers_from_psks(psks)
    return []


def cmd_worksheets(args) -> int:
    from gis.io.exportlog import default_log_path, log_personal_export
    from gis.io.outputguard import check_targets
    from gis.io.worksheets import worksheet_name, write_worksheets
    from gis.model.round_results import worksheet_rows
    from gis.model.verification import STATUSES, plan_round, select_households

    created = date.today()
    round_id = args.round_id or f"VV-{created:%Y%m%d}"
    log = args.log or default_log_path()
    try:
        if args.log is None:  # the user's own log folder is made on first use
            _make_folder(log.parent)
        if not args.out.is_dir():
            from gis.io.outputguard import OutputError

            raise OutputError(code="output_no_folder", path=args.out / "lembar.xlsx")
        table, prov = _load(args.households, args.villages, args.layer)
        criteria = [c.strip() for c in args.select.split(",") if c.strip()]
        sel = select_households(
            table,
            criteria,
            provenance=prov,
            months=args.months,
            today=created,
            villages=_villages_mask(table, args.villages_in),
        )
        from gis.model.verification import RoundError

        verifiers = _verifiers(args, table)
        if not verifiers:
            raise RoundError(code="no_verifiers")
        rnd = plan_round(table, sel, verifiers, round_id=round_id, created=created)
        if not len(rnd.households):
            print(
                "Tidak ada rumah tangga yang memenuhi kriteria di wilayah ini; "
                "tidak ada lembar kerja yang ditulis.",
                file=sys.stderr,
            )
            return 1
        sheets = worksheet_rows(table, rnd)
        names = [worksheet_name(s.verifier) for s in sheets]
        pdfs = [args.out / (Path(n).stem + ".pdf") for n in names] if args.pdf else []
        check_targets([args.out / n for n in names] + pdfs, args.overwrite)
        check_targets([log], overwrite=True)  # the log is appended to: it must be writable
        paths = write_worksheets(
            args.out,
            sheets,
            round_id=round_id,
            created=created,
            statuses=STATUSES,
            overwrite=args.overwrite,
        )
        if args.pdf:
            from widgets.output.worksheet_pdf import write_worksheet_pdf

            try:
                for pdf, rows in zip(pdfs, sheets, strict=True):
                    paths.append(
                        write_worksheet_pdf(
                            pdf, rows, round_id=round_id, created=created, overwrite=args.overwrite
                        )
                    )
            except BaseException:
                for p in paths:  # nothing with names stays behind half done and unlogged
                    p.unlink(missing_ok=True)
                raise
        codes = sorted({str(table.villages.codes[v]) for v in rnd.village_verifier})
        try:
            log_personal_export(
                log,
                what="lembar_verifikasi",
                files=paths,
                people=len(rnd.households),
                villages=codes,
                detail={"putaran": round_id},
            )
        except SasaranError:
            for p in paths:  # an unlogged export of names must not stay behind
                p.unlink(missing_ok=True)
            raise
    except (SasaranError, FileExistsError) as exc:
        return _fail(exc)
    counts = rnd.counts_per_verifier()
    data = {
        "putaran": round_id,
        "rumah_tangga": len(rnd.households),
        "desa": len(rnd.village_verifier),
        "per_petugas": counts,
        "berkas": [p.name for p in paths],
        "log": log.name,
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"Putaran verifikasi {round_id}: {format_number(len(rnd.households))} rumah tangga")
    print(f"  di {format_number(len(rnd.village_verifier))} desa, {len(counts)} petugas:")
    for name, n in counts.items():
        print(f"    {format_number(n):>9}  {name}")
    print("  Lembar kerja BERISI DATA PRIBADI (RAHASIA, UU 27/2022), ditulis:")
    for p in paths:
        print(f"    {p.name}")
    print(f"  Dicatat di log ekspor data pribadi: {log.name}")
    return 0


def cmd_import(args) -> int:
    from gis.io.exportlog import default_log_path, log_personal_export
    from gis.io.outputguard import check_targets
    from gis.model.register_state import write_register_state
    from gis.model.round_results import apply_results, import_results, write_summary_xlsx

    if args.apply and not args.out:
        print(
            "Galat: --apply butuh --out (berkas register baru .gpkg atau .parquet).",
            file=sys.stderr,
        )
        return 2
    if args.out and args.out.suffix.lower() not in (".gpkg", ".parquet"):
        print("Galat: --out harus berakhiran .gpkg atau .parquet.", file=sys.stderr)
        return 2
    try:
        if args.summary:
            check_targets([args.summary], args.overwrite)
        if args.apply:
            check_targets([args.out], args.overwrite)
            if args.out.resolve() == args.households.resolve():
                raise FileExistsError(args.out)
        table, prov = _load(args.households, args.villages, args.layer)
        res = import_results(args.files, table, round_id=args.round_id)
        round_id = args.round_id or _round_of(args.files) or "putaran"
        if args.summary:
            write_summary_xlsx(
                args.summary,
                res.summary(table, args.by),
                title=f"Ringkasan putaran verifikasi {round_id} per {args.by}",
                overwrite=args.overwrite,
            )
        written = None
        if args.apply:
            new, new_prov = apply_results(table, prov, res, round_id)
            log = args.log or default_log_path()
            if args.with_personal_data:
                if args.log is None:
                    _make_folder(log.parent)
                check_targets([log], overwrite=True)
            written = write_register_state(
                args.out, new, new_prov, personal=args.with_personal_data, overwrite=args.overwrite
            )
            if args.with_personal_data:
                log_personal_export(
                    log,
                    what="register_hasil_verifikasi",
                    files=[written],
                    people=len(new),
                    villages=sorted(
                        {str(c) for c in new.villages.codes[new.village[new.village >= 0]]}
                    ),
                    detail={"putaran": round_id},
                )
    except (SasaranError, FileExistsError) as exc:
        return _fail(exc)
    counts = res.status_counts(table, args.by)
    totals = {k: int(v) for k, v in counts.sum().items()}
    data = {
        "berkas": res.files,
        "diterima": len(res.accepted),
        "keluarga_baru": len(res.new_families),
        "per_status": totals,
        "per_desa": {code: {k: int(v) for k, v in row.items()} for code, row in counts.iterrows()},
        "masalah": res.problem_counts(),
        "baris_bermasalah": [
            {"kode": p.code, "berkas": p.file, "baris": p.row, "kolom": p.column}
            for p in res.problems
        ],
        "diterapkan": written is not None,
        "register_baru": written.name if written else None,
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"Hasil verifikasi dari {len(res.files)} lembar:")
    for status, n in totals.items():
        print(f"  {format_number(n):>9}  {status}")
    if res.problems:
        print(f"  Baris ditolak ({format_number(len(res.problems))}):")
        for code, n in res.problem_counts().items():
            print(f"    {format_number(n):>9}  {PROBLEM_WORDS.get(code, code)}")
        for p in res.problems[:50]:
            where = f"baris {p.row}" if p.row else "seluruh lembar"
            print(f"    {p.file}, {where}: {PROBLEM_WORDS.get(p.code, p.code)}")
        if len(res.problems) > 50:
            print(f"    ... dan {format_number(len(res.problems) - 50)} lainnya (lihat --json)")
    print(f"  Per {args.by} (kode: " + ", ".join(counts.columns) + "):")
    for code, row in counts.iterrows():
        print(f"    {code}  " + " ".join(f"{int(v):>5}" for v in row))
    if written is None:
        print(
            "Belum diterapkan. Periksa ringkasan, lalu jalankan lagi dengan --apply --out BERKAS."
        )
    else:
        print(f"Diterapkan: register baru ditulis ke {written.name} (berkas sumber tidak diubah).")
    return 0


def _make_folder(folder: Path) -> None:
    from gis.io.outputguard import OutputError, output_error

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise output_error(exc, folder / "log") from exc
    if not folder.is_dir():
        raise OutputError(code="output_no_folder", path=folder / "log")


def _round_of(files) -> str | None:
    from gis.io.worksheets import read_worksheet

    for f in files:
        try:
            rid = read_worksheet(f).round_id
        except SasaranError:
            continue
        if rid:
            return rid
    return None


def cmd_diff(args) -> int:
    from gis.model.importer import load_households
    from gis.model.snapshots import diff_snapshots, match_snapshots
    from gis.model.villages import read_villages

    try:
        villages = read_villages(args.villages)
        old, _ = load_households(args.old, villages)
        new, _ = load_households(args.new, villages)
        zones = []
        if args.zone:
            from gis.model.zonefile import read_zones

            zones = read_zones(args.zone)
    except (SasaranError, FileExistsError) as exc:
        return _fail(exc)
    match = match_snapshots(old, new)
    diff = diff_snapshots(old, new, match, args.by)
    counts = match.counts()
    per_zone = {}
    if zones:
        from gis.model.snapshots import area_changes
        from gis.model.zones import ZoneMasks

        masks_old, masks_new = ZoneMasks(old), ZoneMasks(new)
        for z in zones:
            per_zone[z.name or z.zone_id] = area_changes(
                old, new, match, masks_old.mask(z), masks_new.mask(z)
            )
    data = {
        "cocok": counts["matched"],
        "tidak_cocok_lama": counts["unmatched_old"],
        "tidak_cocok_baru": counts["unmatched_new"],
        "total": diff.totals(),
        "matriks_desil": diff.transition.tolist(),
        "per_" + args.by: {
            code: {k: int(v) for k, v in row.items()} for code, row in diff.per_unit.iterrows()
        },
    }
    if zones:
        data["per_zona"] = per_zone
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"Perbandingan register: {args.old.name} -> {args.new.name}")
    print("  Keluarga cocok:")
    for key, label in (("kk", "lewat nomor KK"), ("nik", "lewat NIK kepala"), ("id", "lewat ID")):
        print(f"    {format_number(counts['matched'][key]):>9}  {label}")
    for side, title in (("unmatched_old", "lama"), ("unmatched_new", "baru")):
        print(f"  Tidak cocok (register {title}):")
        for reason, n in counts[side].items():
            print(f"    {format_number(n):>9}  {UNMATCHED_WORDS[reason]}")
    words = {
        "entries": "masuk",
        "exits": "keluar",
        "moved_in": "pindah masuk",
        "moved_out": "pindah keluar",
        "desil_up": "desil naik",
        "desil_down": "desil turun",
        "graduated": "graduasi (keluar dari desil 1-4 atau dari register)",
        "net": "perubahan bersih",
    }
    tot = diff.totals()
    for key, label in words.items():
        print(f"  {format_number(tot[key]):>9}  {label}")
    print("  Matriks desil (baris: sebelum, kolom: sesudah; 0 = desil tidak tercatat):")
    print("        " + "".join(f"{j:>7}" for j in range(11)))
    for i, row in enumerate(diff.transition):
        print(f"    {i:>2}  " + "".join(f"{int(v):>7}" for v in row))
    print(f"  Per {args.by}:")
    cols = list(words)
    short = ("masuk", "keluar", "p.masuk", "p.keluar", "naik", "turun", "graduasi", "bersih")
    print("    kode        " + " ".join(f"{c:>8}" for c in short))
    for code, row in diff.per_unit.iterrows():
        print(f"    {code or '-':11s} " + " ".join(f"{int(row[c]):>8}" for c in cols))
    if per_zone:
        print("  Per zona:")
        for name, row in per_zone.items():
            print(f"    {name[:11]:11s} " + " ".join(f"{int(row[c]):>8}" for c in cols))
    return 0
