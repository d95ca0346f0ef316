from .actions import CallReport, LetterWritten
from .congress import Legislator, Office, ZipDistrict
from .pages import CallScriptPage, CallTarget, LetterPage

__all__ = [
    "Legislator",
    "Office",
    "ZipDistrict",
    "LetterWritten",
    "CallReport",
    "LetterPage",
    "CallScriptPage",
    "CallTarget",
]
