"""Compose one ad: bank sections laid out by a frame, evidence and decoy sentences inserted, noise applied.

An ad is built as blocks of pieces ``(text, label | None)``. Slots are filled first, then noise is applied to
each piece, and only then are offsets computed from the final pieces, so ``text[start:end]`` is exactly the
noised evidence by construction.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from training.corpus import noise
from training.corpus.bank import SPAN_CLOSE, SPAN_OPEN, LanguageBank
from training.corpus.frames import Layout, held_out
from training.taxonomy import SIGNAL_NAMES

RECRUITMENT_SIGNALS = SIGNAL_NAMES[:6]
EXPLOITATION_SIGNALS = SIGNAL_NAMES[6:]

# What each kind of ad may carry. Weights skew towards the signals that only one kind produces.
_RISKY_JOB_WEIGHTS = {
    "recruitment_fee": 1.0, "travel_arranged": 0.9, "deceptive_offer": 1.1, "opaque_recruiter": 1.1,
    "vulnerability_targeting": 1.0, "worker_control": 1.0,
}
_REPLY_SIGNALS = ("recruitment_fee", "travel_arranged", "deceptive_offer", "opaque_recruiter")
_RISKY_ESCORT_WEIGHTS = {
    "third_party_control": 1.0, "controlled_mobility": 1.0, "restricted_movement": 1.0, "minor_risk": 0.8,
}
DECOY_SIGNALS = {
    "job_local": RECRUITMENT_SIGNALS,
    "job_abroad": ("recruitment_fee", "deceptive_offer", "opaque_recruiter", "vulnerability_targeting",
                   "worker_control"),
    "job_risky": RECRUITMENT_SIGNALS,
    "recruiter_reply": ("recruitment_fee", "opaque_recruiter"),
    "escort_independent": EXPLOITATION_SIGNALS,
    "escort_risky": EXPLOITATION_SIGNALS,
    "classified": ("controlled_mobility",),
}
# Amounts vary within an ad; everything else keeps one value per ad (one phone, one city, one employer),
# except that a slot repeated inside one sentence ("{city}, {abroad_city}, then {city}") takes fresh values.
_FREE_SLOTS = frozenset({"fee", "price", "rate", "hours", "date", "item"})
_SLOT_RE = re.compile(r"\{([a-z_]+)\}")
_TITLE = {
    "plain": ("", ""), "upper": ("", ""), "stars": ("*** ", " ***"), "fire": ("🔥 ", " 🔥"),
    "brackets": ("【", "】"), "equals": ("=== ", " ==="), "sparkle": ("✨", "✨"),
}


@dataclass(frozen=True)
class Phrase:
    prefix: str
    span: str
    suffix: str
    identity: str


def parse_phrase(language: str, signal: str, text: str) -> Phrase:
    if SPAN_OPEN in text:
        pre, rest = text.split(SPAN_OPEN, 1)
        span, post = rest.split(SPAN_CLOSE, 1)
    else:
        pre, span, post = "", text, ""
    if not span.strip():
        raise ValueError(f"{language} evidence {signal}: expected a non-empty span, found {text[:60]!r}")
    return Phrase(pre, span, post, f"{language}\x1f{signal}\x1f{text}")


class LanguageContext:
    """A bank prepared for generation: phrasings parsed and split into seen / held-out template families."""

    def __init__(self, bank: LanguageBank):
        self.bank = bank
        self.code = bank.code
        self.seen: dict[str, tuple[Phrase, ...]] = {}
        self.unseen: dict[str, tuple[Phrase, ...]] = {}
        for sig in SIGNAL_NAMES:
            phrases = [parse_phrase(bank.code, sig, t) for t in dict.fromkeys(bank.evidence.get(sig, ()))]
            hold = held_out([p.identity for p in phrases])
            self.seen[sig] = tuple(p for p in phrases if p.identity not in hold)
            self.unseen[sig] = tuple(p for p in phrases if p.identity in hold) or self.seen[sig]
        self.decoys = {sig: tuple(dict.fromkeys(bank.decoys.get(sig, ()))) for sig in SIGNAL_NAMES}

    def phrases(self, signal: str, unseen: bool) -> tuple[Phrase, ...]:
        return (self.unseen if unseen else self.seen)[signal]


def _weighted_sample(weights: dict[str, float], k: int, rng: random.Random) -> list[str]:
    pool = dict(weights)
    out: list[str] = []
    while pool and len(out) < k:
        x = rng.random() * sum(pool.values())
        chosen = next(iter(pool))
        for chosen, w in pool.items():  # noqa: B007 - the item where the draw lands is the one kept
            x -= w
            if x <= 0:
                break
        out.append(chosen)
        del pool[chosen]
    return out


def plan_signals(kind: str, allowed: frozenset[str], rng: random.Random) -> list[str]:
    """The signals an ad of this kind carries (empty for negatives)."""
    if kind == "job_abroad":
        return ["travel_arranged"] if "travel_arranged" in allowed and rng.random() < 0.5 else []
    if kind == "job_risky":
        w = {s: v for s, v in _RISKY_JOB_WEIGHTS.items() if s in allowed}
        out = _weighted_sample(w, rng.choice((2, 2, 3, 3, 4)), rng)
        if "minor_risk" in allowed and rng.random() < 0.06:
            out.append("minor_risk")
        return out
    if kind == "recruiter_reply":
        w = {s: 1.0 for s in _REPLY_SIGNALS if s in allowed}
        return _weighted_sample(w, rng.choice((2, 2, 3)), rng)
    if kind == "escort_risky":
        w = {s: v for s, v in _RISKY_ESCORT_WEIGHTS.items() if s in allowed}
        return _weighted_sample(w, rng.choice((1, 1, 2, 2, 3)), rng)
    return []


def plan_decoys(kind: str, signals: list[str], rng: random.Random) -> list[str]:
    """Hard-negative sentences: 1-3 in negatives, sometimes one in positives (for a signal they lack)."""
    cands = [s for s in DECOY_SIGNALS[kind] if s not in signals]
    if kind == "job_abroad" and "travel_arranged" not in signals:
        # "The employer pays your visa" or "free housing" would be unlabelled travel evidence in an ad abroad.
        cands = [s for s in cands if s not in ("recruitment_fee", "worker_control")]
    if not cands:
        return []
    if signals and kind != "job_abroad":  # legitimate abroad ads state who pays, with or without travel cues
        n = 1 if rng.random() < (0.35 if kind != "recruiter_reply" else 0.15) else 0
    elif kind == "classified":
        n = 1 if rng.random() < 0.7 else 0
    else:
        n = rng.choice((1, 1, 2, 2, 3))
    return rng.sample(cands, min(n, len(cands)))


class _Filler:
    """Fills {slot}s and '#' digits; identity slots keep one value per ad and may be written evasively."""

    def __init__(self, bank: LanguageBank, profile: noise.NoiseProfile, rng: random.Random):
        self.bank, self.profile, self.rng = bank, profile, rng
        self.sticky: dict[str, str] = {}
        self.market = bank.markets[rng.choice(sorted(bank.markets))] if bank.markets else {}

    def _draw(self, name: str) -> str:
        rng = self.rng
        raw = rng.choice(self.market.get(name) or self.bank.slots[name])
        if "#" in raw:
            raw = _digits(raw, rng)
        if name == "phone" and rng.random() < self.profile.phone_p:
            raw = noise.phone_style(raw, rng, self.bank.digit_words)
        elif name == "app" and rng.random() < self.profile.app_p:
            raw = noise.spaced(raw, rng)
        return raw

    def __call__(self, text: str) -> str:
        if "#" in text:
            # Digit placeholders written straight into a phrasing ("KRS 0000######"); a lone '#' before a
            # letter is a hashtag and stays.
            text = _DIGIT_RUN.sub(lambda m: _digits(m.group(), self.rng), text)
        if "{" not in text:
            return text
        here: set[str] = set()

        def value(m: re.Match) -> str:
            name = m.group(1)
            if name in _FREE_SLOTS or name in here:
                return self._draw(name)
            here.add(name)
            if name not in self.sticky:
                self.sticky[name] = self._draw(name)
            return self.sticky[name]

        return _SLOT_RE.sub(value, text)


_DIGIT_RUN = re.compile(r"(?<=\d)#+|#{2,}|#+(?=\d)")


def _digits(template: str, rng: random.Random) -> str:
    """Replace '#' by digits; a number never starts with 0 ('### zł' -> '482 zł', not '042 zł')."""
    out: list[str] = []
    for c in template:
        if c == "#":
            c = str(rng.randrange(10) if out and out[-1].isdigit() else rng.randrange(1, 10))
        out.append(c)
    return "".join(out)


def _insert_positions(layout: Layout, n_blocks: int, n: int, rng: random.Random) -> list[int]:
    lo = 1 if layout.has_title or layout.kind == "recruiter_reply" else 0
    lo = min(lo, n_blocks)
    cands = list(range(lo, n_blocks + 1))
    if len(cands) > 2:
        half = len(cands) // 2
        if layout.insert == "early":
            cands = cands[: half + 1]
        elif layout.insert == "late":
            cands = cands[half:]
        elif layout.insert == "middle":
            third = max(1, len(cands) // 3)
            cands = cands[third : len(cands) - third] or cands
    return [rng.choice(cands) for _ in range(n)]


def compose(
    ctx: LanguageContext,
    layout: Layout,
    signals: list[str],
    decoys: list[str],
    unseen: bool,
    rng: random.Random,
    profile: noise.NoiseProfile | None = None,
    used: list[str] | None = None,
) -> tuple[str, list[tuple[str, int, int]]]:
    """Text and spans ``(label, start, end)`` of one ad.

    ``profile`` fixes the noise (e.g. none, for checks); ``used`` collects the identities of the evidence
    phrasings drawn, so tests can prove held-out phrasings stay out of training.
    """
    bank = ctx.bank
    if profile is None:
        profile = noise.draw_profile(layout.kind, ctx.code, bank.transliterate, rng)
    fill = _Filler(bank, profile, rng)
    # Blocks of [text, label] pieces; section variants are not repeated within an ad.
    blocks: list[list[tuple[str, str | None]]] = []
    variants_taken: dict[str, list[int]] = {}
    for name in layout.sections:
        variants = bank.sections[name]
        taken = variants_taken.setdefault(name, [])
        free = [i for i in range(len(variants)) if i not in taken] or list(range(len(variants)))
        i = rng.choice(free)
        taken.append(i)
        blocks.append([(fill(variants[i]), None)])

    inserts: list[list[tuple[str, str | None]]] = []
    for sig in signals:
        pool = ctx.phrases(sig, unseen)
        n = 2 if layout.kind == "job_risky" and len(pool) > 1 and rng.random() < 0.08 else 1
        for ph in rng.sample(pool, n):
            if used is not None:
                used.append(ph.identity)
            inserts.append([(fill(ph.prefix), None), (fill(ph.span), sig), (fill(ph.suffix), None)])
    for sig in decoys:
        inserts.append([(fill(rng.choice(ctx.decoys[sig])), None)])
    rng.shuffle(inserts)

    n_base = len(blocks)
    placed: dict[int, list[list[tuple[str, str | None]]]] = {}
    for pos, block in zip(_insert_positions(layout, n_base, len(inserts), rng), inserts):
        placed.setdefault(pos, []).append(block)
    title_idx = 0 if layout.has_title else -1
    ordered: list[tuple[list[tuple[str, str | None]], bool]] = []  # (block, is_title)
    for pos in range(n_base + 1):
        for block in placed.get(pos, ()):
            if layout.inline and ordered and not ordered[-1][1]:
                ordered[-1] = (ordered[-1][0] + [(" ", None)] + block, False)
            else:
                ordered.append((block, False))
        if pos < n_base:
            ordered.append((blocks[pos], pos == title_idx))

    pieces: list[tuple[str, str | None]] = []
    palette = noise.DECORATIONS[layout.kind]
    lined = "\n" in layout.sep
    for b, (block, is_title) in enumerate(ordered):
        if b:
            pieces.append((layout.sep, None))
        caps = is_title and layout.title_style == "upper" or rng.random() < profile.caps_p
        if is_title:
            pieces.append((_TITLE[layout.title_style][0], None))
        elif layout.bullet and lined:
            pieces.append((layout.bullet, None))
        for text, label in block:
            pieces.append((noise.apply(text, profile, caps, label is not None, ctx.code, rng), label))
        if is_title:
            pieces.append((_TITLE[layout.title_style][1], None))
        if profile.decorate_p and rng.random() < profile.decorate_p:
            pieces.append((" " + rng.choice(palette) * rng.choice((1, 1, 2, 3)), None))
    return _assemble(pieces)


def _assemble(pieces: list[tuple[str, str | None]]) -> tuple[str, list[tuple[str, int, int]]]:
    """Join pieces and compute spans; whitespace at a span's edges moves outside it."""
    parts: list[str] = []
    spans: list[tuple[str, int, int]] = []
    pos = 0
    for text, label in pieces:
        if not text:
            continue
        if label is not None:
            core = text.strip()
            if core:
                start = pos + (len(text) - len(text.lstrip()))
                spans.append((label, start, start + len(core)))
        parts.append(text)
        pos += len(text)
    full = "".join(parts)
    lead = len(full) - len(full.lstrip())
    if lead:
        spans = [(lab, s - lead, e - lead) for lab, s, e in spans]
    return full.strip(), spans
