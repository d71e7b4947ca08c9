"""Cross-check each Octave original against its numpy port, output by output.

``python -m crosscheck`` (or ``make crosscheck``) runs every registered case. Nothing here starts
Octave until a case is run: only ``crosscheck.session`` imports oct2py.
"""
