"""The household filter in a planner's words, and indicator titles that say what they count.

A map coloured under "desil 1-2 belum menerima program apa pun" must not
be titled "Rumah tangga desil 1-4": a planner defends the numbers in a
meeting by what the title says. Every output (map legend, sheet, web map,
charts, exports, the command line) words the filter through this one
module, so the same filter reads the same everywhere.

Two forms:

* the sentence (:func:`describe_filter`), e.g. "RT desil 1-2 yang belum
  menerima program apa pun yang tercatat", prefixed by the preset's name
  when the filter is one of :data:`gis.model.filters.PRESETS`;
* the short form for titles (``short=True``), e.g. "desil 1-2, belum
  menerima program apa pun".

Indonesian is the default (sheets, web maps and exported files are official
outputs for Indonesian meetings); ``lang="en"`` gives the English the
interface shows when it runs in English. PPKS names and program names are
official names and stay as the code lists and the register spell them.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from gis.io.codelists import ppks_types, received_programs
from gis.model.filters import PRESETS, HouseholdFilter

ALL_DESIL = frozenset(range(0, 11))

#: what an output says when it only knows that a mask was applied, not which filter
FILTERED_UNKNOWN = "RT terfilter (syarat filter tidak tercatat)"

#: preset key -> (Indonesian, English) name, as the filter panel's buttons say it
PRESET_NAMES = {
    "desil_1_4": ("Desil 1-4 (sasaran lazim)", "Deciles 1-4 (usual target)"),
    "exclusion_error": (
        "Miskin belum dibantu (exclusion error)",
        "Poor, not assisted (exclusion error)",
    ),
    "inclusion_error": (
        "Mampu tetapi dibantu (inclusion error)",
        "Better-off but assisted (inclusion error)",
    ),
    "all": ("Semua rumah tangga", "All households"),
}

#: indicator key -> (its own desil condition, Indonesian and English base title,
#: Indonesian and English title under a filter; ``{f}`` is the short filter)
INDICATOR_TITLES = {
    "desil_1_4": (
        (1, 2, 3, 4),
        ("Rumah tangga desil 1-4", "Households in deciles 1-4"),
        ("RT terfilter ({f})", "Filtered households ({f})"),
    ),
    "d12_no_aid": (
        (1, 2),
        ("Desil 1-2 tanpa bantuan", "Deciles 1-2 without aid"),
        (
            "Desil 1-2 tanpa bantuan di antara RT terfilter ({f})",
            "Deciles 1-2 without aid among filtered households ({f})",
        ),
    ),
    "ppks_per_1000": (
        (),
        ("PPKS per 1.000 RT", "PPKS per 1,000 HH"),
        ("PPKS per 1.000 RT terfilter ({f})", "PPKS per 1,000 filtered HH ({f})"),
    ),
    "psks_per_1000_d14": (
        (1, 2, 3, 4),
        ("PSKS per 1.000 RT desil 1-4", "PSKS per 1,000 decile 1-4 HH"),
        ("PSKS per 1.000 RT terfilter ({f})", "PSKS per 1,000 filtered HH ({f})"),
    ),
    "verif_progress": (
        (),
        ("Kemajuan verifikasi", "Verification progress"),
        (
            "Kemajuan verifikasi RT terfilter ({f})",
            "Verification progress of filtered HH ({f})",
        ),
    ),
    "data_age": (
        (),
        ("Umur data", "Data age"),
        ("Umur data RT terfilter ({f})", "Data age of filtered HH ({f})"),
    ),
    "verif_errors": (
        (),
        ("Temuan kesalahan data", "Data errors found"),
        (
            "Temuan kesalahan data RT terfilter ({f})",
            "Data errors found among filtered HH ({f})",
        ),
    ),
}

_WORDS = {
    "id": {
        "hh": "RT",
        "all_hh": "Semua rumah tangga",
        "all_desil": "semua desil",
        "desil": "desil {0}",
        "no_desil": "tanpa desil tercatat",
        "or": "atau",
        "nor": "maupun",
        "and": "dan",
        "with_ppks": "dengan PPKS {0}",
        "ppks_n": "PPKS ({0} jenis)",
        "ppks_short": "PPKS {0}",
        "receives": "menerima {0}",
        "lacks": "belum menerima {0}",
        "lacks_all": "belum menerima program apa pun yang tercatat",
        "lacks_all_short": "belum menerima program apa pun",
        "that": "yang",
        "in": "di {0}",
        "none_in": "{0} dalam filter ({1}): tidak ada",
        "prov": "Provinsi {0}",
        "kab": "Kabupaten/Kota {0}",
        "kec": "Kecamatan {0}",
        "kec_short": "Kec. {0}",
        "desa": "Desa {0}",
        "kel": "Kelurahan {0}",
        "unit": "wilayah {0}",
    },
    "en": {
        "hh": "households",
        "all_hh": "All households",
        "all_desil": "all deciles",
        "desil": "decile {0}",
        "no_desil": "no decile recorded",
        "or": "or",
        "nor": "or",
        "and": "and",
        "with_ppks": "with PPKS {0}",
        "ppks_n": "PPKS ({0} types)",
        "ppks_short": "PPKS {0}",
        "receives": "receiving {0}",
        "lacks": "not receiving {0}",
        "lacks_all": "receiving no recorded program",
        "lacks_all_short": "receiving no program at all",
        "that": "",
        "in": "in {0}",
        "none_in": "{0} in the filter ({1}): none",
        "prov": "Provinsi {0}",
        "kab": "Kabupaten/Kota {0}",
        "kec": "Kecamatan {0}",
        "kec_short": "Kec. {0}",
        "desa": "Desa {0}",
        "kel": "Kelurahan {0}",
        "unit": "area {0}",
    },
}


def _w(lang: str) -> dict[str, str]:
    return _WORDS["en" if lang == "en" else "id"]


def _program_order(keys) -> tuple[str, ...]:
    """Program keys in the code list's order (the filter panel's), others after them."""
    order = {p.key: i for i, p in enumerate(received_programs())}
    return tuple(sorted(set(keys), key=lambda k: (order.get(k, len(order)), k)))


def normalised(flt: HouseholdFilter) -> HouseholdFilter:
    """The conditions of ``flt`` in a canonical order, without its label ("all desil" = ())."""
    desil = () if set(flt.desil) >= ALL_DESIL else tuple(sorted(set(flt.desil)))
    return HouseholdFilter(
        desil=desil,
        ppks_any=tuple(sorted(set(flt.ppks_any))),
        receives_any=_program_order(flt.receives_any),
        lacks_all=("*",) if "*" in flt.lacks_all else _program_order(flt.lacks_all),
        units=tuple(sorted(set(flt.units))),
        stale_months=int(flt.stale_months or 0),
    )


def preset_key(flt: HouseholdFilter) -> str | None:
    """Key of the :data:`gis.model.filters.PRESETS` entry with the same conditions, else None."""
    n = normalised(flt)
    return next((k for k, p in PRESETS.items() if normalised(p) == n), None)


def is_everything(flt: HouseholdFilter | None) -> bool:
    """True when the filter keeps every household (no condition at all)."""
    return flt is None or normalised(flt) == HouseholdFilter(desil=())


def _join(items: list[str], word: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def _ranges(values) -> str:
    """``(1, 2, 3, 5, 7, 8)`` -> ``"1-3, 5, 7-8"``."""
    vals = sorted(set(int(v) for v in values))
    out: list[str] = []
    start = prev = None
    for v in [*vals, None]:
        if start is not None and (v is None or v != prev + 1):
            out.append(str(start) if start == prev else f"{start}-{prev}")
            start = None
        if v is not None and start is None:
            start = v
        prev = v
    return ", ".join(out)


def desil_words(desil, lang: str = "id") -> str:
    """``(1, 2)`` -> "desil 1-2"; empty or every value -> "semua desil"; 0 -> no desil recorded."""
    w = _w(lang)
    values = set(int(d) for d in desil)
    if not values or values >= ALL_DESIL:
        return w["all_desil"]
    parts = []
    if values - {0}:
        parts.append(w["desil"].format(_ranges(values - {0})))
    if 0 in values:
        parts.append(w["no_desil"])
    return _join(parts, w["or"])


def program_short_name(name: str) -> str:
    """A program name as a sentence uses it: the acronym in brackets, else the name.

    "Program Keluarga Harapan (PKH)" -> "PKH"; "Program Sembako / BPNT" -> "Sembako/BPNT".
    """
    name = str(name).strip()
    if "(" in name and name.endswith(")"):
        inner = name[name.rfind("(") + 1 : -1].strip()
        if inner and len(inner) <= 14 and " " not in inner:
            return inner
        name = name[: name.rfind("(")].strip()
    if name.startswith("Program "):
        name = name[len("Program ") :]
    return name.replace(" / ", "/")


def _program_names(keys, table=None) -> list[str]:
    names = {p.key: p.name for p in received_programs()}
    if table is not None:
        names |= dict(getattr(table, "program_names", {}) or {})
    return [program_short_name(names.get(k, k)) for k in keys]


def _ppks_names(codes) -> list[str]:
    names = {p.code: p.name for p in ppks_types()}
    return [names.get(int(c), f"PPKS {int(c)}") for c in sorted(set(codes))]


def _prefixed(name: str, *words: str) -> bool:
    """True when ``name`` already starts with its kind ("Kabupaten X", "Kec. Y")."""
    return name.split(" ")[0].rstrip(".") in words


def unit_words(code: str, villages=None, lang: str = "id", short: bool = False) -> str:
    """An admin unit code as its name: "Kecamatan Koba", "Desa Arung Dalam, Kec. Koba".

    Names come from the village table (``villages``); a code it does not
    know is shown as a code ("wilayah 1901"), never guessed.
    """
    w = _w(lang)
    digits = "".join(ch for ch in str(code) if ch.isdigit())
    unknown = w["unit"].format(code)

    def find(codes, names, value) -> str:
        if codes is None or names is None or len(codes) == 0:
            return ""
        hit = np.flatnonzero(np.asarray(codes).astype(str) == value)
        return str(names[hit[0]]) if len(hit) else ""

    def kec(name: str, key: str) -> str:
        return name if _prefixed(name, "Kecamatan", "Kec") else w[key].format(name)

    if len(digits) == 2:
        from gis.io.codelists import province_names

        name = province_names().get(digits, "")
        return w["prov"].format(name) if name else unknown
    if villages is None:
        return unknown
    if len(digits) == 4:
        name = find(villages.kab_codes, villages.kab_names, digits)
        if not name:
            return unknown
        return name if _prefixed(name, "Kabupaten", "Kota", "Kab") else w["kab"].format(name)
    if len(digits) == 6:
        name = find(villages.kec_codes, villages.kec_names, digits)
        return kec(name, "kec_short" if short else "kec") if name else unknown
    if len(digits) == 10:
        name = find(villages.codes, villages.names, digits)
        if not name:
            return unknown
        text = (w["kel"] if digits[6] == "1" else w["desa"]).format(name)
        kec_name = find(villages.kec_codes, villages.kec_names, digits[:6])
        return f"{text}, {kec(kec_name, 'kec_short')}" if kec_name and not short else text
    return unknown


def _villages_of(table):
    return getattr(table, "villages", table)


def _parts(flt: HouseholdFilter, table, lang: str, short: bool) -> dict[str, str]:
    """Worded conditions: desil, ppks, programs, units ("" where there is none)."""
    w = _w(lang)
    n = normalised(flt)
    out = {"desil": desil_words(n.desil, lang), "ppks": "", "programs": "", "units": ""}
    out["stale"] = (
        (
            f"not verified in the last {n.stale_months} months"
            if lang == "en"
            else f"belum diverifikasi dalam {n.stale_months} bulan terakhir"
        )
        if n.stale_months
        else ""
    )
    if n.ppks_any:
        names = _ppks_names(n.ppks_any)
        if short and len(names) > 2:
            out["ppks"] = w["ppks_n"].format(len(names))
        else:
            out["ppks"] = (w["ppks_short"] if short else w["with_ppks"]).format(
                _join(names, w["or"])
            )
    progs = []
    if n.receives_any:
        progs.append(w["receives"].format(_join(_program_names(n.receives_any, table), w["or"])))
    if n.lacks_all:
        if "*" in n.lacks_all:
            progs.append(w["lacks_all_short"] if short else w["lacks_all"])
        else:
            progs.append(w["lacks"].format(_join(_program_names(n.lacks_all, table), w["nor"])))
    out["programs"] = (", " if short else f" {w['and']} ").join(progs)
    if n.units:
        villages = _villages_of(table) if table is not None else None
        names = [unit_words(u, villages, lang, short) for u in n.units]
        out["units"] = _join(names, w["or"])
    return out


def describe_filter(
    flt: HouseholdFilter | None, table=None, *, lang: str = "id", short: bool = False
) -> str:
    """The filter in the planner's words.

    Parameters
    ----------
    flt
        The filter; None means no filter (every household).
    table
        :class:`gis.model.households.HouseholdTable` (or a village table) for the
        names of admin units and of programs found in the register.
    lang
        ``"id"`` (default; sheets and exports) or ``"en"`` (the interface in English).
    short
        The comma-separated form for titles ("desil 1-2, belum menerima
        program apa pun") instead of the sentence ("RT desil 1-2 yang belum
        menerima program apa pun yang tercatat", after the preset's name
        when the filter is a preset).
    """
    w = _w(lang)
    flt = flt if flt is not None else HouseholdFilter(desil=())
    p = _parts(flt, table, lang, short)
    if short:
        parts = (p["desil"], p["ppks"], p["programs"], p["units"], p["stale"])
        return ", ".join(x for x in parts if x)
    if is_everything(flt):
        return w["all_hh"]
    if lang == "en":
        head = f"{p['desil'][0].upper()}{p['desil'][1:]} {w['hh']}"
    else:
        head = f"{w['hh']} {p['desil']}"
    if p["ppks"]:
        head += f" {p['ppks']}"
    if p["programs"]:
        head += f" {w['that']} {p['programs']}" if w["that"] else f" {p['programs']}"
    if p["units"]:
        head += f", {w['in'].format(p['units'])}"
    if p["stale"]:
        head += f", {p['stale']}"
    key = preset_key(flt)
    if key is not None and key != "all":
        name = PRESET_NAMES[key][1 if lang == "en" else 0]
        return f"{name}: {head}"
    return head


def filter_line(flt: HouseholdFilter | None, table=None, *, lang: str = "id") -> str:
    """ "Filter: <sentence>" as outputs print it under their title."""
    return f"Filter: {describe_filter(flt, table, lang=lang)}"


def indicator_title(key: str, flt: HouseholdFilter | None, table=None, *, lang: str = "id") -> str:
    """Title of indicator ``key`` computed on the households of ``flt``.

    The indicator keeps its own desil condition (``desil_1_4`` counts
    desil 1-4 among the filtered households); the title names what is then
    counted. It stays the indicator's own title when the filter adds
    nothing to that condition (the default filter and ``desil_1_4``), says
    "RT terfilter (...)" with the desil the count really covers otherwise,
    and says so when the filter leaves nothing the indicator counts.
    """
    own, base, filtered = INDICATOR_TITLES[key]
    i = 1 if lang == "en" else 0
    if flt is None:
        return base[i]
    n = normalised(flt)
    own_set = set(own) if own else set(ALL_DESIL)
    kept = (set(n.desil) if n.desil else set(ALL_DESIL)) & own_set
    effective = replace(n, desil=tuple(sorted(kept)))
    if not kept:
        return _w(lang)["none_in"].format(base[i], describe_filter(n, table, lang=lang, short=True))
    narrowing = n.ppks_any or n.receives_any or n.lacks_all or n.units or n.stale_months
    if kept == own_set and not narrowing:
        return base[i]
    return filtered[i].format(f=describe_filter(effective, table, lang=lang, short=True))
