"""Why a village is suggested, in a planner's words, with the figures behind it.

:meth:`gis.plan.suggest.Suggestion.rows` gives, per village, the target
households, the programme and visit cost, the Rupiah per target household
and its rank; these functions word that for the suggestion table (a short
column and a full tooltip) and for anything that exports the suggestion.
"""

from __future__ import annotations

from widgets.base.fmt import num
from widgets.scenario.scenario_common import rupiah_short, tr


def reason_short(row: dict) -> str:
    """The reason column: "peringkat 3 dari 120" or "dikunci masuk"."""
    if row["reason"] == "locked_in":
        return tr("dikunci masuk")
    return tr("peringkat {rank} dari {ranked}").format(
        rank=num(row["rank"]), ranked=num(row["ranked"])
    )


def reason_text(row: dict) -> str:
    """Why a village is suggested, with the figures behind it (tooltip and exports)."""
    text = tr("{n} RT sasaran, biaya {total} (program {cost} + kunjungan {visit})").format(
        n=num(row["target"]),
        total=rupiah_short(row["cost"] + row["visit_cost"]),
        cost=rupiah_short(row["cost"]),
        visit=rupiah_short(row["visit_cost"]),
    )
    if row["per_target"] is not None:
        text += tr(", {per} per RT sasaran").format(per=rupiah_short(row["per_target"]))
    if row["reason"] == "locked_in":
        return text + tr(". Dikunci masuk oleh perencana: diambil lebih dulu, berapa pun rasionya.")
    return text + tr(
        ". Peringkat {rank} dari {ranked} desa karena RT sasaran per Rupiah (biaya program + "
        "kunjungan); diambil karena masih muat dalam sisa anggaran."
    ).format(rank=num(row["rank"]), ranked=num(row["ranked"]))


def worded_rows(pick) -> list[dict]:
    """:meth:`gis.plan.suggest.Suggestion.rows` with the ``reason_text`` as ``"why"`` (for exports)."""
    return [{**row, "why": reason_text(row)} for row in pick.rows()]
