"""Phrase banks for es, pt, fr, ro: contract, the stricter quality floor of issue 2, native text, safe identifiers."""

from __future__ import annotations

import importlib
import re

import pytest

from training.corpus.bank import SECTIONS, SLOTS, SPAN_CLOSE, SPAN_OPEN
from training.taxonomy import SIGNAL_NAMES

LANGS = ("es", "pt", "fr", "ro")

# The issue asks for more than the bank contract's hard minimums; these are the floors the four banks promise.
MIN_EVIDENCE, MIN_DECOYS, MIN_SECTION_VARIANTS, MIN_SLOT_VALUES = 10, 6, 4, 5

# Letters that only appear when a text is written natively in the language (not ASCII-folded).
DIACRITICS = {
    "es": set("áéíóúñü¿¡"),
    "pt": set("ãõçáéíóúâêô"),
    "fr": set("éèêàâçùûîïôœ"),
    "ro": set("ăâîșț"),
}
# Share of section variants that must carry at least one native letter (short headlines may not).
MIN_DIACRITIC_SHARE = 0.4

_SLOT = re.compile(r"\{[a-z_]+\}")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_RESERVED_DOMAIN = re.compile(r"(^|[.@/])(example\.(com|net|org)|[a-z0-9-]+\.example)(/|$)")


def _bank(code: str):
    return importlib.import_module(f"training.corpus.langs.{code}").BANK


def _plain(text: str) -> str:
    """Text as a reader sees it: markers, slots, emoji and punctuation gone, lower case, single spaces."""
    text = text.replace(SPAN_OPEN, "").replace(SPAN_CLOSE, "")
    text = _SLOT.sub(" ", text)
    return " ".join(_WORD.findall(text.lower()))


def _span(text: str) -> str:
    if SPAN_OPEN not in text:
        return text
    return text[text.index(SPAN_OPEN) + len(SPAN_OPEN) : text.index(SPAN_CLOSE)]


@pytest.mark.parametrize("code", LANGS)
def test_bank_meets_contract(code):
    bank = _bank(code)
    assert bank.code == code
    assert bank.problems() == []


@pytest.mark.parametrize("code", LANGS)
def test_bank_meets_issue_floor(code):
    bank = _bank(code)
    short = []
    for sig in SIGNAL_NAMES:
        if len(set(bank.evidence[sig])) < MIN_EVIDENCE:
            short.append(f"evidence {sig}: {len(set(bank.evidence[sig]))} < {MIN_EVIDENCE}")
        if len(set(bank.decoys[sig])) < MIN_DECOYS:
            short.append(f"decoys {sig}: {len(set(bank.decoys[sig]))} < {MIN_DECOYS}")
    for name in SECTIONS:
        if len(set(bank.sections[name])) < MIN_SECTION_VARIANTS:
            short.append(f"section {name}: {len(set(bank.sections[name]))} < {MIN_SECTION_VARIANTS}")
    for name in SLOTS:
        if len(set(bank.slots[name])) < MIN_SLOT_VALUES:
            short.append(f"slot {name}: {len(set(bank.slots[name]))} < {MIN_SLOT_VALUES}")
    assert short == [], f"{code}: " + "; ".join(short)


@pytest.mark.parametrize("code", LANGS)
def test_evidence_phrasings_are_distinct_and_spans_non_empty(code):
    bank = _bank(code)
    seen: dict[str, str] = {}
    for sig in SIGNAL_NAMES:
        for text in bank.evidence[sig]:
            key = _plain(text)
            assert key not in seen, f"{code} {sig}: {text!r} repeats a {seen.get(key)} phrasing"
            seen[key] = sig
            assert _span(text).strip(), f"{code} {sig}: empty evidence span in {text!r}"
    decoys = {_plain(t) for sig in SIGNAL_NAMES for t in bank.decoys[sig]}
    clash = sorted(decoys & set(seen))
    assert clash == [], f"{code}: phrasings used both as evidence and decoy: {clash}"


@pytest.mark.parametrize("code", LANGS)
def test_text_is_native_not_ascii_folded(code):
    bank = _bank(code)
    letters = DIACRITICS[code]
    variants = [t for name in SECTIONS for t in bank.sections[name]]
    share = sum(1 for t in variants if set(t) & letters) / len(variants)
    assert share >= MIN_DIACRITIC_SHARE, f"{code}: sections with native letters {share:.2f} < {MIN_DIACRITIC_SHARE}"
    for sig in SIGNAL_NAMES:
        assert any(set(t) & letters for t in bank.evidence[sig]), f"{code} {sig}: no evidence with native letters"
    if code == "ro":
        # Romanian is written with comma-below ș ț; cedilla ş ţ is the legacy encoding, not the native text.
        legacy = [t for v in (*bank.sections.values(), *bank.evidence.values()) for t in v if set(t) & set("şţŞŢ")]
        assert legacy == [], f"ro: cedilla letters instead of comma-below in {legacy[:3]}"


def test_no_sentence_shared_across_banks():
    codes = list(LANGS)
    try:
        importlib.import_module("training.corpus.langs.en")
        codes.append("en")
    except ModuleNotFoundError:
        pass
    owner: dict[str, str] = {}
    shared = []
    for code in codes:
        bank = _bank(code)
        texts = [t for v in (*bank.sections.values(), *bank.evidence.values(), *bank.decoys.values()) for t in v]
        for key in {_plain(t) for t in texts}:
            if len(key.split()) < 3:  # "NEW en la ciudad"-style fragments may legitimately coincide
                continue
            if key in owner and owner[key] != code:
                shared.append(f"{owner[key]}/{code}: {key!r}")
            owner.setdefault(key, code)
    assert shared == [], "sentences copied across banks: " + "; ".join(shared[:5])


@pytest.mark.parametrize("code", LANGS)
def test_identifiers_are_fictional(code):
    bank = _bank(code)
    for phone in bank.slots["phone"]:
        digits = re.sub(r"\D", "", phone.replace("#", "0"))
        # fr: 01 99 00 is ARCEP's fiction range; Belgian, Swiss and Québec numbers use a 555 block.
        ok = "555" in digits or (code == "fr" and "19900" in digits)
        assert ok, f"{code}: phone {phone!r} is not in a reserved or 555 range"
    if code == "fr":
        france = [p for p in bank.slots["phone"] if p.startswith(("0", "+33"))]
        assert france and all(re.sub(r"\D", "", p.replace("#", "0"))[-8:-4] == "9900" for p in france), (
            f"fr: French numbers must be 01 99 00 ## ## / +33 1 99 00 ## ##, found {france}")
    for value in (*bank.slots["email"], *bank.slots["website"]):
        host = value.split("@")[-1].removeprefix("www.")
        assert _RESERVED_DOMAIN.search("." + host.lower()), f"{code}: {value!r} is not under a reserved domain"


@pytest.mark.parametrize("code", LANGS)
def test_money_values_never_start_with_a_random_digit(code):
    # '#' becomes any digit, 0 included: "#00 €" could print "000 €", so amounts must start with a fixed digit.
    bank = _bank(code)
    for name in ("salary_normal", "salary_high", "fee", "rate", "price"):
        for value in bank.slots[name]:
            for number in re.findall(r"[\d#][\d#.,]*(?: [\d#]{3})*", value):
                assert number[0] != "#", f"{code} slot {name}: {value!r} may start with 0"


@pytest.mark.parametrize("code", LANGS)
def test_ages_and_sections_carry_no_signal(code):
    bank = _bank(code)
    for age in bank.slots["age_adult"]:
        assert int(re.search(r"\d+", age).group()) >= 19, f"{code}: adult age {age!r} is under 19"
    for age in bank.slots["age_minor"]:
        assert int(re.search(r"\d+", age).group()) <= 18, f"{code}: minor age {age!r} is over 18"
    # Slots that only risky text may use, and literal cues that would leak a signal into neutral sections.
    forbidden = ("{fee}", "{salary_high}", "{age_minor}", "24/7", "24h", "24 h/24", "🍒", "🍭", "🎀")
    for name in SECTIONS:
        for text in bank.sections[name]:
            hit = [f for f in forbidden if f in text]
            assert hit == [], f"{code} section {name}: {hit} in neutral text {text[:50]!r}"
    for sig in SIGNAL_NAMES:
        for text in bank.decoys[sig]:
            assert "{age_minor}" not in text and "{salary_high}" not in text, f"{code} decoy {sig}: {text!r}"
