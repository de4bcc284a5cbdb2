"""Contract and sanity checks for the Polish, Russian, Ukrainian and Tagalog/Taglish phrase banks."""

from __future__ import annotations

import importlib
import re

import pytest

from training.corpus.bank import SECTIONS, SLOTS, SPAN_CLOSE, SPAN_OPEN, LanguageBank
from training.taxonomy import SIGNAL_NAMES

CODES = ("pl", "ru", "uk", "tl")

# The briefs for these banks ask for more than the contract minimum.
MIN_EVIDENCE, MIN_DECOYS, MIN_SECTIONS, MIN_SLOTS = 10, 6, 4, 5
ESCORT_SIGNALS = ("third_party_control", "controlled_mobility", "restricted_movement", "minor_risk")

_CYR = re.compile(r"[\u0400-\u04FF]")
_LAT = re.compile(r"[A-Za-z]")


def _bank(code: str) -> LanguageBank:
    return importlib.import_module(f"training.corpus.langs.{code}").BANK


def _strip(t: str) -> str:
    return t.replace(SPAN_OPEN, "").replace(SPAN_CLOSE, "")


def _all_texts(bank: LanguageBank) -> list[str]:
    out = [t for v in bank.sections.values() for t in v]
    out += [t for v in bank.evidence.values() for t in v] + [t for v in bank.decoys.values() for t in v]
    return [_strip(t) for t in out]


@pytest.mark.parametrize("code", CODES)
def test_contract(code):
    bank = _bank(code)
    assert bank.code == code
    assert bank.problems() == []


@pytest.mark.parametrize("code", CODES)
def test_counts_above_brief(code):
    bank = _bank(code)
    short = []
    for sig in SIGNAL_NAMES:
        if len(set(bank.evidence[sig])) < MIN_EVIDENCE:
            short.append(f"evidence {sig}: {len(set(bank.evidence[sig]))}")
        if len(set(bank.decoys[sig])) < MIN_DECOYS:
            short.append(f"decoys {sig}: {len(set(bank.decoys[sig]))}")
    short += [f"section {s}: {len(bank.sections[s])}" for s in SECTIONS if len(set(bank.sections[s])) < MIN_SECTIONS]
    short += [f"slot {s}: {len(bank.slots[s])}" for s in SLOTS if len(set(bank.slots[s])) < MIN_SLOTS]
    assert short == [], f"{code}: below the brief's minimum: {short}"


@pytest.mark.parametrize("code", CODES)
def test_evidence_distinct_and_not_decoys(code):
    bank = _bank(code)
    seen: dict[str, str] = {}
    for sig in SIGNAL_NAMES:
        for t in bank.evidence[sig]:
            key = _strip(t).casefold()
            assert key not in seen, f"{code}: evidence {t!r} appears under {seen[key]} and {sig}"
            seen[key] = sig
    for sig in SIGNAL_NAMES:
        for t in bank.decoys[sig]:
            assert t.casefold() not in seen, f"{code}: decoy {t!r} of {sig} is also evidence of {seen[t.casefold()]}"


@pytest.mark.parametrize("code", CODES)
def test_spans_non_empty_and_trimmed(code):
    bank = _bank(code)
    for sig, phrases in bank.evidence.items():
        for t in phrases:
            if SPAN_OPEN in t:
                inner = t[t.index(SPAN_OPEN) + 2 : t.index(SPAN_CLOSE)]
                assert inner.strip() == inner and inner, f"{code} {sig}: span must be non-empty, trimmed: {t!r}"


@pytest.mark.parametrize("code", CODES)
def test_phones_fictional(code):
    # Every phone value must carry the fictional "555" block right after the operator code.
    for v in _bank(code).slots["phone"]:
        digits = re.sub(r"\D", "", v.replace("#", "0"))
        assert "555" in digits[:9], f"{code}: phone {v!r} lacks the 555 block after the operator code"


@pytest.mark.parametrize("code", CODES)
def test_identifiers_under_reserved_domains(code):
    bank = _bank(code)
    for v in bank.slots["website"] + bank.slots["email"]:
        host = v.split("@")[-1].split("/")[0]
        assert host.endswith((".example", "example.com", "example.net", "example.org")), f"{code}: {v!r}"


@pytest.mark.parametrize("code", CODES)
def test_sections_carry_no_obvious_signal(code):
    # Cheap tripwires for the cues sections must never carry: round-the-clock, ages under 19, fees.
    bad = re.compile(
        r"24/7|24h|круглосуточ|цілодобов|całą dobę"
        r"|placement fee|processing fee|opłat\w* (?:rekrut|za pośred)|взнос|внесок|предоплат|передоплат",
        re.I,
    )
    # Company ages ("15 years in business") are fine in job sections; ages under 19 only matter in escort ones.
    minor_age = re.compile(r"\b1[0-8]\s*(?:lat|лет|год|рок|years|taon|y/o)", re.I)
    for name, variants in _bank(code).sections.items():
        for t in variants:
            assert not bad.search(t), f"{code} section {name} carries a signal cue: {t!r}"
            if name.startswith("escort_"):
                assert not minor_age.search(t), f"{code} section {name} states an age under 19: {t!r}"


@pytest.mark.parametrize("code", ("ru", "uk"))
def test_cyrillic_script(code):
    texts = _all_texts(_bank(code))
    cyr = sum(len(_CYR.findall(t)) for t in texts)
    lat = sum(len(_LAT.findall(re.sub(r"\{[a-z_]+\}", "", t))) for t in texts)
    assert cyr > 4 * lat, f"{code}: expected mostly Cyrillic, found {cyr} Cyrillic vs {lat} Latin letters"
    assert _bank(code).transliterate is True


def test_ukrainian_letters_and_not_russian():
    texts = " ".join(_all_texts(_bank("uk")))
    for ch in "іїє":
        assert texts.count(ch) >= 10, f"uk: expected the Ukrainian letter {ch!r} often, found {texts.count(ch)}"
    # ы, э and ъ do not exist in Ukrainian; a few may appear only in quoted Russian, which the bank avoids.
    assert not re.search("[ыэъё]", texts), "uk: found Russian-only letters"


def test_russian_not_ukrainian():
    texts = " ".join(_all_texts(_bank("ru")))
    assert not re.search("[іїєґ]", texts), "ru: found Ukrainian-only letters"
    assert texts.count("ы") >= 20


def test_polish_diacritics():
    texts = " ".join(_all_texts(_bank("pl")))
    for ch in "ąęłóśżź":
        assert ch in texts, f"pl: expected Polish letter {ch!r}"
    assert "zł" in texts


def test_tagalog_markers():
    bank = _bank("tl")
    texts = " ".join(_all_texts(bank) + [v for vs in bank.slots.values() for v in vs]).lower()
    for word in (" ang ", " ng ", " sa ", " po", "walang", "₱", "gcash", "dmw"):
        assert word in texts, f"tl: expected {word!r} in the bank"
    assert _bank("tl").transliterate is False


@pytest.mark.parametrize("code", CODES)
def test_escort_evidence_reads_like_escort_ads(code):
    # Escort signals carry emoji or short fragments; at least half the phrasings should have an emoji.
    emoji = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
    for sig in ESCORT_SIGNALS:
        phrases = _bank(code).evidence[sig]
        with_emoji = sum(bool(emoji.search(p)) for p in phrases)
        assert with_emoji * 3 >= len(phrases), f"{code} {sig}: only {with_emoji}/{len(phrases)} carry emoji"


@pytest.mark.parametrize("code", CODES)
def test_markets_keep_districts_in_their_city(code):
    # The engine draws one market per ad; each market must pin both city and district, or districts drift.
    bank = _bank(code)
    assert bank.markets, f"{code}: expected per-city markets"
    for name, overrides in bank.markets.items():
        assert overrides.get("city") and overrides.get("district"), f"{code} market {name}: needs city and district"
    assert len(bank.digit_words) == 10


@pytest.mark.parametrize("code", CODES)
def test_digit_placeholders_only_in_slot_values(code):
    # The engine turns '#' into digits only inside slot values; a '#' in a section or phrase would stay literal.
    bank = _bank(code)
    for group in (bank.sections, bank.evidence, bank.decoys):
        for name, texts in group.items():
            for t in texts:
                assert "#" not in t, f"{code} {name}: '#' outside a slot value stays literal: {t!r}"
