"""The corpus generator: exact spans under noise, determinism, coverage, held-out splits, CLI errors."""

from __future__ import annotations

import json
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adrisk.cli import main
from serving.records import read_records
from training.corpus import noise
from training.corpus.compose import LanguageContext, compose
from training.corpus.frames import HELD_OUT_LAYOUTS, KINDS, LAYOUTS, layouts_for
from training.corpus.generate import GenerateConfig, generate_ads, generate_corpus, generate_one
from training.corpus.langs import LANGUAGES, available_languages, load_bank
from training.corpus.stats import markdown_tables
from training.taxonomy import SIGNAL_NAMES

LANGS = available_languages()
pytestmark = pytest.mark.skipif(not LANGS, reason="no language bank present yet")


def _check_ad(ad) -> None:
    assert ad.text == ad.text.strip() and ad.text
    labels = set(ad.labels)
    assert {lab for lab, _, _ in ad.spans} == labels, (ad.labels, ad.spans)  # every label has evidence
    last_end = 0
    for lab, s, e in sorted(ad.spans, key=lambda x: x[1]):
        ev = ad.text[s:e]
        assert ev.strip() and ev == ev.strip(), (lab, ev)
        assert s >= last_end, "spans overlap"
        last_end = e
    ad.record(0)  # the record schema validates offsets and span labels too


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**31), start=st.integers(min_value=0, max_value=10**6))
def test_spans_exact_for_any_seed(seed, start):
    config = GenerateConfig(size=10**7 // 2, seed=seed, languages=LANGS)
    for i in range(start, start + 3 * len(LANGS)):
        _check_ad(generate_one(config, i))


def _span_patterns(ctx: LanguageContext, signal: str) -> list[re.Pattern]:
    """Each phrasing's span template as a regex: slots match anything, the rest literally."""
    out = []
    for ph in ctx.seen[signal] + ctx.unseen[signal]:
        parts = re.split(r"\{[a-z_]+\}", ph.span.strip())
        out.append(re.compile(".+?".join(re.escape(p) for p in parts) + r"\Z", re.S))
    return out


@pytest.mark.parametrize("language", LANGS)
def test_clean_spans_are_the_phrasing_evidence(language):
    """Without noise, each span is exactly the [[...]] part of one of its signal's phrasings."""
    ctx = LanguageContext(load_bank(language))
    rng = random.Random(7)
    for sig in SIGNAL_NAMES:
        pats = _span_patterns(ctx, sig)
        for kind in ("job_risky", "escort_risky", "recruiter_reply"):
            layout = rng.choice(LAYOUTS[kind])
            text, spans = compose(ctx, layout, [sig], [], False, rng, profile=noise.NoiseProfile())
            assert spans and {lab for lab, _, _ in spans} == {sig}
            for _, s, e in spans:
                assert any(p.match(text[s:e]) for p in pats), (language, sig, text[s:e])


def test_every_language_signal_has_positives_and_hard_negatives():
    ads = generate_ads(GenerateConfig(size=320 * len(LANGS), seed=11, languages=LANGS))
    pos = {(lang, s): 0 for lang in LANGS for s in SIGNAL_NAMES}
    hard = dict(pos)
    for ad in ads:
        for s in ad.labels:
            pos[(ad.language, s)] += 1
        for s in ad.decoys:
            if s not in ad.labels:
                hard[(ad.language, s)] += 1
    assert not [k for k, n in pos.items() if n == 0], "language x signal without positives"
    assert not [k for k, n in hard.items() if n == 0], "language x signal without hard negatives"
    negatives = sum(not ad.labels for ad in ads) / len(ads)
    assert 0.35 < negatives < 0.6, negatives


def test_same_arguments_byte_identical_files(tmp_path):
    config = GenerateConfig(size=300, seed=5, languages=LANGS)
    generate_corpus(tmp_path / "a", config)
    generate_corpus(tmp_path / "b", config)
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "b").iterdir())
    assert {"train.jsonl", "validation.jsonl", "test.jsonl", "test_unseen_templates.jsonl", "stats.json",
            "train.parquet"} <= set(names)
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    other = GenerateConfig(size=300, seed=6, languages=LANGS)
    generate_corpus(tmp_path / "c", other)
    assert (tmp_path / "c" / "train.jsonl").read_bytes() != (tmp_path / "a" / "train.jsonl").read_bytes()


def test_worker_count_does_not_change_the_corpus():
    one = generate_ads(GenerateConfig(size=120, seed=2, languages=LANGS, workers=1))
    two = generate_ads(GenerateConfig(size=120, seed=2, languages=LANGS, workers=2))
    assert one == two


def test_records_stats_and_unseen_templates(tmp_path):
    stats = generate_corpus(tmp_path, GenerateConfig(size=400, seed=3, languages=LANGS, parquet=False))
    on_disk = json.loads((tmp_path / "stats.json").read_text(encoding="utf-8"))
    assert on_disk == stats
    for split in ("train", "validation", "test", "test_unseen_templates"):
        recs = read_records(tmp_path / f"{split}.jsonl")
        assert len(recs) == stats["splits"][split]["records"]
        assert sum(1 for r in recs if r.labels) == stats["splits"][split]["positives"]
        none = sum(stats["counts"][split][lang][t]["none"] for lang in LANGS for t in ("job", "escort", "other"))
        assert none == stats["splits"][split]["negatives"]
        assert len({r.id for r in recs}) == len(recs)
        assert sum(sum(by_type.values()) for by_type in stats["ads"][split].values()) == len(recs)
        layouts = {r.source.rsplit(":", 1)[1] for r in recs}
        if split == "test_unseen_templates":
            assert layouts and layouts <= HELD_OUT_LAYOUTS
        else:
            assert not layouts & HELD_OUT_LAYOUTS, f"held-out layout in {split}"
    table = markdown_tables(stats, ("train",))
    assert table.startswith(f"{stats['splits']['train']['records']} ads (train).")
    for lang in LANGS:
        row = next(line for line in table.splitlines() if line.startswith(f"| {lang} |"))
        assert int(row.split("|")[-2]) == sum(stats["ads"]["train"][lang].values())


def test_held_out_phrasings_only_in_unseen_templates():
    contexts = {lang: LanguageContext(load_bank(lang)) for lang in LANGS}
    held = {p.identity for c in contexts.values() for sig in SIGNAL_NAMES for p in c.unseen[sig]}
    ads = generate_ads(GenerateConfig(size=150 * len(LANGS), seed=8, languages=LANGS))
    unseen_ads = [ad for ad in ads if ad.split == "test_unseen_templates"]
    assert unseen_ads and any(ad.phrasings for ad in unseen_ads)
    for ad in ads:
        assert ad.phrasings or not ad.labels
        if ad.split == "test_unseen_templates":
            assert set(ad.phrasings) <= held and ad.layout_id in HELD_OUT_LAYOUTS
        else:
            assert not set(ad.phrasings) & held and ad.layout_id not in HELD_OUT_LAYOUTS


def test_held_out_families_are_disjoint_and_non_empty():
    for kind in KINDS:
        assert len(LAYOUTS[kind]) >= 15
        seen, unseen = layouts_for(kind, False), layouts_for(kind, True)
        assert seen and unseen and not {x.id for x in seen} & {x.id for x in unseen}
        assert 0.1 <= len(unseen) / len(LAYOUTS[kind]) <= 0.3
    for lang in LANGS:
        ctx = LanguageContext(load_bank(lang))
        for sig in SIGNAL_NAMES:
            seen = {p.identity for p in ctx.seen[sig]}
            unseen = {p.identity for p in ctx.unseen[sig]}
            assert seen and unseen and not seen & unseen, (lang, sig)


@pytest.mark.skipif(len(LANGS) < 2, reason="needs two banks")
def test_holdout_language_kept_out_of_training_splits(tmp_path):
    held = LANGS[0]
    generate_corpus(tmp_path, GenerateConfig(size=300, seed=4, languages=LANGS, holdout_language=held,
                                             parquet=False))
    for split in ("train", "validation", "test", "test_unseen_templates"):
        assert held not in {r.language for r in read_records(tmp_path / f"{split}.jsonl")}
    unseen = read_records(tmp_path / "test_unseen_language.jsonl")
    assert unseen and {r.language for r in unseen} == {held}


def test_cli_generate_writes_files(tmp_path, capsys):
    out = tmp_path / "corpus"
    rc = main(["data", "generate", "--out", str(out), "--size", "60", "--seed", "9", "--languages", LANGS[0],
               "--no-parquet"])
    assert rc == 0
    assert (out / "train.jsonl").exists() and (out / "stats.json").exists()
    assert not (out / "train.parquet").exists()


@pytest.mark.parametrize(
    "extra, expect",
    [
        (["--languages", "xx"], "expected any of: " + ", ".join(LANGUAGES)),
        (["--labels", "recruitment_fee", "bogus"], "expected any of: recruitment_fee"),
        (["--size", "0"], "--size: expected an integer >= 1, found '0'"),
        (["--size", "many"], "--size: expected an integer >= 1, found 'many'"),
        (["--holdout-language", "qq"], "unknown language(s) qq"),
    ],
)
def test_cli_errors_are_one_line_exit_2(tmp_path, capsys, extra, expect):
    argv = ["data", "generate", "--out", str(tmp_path / "o"), "--size", "10"] + extra
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and expect in err, err


def test_labels_restrict_positives():
    ads = generate_ads(GenerateConfig(size=200, seed=1, languages=LANGS, labels=("minor_risk",)))
    assert {s for ad in ads for s in ad.labels} == {"minor_risk"}


def test_noise_functions_keep_text_and_do_what_they_say():
    assert noise.strip_diacritics("Łódź, żółć, Tiếng Việt, São Paulo, Brașov") == "Lodz, zolc, Tieng Viet, Sao Paulo, Brasov"
    assert noise.transliterate("Работа в Польше") == "Rabota v Polshe"
    assert noise.transliterate("Робота їжа") == "Robota yizha"
    rng = random.Random(0)
    for s in ("ok", "WhatsApp", "ทำงานที่ต่างประเทศ", "高薪招聘", "Earn $5,000/week – no experience needed!"):
        for _ in range(50):
            assert noise.typos(s, 0.5, rng).strip()
            assert noise.ocr(s, 0.5, rng, latin=True).strip()
            assert noise.leet(s, 0.5, rng).strip()
    assert noise.spaced("WhatsApp", random.Random(0)).replace(" ", "").replace(".", "").replace("-", "").lower() == "whatsapp"
    assert "5" in noise.phone_style("555-0123", random.Random(0)).replace("5️⃣", "5")


def test_ocr_noise_keeps_one_character_per_item_after_multi_letter_confusions():
    import random

    from training.corpus import noise

    # 'm' -> 'rn' used to leave a two-letter item that a later step passed to unicodedata.combining().
    text = "mmmm mmmm mmmm mmmm mmmm mmmm"
    for seed in range(300):
        out = noise.ocr(text, 1.0, random.Random(seed), True)
        assert out.strip()
