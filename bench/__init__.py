"""Tools that measure Cairn from outside the shipped package: benchmarks, load tests, accuracy.

`make bench` runs `python -m bench`; each module's docstring says how to run it alone.
"""
