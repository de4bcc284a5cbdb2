"""Registry of language banks: one module per language (``training.corpus.langs.<code>``) exposing ``BANK``.

The list of languages is fixed here so that a missing bank is reported as missing (not as an unknown language):
banks are written by different people and land at different times.
"""

from __future__ import annotations

import importlib
import importlib.util

from training.corpus.bank import LanguageBank

LANGUAGES: tuple[str, ...] = ("en", "es", "pt", "fr", "ro", "pl", "ru", "uk", "tl", "id", "vi", "th", "zh")

_CACHE: dict[str, LanguageBank] = {}


def _module_name(code: str) -> str:
    return f"{__name__}.{code}"


def available_languages() -> tuple[str, ...]:
    """The languages of ``LANGUAGES`` whose bank module exists, in ``LANGUAGES`` order."""
    return tuple(c for c in LANGUAGES if importlib.util.find_spec(_module_name(c)) is not None)


def check_languages(codes: list[str] | tuple[str, ...]) -> None:
    """Raise ValueError (one line, valid names listed) for unknown or not-yet-written languages."""
    unknown = [c for c in codes if c not in LANGUAGES]
    if unknown:
        raise ValueError(f"unknown language(s) {', '.join(unknown)}; expected any of: {', '.join(LANGUAGES)}")
    present = set(available_languages())
    missing = [c for c in codes if c not in present]
    if missing:
        raise ValueError(
            f"no phrase bank yet for language(s) {', '.join(missing)} (expected training/corpus/langs/<code>.py); "
            f"available: {', '.join(available_languages()) or 'none'}"
        )


def load_bank(code: str) -> LanguageBank:
    """The bank of one language; ValueError naming the valid codes when it is unknown or missing."""
    if code in _CACHE:
        return _CACHE[code]
    check_languages([code])
    module = importlib.import_module(_module_name(code))
    bank = getattr(module, "BANK", None)
    if not isinstance(bank, LanguageBank):
        raise ValueError(f"{_module_name(code)}: expected a LanguageBank named BANK, found {type(bank).__name__}")
    if bank.code != code:
        raise ValueError(f"{_module_name(code)}: expected BANK.code == {code!r}, found {bank.code!r}")
    _CACHE[code] = bank
    return bank
