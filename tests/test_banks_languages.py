"""Checks that depend on the language: script, letters only one language uses, native diacritics, market formats.

The language-independent checks of every bank are in tests/test_corpus_banks.py (helpers in tests/bank_checks.py).
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from tests.bank_checks import SLOT_RE, digits, strip_markers, texts
from training.corpus.bank import SECTIONS
from training.corpus.langs import available_languages, load_bank
from training.taxonomy import SIGNAL_NAMES

LANGS = available_languages()

# Which script a language's own text must be in (the share of section/evidence/decoy texts that contain it).
SCRIPT = {"th": "THAI", "zh": "CJK UNIFIED", "ru": "CYRILLIC", "uk": "CYRILLIC"}
# Ads in these languages are often typed in Latin letters; the engine's noise transliterates only these banks.
TRANSLITERATED = ("ru", "uk")

# Letters that only appear when a text is written natively in the language (not ASCII-folded).
DIACRITICS = {
    "es": set("áéíóúñü¿¡"),
    "pt": set("ãõçáéíóúâêô"),
    "fr": set("éèêàâçùûîïôœ"),
    "ro": set("ăâîșț"),
}
# Share of section variants that must carry at least one native letter (short headlines may not).
MIN_DIACRITIC_SHARE = 0.4

_CYR = re.compile(r"[\u0400-\u04FF]")
_LAT = re.compile(r"[A-Za-z]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Vietnamese letters outside ASCII: a text carrying none of them was typed without dấu (or is English).
_VI_MARKED = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.I)
# Characters that only exist in Traditional Chinese: the zh bank is Simplified (mainland market).
_TRADITIONAL = set("們個這錢資號會來時間與電話關機場飛證護簽聯係門開歲學貨準萬區鐘體經驗職單華灣罰還")

# Country calling code and trunk prefix of each market's own numbers (numbers abroad may appear too).
PHONE_PREFIX = {"id": ("+62", "0"), "vi": ("+84", "0"), "th": ("+66", "0"), "zh": ("+86", "1")}
PHONE_REGION = {"id": "ID", "vi": "VN", "th": "TH", "zh": "CN"}


def _has_script(text: str, script: str) -> bool:
    return any(unicodedata.name(c, "").startswith(script) for c in text if ord(c) > 127)


def _share(items: list[str], pattern: re.Pattern) -> float:
    """Share of texts that match ``pattern`` once their {slot}s are gone."""
    return sum(1 for t in items if pattern.search(SLOT_RE.sub("", t))) / len(items)


def _joined(code: str) -> str:
    return " ".join(SLOT_RE.sub("", t) for t in texts(load_bank(code)))


@pytest.mark.parametrize("code", LANGS)
def test_bank_is_written_in_its_script(code):
    items = texts(load_bank(code))
    if code in SCRIPT:
        share = sum(_has_script(t, SCRIPT[code]) for t in items) / len(items)
        assert share >= 0.8, f"{code}: expected >= 80% of texts in {SCRIPT[code]} script, found {share:.0%}"
    else:
        letters = [c for t in items for c in t if c.isalpha()]
        latin = sum(unicodedata.name(c, "").startswith("LATIN") for c in letters) / max(1, len(letters))
        assert latin >= 0.95, f"{code}: expected Latin script, found {latin:.0%} Latin letters"


@pytest.mark.parametrize("code", LANGS)
def test_transliterate_only_where_ads_are_typed_in_latin(code):
    expected = code in TRANSLITERATED
    assert load_bank(code).transliterate is expected, f"{code}: expected transliterate={expected}"


@pytest.mark.parametrize("code", ("ru", "uk"))
def test_cyrillic_outweighs_latin(code):
    text = _joined(code)
    cyr, lat = len(_CYR.findall(text)), len(_LAT.findall(text))
    assert cyr > 4 * lat, f"{code}: expected mostly Cyrillic, found {cyr} Cyrillic vs {lat} Latin letters"


def test_ukrainian_letters_and_not_russian():
    text = _joined("uk")
    for ch in "іїє":
        assert text.count(ch) >= 10, f"uk: expected the Ukrainian letter {ch!r} often, found {text.count(ch)}"
    # ы, э, ъ and ё do not exist in Ukrainian; they would appear only in quoted Russian, which the bank avoids.
    assert not re.search("[ыэъё]", text, re.I), "uk: found Russian-only letters"


def test_russian_letters_and_not_ukrainian():
    text = _joined("ru")
    assert not re.search("[іїєґ]", text, re.I), "ru: found Ukrainian-only letters"
    assert text.count("ы") >= 20, f"ru: expected the letter 'ы' often, found {text.count('ы')}"


@pytest.mark.parametrize("code", sorted(DIACRITICS))
def test_text_is_native_not_ascii_folded(code):
    bank = load_bank(code)
    letters = DIACRITICS[code]
    variants = [t for name in SECTIONS for t in bank.sections[name]]
    share = sum(1 for t in variants if set(t) & letters) / len(variants)
    assert share >= MIN_DIACRITIC_SHARE, f"{code}: sections with native letters {share:.2f} < {MIN_DIACRITIC_SHARE}"
    for sig in SIGNAL_NAMES:
        assert any(set(t) & letters for t in bank.evidence[sig]), f"{code} {sig}: no evidence with native letters"


def test_romanian_uses_comma_below_letters():
    # Romanian is written with comma-below ș ț; cedilla ş ţ is the legacy encoding, not the native text.
    legacy = [t for t in texts(load_bank("ro")) if set(t) & set("şţŞŢ")]
    assert legacy == [], f"ro: cedilla letters instead of comma-below in {legacy[:3]}"


def test_polish_diacritics():
    text = _joined("pl")
    for ch in "ąęłóśżź":
        assert ch in text, f"pl: expected Polish letter {ch!r}"
    assert "zł" in text


def test_tagalog_markers():
    bank = load_bank("tl")
    text = " ".join([strip_markers(t) for t in texts(bank)] + [v for vs in bank.slots.values() for v in vs]).lower()
    for word in (" ang ", " ng ", " sa ", " po", "walang", "₱", "gcash", "dmw"):
        assert word in text, f"tl: expected {word!r} in the bank"


# Share of all texts, and of each signal's evidence, that must carry the language's own script.
OWN_SCRIPT_SHARE = {"th": (_THAI, 0.85, 0.6), "zh": (_HAN, 0.9, 0.7)}


@pytest.mark.parametrize("code", sorted(OWN_SCRIPT_SHARE))
def test_texts_and_each_signal_carry_the_own_script(code):
    bank = load_bank(code)
    pattern, min_texts, min_evidence = OWN_SCRIPT_SHARE[code]
    share = _share(texts(bank), pattern)
    assert share >= min_texts, f"{code}: texts in its own script {share:.2f} < {min_texts}"
    for sig in SIGNAL_NAMES:
        share = _share(list(bank.evidence[sig]), pattern)
        assert share >= min_evidence, f"{code} {sig}: evidence in its own script {share:.2f} < {min_evidence}"


def test_thai_letters_outweigh_english():
    letters = [c for c in _joined("th") if unicodedata.category(c).startswith("L")]
    thai = sum(1 for c in letters if _THAI.match(c)) / len(letters)
    assert thai >= 0.7, f"th: Thai share of letters {thai:.2f} < 0.7 (too much English)"


def test_chinese_is_simplified():
    bank = load_bank("zh")
    everything = texts(bank) + [v for vals in bank.slots.values() for v in vals]
    trad = sorted({c for t in everything for c in t if c in _TRADITIONAL})
    assert trad == [], f"zh: expected Simplified characters, found Traditional-only {trad}"


def test_vietnamese_has_diacritics_and_some_unaccented_typing():
    bank = load_bank("vi")
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
    bank = load_bank("id")
    odd = [t for t in texts(bank) if _THAI.search(t) or _HAN.search(t) or _CYR.search(t)]
    assert odd == [], f"id: expected Latin script, found {odd[:3]}"
    assert all("Rp" in v or "RM" in v or "NT$" in v or "UM" in v for v in bank.slots["salary_normal"])


def test_french_numbers_use_the_arcep_fiction_range():
    phones = [p for p in load_bank("fr").slots["phone"] if p.startswith(("0", "+33"))]
    assert phones and all(digits(p)[-8:-4] == "9900" for p in phones), (
        f"fr: French numbers must be 01 99 00 ## ## / +33 1 99 00 ## ##, found {phones}")


@pytest.mark.parametrize("code", sorted(PHONE_PREFIX))
def test_home_phones_are_well_formed_for_the_market(code):
    """Fictional, but shaped like real numbers of the market so a tokenizer sees the usual patterns."""
    phonenumbers = pytest.importorskip("phonenumbers")
    phones = load_bank(code).slots["phone"]
    home = [p for p in phones if p.startswith(PHONE_PREFIX[code])]
    assert home, f"{code}: expected phones in the market's format {PHONE_PREFIX[code]}, found {phones}"
    for phone in phones:
        for digit in "07":
            number = phonenumbers.parse(phone.replace("#", digit), PHONE_REGION[code])
            assert phonenumbers.is_possible_number(number), f"{code}: {phone!r} is not a possible number there"
