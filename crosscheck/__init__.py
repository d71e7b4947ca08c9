"""Cross-check Octave code against its numpy port, output by output.

The public surface, for your own ``.m`` files and your own ports:

- :class:`Case`, :class:`Output`, :class:`Handle`, :class:`Index` (crosscheck.case) and :class:`Tolerance`
  (crosscheck.compare): what a cross-check is;
- :func:`register`: what a case file (``crosscheck --cases FILE``) calls to add its cases;
- :class:`OctaveSession` (crosscheck.session): one Octave, started only when first needed;
- :func:`assert_agrees` (crosscheck.agree): one call on both sides, compared as the harness compares a
  case; the pytest plugin's ``octave`` fixture gives it a session.

``crosscheck`` (or ``python -m crosscheck``) runs the cases. Importing this package starts nothing:
only ``crosscheck.session`` imports oct2py, when a session starts.
"""

from crosscheck.agree import assert_agrees
from crosscheck.case import DEFAULT_TOLERANCE, Case, Handle, Index, Output
from crosscheck.compare import Tolerance
from crosscheck.registry import register
from crosscheck.session import OctaveSession

__all__ = ["Case", "Output", "Handle", "Index", "Tolerance", "DEFAULT_TOLERANCE", "register", "OctaveSession",
           "assert_agrees"]
