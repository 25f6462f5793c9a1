"""The ``sasaran`` command: the desktop app, and headless subcommands.

With no arguments it opens the desktop application (the last project, or
the demo province; ``--demo`` asks for the demo). ``sasaran FILE...`` opens
the app on those files: a project (``.sasaran``), a scenario, boundaries
and a register, recognised by content. The subcommands run
the same gis functions the app uses, without a window, so that an analyst
can script them and CI can check them: ``demo``, ``check``, ``stats`` and
``bench``. Output is Bahasa Indonesia for people and JSON for programs.
"""

from __future__ import annotations

import argparse
import importlib
import sys

#: Modules that add subcommands: each has ``register(subparsers)`` and sets
#: ``func`` on its parsers. Heavy imports stay inside the handlers.
COMMAND_MODULES = (
    "desktop.commands",
    "desktop.bench",
    "desktop.commands_scenario",
    "desktop.commands_output",
    "desktop.commands_mentors",
    "desktop.commands_round",
    "desktop.selftest",
)


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
    p.add_argument("--demo", action="store_true", help="buka provinsi demo, bukan proyek terakhir")
    sub = p.add_subparsers(dest="command", metavar="PERINTAH | BERKAS...")

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    p.command_names = frozenset(sub.choices)
    return p


def _app_parser() -> argparse.ArgumentParser:
    """``sasaran [--screenshot F] [--size WxH] [--demo] FILE...``: the app on files."""
    p = argparse.ArgumentParser(prog="sasaran", add_help=False)  # --help: the full parser's
    p.add_argument("--screenshot", metavar="FILE")
    p.add_argument("--size", default="1600x1000")
    p.add_argument("--demo", action="store_true")
    p.add_argument("files", nargs="*", metavar="BERKAS")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    app_args, rest = _app_parser().parse_known_args(argv)
    if app_args.files and app_args.files[0] not in parser.command_names and not rest:
        # a file, not a subcommand: open the app on the files
        from desktop.app import run

        return run(
            screenshot=app_args.screenshot,
            size=app_args.size,
            files=app_args.files,
            demo=app_args.demo,
        )
    args = parser.parse_args(argv)
    if args.command is None:
        from desktop.app import run

        return run(screenshot=args.screenshot, size=args.size, demo=args.demo)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
