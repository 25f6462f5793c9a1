"""What the interface row groups share within one measuring process.

The generated province (``paths``, a million households by default), the
demo-size province for the web-map rows (``demo_paths``), the repetitions,
and ``entry``: the command that starts ``sasaran`` itself (the start-up
rows time fresh processes of it; ``desktop.bench`` knows how it is started,
frozen or not). The dataset is read once, unmeasured, for the groups that
name it in their ``NEEDS``, and let go when no later group needs it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class InterfaceContext:
    paths: dict
    demo_paths: dict
    repeat: int = 5
    entry: list[str] = field(default_factory=list)
    _dataset: object = None

    @property
    def dataset(self):
        """The generated province as a Dataset (read on first use)."""
        if self._dataset is None:
            from gis.demo.data import load_dataset

            self._dataset = load_dataset(self.paths, label="Provinsi uji (data bangkitan)")
        return self._dataset

    def forget_dataset(self) -> None:
        """Let the dataset go (its memory would weigh on the later figures)."""
        self._dataset = None
