"""Names for the demo province built from syllables: places, villages and
people. They mean nothing, so no real person or place is implied. Part of
:mod:`gis.demo.province`.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------

_ONSETS = ("b", "d", "g", "j", "k", "l", "m", "n", "p", "r", "s", "t", "w", "ng", "c", "h")
_VOWELS = ("a", "a", "a", "i", "i", "u", "u", "e", "o")
_CODAS = ("", "", "", "ng", "n", "k", "r", "s", "t", "m", "h", "l")
_PLACE_PREFIXES = (
    *("Tanjung", "Air", "Sungai", "Batu", "Pangkal", "Teluk", "Bukit", "Kuala", "Simpang"),
    *("Lubuk", "Muara", "Parit", "Padang", "Kampung", "Rantau", "Tebing", "Labuh", "Selat"),
)
_PLACE_SUFFIXES = (
    *("Baru", "Jaya", "Indah", "Makmur", "Lama", "Hulu", "Hilir", "Darat", "Laut", "Permai"),
    *("Sari", "Mulia"),
)
_MALE_ENDINGS = ("man", "di", "to", "no", "din", "wan", "ri", "an", "son", "yadi")
_FEMALE_ENDINGS = ("wati", "ni", "sih", "yanti", "nah", "ti", "sari", "na", "yah")


class _Names:
    """Seeded syllable names, unique across everything this instance returns."""

    def __init__(self, rng: np.random.Generator):
        self._rng = rng
        self._used: set[str] = set()

    def _pick(self, items):
        return items[int(self._rng.integers(len(items)))]

    def core(self, syllables: int | None = None, coda: bool = True) -> str:
        """A made-up word of two or three syllables, capitalised."""
        if syllables is None:
            syllables = 2 if self._rng.random() < 0.65 else 3
        parts = [self._pick(_ONSETS) + self._pick(_VOWELS) for _ in range(syllables)]
        if self._rng.random() < 0.3:
            # Vowel-initial words (Air, Ulu...) are common in the region.
            parts[0] = parts[0][-1]
        if coda:
            parts[-1] += self._pick(_CODAS)
        return "".join(parts).capitalize()

    def reserve(self, names) -> None:
        """Names taken elsewhere: never return them."""
        self._used.update(names)

    def unique(self, make: Callable[[], str]) -> str:
        for _ in range(1000):
            name = make()
            if name not in self._used:
                self._used.add(name)
                return name
        raise RuntimeError("name space exhausted")  # pragma: no cover - 16^3 cores

    def place(self, urban: bool = False) -> str:
        """A village name: ``Tanjung Ralingka``, ``Sebutang``, ``Kelawit Baru``..."""

        def make() -> str:
            u = self._rng.random()
            prefix_share = 0.35 if urban else 0.55
            if u < prefix_share:
                return f"{self._pick(_PLACE_PREFIXES)} {self.core()}"
            if u < prefix_share + 0.15:
                return f"{self.core()} {self._pick(_PLACE_SUFFIXES)}"
            return self.core()

        return self.unique(make)

    def person_pool(self, size: int, female: bool) -> list[str]:
        """Distinct given names: a two-syllable stem and a gendered ending."""
        endings = _FEMALE_ENDINGS if female else _MALE_ENDINGS
        return [
            self.unique(lambda: self.core(2, coda=False) + self._pick(endings)) for _ in range(size)
        ]
