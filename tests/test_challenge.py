"""The hand-written challenge set: schema, coverage, balance, and separation from the generator's output."""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter, defaultdict

import pytest

from serving.records import read_records
from training.challenge import (
    ABBREVIATIONS,
    SOURCE,
    ChallengeDataError,
    load_challenge,
    parse_ad,
    write_challenge,
)
from training.taxonomy import SIGNAL_NAMES

WINDOW = 40


@pytest.fixture(scope="module")
def records():
    return load_challenge()


def test_size_and_languages(records):
    assert len(records) >= 400, f"expected >= 400 challenge ads, found {len(records)}"
    per_lang = Counter(r.language for r in records)
    big = [lang for lang, n in per_lang.items() if n >= 25]
    assert len(big) >= 8, f"expected >= 8 languages with >= 25 ads, found {dict(per_lang)}"


def test_ids_unique_and_well_formed(records):
    ids = [r.id for r in records]
    dupes = [i for i, n in Counter(ids).items() if n > 1]
    assert not dupes, f"duplicate ids: {dupes}"
    for r in records:
        assert re.fullmatch(rf"chal-{r.language}-\d{{3}}", r.id), r.id
        assert r.source == SOURCE


def test_labels_and_spans_agree(records):
    for r in records:
        assert set(r.labels) <= set(SIGNAL_NAMES), (r.id, r.labels)
        assert list(r.labels) == [s for s in SIGNAL_NAMES if s in r.labels], f"{r.id}: labels out of taxonomy order"
        assert {s.label for s in r.spans} == set(r.labels), f"{r.id}: every label needs a span and vice versa"
        for s in r.spans:
            evidence = r.text[s.start : s.end]
            assert evidence.strip() == evidence and evidence, f"{r.id}: bad evidence {evidence!r} for {s.label}"
        assert "[[" not in r.text and "]]" not in r.text, f"{r.id}: marker left in text"


def test_balance(records):
    pos = sum(1 for r in records if r.labels)
    neg = len(records) - pos
    assert pos / len(records) >= 0.35, f"positives {pos}/{len(records)}"
    assert neg / len(records) >= 0.35, f"negatives {neg}/{len(records)}"
    # Negatives must be hard: independent escort ads and job ads, not only classifieds.
    neg_types = Counter(r.ad_type for r in records if not r.labels)
    assert neg_types["escort"] >= 30 and neg_types["job"] >= 60, dict(neg_types)


def test_each_signal_well_represented(records):
    count: Counter = Counter()
    langs: dict[str, set] = defaultdict(set)
    for r in records:
        for label in r.labels:
            count[label] += 1
            langs[label].add(r.language)
    for name in SIGNAL_NAMES:
        assert count[name] >= 15, f"{name}: expected >= 15 positives, found {count[name]}"
        assert len(langs[name]) >= 4, f"{name}: expected >= 4 languages, found {sorted(langs[name])}"


def test_texts_vary_in_length(records):
    lengths = sorted(len(r.text) for r in records)
    assert lengths[0] < 150 and lengths[-1] > 700, (lengths[0], lengths[-1])
    assert sum(1 for n in lengths if n > 500) >= 12


_PHONE = re.compile(r"(?<![\w.,/-])\+?\d[\d \-]{5,}\d(?!\w)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def test_identifiers_are_fictional(records):
    for r in records:
        for m in _PHONE.finditer(r.text):
            digits = re.sub(r"\D", "", m.group())
            assert len(digits) < 7 or "555" in digits, f"{r.id}: phone-like number {m.group()!r} lacks a 555 block"
        for m in _EMAIL.finditer(r.text):
            domain = m.group().rsplit("@", 1)[1]
            assert re.search(r"(^|\.)example(\.(com|org|net))?$", domain), f"{r.id}: e-mail {m.group()!r} is not reserved"


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_write_round_trip(tmp_path, records, fmt):
    out = tmp_path / f"challenge.{fmt}"
    n = write_challenge(out)
    assert n == len(records)
    back = read_records(out)
    assert [r.model_dump() for r in back] == [r.model_dump() for r in records]


def test_cli_writes_the_set(tmp_path, records):
    from adrisk.cli import main

    out = tmp_path / "c.jsonl"
    assert main(["data", "challenge", "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(records)


def test_parse_ad_offsets_and_errors():
    text, spans = parse_ad("Pay [[fee:a fee of 50]] and [[trv,dec:fly now]]!", "t-1")
    assert text == "Pay a fee of 50 and fly now!"
    assert [(s.label, text[s.start : s.end]) for s in spans] == [
        ("recruitment_fee", "a fee of 50"),
        ("travel_arranged", "fly now"),
        ("deceptive_offer", "fly now"),
    ]
    with pytest.raises(ChallengeDataError, match="unknown label code 'xyz'"):
        parse_ad("[[xyz:oops]]", "t-2")
    with pytest.raises(ChallengeDataError, match="whitespace"):
        parse_ad("[[fee: padded]]", "t-3")
    with pytest.raises(ChallengeDataError, match="marker"):
        parse_ad("broken [[fee:never closed", "t-4")
    assert set(ABBREVIATIONS.values()) == set(SIGNAL_NAMES)


def test_unknown_language_is_a_clear_error():
    with pytest.raises(ValueError, match="available: en"):
        load_challenge(["xx"])


def _norm(text: str) -> str:
    # Case and whitespace are folded so a copy cannot hide behind a changed line break or capital letter.
    return re.sub(r"\s+", " ", text).casefold()


@pytest.mark.skipif(
    importlib.util.find_spec("training.corpus.generate") is None, reason="the corpus generator is not installed"
)
@pytest.mark.parametrize("size,seed", [(3000, 7), (20000, 1)])
def test_no_challenge_text_in_generator_output(tmp_path, records, size, seed):
    from adrisk.cli import main

    out = tmp_path / "corpus"
    assert main(["data", "generate", "--out", str(out), "--size", str(size), "--seed", str(seed), "--no-parquet"]) == 0
    generated = [r.text for f in sorted(out.glob("*.jsonl")) for r in read_records(f)]
    assert len(generated) == size

    challenge_texts = {_norm(r.text): r.id for r in records}
    windows: dict[str, str] = {}
    for norm, rid in challenge_texts.items():
        for i in range(max(1, len(norm) - WINDOW + 1)):
            windows.setdefault(norm[i : i + WINDOW], rid)

    whole = [challenge_texts[g] for g in map(_norm, generated) if g in challenge_texts]
    assert not whole, f"challenge ads reproduced verbatim by the generator: {whole[:5]}"
    shared = []
    for g in map(_norm, generated):
        for i in range(len(g) - WINDOW + 1):
            if g[i : i + WINDOW] in windows:
                shared.append((windows[g[i : i + WINDOW]], g[i : i + WINDOW]))
                break
    assert not shared, f"{len(shared)} generated ads share a {WINDOW}-character window with the challenge set: {shared[:5]}"


def test_stats_add_up(records):
    from training.challenge import challenge_stats

    stats = challenge_stats(records)
    assert sum(d["ads"] for d in stats.values()) == len(records)
    for lang, d in stats.items():
        assert d["positives"] + d["negatives"] == d["ads"] == sum(d["ad_types"].values()), lang
        assert sum(d["labels"].values()) == sum(len(r.labels) for r in records if r.language == lang)
