"""What the row groups of the data core share within one measuring process.

The register group reads the province (its reading is a measured figure)
and leaves the villages and the household table here for the groups after
it; a group run on its own loads them unmeasured through :meth:`table`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class CoreContext:
    """The generated files, the repetitions, and the data loaded so far."""

    paths: dict
    repeat: int = 5
    villages: object = None
    households: object = None
    #: how to start ``sasaran bench`` again (for rows measured in a fresh
    #: process): the entry command and the options naming these files
    entry: tuple = ()
    child_args: tuple = ()

    def table(self):
        """The household table, read (unmeasured) when no group has read it yet."""
        if self.households is None:
            from gis.model.importer import load_households
            from gis.model.villages import read_villages

            if self.villages is None:
                self.villages = read_villages(self.paths["villages"])
            self.households, _report = load_households(self.paths["households"], self.villages)
        return self.households
