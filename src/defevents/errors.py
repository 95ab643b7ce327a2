"""The exceptions defevents raises.

    DefeventsError                      base of everything defevents raises on purpose
     ├── InputTypeError (TypeError)     extract() was given something other than str
     ├── PublishedDateError (ValueError) an unparseable publication date
     ├── GazetteerError (ValueError)    a data file under data/ is malformed
     └── RuleError (ValueError)         a rule is malformed (bad pattern, examples that fail to build)

Each inherits from the built-in exception a caller would expect, so ``except TypeError`` and
``except ValueError`` keep working.
"""

from __future__ import annotations

__all__ = ["DefeventsError", "GazetteerError", "InputTypeError", "PublishedDateError", "RuleError"]


class DefeventsError(Exception):
    """Base class of the errors defevents raises."""


class InputTypeError(DefeventsError, TypeError):
    """The text given to extract() is not a str."""


class PublishedDateError(DefeventsError, ValueError):
    """The publication date given could not be read as a date."""


class GazetteerError(DefeventsError, ValueError):
    """A gazetteer data file failed validation."""


class RuleError(DefeventsError, ValueError):
    """A rule definition is malformed."""
