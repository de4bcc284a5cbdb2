"""The hand-written challenge set: ads written one by one, for evaluation only (never for training).

How it was written (for the data card): each ad was typed freehand, one at a time, in the style of real job
boards, recruiter chats, escort/massage ads and classifieds of each market (local currencies, phone formats,
messaging apps, city names, code-switching such as Taglish or transliterated Russian, OCR-style digit/letter
swaps, spaced phone numbers, emoji). The writer did not read or reuse the generator's phrase banks or frames;
a test proves no challenge text, nor any 40-character window of one, appears in generator output, and
sentences that happened to coincide with generated text were reworded. Labels follow the definitions and
guidance in ``training.taxonomy``; hard negatives use the signals' vocabulary on purpose (employer-paid or
self-arranged relocation, licensed agencies, scam warnings, hotline posters, benign "new"/"24/7"/"fresh",
independent adults' escort ads). All phone numbers carry a 555 block and e-mails use reserved domains.
Limitations: one writer, not native in every language; several ad shapes recur across languages in
parallel form; labels were not double-annotated.

Each ``ads_<lang>.py`` holds ``ADS``: a list of ``(ad_type, text)`` pairs. Evidence is marked inline as
``[[abbr:evidence]]`` (or ``[[abbr,abbr:evidence]]`` when one phrase is evidence of two signals); the build
strips the markers, so the offsets are computed, never typed by hand, and a marked ad can never drift out of
sync with its spans. An ad without markers is a negative. The labels of an ad are exactly the labels of its spans,
so every labelled positive has evidence by construction.
"""

from __future__ import annotations

import importlib
import os
import re
from pathlib import Path

from serving.records import AdRecord, Span, write_records
from training.taxonomy import AD_TYPES, SIGNAL_NAMES

SOURCE = "challenge:v1:handwritten"
LANGUAGES = ("en", "es", "pt", "fr", "ru", "uk", "pl", "tl", "id", "vi", "th", "zh")

# Short codes keep the data files readable; each maps to exactly one taxonomy name.
ABBREVIATIONS = {
    "fee": "recruitment_fee",
    "trv": "travel_arranged",
    "dec": "deceptive_offer",
    "opq": "opaque_recruiter",
    "vul": "vulnerability_targeting",
    "wc": "worker_control",
    "tpc": "third_party_control",
    "mob": "controlled_mobility",
    "rm": "restricted_movement",
    "min": "minor_risk",
}
assert sorted(ABBREVIATIONS.values()) == sorted(SIGNAL_NAMES)

_MARK = re.compile(r"\[\[([a-z,]+):(.+?)\]\]", re.S)


class ChallengeDataError(ValueError):
    """A data file is malformed: the message names the ad and what was expected."""


def parse_ad(marked: str, rid: str) -> tuple[str, list[Span]]:
    """Strip ``[[abbr:evidence]]`` markers from ``marked``; return the plain text and its spans."""
    parts: list[str] = []
    spans: list[Span] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        length += len(before)
        evidence = m.group(2)
        if evidence != evidence.strip():
            raise ChallengeDataError(f"{rid}: evidence {evidence!r} should not start or end with whitespace")
        for code in m.group(1).split(","):
            if code not in ABBREVIATIONS:
                raise ChallengeDataError(
                    f"{rid}: unknown label code {code!r}; expected one of: {', '.join(ABBREVIATIONS)}"
                )
            spans.append(Span(label=ABBREVIATIONS[code], start=length, end=length + len(evidence)))
        parts.append(evidence)
        length += len(evidence)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    if "[[" in text or "]]" in text:
        raise ChallengeDataError(f"{rid}: unbalanced or malformed evidence marker left in the text")
    return text, spans


def _records_for(lang: str) -> list[AdRecord]:
    module = importlib.import_module(f"training.challenge.ads_{lang}")
    out = []
    for i, entry in enumerate(module.ADS, 1):
        rid = f"chal-{lang}-{i:03d}"
        if not (isinstance(entry, tuple) and len(entry) == 2):
            raise ChallengeDataError(f"{rid}: expected an (ad_type, text) pair, found {type(entry).__name__}")
        ad_type, marked = entry
        if ad_type not in AD_TYPES:
            raise ChallengeDataError(f"{rid}: ad_type {ad_type!r}; expected one of: {', '.join(AD_TYPES)}")
        text, spans = parse_ad(marked.strip(), rid)
        labels = [name for name in SIGNAL_NAMES if any(s.label == name for s in spans)]
        spans.sort(key=lambda s: (s.start, SIGNAL_NAMES.index(s.label)))
        out.append(
            AdRecord(id=rid, text=text, language=lang, ad_type=ad_type, labels=labels, spans=spans, source=SOURCE)
        )
    return out


def load_challenge(languages: tuple[str, ...] | list[str] | None = None) -> list[AdRecord]:
    """All challenge records (validated AdRecords) in language order, then file order."""
    langs = tuple(languages) if languages else LANGUAGES
    unknown = sorted(set(langs) - set(LANGUAGES))
    if unknown:
        raise ValueError(f"no challenge ads for language(s) {', '.join(unknown)}; available: {', '.join(LANGUAGES)}")
    records = [r for lang in langs for r in _records_for(lang)]
    seen: dict[str, str] = {}
    for r in records:
        if r.text in seen:
            raise ChallengeDataError(f"{r.id}: same text as {seen[r.text]}")
        seen[r.text] = r.id
    return records


def challenge_stats(records: list[AdRecord] | None = None) -> dict:
    """Counts for the data card: per language, ads, positives, negatives, ad types and per-signal positives."""
    records = load_challenge() if records is None else records
    out: dict[str, dict] = {}
    for r in records:
        d = out.setdefault(
            r.language,
            {"ads": 0, "positives": 0, "negatives": 0, "ad_types": dict.fromkeys(AD_TYPES, 0),
             "labels": dict.fromkeys(SIGNAL_NAMES, 0)},
        )
        d["ads"] += 1
        d["positives" if r.labels else "negatives"] += 1
        d["ad_types"][r.ad_type] += 1
        for label in r.labels:
            d["labels"][label] += 1
    return out


def write_challenge(out_path: str | os.PathLike, fmt: str | None = None) -> int:
    """Write the challenge set to ``out_path`` (.jsonl, .parquet or .csv); return the number of records."""
    records = load_challenge()
    write_records(records, Path(out_path), fmt)
    return len(records)
