"""The synthetic demo province: its generator and the shipped copy the app
opens when the user has opened nothing.

May import: every gis room below it (maps, plan, model, io). Never gis.bench.
"""
