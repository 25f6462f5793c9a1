"""Entry point of the frozen Sasaran (PyInstaller): the ``sasaran`` command.

A frozen build has no Python interpreter, yet ``sasaran bench`` and the
start-up benchmark start children with ``sys.executable -c CODE`` or
``sys.executable -m MODULE``; in a bundle ``sys.executable`` is this
program, so it answers those two forms the way Python would. Everything
else goes to :func:`desktop.cli.main`.

The bundle carries one PROJ database, GDAL's (pyogrio/proj_data); pyproj's
own copy is left out (installers/README.md, size), so PROJ_DATA is pointed
at GDAL's before pyproj is imported, whatever the PC's environment says.
"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path


def _share_proj_data() -> None:
    """Point pyproj at the bundle's one proj.db (frozen builds only)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or bundle is None:
        return
    proj_data = Path(bundle) / "pyogrio" / "proj_data"
    if (proj_data / "proj.db").is_file():
        os.environ["PROJ_DATA"] = str(proj_data)
        os.environ.pop("PROJ_LIB", None)


def main() -> int:
    _share_proj_data()
    args = sys.argv[1:]
    if getattr(sys, "frozen", False) and len(args) >= 2 and args[0] in ("-c", "-m"):
        flag, target = args[0], args[1]
        if flag == "-c":
            sys.argv = ["-c", *args[2:]]
            exec(compile(target, "<string>", "exec"), {"__name__": "__main__"})
        else:
            sys.argv = [target, *args[2:]]
            runpy.run_module(target, run_name="__main__", alter_sys=True)
        return 0
    from desktop.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
