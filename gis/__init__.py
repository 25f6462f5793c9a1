"""Pure-Python data core of Sasaran.

Everything a planner's question reduces to (which households, where, how
many, at what cost) is computed here on numpy columns, so that the desktop
views, the command line and the tests share one implementation. This package
never imports Qt, pyqtgraph or the upper layers; import-linter checks that.
"""
