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

from gis.model.villages import VillageTable

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
    ppks : uint32 bit mask of PPKS codes (meaningful only where ``ppks_known``)
    programs : uint32 bit mask of programs received (see ``program_keys``)
    programs_known : uint32 bit mask of programs the source said yes *or no*
        about for this household. A register without a column for a program
        says nothing: that bit is clear, and the household's receipt of the
        program is unknown, neither received nor "not yet received". None
        means every program in ``program_keys`` is known (tables built in
        code, old callers).
    ppks_known : bool per household, True where the source carried a PPKS
        column (an empty ``ppks`` then means "no PPKS"); None means all known
    x, y : float64 lon/lat where the household is shown: its own coordinates,
        or a point placed by the documented rule (``approx``); NaN if neither
    approx : bool, True where (x, y) was placed by rule, not measured
    row : int64 row number of the household in the source file
    program_keys : program key per bit
    program_names : display name per key
    name, nik, kk, address : personal data (object arrays) or None
    source, snapshot : where and when the register was taken
    verification : :class:`gis.model.verification.Provenance` read from the
        register's verification columns (a register state written after a
        round), None where the register carries none: never verified is
        unknown, not "verified long ago"
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
    programs_known: np.ndarray | None = None
    ppks_known: np.ndarray | None = None
    verification: object | None = None

    def __post_init__(self) -> None:
        n = len(self.hh_id)
        if self.programs_known is None:
            every = (1 << len(self.program_keys)) - 1
            self.programs_known = np.full(n, every, dtype=np.uint32)
        if self.ppks_known is None:
            self.ppks_known = np.ones(n, dtype=bool)

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

    def program_known(self, key: str) -> np.ndarray:
        """Per household: did the source say whether it receives ``key`` (yes or no)?"""
        bit = np.uint32(self.program_bit(key))
        return (self.programs_known & bit) != 0

    def known_program_counts(self) -> dict[str, int]:
        """Households whose receipt of each program is known, per program key."""
        return {
            k: int(np.count_nonzero(self.programs_known & np.uint32(1 << i)))
            for i, k in enumerate(self.program_keys)
        }

    def carried_programs(self) -> tuple[str, ...]:
        """Program keys the source said something about for at least one household."""
        any_known = int(np.bitwise_or.reduce(self.programs_known)) if len(self) else 0
        return tuple(k for i, k in enumerate(self.program_keys) if any_known >> i & 1)

    def missing_programs(self) -> tuple[str, ...]:
        """Program keys the source says nothing about for any household (all unknown)."""
        carried = set(self.carried_programs())
        return tuple(k for k in self.program_keys if k not in carried)

    def received_nothing(self) -> np.ndarray:
        """Households known to receive none of the programs: "belum menerima bantuan apa pun".

        A household counts only where at least one program is known for it and
        it receives none of its known programs. Where nothing is known about any
        program the answer is unknown (see :meth:`programs_unknown`), not "none".
        """
        return (self.programs == 0) & (self.programs_known != 0)

    def programs_unknown(self) -> np.ndarray:
        """Households for which the source said nothing about any program."""
        return self.programs_known == 0

    @property
    def carries_ppks(self) -> bool:
        """True where the source carried PPKS for at least one household."""
        return bool(self.ppks_known.any()) if len(self) else True

    @property
    def members_known(self) -> np.ndarray:
        """True where the household size is known (``members`` > 0)."""
        return self.members > 0

    @property
    def carries_members(self) -> bool:
        """True where at least one household has a known size."""
        return bool((self.members > 0).any())

    def fingerprint(self) -> str:
        """Hash of what a scenario's results depend on (not of personal data)."""
        h = hashlib.sha256()
        h.update(self.villages.fingerprint().encode())
        for arr in (self.village, self.desil, self.members, self.ppks, self.programs):
            h.update(np.ascontiguousarray(arr).tobytes())
        # programs_known / ppks_known are left out on purpose: they follow from the
        # file's columns (already behind program_keys and the values), and scenario
        # files saved before they existed must still match the same register
        h.update("|".join(self.program_keys).encode())
        h.update(str(len(self)).encode())
        return h.hexdigest()[:16]
