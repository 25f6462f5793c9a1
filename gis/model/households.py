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
import pandas as pd
import pyarrow as pa

from gis.model.release import trim_heap
from gis.model.villages import VillageTable

#: desil value used for "no desil recorded"
DESIL_MISSING = 0

#: dtype of identifiers and personal text: numpy's variable-width strings
#: (16 bytes per value, text longer than 15 bytes in one shared arena) with
#: None for a missing value. An object array costs a pointer plus a Python
#: ``str`` (about 70 bytes for a NIK) per value; at 15 million households
#: and five such columns that is the difference between fitting and not.
TEXT = np.dtypes.StringDType(na_object=None)

#: the household table's text columns (see :func:`text_array`)
TEXT_FIELDS = ("hh_id", "name", "nik", "kk", "address")


def plain_text(values) -> np.ndarray:
    """Text values as plain Python strings (object array), a missing one as "".

    For code that hands text to pandas, spreadsheets or string formatting:
    a :data:`TEXT` array with missing values cannot be cast to numpy's
    fixed-width strings.
    """
    out = np.asarray(values, dtype=object).copy()
    out[np.equal(out, None)] = ""
    return out.astype(str).astype(object)


def text_array(values) -> np.ndarray | None:
    """``values`` as a :data:`TEXT` array; None stays None.

    Values are taken as text the way the views show them (``str(v)``);
    None and NaN become the missing value.
    """
    if values is None:
        return None
    arr = np.asarray(values)
    if arr.dtype == TEXT:
        return arr
    if arr.dtype.kind in "US":
        return arr.astype(TEXT)
    obj = arr.astype(object, copy=False).ravel()
    missing = pd.isna(obj)
    if missing.any():
        obj = obj.copy()
        obj[missing] = None
    if pd.api.types.infer_dtype(obj, skipna=True) not in ("string", "empty"):
        obj = np.array([None if m else str(v) for v, m in zip(obj, missing)], dtype=object)
    return obj.astype(TEXT)


@dataclass
class HouseholdTable:
    """Households as parallel arrays.

    Attributes
    ----------
    villages : the village table ``village`` indexes into
    hh_id : household (family) ids, a :data:`TEXT` array
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
    name, nik, kk, address : personal data (:data:`TEXT` arrays, None for a
        missing value) or None where the file has no such column
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
        n = len(self.village)
        if self.programs_known is None:
            every = (1 << len(self.program_keys)) - 1
            self.programs_known = np.full(n, every, dtype=np.uint32)
        if self.ppks_known is None:
            self.ppks_known = np.ones(n, dtype=bool)

    def __setattr__(self, key, value) -> None:
        # personal columns are set after construction by the importer and by
        # callers building tables in code: keep them compact whatever they pass
        if key in TEXT_FIELDS:
            self.__dict__.get("_pending_text", {}).pop(key, None)
            if isinstance(value, (pa.Array, pa.ChunkedArray)):
                # Arrow text from the importer stays Arrow until a view asks
                self.defer_text(key, value)
                value = None
            else:
                value = text_array(value)
        object.__setattr__(self, key, value)

    def __getattribute__(self, key):
        # a text column reopened from a snapshot stays in the mapped Arrow
        # file until first used: a map, a count or a sheet never pays for it
        if key in TEXT_FIELDS:
            pending = object.__getattribute__(self, "__dict__").get("_pending_text")
            if pending and key in pending:
                value = text_array(pending.pop(key).to_numpy(zero_copy_only=False))
                # the Python strings made on the way are freed: give the heap back
                trim_heap()
                object.__setattr__(self, key, value)
                return value
        return object.__getattribute__(self, key)

    def defer_text(self, key: str, column) -> None:
        """Make text column ``key`` the Arrow ``column``, turned into :data:`TEXT` on first use."""
        if key not in TEXT_FIELDS:
            raise KeyError(key)
        self.__dict__.setdefault("_pending_text", {})[key] = column

    def arrow_text(self, key: str) -> pa.Array | None:
        """Text column ``key`` as Arrow strings without turning a deferred one into TEXT.

        For writers (the snapshot) that want Arrow anyway: a column still
        held as an Arrow array is handed over as it is.
        """
        pending = self.__dict__.get("_pending_text") or {}
        column = pending.get(key)
        if isinstance(column, (pa.Array, pa.ChunkedArray)):
            return column
        values = getattr(self, key)
        if values is None:
            return None
        return pa.array(np.asarray(values, dtype=object), type=pa.large_string())

    def has_text(self, key: str) -> bool:
        """True when the table carries text column ``key``, without reading a deferred one.

        Asking ``table.name is not None`` turns a column reopened from a
        snapshot into TEXT (a million names: tens of MB); a view that only
        decides which columns to show asks here.
        """
        if key not in TEXT_FIELDS:
            raise KeyError(key)
        if key in (self.__dict__.get("_pending_text") or ()):
            return True
        return self.__dict__.get(key) is not None

    def text_at(self, key: str, i: int):
        """Value ``i`` of text column ``key`` (None when missing or not carried).

        A column still deferred (reopened from a snapshot) is read at that
        one row, never turned into TEXT as a whole: a table view showing
        forty rows of names must not hold a million of them.
        """
        pending = self.__dict__.get("_pending_text")
        if pending and key in pending:
            column = pending[key]
            at = getattr(column, "value", None)
            return at(i) if at is not None else column[int(i)].as_py()
        values = getattr(self, key)
        return None if values is None else values[i]

    def __getstate__(self) -> dict:
        # a copy or a pickle carries every text column itself, never a share
        # of this table's pending ones
        for key in list(self.__dict__.get("_pending_text") or ()):
            getattr(self, key)
        state = dict(self.__dict__)
        state.pop("_pending_text", None)
        return state

    @classmethod
    def empty(cls, villages: VillageTable) -> HouseholdTable:
        """A register of no rows on ``villages`` (boundaries loaded alone)."""
        from gis.io.codelists import received_programs

        def none(dtype):
            return np.zeros(0, dtype=dtype)

        return cls(
            villages=villages,
            hh_id=none(object),
            village=none(np.int32),
            desil=none(np.int8),
            members=none(np.int16),
            ppks=none(np.uint32),
            programs=none(np.uint32),
            x=none(float),
            y=none(float),
            approx=none(bool),
            row=none(np.int64),
            program_keys=tuple(p.key for p in received_programs()),
        )

    def __len__(self) -> int:
        return len(self.village)

    @property
    def has_personal_data(self) -> bool:
        if any(k != "hh_id" for k in self.__dict__.get("_pending_text") or ()):
            return True
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
