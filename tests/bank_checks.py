"""Language-independent checks of a phrase bank, beyond the hard minimums of ``LanguageBank.problems()``.

Each check takes a bank and returns its problems as 'where: expected ..., found ...' lines (empty when fine), so a
test shows every offender of a bank at once. ``tests/test_corpus_banks.py`` runs them over every language;
``tests/test_banks_languages.py`` reuses the text helpers for the checks that depend on a language.
"""

from __future__ import annotations

import re

from training.corpus.bank import SECTIONS, SLOTS, SPAN_CLOSE, SPAN_OPEN, LanguageBank
from training.taxonomy import SIGNAL_NAMES

# Issue 2 asks for more than the contract's hard minimums; every bank promises these floors.
MIN_EVIDENCE, MIN_DECOYS, MIN_SECTION_VARIANTS, MIN_SLOT_VALUES = 10, 6, 4, 5

ESCORT_SIGNALS = ("third_party_control", "controlled_mobility", "restricted_movement", "minor_risk")
MONEY_SLOTS = ("salary_normal", "salary_high", "fee", "rate", "price")

SLOT_RE = re.compile(r"\{[a-z_]+\}")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

# Phones carry a "555" block right after the area/operator code (within the first 9 digits, '#' read as 0);
# languages whose markets have an official fiction range may use it instead (see training/corpus/bank.py).
RESERVED_PHONE_RANGES = {"en": ("7700900", "491570"), "fr": ("19900",)}
# A host (scheme, user and path cut off first) under example.com/.net/.org or a *.example name.
_RESERVED_HOST = re.compile(r"^(?:[a-z0-9-]+\.)*(?:example\.(?:com|net|org)|[a-z0-9-]+\.example)$")

# Cues neutral sections must never carry: slots only risky text may use, round-the-clock availability, fees paid
# by the worker, youth emoji. Matched case-insensitively anywhere in a section variant.
_SECTION_CUES = re.compile(
    r"\{fee\}|\{salary_high\}|\{age_minor\}|🍒|🍭|🎀"
    r"|24/7|24h|24 h/24|24 jam|24 giờ|24 ชม|24小时|круглосуточ|цілодобов|całą dobę"
    r"|placement fee|processing fee|opłat\w* (?:rekrut|za pośred)|взнос|внесок|предоплат|передоплат",
    re.I,
)
# An age under 19 in an escort section ("17 lat", "16 años"). Company ages ("15 years in business") are fine in
# job sections, so only escort sections are held to it.
_MINOR_AGE = re.compile(
    r"\b1[0-8]\s*(?:lat|лет|год|рок|years|yrs|y/o|yo|taon|años|anos|ans|ani|tahun|thn|tuổi|ปี|岁)",
    re.I,
)
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")
# A number as written in a slot value: '#' is a random digit, groups separated by . , or a space.
_NUMBER = re.compile(r"[\d#][\d#.,]*(?: [\d#]{3})*")
# Digit placeholders the engine fills inside a text (same pattern as training/corpus/compose.py).
_DIGIT_RUN = re.compile(r"(?<=\d)#+|#{2,}|#+(?=\d)")
MAX_MINOR_CUE_CHARS = 60
MIN_SHARED_WORDS = 3  # shorter fragments ("new arrival", "NEW en la ciudad") may coincide across banks


def strip_markers(text: str) -> str:
    return text.replace(SPAN_OPEN, "").replace(SPAN_CLOSE, "")


def plain(text: str) -> str:
    """Text as a reader sees it: markers, slots, digits, emoji and punctuation gone, case folded, single spaces."""
    return " ".join(_WORD.findall(SLOT_RE.sub(" ", strip_markers(text)).casefold()))


def span(text: str) -> str:
    """The evidence span of a phrasing: inside ``[[...]]``, or the whole phrasing without a marker."""
    if SPAN_OPEN not in text:
        return text
    return text[text.index(SPAN_OPEN) + len(SPAN_OPEN) : text.index(SPAN_CLOSE)]


def texts(bank: LanguageBank, *, decoys: bool = True) -> list[str]:
    """Every section variant, evidence phrasing and (unless told) decoy of a bank, markers kept."""
    groups = (*bank.sections.values(), *bank.evidence.values(), *(bank.decoys.values() if decoys else ()))
    return [t for v in groups for t in v]


def values(bank: LanguageBank, slot: str) -> list[str]:
    """A slot's values in the bank and in every market of it."""
    return list(bank.slots.get(slot, ())) + [v for m in bank.markets.values() for v in m.get(slot, ())]


def digits(value: str) -> str:
    return re.sub(r"\D", "", value.replace("#", "0"))


def floor_problems(bank: LanguageBank) -> list[str]:
    out = []
    for sig in SIGNAL_NAMES:
        if (n := len(set(bank.evidence[sig]))) < MIN_EVIDENCE:
            out.append(f"evidence {sig}: expected >= {MIN_EVIDENCE} distinct, found {n}")
        if (n := len(set(bank.decoys[sig]))) < MIN_DECOYS:
            out.append(f"decoys {sig}: expected >= {MIN_DECOYS} distinct, found {n}")
    for name in SECTIONS:
        if (n := len(set(bank.sections[name]))) < MIN_SECTION_VARIANTS:
            out.append(f"section {name}: expected >= {MIN_SECTION_VARIANTS} distinct, found {n}")
    for name in SLOTS:
        if (n := len(set(bank.slots[name]))) < MIN_SLOT_VALUES:
            out.append(f"slot {name}: expected >= {MIN_SLOT_VALUES} distinct, found {n}")
    return out


def phrasing_problems(bank: LanguageBank) -> list[str]:
    """Evidence phrasings distinct as read (across signals too), spans non-empty and trimmed, no decoy clash."""
    out = []
    seen: dict[str, str] = {}
    for sig in SIGNAL_NAMES:
        for text in bank.evidence[sig]:
            key = plain(text)
            if key in seen:
                out.append(f"evidence {sig}: {text!r} repeats a {seen[key]} phrasing")
            seen.setdefault(key, sig)
            inner = span(text)
            if not inner.strip() or (SPAN_OPEN in text and inner != inner.strip()):
                out.append(f"evidence {sig}: expected a non-empty, trimmed span, found {inner!r} in {text!r}")
    for sig in SIGNAL_NAMES:
        for text in bank.decoys[sig]:
            if plain(text) in seen:
                out.append(f"decoy {sig}: {text!r} is also evidence of {seen[plain(text)]}")
    return out


def shared_sentences(banks: list[LanguageBank], allowed: set[frozenset[str]] = frozenset()) -> list[str]:
    """Sentences (as read, of >= MIN_SHARED_WORDS words) found in two banks, except the pairs in ``allowed``."""
    owners: dict[str, list[str]] = {}
    for bank in banks:
        for key in {plain(t) for t in texts(bank)}:
            if len(key.split()) >= MIN_SHARED_WORDS:
                owners.setdefault(key, []).append(bank.code)
    return [
        f"{a}/{b}: {key!r}"
        for key, codes in owners.items()
        for i, a in enumerate(codes)
        for b in codes[i + 1 :]
        if frozenset((a, b)) not in allowed
    ]


def identifier_problems(bank: LanguageBank) -> list[str]:
    """Phones in fictional ranges with random digits; e-mails and websites under reserved domains."""
    out = []
    reserved = RESERVED_PHONE_RANGES.get(bank.code, ())
    for phone in values(bank, "phone"):
        d = digits(phone)
        if "555" not in d[:9] and not any(r in d for r in reserved):
            out.append(f"phone {phone!r}: expected a 555 block after the operator code or {reserved or 'no other'}")
        if "#" not in phone:
            out.append(f"phone {phone!r}: expected random digits ('#')")
    for value in values(bank, "email") + values(bank, "website"):
        host = re.sub(r"^https?://", "", value.lower()).rsplit("@", 1)[-1].split("/")[0]
        if not _RESERVED_HOST.match(host):
            out.append(f"{value!r}: expected a host under example.com/.net/.org or *.example, found {host!r}")
    return out


def money_problems(bank: LanguageBank) -> list[str]:
    """Amounts start with a fixed digit ("1##0 €", not "#00 €").

    Written when '#' could become 0 anywhere; the engine now never starts a number with 0, so this holds only the
    banks written to that rule (see NOT_HELD in tests/test_corpus_banks.py).
    """
    out = []
    for name in MONEY_SLOTS:
        for value in values(bank, name):
            if any(n[0] == "#" for n in _NUMBER.findall(value)):
                out.append(f"slot {name}: {value!r} may start with 0")
    return out


def age_problems(bank: LanguageBank) -> list[str]:
    """Every number of an adult age is over 18, every number of a minor age 18 or under, and each has one."""
    out = []
    for name, ok, want in (("age_adult", lambda n: n > 18, "over 18"), ("age_minor", lambda n: n <= 18, "<= 18")):
        for value in values(bank, name):
            nums = [int(n) for n in re.findall(r"\d+", value)]
            if not nums or not all(ok(n) for n in nums):
                out.append(f"{name} {value!r}: expected a number {want}")
    return out


def neutral_text_problems(bank: LanguageBank) -> list[str]:
    """Sections carry no signal cue (nor an age under 19 in escort ones); decoys never use risky-only slots."""
    out = []
    for name in SECTIONS:
        for text in bank.sections[name]:
            if hit := _SECTION_CUES.findall(text):
                out.append(f"section {name}: signal cue {hit} in neutral text {text[:60]!r}")
            if name.startswith("escort_") and _MINOR_AGE.search(text):
                out.append(f"section {name}: states an age under 19 in {text[:60]!r}")
    for sig in SIGNAL_NAMES:
        for text in bank.decoys[sig]:
            if "{age_minor}" in text or "{salary_high}" in text:
                out.append(f"decoy {sig}: uses a risky-only slot in {text!r}")
    return out


def digit_placeholder_problems(bank: LanguageBank, *, slot_values_only: bool) -> list[str]:
    """'#' in a text only as a run of digits the engine fills ("CIF B-########"), or nowhere when told."""
    out = []
    for text in texts(bank):
        rest = text if slot_values_only else _DIGIT_RUN.sub("", text)
        if "#" in rest:
            where = "a slot value" if slot_values_only else "a digit run"
            out.append(f"expected '#' only in {where}, found one in {text[:60]!r}")
    return out


def abroad_pair_problems(bank: LanguageBank) -> list[str]:
    # The engine fills the two slots independently: one sentence naming both would pair Osaka with Taiwan.
    return [
        f"text pairs independent slots {{abroad_city}} and {{abroad_country}}: {t[:60]!r}"
        for t in texts(bank)
        if "{abroad_city}" in t and "{abroad_country}" in t
    ]


def escort_emoji_problems(bank: LanguageBank) -> list[str]:
    """Escort-signal evidence reads like escort ads: at least a third of each signal's phrasings carry emoji."""
    out = []
    for sig in ESCORT_SIGNALS:
        phrases = bank.evidence[sig]
        with_emoji = sum(bool(_EMOJI.search(p)) for p in phrases)
        if with_emoji * 3 < len(phrases):
            out.append(f"evidence {sig}: expected >= 1/3 with emoji, found {with_emoji}/{len(phrases)}")
    return out


def minor_cue_problems(bank: LanguageBank) -> list[str]:
    """Minor cues are euphemisms, ages and emoji codes: short phrasings, never descriptions."""
    return [
        f"evidence minor_risk: cue phrasings stay <= {MAX_MINOR_CUE_CHARS} chars, found {t!r}"
        for t in bank.evidence["minor_risk"]
        if len(SLOT_RE.sub("", t)) > MAX_MINOR_CUE_CHARS
    ]


def market_problems(bank: LanguageBank) -> list[str]:
    """Per-city markets pin both city and district (or districts drift); digits can be spelled out."""
    out = [] if bank.markets else ["expected per-city markets"]
    for name, overrides in bank.markets.items():
        if not (overrides.get("city") and overrides.get("district")):
            out.append(f"market {name}: expected city and district")
    if len(bank.digit_words) != 10:
        out.append(f"digit_words: expected 10, found {len(bank.digit_words)}")
    return out
