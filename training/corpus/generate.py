"""The corpus generator: ``generate_corpus(out_dir, GenerateConfig(...))`` writes the splits and stats.json.

Each ad i is drawn from its own ``random.Random`` seeded by (seed, i), so the corpus is the same whatever the
number of worker processes, and the same arguments give byte-identical files. Splits are decided per ad:
the hold-out language (if any) goes to ``test_unseen_language`` only; of the rest, a share is built only from
held-out layouts and held-out evidence phrasings (``test_unseen_templates``), and the remainder only from the
others (train / validation / test), so the unseen-template split measures transfer to new template families.
"""

from __future__ import annotations

import json
import os
import random
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from serving.records import AdRecord, Span, write_records
from training.corpus.compose import LanguageContext, compose, plan_decoys, plan_signals
from training.corpus.frames import AD_TYPE_OF_KIND, KINDS, layouts_for
from training.corpus.langs import LANGUAGES, available_languages, check_languages, load_bank
from training.corpus.stats import corpus_stats
from training.taxonomy import SIGNAL_NAMES, validate_labels

CORPUS_VERSION = "v1"
SPLITS = ("train", "validation", "test", "test_unseen_templates")
HOLDOUT_LANGUAGE_SPLIT = "test_unseen_language"
# Share of each kind; negatives (local jobs, half the abroad jobs, independent escorts, classifieds) ~ 45%.
KIND_WEIGHTS = {
    "job_local": 0.14,
    "job_abroad": 0.12,
    "job_risky": 0.19,
    "recruiter_reply": 0.11,
    "escort_independent": 0.15,
    "escort_risky": 0.20,
    "classified": 0.09,
}
# Of the ads not in the hold-out language: unseen templates, then train / validation / test.
SPLIT_SHARES = (("test_unseen_templates", 0.08), ("train", 0.74), ("validation", 0.09), ("test", 0.09))
MAX_SIZE = 5_000_000
# Returning ads from workers costs about what generating them does, so processes only pay off for huge runs.
_PARALLEL_FROM = 300_000
_CHUNK = 5_000


@dataclass(frozen=True)
class GenerateConfig:
    size: int
    seed: int = 1
    languages: tuple[str, ...] = ()  # empty: every language with a bank
    holdout_language: str | None = None
    labels: tuple[str, ...] = ()  # empty: every signal
    parquet: bool = True
    workers: int = 0  # 0: one process for small corpora, up to the CPU count for large ones
    version: str = field(default=CORPUS_VERSION)

    def __post_init__(self) -> None:
        if not isinstance(self.size, int) or self.size < 1 or self.size > MAX_SIZE:
            raise ValueError(f"size: expected an integer between 1 and {MAX_SIZE}, found {self.size!r}")
        langs = self.languages or available_languages()
        if not langs:
            raise ValueError(f"no language banks found; expected modules training/corpus/langs/<code>.py for "
                             f"{', '.join(LANGUAGES)}")
        check_languages(list(langs))
        if len(set(langs)) != len(langs):
            raise ValueError(f"languages: expected each at most once, found {', '.join(langs)}")
        object.__setattr__(self, "languages", tuple(langs))
        if self.holdout_language is not None:
            check_languages([self.holdout_language])
            if self.holdout_language not in langs:
                raise ValueError(f"holdout language {self.holdout_language!r} must be one of the generated "
                                 f"languages: {', '.join(langs)}")
            if len(langs) < 2:
                raise ValueError("holdout language: expected at least two languages so train is not empty")
        validate_labels(list(self.labels))
        object.__setattr__(self, "labels", tuple(s for s in SIGNAL_NAMES if s in self.labels) or SIGNAL_NAMES)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["languages"] = list(self.languages)
        d["labels"] = list(self.labels)
        d.pop("workers")  # how it ran, not what it made
        return d


@dataclass(frozen=True)
class GeneratedAd:
    index: int
    split: str
    language: str
    kind: str
    layout_id: str
    text: str
    labels: tuple[str, ...]
    spans: tuple[tuple[str, int, int], ...]
    decoys: tuple[str, ...]  # signals whose hard-negative sentences the ad contains
    phrasings: tuple[str, ...] = ()  # identities of the evidence phrasings used (provenance, not written)

    def record(self, seed: int) -> AdRecord:
        return AdRecord(
            id=f"gen-{seed}-{self.split}-{self.index:07d}",
            text=self.text,
            language=self.language,
            ad_type=AD_TYPE_OF_KIND[self.kind],
            labels=list(self.labels),
            spans=[Span(label=lab, start=s, end=e) for lab, s, e in self.spans],
            source=f"generated:{CORPUS_VERSION}:{self.kind}:{self.layout_id}",
        )


_CONTEXTS: dict[str, LanguageContext] = {}


def _context(code: str) -> LanguageContext:
    if code not in _CONTEXTS:
        _CONTEXTS[code] = LanguageContext(load_bank(code))
    return _CONTEXTS[code]


def _kind_weights(allowed: frozenset[str]) -> tuple[tuple[str, ...], tuple[float, ...]]:
    w = dict(KIND_WEIGHTS)
    if not allowed & {"recruitment_fee", "travel_arranged", "deceptive_offer", "opaque_recruiter",
                      "vulnerability_targeting", "worker_control"}:
        w["job_risky"] = 0.0
    if not allowed & {"recruitment_fee", "travel_arranged", "deceptive_offer", "opaque_recruiter"}:
        w["recruiter_reply"] = 0.0
    if not allowed & {"third_party_control", "controlled_mobility", "restricted_movement", "minor_risk"}:
        w["escort_risky"] = 0.0
    kinds = tuple(k for k in KINDS if w[k] > 0)
    return kinds, tuple(w[k] for k in kinds)


def generate_one(config: GenerateConfig, index: int) -> GeneratedAd:
    """Ad number ``index`` of the corpus; depends only on (config, index)."""
    rng = random.Random(f"adrisk:{config.version}:{config.seed}:{index}")
    langs = config.languages
    language = langs[index % len(langs)]  # round-robin keeps languages balanced at any size
    if language == config.holdout_language:
        split = HOLDOUT_LANGUAGE_SPLIT
    else:
        u, split = rng.random(), SPLIT_SHARES[-1][0]
        for name, share in SPLIT_SHARES:
            if u < share:
                split = name
                break
            u -= share
    unseen = split == "test_unseen_templates"
    allowed = frozenset(config.labels)
    kinds, weights = _kind_weights(allowed)
    kind = rng.choices(kinds, weights)[0]
    layout = rng.choice(layouts_for(kind, unseen))
    signals = plan_signals(kind, allowed, rng)
    decoys = plan_decoys(kind, signals, rng)
    used: list[str] = []
    text, spans = compose(_context(language), layout, signals, decoys, unseen, rng, used=used)
    labels = tuple(s for s in SIGNAL_NAMES if s in signals)
    return GeneratedAd(index, split, language, kind, layout.id, text, labels, tuple(spans), tuple(decoys),
                       tuple(used))


def _generate_range(config: GenerateConfig, start: int, stop: int) -> list[GeneratedAd]:
    return [generate_one(config, i) for i in range(start, stop)]


def generate_ads(config: GenerateConfig) -> list[GeneratedAd]:
    """All ads in index order (the same list whatever the number of workers)."""
    workers = config.workers or (min(os.cpu_count() or 1, 8) if config.size >= _PARALLEL_FROM else 1)
    if workers <= 1:
        return _generate_range(config, 0, config.size)
    bounds = [(s, min(s + _CHUNK, config.size)) for s in range(0, config.size, _CHUNK)]
    out: list[GeneratedAd] = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for part in pool.map(_generate_range, [config] * len(bounds), *zip(*bounds)):
            out.extend(part)
    return out


def split_names(config: GenerateConfig) -> tuple[str, ...]:
    return SPLITS + ((HOLDOUT_LANGUAGE_SPLIT,) if config.holdout_language else ())


def generate_corpus(out_dir: str | os.PathLike, config: GenerateConfig) -> dict:
    """Write ``<split>.jsonl`` (and ``.parquet``) for every split plus ``stats.json``; return the stats."""
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise ValueError(f"--out: expected a directory, found a file at {str(out)!r}")
    out.mkdir(parents=True, exist_ok=True)
    ads = generate_ads(config)
    by_split: dict[str, list[GeneratedAd]] = {name: [] for name in split_names(config)}
    for ad in ads:
        by_split[ad.split].append(ad)
    for name, items in by_split.items():
        records = [ad.record(config.seed) for ad in items]
        write_records(records, out / f"{name}.jsonl")
        if config.parquet:
            write_records(records, out / f"{name}.parquet")
    stats = corpus_stats(by_split, config.to_dict())
    (out / "stats.json").write_text(json.dumps(stats, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    return stats
