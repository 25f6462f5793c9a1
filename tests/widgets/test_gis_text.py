"""Every label gis/ hands to the screen is listed for translation."""

from gis.maps import classify, sheet_layout
from gis.model import indicators
from gis.plan.budget_export import summary_sheet
from widgets.base.gis_text import LABELS, gis_text


def test_every_gis_label_is_listed_for_translation():
    shown = {text for entry in indicators.INDICATORS.values() for text in entry}
    shown |= set(classify.METHODS.values()) | {classify.NO_DATA_LABEL}
    shown |= set(sheet_layout.ORIENTATIONS.values()) | set(sheet_layout.SERIES_LEVELS.values())
    summary = summary_sheet([], [])
    shown |= {row[0].strip() for row in summary.rows if not row[0].strip().startswith("desil ")}
    shown |= {summary.columns[0][0], "tanpa pagu", "desil {0}"}
    assert shown - set(LABELS) == set()


def test_gis_labels_follow_the_interface_language(qapp):
    from desktop.i18n import install_language

    try:
        install_language("en", qapp)
        assert gis_text(classify.NO_DATA_LABEL) == "no data"
        assert gis_text("Rumah tangga desil 1-4") == "Households in deciles 1-4"
        assert gis_text("  desil 3") == "  decile 3"
        assert gis_text("  cakupan (%)") == "  coverage (%)"
    finally:
        install_language("id", qapp)
    assert gis_text(classify.NO_DATA_LABEL) == "tidak ada data"
