"""Linking related ads across an archive: near-duplicate text and shared contact identifiers.

Two patterns only show across ads: the same advertisement replicated on many platforms, and a person moved
between cities by editing the location of an otherwise identical ad. Ads are linked by MinHash LSH over
character shingles of a normalised text (digits removed, so edited phones and prices do not break a match) and
by shared identifiers (phones in E.164, e-mails, handles, links), which are kept only as salted hashes unless
asked otherwise. Clusters are the connected components over both kinds of edge.
"""

from __future__ import annotations

import csv
import json
import os
import re
import unicodedata
import zlib
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

import networkx as nx
import numpy as np
from datasketch import MinHash, MinHashLSH

from serving.identifiers import LANGUAGE_REGION, IdentifierHasher, extract_identifiers
from serving.records import detect_format, iter_raw_rows, stable_id


@dataclass
class LinkConfig:
    text_column: str = "text"
    id_column: str = "id"
    language_column: str = "language"
    country_column: str = "country"  # ISO 3166 alpha-2; the best phone-region hint when present
    location_column: str = "location"
    platform_column: str = "platform"
    date_column: str = "date"
    threshold: float = 0.5  # estimated Jaccard of shingle sets above which two ads are near-duplicates
    num_perm: int = 128
    shingle_size: int = 5
    keep_identifiers: bool = False
    salt: str | None = None
    region: str | None = None  # phone region hint for every ad; else from the language column
    # An identifier shared by more ads than this is a platform-wide one (a site's own link), not a lead.
    max_identifier_ads: int = 500
    min_cluster_size: int = 2

    def __post_init__(self):
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], found {self.threshold}")
        if self.shingle_size < 2:
            raise ValueError(f"shingle_size must be >= 2, found {self.shingle_size}")


@dataclass
class Edge:
    source: str
    target: str
    kind: str  # near_duplicate | identifier
    weight: float
    evidence: str = ""  # the shared identifier (hashed unless keep_identifiers) for identifier edges


@dataclass
class LinkResult:
    clusters: list[dict]
    edges: list[Edge]
    stats: dict = field(default_factory=dict)


_NON_WORD = re.compile(r"[\W\d_]+", re.UNICODE)


def normalise(text: str) -> str:
    """Case-, width- and accent-folded letters only: digits (phones, prices, dates) and emoji carry no style."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", text).strip()


def shingles(text: str, k: int) -> set[bytes]:
    norm = normalise(text)
    if len(norm) <= k:
        return {norm.encode()} if norm else set()
    return {norm[i : i + k].encode() for i in range(len(norm) - k + 1)}


def _value(row: dict, column: str):
    v = row.get(column)
    if v is None or (isinstance(v, float) and np.isnan(v)) or (isinstance(v, str) and not v.strip()):
        return None
    return v


def link_rows(rows: list[dict], cfg: LinkConfig | None = None) -> LinkResult:
    """Cluster ``rows`` (dicts with at least the text column). Rows without usable text are skipped."""
    cfg = cfg or LinkConfig()
    if rows and cfg.text_column not in rows[0]:
        raise ValueError(f"expected a text column {cfg.text_column!r}; found columns {sorted(rows[0])}")
    ids: list[str] = []
    texts: list[str] = []
    kept: list[dict] = []
    seen_ids: set[str] = set()
    for row in rows:
        text = _value(row, cfg.text_column)
        if not isinstance(text, str):
            continue
        rid = str(_value(row, cfg.id_column) or stable_id(text))
        if rid in seen_ids:
            raise ValueError(f"duplicate id {rid!r}: ids must be unique to link ads")
        seen_ids.add(rid)
        ids.append(rid)
        texts.append(text)
        kept.append(row)

    edges = _near_duplicate_edges(ids, texts, cfg) + _identifier_edges(ids, texts, kept, cfg)
    graph = nx.Graph()
    graph.add_nodes_from(ids)
    for e in edges:
        graph.add_edge(e.source, e.target)
    by_id = dict(zip(ids, kept))
    components = sorted(
        (sorted(c) for c in nx.connected_components(graph) if len(c) >= cfg.min_cluster_size),
        key=lambda c: (-len(c), c[0]),
    )
    # Edges grouped by component once: per-cluster scans of all edges are quadratic on large archives.
    component_of = {m: n for n, members in enumerate(components) for m in members}
    edges_of: dict[int, list[Edge]] = defaultdict(list)
    for e in edges:
        if (n := component_of.get(e.source)) is not None:
            edges_of[n].append(e)
    clusters = [_describe(n, members, by_id, edges_of[n], cfg) for n, members in enumerate(components)]
    stats = {
        "ads": len(ids),
        "skipped_rows": len(rows) - len(ids),
        "clusters": len(clusters),
        "ads_in_clusters": sum(c["size"] for c in clusters),
        "near_duplicate_edges": sum(e.kind == "near_duplicate" for e in edges),
        "identifier_edges": sum(e.kind == "identifier" for e in edges),
    }
    return LinkResult(clusters=clusters, edges=edges, stats=stats)


def _near_duplicate_edges(ids: list[str], texts: list[str], cfg: LinkConfig) -> list[Edge]:
    sets = [sorted(shingles(t, cfg.shingle_size)) for t in texts]
    # crc32 instead of datasketch's default sha1: shingle hashing dominates on large archives, and the
    # hash only has to be consistent within one run (the permutations make it a MinHash).
    hashes = MinHash.bulk(sets, num_perm=cfg.num_perm, hashfunc=zlib.crc32)
    lsh = MinHashLSH(threshold=cfg.threshold, num_perm=cfg.num_perm)
    edges: list[Edge] = []
    for i, (rid, mh) in enumerate(zip(ids, hashes)):
        if not sets[i]:
            continue
        for other in lsh.query(mh):
            j = int(other)
            jac = mh.jaccard(hashes[j])
            if jac >= cfg.threshold:
                edges.append(Edge(ids[j], rid, "near_duplicate", round(float(jac), 4)))
        lsh.insert(str(i), mh)
    return edges


def _identifier_edges(ids: list[str], texts: list[str], rows: list[dict], cfg: LinkConfig) -> list[Edge]:
    hasher = None if cfg.keep_identifiers else IdentifierHasher(cfg.salt)
    holders: dict[str, list[str]] = defaultdict(list)
    for rid, text, row in zip(ids, texts, rows):
        lang = _value(row, cfg.language_column)
        country = _value(row, cfg.country_column)
        region = cfg.region or (str(country).upper() if country else LANGUAGE_REGION.get(str(lang or "").lower()))
        for ident in sorted(extract_identifiers(text, region)):
            key = f"{ident.kind}:{ident.value}" if hasher is None else hasher(ident)
            holders[key].append(rid)
    edges = []
    for key, members in sorted(holders.items()):
        members = list(dict.fromkeys(members))
        if 2 <= len(members) <= cfg.max_identifier_ads:
            # A star per identifier: the component is the same as a clique's, without quadratic edges.
            edges += [Edge(members[0], m, "identifier", 1.0, key) for m in members[1:]]
    return edges


def _describe(n: int, members: list[str], by_id: dict, inner: list[Edge], cfg: LinkConfig) -> dict:
    rows = [by_id[m] for m in members]

    def distinct(column):
        return sorted({str(v) for r in rows if (v := _value(r, column)) is not None})

    locations = distinct(cfg.location_column)
    dates = distinct(cfg.date_column)
    risks = [float(v) for r in rows if (v := _value(r, "risk_score")) is not None]
    signal_counts: dict[str, int] = defaultdict(int)
    for r in rows:
        for col, v in r.items():
            if col.startswith("flag_") and v in (True, "true", "True", 1, "1"):
                signal_counts[col[5:]] += 1
    # Replicated across locations: two near-duplicate ads that sit in different places.
    loc = {m: _value(by_id[m], cfg.location_column) for m in members}
    replicated = any(
        e.kind == "near_duplicate" and loc[e.source] and loc[e.target] and loc[e.source] != loc[e.target]
        for e in inner
    )
    return {
        "cluster_id": f"c{n:05d}",
        "size": len(members),
        "ids": members,
        "locations": locations,
        "platforms": distinct(cfg.platform_column),
        "first_date": dates[0] if dates else None,
        "last_date": dates[-1] if dates else None,
        "max_risk": max(risks) if risks else None,
        "mean_risk": round(sum(risks) / len(risks), 4) if risks else None,
        "signal_counts": dict(sorted(signal_counts.items())),
        "replicated_across_locations": replicated,
        "near_duplicate_edges": sum(e.kind == "near_duplicate" for e in inner),
        "identifier_edges": sum(e.kind == "identifier" for e in inner),
    }


def _atomic_write(path: Path, write) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    write(tmp)
    os.replace(tmp, path)


def write_clusters(clusters: list[dict], path: str | os.PathLike) -> Path:
    path = Path(path)
    fmt = detect_format(path)

    def write(tmp: Path):
        if fmt == "jsonl":
            tmp.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in clusters), encoding="utf-8")
        elif fmt == "csv":
            with tmp.open("w", newline="", encoding="utf-8") as fh:
                cols = list(clusters[0]) if clusters else ["cluster_id", "size", "ids"]
                w = csv.DictWriter(fh, fieldnames=cols)
                w.writeheader()
                for c in clusters:
                    w.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                                for k, v in c.items()})  # fmt: skip
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            flat = [{**c, "signal_counts": json.dumps(c["signal_counts"])} for c in clusters]
            pq.write_table(pa.Table.from_pylist(flat), tmp)

    _atomic_write(path, write)
    return path


def write_edges(edges: list[Edge], path: str | os.PathLike) -> tuple[Path, Path]:
    """Edges as CSV at ``path`` and as GraphML beside it (same name, ``.graphml``), for graph tools."""
    path = Path(path)
    graphml = path.with_suffix(".graphml")

    def write_csv(tmp: Path):
        with tmp.open("w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=["source", "target", "kind", "weight", "evidence"])
            w.writeheader()
            w.writerows(asdict(e) for e in edges)

    def write_graphml(tmp: Path):
        g = nx.MultiGraph()
        for e in edges:
            g.add_edge(e.source, e.target, kind=e.kind, weight=e.weight, evidence=e.evidence)
        nx.write_graphml(g, tmp)

    _atomic_write(path, write_csv)
    _atomic_write(graphml, write_graphml)
    return path, graphml


def link_file(input_path, out_path, *, edges_path=None, cfg: LinkConfig | None = None, fmt=None) -> dict:
    """Link the ads of an archive (raw or ``adrisk score`` output) and write clusters (and edges)."""
    cfg = cfg or LinkConfig()
    rows = list(iter_raw_rows(input_path, fmt))
    result = link_rows(rows, cfg)
    write_clusters(result.clusters, out_path)
    if edges_path:
        write_edges(result.edges, edges_path)
    return result.stats
