"""stats.json: what the generated corpus contains, for the data card and for checking coverage.

Counts are per split x language x ad type x label (``"none"`` for ads without a signal, so negatives are
counted too; a multi-label ad counts once under each of its labels). A hard negative for a signal is an ad that
contains one of that signal's decoy sentences and is not labelled with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from training.corpus.frames import AD_TYPE_OF_KIND, HELD_OUT_LAYOUTS, KINDS, LAYOUTS
from training.taxonomy import AD_TYPES, SIGNAL_NAMES, TAXONOMY_VERSION

NONE = "none"


def _zero_counts(languages: Iterable[str]) -> dict:
    return {lang: {t: {lab: 0 for lab in (*SIGNAL_NAMES, NONE)} for t in AD_TYPES} for lang in languages}


def corpus_stats(by_split: Mapping[str, list], arguments: dict) -> dict:
    languages = list(arguments["languages"])
    counts: dict = {}
    ads_by: dict = {}
    hard: dict = {}
    splits: dict = {}
    kinds: dict = {}
    totals = _zero_counts(languages)
    hard_total = {lang: {s: 0 for s in SIGNAL_NAMES} for lang in languages}
    for name, ads in by_split.items():
        c = _zero_counts(languages)
        a = {lang: {t: 0 for t in AD_TYPES} for lang in languages}
        h = {lang: {s: 0 for s in SIGNAL_NAMES} for lang in languages}
        k = {kind: 0 for kind in KINDS}
        pos = 0
        for ad in ads:
            ad_type = AD_TYPE_OF_KIND[ad.kind]
            k[ad.kind] += 1
            a[ad.language][ad_type] += 1
            pos += bool(ad.labels)
            for lab in ad.labels or (NONE,):
                c[ad.language][ad_type][lab] += 1
                totals[ad.language][ad_type][lab] += 1
            for sig in dict.fromkeys(ad.decoys):
                if sig not in ad.labels:
                    h[ad.language][sig] += 1
                    hard_total[ad.language][sig] += 1
        counts[name] = c
        ads_by[name] = a
        hard[name] = h
        kinds[name] = k
        splits[name] = {"records": len(ads), "positives": pos, "negatives": len(ads) - pos}
    return {
        "corpus_version": arguments.get("version"),
        "taxonomy_version": TAXONOMY_VERSION,
        "arguments": arguments,
        "splits": splits,
        "kinds": kinds,
        "ads": ads_by,
        "counts": counts,
        "totals": totals,
        "hard_negatives": hard,
        "hard_negatives_total": hard_total,
        "layouts": {
            "per_kind": {kind: len(LAYOUTS[kind]) for kind in KINDS},
            "held_out": sorted(HELD_OUT_LAYOUTS),
        },
        "notes": {
            "ads": "split -> language -> ad_type -> number of ads",
            "counts": "split -> language -> ad_type -> label ('none' = no signal); multi-label ads count once per label",
            "hard_negatives": "ads containing a decoy sentence for the signal without being labelled with it",
        },
    }



def _table(head: list[str], rows: list[list]) -> list[str]:
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    return out + ["| " + " | ".join(str(v) for v in row) + " |" for row in rows]


def markdown_tables(stats: dict, splits: tuple[str, ...] | None = None) -> str:
    """The data card's composition tables from stats.json, summed over ``splits`` (default: all).

    Ads per language x ad type; labels per language (a multi-label ad counts once per label, so a row adds up
    to more than its ads); hard negatives per language x signal.
    """
    names = tuple(splits or stats["counts"])
    langs = list(stats["arguments"]["languages"])

    def total(table: str, lang: str, *path: str) -> int:
        n = 0
        for s in names:
            node = stats[table][s].get(lang, {})
            for key in path:
                node = node.get(key, {}) if isinstance(node, dict) else {}
            n += node if isinstance(node, int) else 0
        return n

    type_rows = [[lang, *(total("ads", lang, t) for t in AD_TYPES), sum(total("ads", lang, t) for t in AD_TYPES)]
                 for lang in langs]
    label_rows = [[lang, *(sum(total("counts", lang, t, lab) for t in AD_TYPES) for lab in (*SIGNAL_NAMES, NONE))]
                  for lang in langs]
    hard_rows = [[lang, *(total("hard_negatives", lang, sig) for sig in SIGNAL_NAMES)] for lang in langs]
    n_ads = sum(stats["splits"][s]["records"] for s in names)
    return "\n".join([
        f"{n_ads} ads ({', '.join(names)}).", "",
        "Ads per language and ad type:", "", *_table(["language", *AD_TYPES, "all"], type_rows), "",
        "Labels per language (an ad may carry several):", "",
        *_table(["language", *SIGNAL_NAMES, NONE], label_rows), "",
        "Hard negatives per language (contains a decoy sentence for the signal, not labelled with it):", "",
        *_table(["language", *SIGNAL_NAMES], hard_rows), "",
    ])
