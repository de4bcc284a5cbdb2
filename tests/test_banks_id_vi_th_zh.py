"""Phrase banks for id, vi, th, zh: contract, the stricter floor of issue 2, native script, safe identifiers."""

from __future__ import annotations

import importlib
import re
import unicodedata

import pytest

from training.corpus.bank import SECTIONS, SLOTS, SPAN_CLOSE, SPAN_OPEN
from training.taxonomy import SIGNAL_NAMES

LANGS = ("id", "vi", "th", "zh")

# The issue asks for more than the bank contract's hard minimums; these are the floors the four banks promise.
MIN_EVIDENCE, MIN_DECOYS, MIN_SECTION_VARIANTS, MIN_SLOT_VALUES = 10, 6, 4, 5

# Country calling code and trunk prefix of each market's own numbers (numbers abroad may appear too).
PHONE_PREFIX = {"id": ("+62", "0"), "vi": ("+84", "0"), "th": ("+66", "0"), "zh": ("+86", "1")}

_SLOT = re.compile(r"\{[a-z_]+\}")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_RESERVED_DOMAIN = re.compile(r"(^|[.@/])(example\.(com|net|org)|[a-z0-9-]+\.example)(/|$)")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Vietnamese letters outside ASCII: a text carrying none of them was typed without dấu (or is English).
_VI_MARKED = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.I)
# Characters that only exist in Traditional Chinese: the zh bank is Simplified (mainland market).
_TRADITIONAL = set("們個這錢資號會來時間與電話關機場飛證護簽聯係門開歲學貨準萬區鐘體經驗職單華灣罰還")


def _bank(code: str):
    return importlib.import_module(f"training.corpus.langs.{code}").BANK


def _texts(bank, *, decoys: bool = True) -> list[str]:
    groups = (*bank.sections.values(), *bank.evidence.values(), *(bank.decoys.values() if decoys else ()))
    return [t for v in groups for t in v]


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


def _share(texts: list[str], pattern: re.Pattern) -> float:
    return sum(1 for t in texts if pattern.search(_SLOT.sub("", t))) / len(texts)


def test_thai_is_written_in_thai_script():
    bank = _bank("th")
    share = _share(_texts(bank), _THAI)
    assert share >= 0.85, f"th: texts with Thai script {share:.2f} < 0.85"
    for sig in SIGNAL_NAMES:
        assert _share(list(bank.evidence[sig]), _THAI) >= 0.6, f"th {sig}: most evidence should be in Thai script"
    letters = [c for t in _texts(bank) for c in _SLOT.sub("", t) if unicodedata.category(c).startswith("L")]
    thai = sum(1 for c in letters if _THAI.match(c)) / len(letters)
    assert thai >= 0.7, f"th: Thai share of letters {thai:.2f} < 0.7 (too much English)"


def test_chinese_is_simplified_han():
    bank = _bank("zh")
    share = _share(_texts(bank), _HAN)
    assert share >= 0.9, f"zh: texts with Han characters {share:.2f} < 0.9"
    for sig in SIGNAL_NAMES:
        assert _share(list(bank.evidence[sig]), _HAN) >= 0.7, f"zh {sig}: most evidence should be in Han script"
    everything = _texts(bank) + [v for vals in bank.slots.values() for v in vals]
    trad = sorted({c for t in everything for c in t if c in _TRADITIONAL})
    assert trad == [], f"zh: expected Simplified characters, found Traditional-only {trad}"


def test_vietnamese_has_diacritics_and_some_unaccented_typing():
    bank = _bank("vi")
    sections = [t for name in SECTIONS for t in bank.sections[name]]
    assert _share(sections, _VI_MARKED) >= 0.7, "vi: most section variants should carry Vietnamese diacritics"
    evidence = [t for sig in SIGNAL_NAMES for t in bank.evidence[sig]]
    marked = _share(evidence, _VI_MARKED)
    assert marked >= 0.6, f"vi: evidence with diacritics {marked:.2f} < 0.6"
    # People often type without dấu; the bank carries some of that on purpose (noise adds more).
    assert marked <= 0.95, f"vi: expected some evidence typed without diacritics, found {marked:.2f} marked"
    for sig in SIGNAL_NAMES:
        assert any(_VI_MARKED.search(t) for t in bank.evidence[sig]), f"vi {sig}: no evidence with diacritics"


def test_indonesian_is_latin_script():
    bank = _bank("id")
    odd = [t for t in _texts(bank) if _THAI.search(t) or _HAN.search(t) or re.search(r"[\u0400-\u04ff]", t)]
    assert odd == [], f"id: expected Latin script, found {odd[:3]}"
    assert all("Rp" in v or "RM" in v or "NT$" in v or "UM" in v for v in bank.slots["salary_normal"])


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
        for key in {_plain(t) for t in _texts(_bank(code))}:
            if len(key.split()) < 3:  # short code-switched fragments ("new arrival") may legitimately coincide
                continue
            if key in owner and owner[key] != code:
                shared.append(f"{owner[key]}/{code}: {key!r}")
            owner.setdefault(key, code)
    assert shared == [], "sentences copied across banks: " + "; ".join(shared[:5])


@pytest.mark.parametrize("code", LANGS)
def test_identifiers_are_fictional(code):
    bank = _bank(code)
    home = [p for p in bank.slots["phone"] if p.startswith(PHONE_PREFIX[code])]
    assert home, f"{code}: expected phones in the market's format {PHONE_PREFIX[code]}, found {bank.slots['phone']}"
    for phone in bank.slots["phone"]:
        digits = re.sub(r"\D", "", phone)
        assert "555" in digits, f"{code}: phone {phone!r} is not in a 555 block"
        assert "#" in phone, f"{code}: phone {phone!r} has no random digits"
    for value in (*bank.slots["email"], *bank.slots["website"]):
        host = value.split("@")[-1].removeprefix("www.")
        assert _RESERVED_DOMAIN.search("." + host.lower()), f"{code}: {value!r} is not under a reserved domain"


@pytest.mark.parametrize("code", LANGS)
def test_ages_and_sections_carry_no_signal(code):
    bank = _bank(code)
    for age in bank.slots["age_adult"]:
        assert int(re.search(r"\d+", age).group()) >= 19, f"{code}: adult age {age!r} is under 19"
    for age in bank.slots["age_minor"]:
        assert int(re.search(r"\d+", age).group()) <= 18, f"{code}: minor age {age!r} is over 18"
    forbidden = ("{fee}", "{salary_high}", "{age_minor}", "24/7", "24h", "24 jam", "24 giờ", "24 ชม", "24小时",
                 "🍒", "🍭", "🎀")
    for name in SECTIONS:
        for text in bank.sections[name]:
            hit = [f for f in forbidden if f in text]
            assert hit == [], f"{code} section {name}: {hit} in neutral text {text[:50]!r}"
    for sig in SIGNAL_NAMES:
        for text in bank.decoys[sig]:
            assert "{age_minor}" not in text and "{salary_high}" not in text, f"{code} decoy {sig}: {text!r}"


@pytest.mark.parametrize("code", LANGS)
def test_minor_risk_evidence_is_cue_not_description(code):
    """Minor cues are euphemisms, ages and emoji codes: short phrasings, never descriptions."""
    for text in _bank(code).evidence["minor_risk"]:
        assert len(_SLOT.sub("", text)) <= 60, f"{code} minor_risk: cue phrasings stay short, found {text!r}"


@pytest.mark.parametrize("code", LANGS)
def test_no_text_pairs_abroad_city_with_abroad_country(code):
    """The engine fills the two slots independently, so one sentence naming both would pair Osaka with Taiwan."""
    both = [t for t in _texts(_bank(code)) if "{abroad_city}" in t and "{abroad_country}" in t]
    assert both == [], f"{code}: texts pairing independent abroad slots: {both[:3]}"


@pytest.mark.parametrize("code", LANGS)
def test_home_phones_are_well_formed_for_the_market(code):
    """Fictional, but shaped like real numbers of the market so a tokenizer sees the usual patterns."""
    phonenumbers = pytest.importorskip("phonenumbers")
    region = {"id": "ID", "vi": "VN", "th": "TH", "zh": "CN"}[code]
    for phone in _bank(code).slots["phone"]:
        for digit in "07":
            number = phonenumbers.parse(phone.replace("#", digit), region)
            assert phonenumbers.is_possible_number(number), f"{code}: {phone!r} is not a possible {region} number"
