"""One self-contained HTML report of a scored archive, for the analysts who review it.

Plots are drawn with matplotlib (Agg) and embedded as base64 PNGs, so the page opens offline and can be
attached to a case file: risk-score distributions per language and per ad type, flagged counts per signal,
signal co-occurrence, and the top-N ads with their evidence spans highlighted. Every value taken from the data
is HTML-escaped; the ads' text appears only in the page, never in a log.
"""

from __future__ import annotations

import base64
import heapq
import html
import io
import json
import os
from array import array
from collections import defaultdict
from pathlib import Path

import numpy as np

from serving.batch_io import iter_input_rows

_TRUE = (True, 1, "true", "True", "1")
PALETTE = ["#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6", "#9a6324", "#800000",
           "#469990", "#808000", "#000075"]  # fmt: skip


def _float(v) -> float | None:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if np.isfinite(f) else None


def _rows(path: Path, fmt: str | None):
    if path.is_dir():  # Ray writes a folder of Parquet files
        for part in sorted(path.glob("*.parquet")):
            yield from iter_input_rows(part, "parquet")
    else:
        yield from iter_input_rows(path, fmt)


class _Stats:
    """Everything the report needs, gathered in one streaming pass (memory: a float per ad + the top N)."""

    def __init__(self, top_n: int):
        self.signals: list[str] = []
        self.by_language: dict[str, array] = defaultdict(lambda: array("d"))
        self.by_type: dict[str, array] = defaultdict(lambda: array("d"))
        self.flag_counts: dict[str, int] = {}
        self.co: np.ndarray | None = None
        self.ads = self.errors = self.flagged = 0
        self.top: list[tuple] = []
        self.top_n = top_n

    def add(self, row: dict, text_column: str, seq: int) -> None:
        if not self.signals:
            self.signals = [c[5:] for c in row if c.startswith("flag_")]
            if not self.signals:
                raise ValueError(f"expected `adrisk score` output with flag_<signal> columns; found {sorted(row)}")
            self.co = np.zeros((len(self.signals),) * 2, np.int64)
            self.flag_counts = dict.fromkeys(self.signals, 0)
        self.ads += 1
        score = _float(row.get("risk_score"))
        if row.get("error") not in (None, "") or score is None:
            self.errors += 1
            return
        self.by_language[str(row.get("language") or "und")].append(score)
        self.by_type[str(row.get("ad_type") or "other")].append(score)
        self.flagged += row.get("risk_flagged") in _TRUE
        on = [j for j, s in enumerate(self.signals) if row.get(f"flag_{s}") in _TRUE]
        for j in on:
            self.flag_counts[self.signals[j]] += 1
        if on:
            idx = np.array(on)
            self.co[np.ix_(idx, idx)] += 1
        item = (score, -seq, row)
        if len(self.top) < self.top_n:
            heapq.heappush(self.top, (score, -seq, _keep(row, text_column, self.signals)))
        elif item[:2] > self.top[0][:2]:
            heapq.heapreplace(self.top, (score, -seq, _keep(row, text_column, self.signals)))


def _keep(row: dict, text_column: str, signals: list[str]) -> dict:
    keep = {k: row.get(k) for k in ("id", "language", "ad_type", "risk_score", "risk_level", "spans")}
    keep["text"] = row.get(text_column) if isinstance(row.get(text_column), str) else ""
    keep["flags"] = [s for s in signals if row.get(f"flag_{s}") in _TRUE]
    return keep


def _png(fig) -> str:
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, bbox_inches="tight")
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def _distribution_plot(groups: dict[str, array], title: str) -> str:
    import matplotlib.pyplot as plt

    names = sorted(groups, key=lambda k: (-len(groups[k]), k))
    fig, ax = plt.subplots(figsize=(8, max(2.0, 0.35 * len(names) + 1)))
    if names:
        # Fliers shown: risk is skewed towards 0, and the tail is what a reviewer looks for.
        ax.boxplot([np.frombuffer(groups[n], dtype=np.float64) for n in names], vert=False,
                   flierprops={"marker": ".", "markersize": 3, "alpha": 0.3})  # fmt: skip
        ax.set_yticks(range(1, len(names) + 1), [f"{n} (n={len(groups[n])})" for n in names])
    ax.set_xlim(0, 1)
    ax.set_xlabel("risk score")
    ax.set_title(title)
    return _png(fig)


def _histogram_plot(groups: dict[str, array]) -> str:
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 3.2))
    for n in sorted(groups):
        ax.hist(np.frombuffer(groups[n], dtype=np.float64), bins=40, range=(0, 1), histtype="step", label=n,
                linewidth=1.5)  # fmt: skip
    ax.set_yscale("log")
    ax.set_xlabel("risk score")
    ax.set_ylabel("ads (log)")
    ax.set_title("Risk score distribution per ad type")
    if groups:
        ax.legend()
    return _png(fig)


def _flag_plot(counts: dict[str, int]) -> str:
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 0.35 * len(counts) + 1))
    names = list(counts)[::-1]
    ax.barh(names, [counts[n] for n in names], color="#4363d8")
    for i, n in enumerate(names):
        ax.text(counts[n], i, f" {counts[n]}", va="center", fontsize=8)
    ax.set_xlabel("ads flagged")
    ax.set_title("Flagged ads per signal")
    return _png(fig)


def _cooccurrence_plot(signals: list[str], co: np.ndarray) -> str:
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7.5, 6.5))
    im = ax.imshow(np.log1p(co), cmap="Blues")
    ax.set_xticks(range(len(signals)), signals, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(signals)), signals, fontsize=8)
    for i in range(len(signals)):
        for j in range(len(signals)):
            ax.text(j, i, str(int(co[i, j])), ha="center", va="center", fontsize=7,
                    color="white" if co[i, j] > co.max() / 2 else "black")  # fmt: skip
    ax.set_title("Signal co-occurrence (ads flagged for both)")
    fig.colorbar(im, ax=ax, label="log(1 + ads)")
    return _png(fig)


def highlight(text: str, spans: list[dict], signals: list[str]) -> str:
    """``text`` HTML-escaped, with each evidence span in a <mark> coloured by signal (overlaps show both)."""
    bounds = {0, len(text)}
    for s in spans:
        bounds |= {max(0, min(len(text), int(s["start"]))), max(0, min(len(text), int(s["end"])))}
    cuts = sorted(bounds)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        seg = html.escape(text[a:b])
        on = sorted({s["signal"] for s in spans if int(s["start"]) <= a and b <= int(s["end"])},
                    key=lambda n: signals.index(n) if n in signals else len(signals))  # fmt: skip
        if on:
            color = PALETTE[signals.index(on[0]) % len(PALETTE)] if on[0] in signals else "#999"
            out.append(f'<mark style="border-bottom:3px solid {color}" title="{html.escape(", ".join(on))}">'
                       f"{seg}</mark>")  # fmt: skip
        else:
            out.append(seg)
    return "".join(out)


def _spans(value) -> list[dict]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            return []
    return [s for s in value or [] if isinstance(s, dict) and {"signal", "start", "end"} <= set(s)]


def render(stats: _Stats, title: str) -> str:
    e = html.escape
    sig = stats.signals
    legend = " ".join(f'<span class="chip" style="border-bottom:3px solid {PALETTE[j % len(PALETTE)]}">{e(s)}</span>'
                      for j, s in enumerate(sig))  # fmt: skip
    rows = []
    for rank, (_, _, ad) in enumerate(sorted(stats.top, key=lambda t: (-t[0], -t[1])), 1):
        rows.append(
            f"<tr><td>{rank}</td><td><code>{e(str(ad['id']))}</code></td><td>{e(str(ad['risk_score']))}<br>"
            f"{e(str(ad['risk_level']))}</td><td>{e(str(ad['language']))}</td><td>{e(str(ad['ad_type']))}</td>"
            f"<td>{e(', '.join(ad['flags']))}</td><td class=text>{highlight(ad['text'], _spans(ad['spans']), sig)}"
            "</td></tr>"
        )
    plots = []
    if stats.signals:
        plots = [
            ("Risk score per language", _distribution_plot(stats.by_language, "Risk score per language")),
            ("Risk score per ad type", _histogram_plot(stats.by_type)),
            ("Flagged ads per signal", _flag_plot(stats.flag_counts)),
            ("Signal co-occurrence", _cooccurrence_plot(sig, stats.co)),
        ]
    figs = "\n".join(f'<figure><img alt="{e(a)}" src="{src}"><figcaption>{e(a)}</figcaption></figure>'
                     for a, src in plots)  # fmt: skip
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(title)}</title>
<style>
body{{font-family:system-ui,sans-serif;margin:2em;max-width:1200px;color:#222}}
table{{border-collapse:collapse;width:100%}}td,th{{border:1px solid #ccc;padding:4px 6px;vertical-align:top;font-size:13px}}
td.text{{white-space:pre-wrap;max-width:600px}}mark{{background:#fff3b0}}figure{{display:inline-block;margin:1em}}
.chip{{margin-right:.8em;font-size:13px}}.note{{background:#f4f4f4;padding:.6em 1em;border-left:4px solid #888}}
</style></head><body>
<h1>{e(title)}</h1>
<p class="note">For human review only. Scores rank ads for a reviewer's attention; they are not evidence and
never a verdict about any person.</p>
<p>{stats.ads} ads · {stats.ads - stats.errors} scored · {stats.errors} with errors ·
{stats.flagged} flagged by overall risk</p>
{figs}
<h2>Top {len(stats.top)} ads by risk score</h2>
<p>Evidence highlighted per signal: {legend}</p>
<table><tr><th>#</th><th>id</th><th>risk</th><th>lang</th><th>type</th><th>flagged signals</th><th>text</th></tr>
{"".join(rows)}
</table></body></html>
"""


def write_report(scored: str | os.PathLike, out: str | os.PathLike, *, text_column: str = "text", top_n: int = 50,
                 fmt: str | None = None, title: str = "adrisk batch report") -> Path:  # fmt: skip
    """Read ``adrisk score`` output (file, or a Ray output folder) and write the HTML report atomically."""
    import matplotlib

    matplotlib.use("Agg")
    if top_n < 0:
        raise ValueError(f"top-n: expected an integer >= 0, found {top_n}")
    scored, out = Path(scored), Path(out)
    if not scored.exists():
        raise FileNotFoundError(f"no such scored output: {str(scored)!r}")
    stats = _Stats(top_n)
    for seq, row in enumerate(_rows(scored, fmt)):
        stats.add(row, text_column, seq)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(render(stats, title), encoding="utf-8")
    os.replace(tmp, out)
    return out
