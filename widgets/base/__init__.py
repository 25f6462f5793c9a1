"""Shared basics of every view: the worker that runs gis jobs off the GUI
thread, the undo adapter, file choosers, worded messages, number format,
gis labels in the interface language, privacy (masking), progress and screen
fitting, the money field, zone and project wording, small chart helpers and the demo
loader for modules run on their own.

May import: gis. Never another widgets room: every room builds on it.
"""
