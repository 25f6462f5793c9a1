"""Numbers as an Indonesian reader writes them: ``1.234.567`` and ``12,5``.

Every output of the data core (tables, sheets, reports, the command line)
formats numbers the same way, so the formatter lives at the root of gis/,
below every room that needs it.
"""

from __future__ import annotations

import math


def format_number(value: float, decimals: int = 0) -> str:
    """Indonesian number format: ``.`` groups thousands, ``,`` marks decimals."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
