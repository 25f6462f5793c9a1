"""Data only: code tables, demo data, program costs, styles, icons.

A package so that the files can be found with importlib.resources both from
a source checkout and from an installed or frozen build.
"""
