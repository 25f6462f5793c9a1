"""The ``sasaran`` command: the desktop app, and headless subcommands.

With no arguments it opens the desktop application. The subcommands run
the same gis functions the app uses, without a window, so that an analyst
can script them and CI can check them: ``demo``, ``check``, ``stats`` and
``bench``. Output is Bahasa Indonesia for people and JSON for programs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _parse_range(text: str) -> tuple[int, ...]:
    """``"1-4"`` or ``"1,2,5"`` or ``"1-2,7-10"`` -> tuple of ints."""
    out: list[int] = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        if "-" in part:
            a, b = part.split("-", 1)
            out.extend(range(int(a), int(b) + 1))
        else:
            out.append(int(part))
    return tuple(out)


def _csv_list(text: str | None) -> tuple[str, ...]:
    return tuple(p.strip().upper() for p in (text or "").split(",") if p.strip())


def _progress_printer(enabled: bool):
    if not enabled:
        return None
    last = [-1]

    def show(fraction: float, message: str = "") -> None:
        pct = int(fraction * 100)
        if pct // 10 != last[0] // 10:
            last[0] = pct
            print(f"  {pct:3d}% {message}", file=sys.stderr)

    return show


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="sasaran",
        description="Sasaran: GIS penargetan bantuan sosial (tepat sasaran). "
        "Tanpa argumen: membuka aplikasi desktop.",
    )
    p.add_argument(
        "--screenshot", metavar="FILE", help="simpan tangkapan layar jendela utama lalu keluar"
    )
    p.add_argument(
        "--size", default="1600x1000", help="ukuran jendela untuk --screenshot, mis. 1600x1000"
    )
    sub = p.add_subparsers(dest="command")

    d = sub.add_parser("demo", help="tulis provinsi demo sintetis (GeoPackage)")
    d.add_argument("--out", required=True, type=Path, help="folder tujuan")
    d.add_argument("--households", type=int, default=65_000)
    d.add_argument("--villages", type=int, default=390)
    d.add_argument("--seed", type=int, default=2025)
    d.add_argument("--overwrite", action="store_true", help="timpa berkas yang sudah ada")

    c = sub.add_parser(
        "check", help="periksa berkas rumah tangga atau PSKS dan cetak laporan impor"
    )
    c.add_argument("file", type=Path)
    c.add_argument("--layer")
    c.add_argument("--sheet")
    c.add_argument("--villages", type=Path, help="berkas batas desa untuk memeriksa kode desa")
    c.add_argument("--mapping", type=Path, help="pemetaan kolom tersimpan (JSON)")
    c.add_argument("--save-mapping", type=Path, help="simpan pemetaan kolom yang dipakai (JSON)")
    c.add_argument("--rejected", type=Path, help="tulis baris bermasalah ke CSV")
    c.add_argument("--json", action="store_true")

    s = sub.add_parser("stats", help="hitung rumah tangga per desil, PPKS, program, wilayah")
    s.add_argument("--households", required=True, type=Path)
    s.add_argument("--villages", required=True, type=Path)
    s.add_argument("--psks", type=Path, help="berkas PSKS")
    s.add_argument("--layer", help="layer rumah tangga")
    s.add_argument("--desil", default=None, help='mis. "1-4" (bawaan: semua desil)')
    s.add_argument("--ppks", default=None, help='kode PPKS, mis. "8,9,24"')
    s.add_argument(
        "--receives", default=None, help='menerima salah satu program, mis. "PKH,SEMBAKO"'
    )
    s.add_argument(
        "--lacks",
        default=None,
        help='tidak menerima semua program ini; "*" = tidak menerima apa pun',
    )
    s.add_argument("--zone", type=Path, help="zona GeoJSON (satu atau beberapa poligon)")
    s.add_argument("--by", choices=["desa", "kecamatan", "kabupaten"])
    s.add_argument("--json", action="store_true")

    b = sub.add_parser("bench", help="ukur kecepatan pada data bangkitan")
    b.add_argument("--households", type=int, default=1_000_000)
    b.add_argument("--villages", type=int, default=6000)
    b.add_argument("--repeat", type=int, default=5)
    b.add_argument("--json", action="store_true")
    b.add_argument("--workdir", type=Path, help="folder untuk data uji (bawaan: folder sementara)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from desktop.app import run

        return run(screenshot=args.screenshot, size=args.size)
    from desktop import commands

    handler = getattr(commands, f"cmd_{args.command}")
    try:
        return handler(args)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
