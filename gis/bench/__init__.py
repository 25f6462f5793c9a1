"""``sasaran bench`` for the data core: the rows of the register, filter, zone
and scenario work, each with its lower bound measured in the same run.

May import: every gis room. Nothing in gis imports it.
"""
