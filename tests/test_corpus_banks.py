"""Every language bank present keeps the bank contract, is in its own script and uses fictional identifiers.

Parametrised over the banks that exist, so each new language is checked as soon as its module lands.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from training.corpus.langs import LANGUAGES, available_languages, load_bank

LANGS = available_languages()

# Which script a language's own text must be in (the share of section/evidence texts that contain it).
SCRIPT = {"th": "THAI", "zh": "CJK UNIFIED", "ru": "CYRILLIC", "uk": "CYRILLIC"}
_UK_ONLY = set("іїєґІЇЄҐ")
_RU_ONLY = set("ыэъёЫЭЪЁ")


def _has_script(text: str, script: str) -> bool:
    return any(unicodedata.name(c, "").startswith(script) for c in text if ord(c) > 127)


def _own_texts(bank) -> list[str]:
    texts = [t for v in bank.sections.values() for t in v] + [t for v in bank.evidence.values() for t in v]
    return texts + [t for v in bank.decoys.values() for t in v]


def test_registry_lists_thirteen_languages():
    assert len(LANGUAGES) == 13 and set(LANGS) <= set(LANGUAGES)
    with pytest.raises(ValueError, match="expected any of"):
        load_bank("xx")


@pytest.mark.parametrize("code", LANGS)
def test_bank_keeps_the_contract(code):
    bank = load_bank(code)
    assert bank.code == code
    assert bank.problems() == []


@pytest.mark.parametrize("code", LANGS)
def test_bank_is_written_in_its_script(code):
    bank = load_bank(code)
    texts = _own_texts(bank)
    if code in SCRIPT:
        share = sum(_has_script(t, SCRIPT[code]) for t in texts) / len(texts)
        assert share >= 0.8, f"{code}: expected >= 80% of texts in {SCRIPT[code]} script, found {share:.0%}"
    else:
        letters = [c for t in texts for c in t if c.isalpha()]
        latin = sum(unicodedata.name(c, "").startswith("LATIN") for c in letters) / max(1, len(letters))
        assert latin >= 0.95, f"{code}: expected Latin script, found {latin:.0%} Latin letters"
    if code in ("ru", "uk"):
        chars = set("".join(texts))
        own, other = (_UK_ONLY, _RU_ONLY) if code == "uk" else (_RU_ONLY, _UK_ONLY)
        assert chars & own, f"{code}: expected letters only {code} uses ({''.join(sorted(own))})"
        assert bank.transliterate, f"{code}: expected transliterate=True (ads are often typed in Latin letters)"


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s.replace("#", "0"))


# Reserved or clearly fictional number blocks (see training/corpus/bank.py).
_FICTIONAL_PHONE = re.compile(r"555|7700900|19900|491570")  # with or without the trunk 0
_RESERVED_DOMAIN = re.compile(r"(^|\.)example\.(com|net|org)$|\.example$|^example$")


def _values(bank, slot: str) -> list[str]:
    """A slot's values in the bank and in every market of it."""
    return list(bank.slots.get(slot, ())) + [v for m in bank.markets.values() for v in m.get(slot, ())]


@pytest.mark.parametrize("code", LANGS)
def test_identifiers_are_fictional(code):
    bank = load_bank(code)
    for phone in _values(bank, "phone"):
        assert _FICTIONAL_PHONE.search(_digits(phone)), f"{code}: phone {phone!r} not in a fictional range"
    for value in _values(bank, "email"):
        domain = value.rsplit("@", 1)[-1].lower()
        assert _RESERVED_DOMAIN.search(domain), f"{code}: e-mail {value!r} not under a reserved domain"
    for value in _values(bank, "website"):
        host = re.sub(r"^https?://", "", value.lower()).split("/")[0]
        assert _RESERVED_DOMAIN.search(host), f"{code}: website {value!r} not under a reserved domain"


@pytest.mark.parametrize("code", LANGS)
def test_minor_ages_and_adult_ages_are_what_they_say(code):
    bank = load_bank(code)
    for v in _values(bank, "age_minor"):
        nums = [int(n) for n in re.findall(r"\d+", v)]
        assert not nums or min(nums) <= 18, f"{code}: age_minor {v!r} should be 18 or under"
    for v in _values(bank, "age_adult"):
        nums = [int(n) for n in re.findall(r"\d+", v)]
        assert not nums or min(nums) > 18, f"{code}: age_adult {v!r} should be over 18"
