"""The household table: one numpy array per field, villages pre-assigned.

A planner's filter is a few array operations over these columns, so the
table is built once per load and never copied per filter. PPKS types and
programs received are bit masks (bit ``k-1`` for PPKS code ``k``; bit ``i``
for the ``i``-th entry of ``program_keys``), which makes "has any of" and
"lacks all of" one ``&`` each. Personal data (names, NIK, KK, address)
stays in separate arrays that views mask by default and exports never touch
unless asked.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np

from gis.villages import VillageTable

#: desil value used for "no desil recorded"
DESIL_MISSING = 0


@dataclass
class HouseholdTable:
    """Households as parallel arrays.

    Attributes
    ----------
    villages : the village table ``village`` indexes into
    hh_id : object array of household (family) ids
    village : int32 index into ``villages``, -1 where the village is unknown
    desil : int8, 1-10, 0 where missing
    members : int16 household size, 0 where unknown
    ppks : uint32 bit mask of PPKS codes
    programs : uint32 bit mask of programs received (see ``program_keys``)
    x, y : float64 lon/lat where the household is shown: its own coordinates,
        or a point placed by the documented rule (``approx``); NaN if neither
    approx : bool, True where (x, y) was placed by rule, not measured
    row : int64 row number of the household in the source file
    program_keys : program key per bit
    program_names : display name per key
    name, nik, kk, address : personal data (object arrays) or None
    source, snapshot : where and when the register was taken
    """

    villages: VillageTable
    hh_id: np.ndarray
    village: np.ndarray
    desil: np.ndarray
    members: np.ndarray
    ppks: np.ndarray
    programs: np.ndarray
    x: np.ndarray
    y: np.ndarray
    approx: np.ndarray
    row: np.ndarray
    program_keys: tuple[str, ...] = ()
    program_names: dict[str, str] = field(default_factory=dict)
    name: np.ndarray | None = None
    nik: np.ndarray | None = None
    kk: np.ndarray | None = None
    address: np.ndarray | None = None
    source: str = ""
    snapshot: str = ""
    file_name: str = ""

    def __len__(self) -> int:
        return len(self.hh_id)

    @property
    def has_personal_data(self) -> bool:
        return any(a is not None for a in (self.name, self.nik, self.kk, self.address))

    @property
    def located(self) -> np.ndarray:
        """True where the household has a display position (own or approximate)."""
        return ~np.isnan(self.x)

    def program_bit(self, key: str) -> int:
        """Bit mask of one program key; 0 if the register does not record it."""
        try:
            return 1 << self.program_keys.index(key)
        except ValueError:
            return 0

    def program_mask(self, keys) -> int:
        mask = 0
        for key in keys:
            mask |= self.program_bit(key)
        return mask

    def fingerprint(self) -> str:
        """Hash of what a scenario's results depend on (not of personal data)."""
        h = hashlib.sha256()
        h.update(self.villages.fingerprint().encode())
        for arr in (self.village, self.desil, self.members, self.ppks, self.programs):
            h.update(np.ascontiguousarray(arr).tobytes())
        h.update("|".join(self.program_keys).encode())
        h.update(str(len(self)).encode())
        return h.hexdigest()[:16]
