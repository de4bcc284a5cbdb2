"""Ad layouts: language-independent arrangements of bank sections, with where evidence and decoys may go.

A layout is a sequence of section names plus a visual style (separator, bullet, title decoration, whether
inserted sentences open their own line or join a paragraph). The text comes from the language bank, so one
layout serves every language. Layouts are enumerated once from fixed seeds, so their ids are stable across
runs and a stable share of them can be held out as unseen template families.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass

KINDS: tuple[str, ...] = (
    "job_local",
    "job_abroad",
    "job_risky",
    "recruiter_reply",
    "escort_independent",
    "escort_risky",
    "classified",
)
AD_TYPE_OF_KIND = {
    "job_local": "job",
    "job_abroad": "job",
    "job_risky": "job",
    "recruiter_reply": "job",
    "escort_independent": "escort",
    "escort_risky": "escort",
    "classified": "other",
}
LAYOUTS_PER_KIND = 24
HOLDOUT_FRACTION = 0.2


@dataclass(frozen=True)
class Layout:
    id: str
    kind: str
    sections: tuple[str, ...]
    sep: str  # between blocks
    bullet: str  # prefix of body blocks ("" for none)
    title_style: str  # plain | upper | stars | fire | brackets | equals | sparkle
    insert: str  # where evidence/decoys go: anywhere | early | late | middle
    inline: bool  # inserted sentences join the neighbouring paragraph instead of opening a block

    @property
    def has_title(self) -> bool:
        return self.sections[0].endswith("_title")


_JOB_LOCAL = (
    ("job_title", "company_profile", "job_duties", "job_requirements", "job_benefits", "job_salary",
     "job_location", "job_apply_official"),
    ("job_title", "job_location", "job_salary", "job_duties", "job_requirements", "job_apply_official"),
    ("job_title", "job_duties", "job_requirements", "job_salary", "job_apply_plain"),
    ("job_title", "company_profile", "job_duties", "job_duties", "job_requirements", "job_benefits",
     "job_apply_official"),
    ("job_title", "job_salary", "job_location", "company_profile", "job_duties", "job_benefits",
     "job_requirements", "job_apply_official"),
    ("job_title", "job_duties", "job_benefits", "job_location", "job_apply_plain"),
    # Long board postings (1,500+ characters): several duty, requirement and benefit paragraphs.
    ("job_title", "company_profile", "job_duties", "job_duties", "job_duties", "job_requirements",
     "job_requirements", "job_benefits", "job_benefits", "job_salary", "job_location", "job_apply_official"),
    ("job_title", "job_location", "company_profile", "job_duties", "job_duties", "job_requirements",
     "job_requirements", "job_requirements", "job_benefits", "job_salary", "job_apply_official"),
)
_JOB_ABROAD = (
    ("job_title", "company_profile", "abroad_context", "job_duties", "job_requirements", "job_benefits",
     "job_salary", "job_apply_official"),
    ("job_title", "abroad_context", "job_salary", "job_requirements", "job_apply_official"),
    ("job_title", "company_profile", "abroad_context", "job_duties", "job_salary", "job_apply_official"),
    ("job_title", "abroad_context", "job_duties", "job_requirements", "job_benefits", "job_apply_plain"),
    ("job_title", "job_salary", "abroad_context", "company_profile", "job_requirements", "job_apply_official"),
    ("job_title", "company_profile", "abroad_context", "abroad_context", "job_duties", "job_duties",
     "job_requirements", "job_requirements", "job_benefits", "job_benefits", "job_salary", "job_apply_official"),
)
_JOB_RISKY = (
    ("risky_title", "job_duties", "job_salary", "job_apply_plain"),
    ("risky_title", "job_apply_plain"),
    ("risky_title", "reply_offer", "job_duties", "job_apply_plain"),
    ("job_title", "job_duties", "job_requirements", "job_location", "job_apply_plain"),
    ("risky_title", "abroad_context", "job_salary", "job_apply_plain"),
    ("job_title", "company_profile", "job_duties", "job_benefits", "job_apply_plain"),
    ("risky_title", "reply_offer", "job_apply_plain"),
    ("job_title", "job_duties", "job_duties", "job_requirements", "job_benefits", "job_salary", "job_location",
     "job_apply_plain"),
)
_REPLY = (
    ("reply_greeting", "reply_offer", "reply_cta"),
    ("reply_greeting", "reply_offer"),
    ("reply_offer", "reply_cta"),
    ("reply_greeting", "reply_cta"),
)
_ESCORT = (
    ("escort_intro", "escort_looks", "escort_services", "escort_rates", "escort_availability",
     "escort_location", "escort_contact"),
    ("escort_intro", "escort_location", "escort_rates", "escort_contact"),
    ("escort_intro", "escort_looks", "escort_services", "escort_availability", "escort_contact"),
    ("escort_location", "escort_intro", "escort_looks", "escort_rates", "escort_availability", "escort_contact"),
    ("escort_intro", "escort_services", "escort_rates", "escort_location", "escort_availability",
     "escort_contact"),
    ("escort_looks", "escort_intro", "escort_rates", "escort_contact"),
    ("escort_intro", "escort_looks", "escort_looks", "escort_services", "escort_services", "escort_rates",
     "escort_availability", "escort_location", "escort_contact"),
)
_ESCORT_RISKY = _ESCORT + (("escort_looks", "escort_services", "escort_rates", "escort_location", "escort_contact"),)
_CLASSIFIED = (
    ("classified_title", "classified_body", "classified_contact"),
    ("classified_title", "classified_body", "classified_body", "classified_contact"),
    ("classified_title", "classified_contact", "classified_body"),
    ("classified_body", "classified_contact"),
    ("classified_title", "classified_body"),
)

_SEQUENCES = {
    "job_local": _JOB_LOCAL,
    "job_abroad": _JOB_ABROAD,
    "job_risky": _JOB_RISKY,
    "recruiter_reply": _REPLY,
    "escort_independent": _ESCORT,
    "escort_risky": _ESCORT_RISKY,
    "classified": _CLASSIFIED,
}
# Visual styles by register: job boards use blank lines and bullets, chat replies run on, escort ads stack emoji.
_JOB_STYLE = {
    "sep": ("\n\n", "\n", "\n\n", " ", "\n\n"),
    "bullet": ("", "", "• ", "- ", "✅ ", "▪️ ", "* "),
    "title": ("plain", "upper", "plain", "brackets", "equals", "stars"),
}
_RISKY_STYLE = {
    "sep": ("\n", "\n\n", " ", "\n"),
    "bullet": ("", "✅ ", "👉 ", "✔️ ", "🔥 ", "- ", "💰 "),
    "title": ("plain", "upper", "fire", "stars", "sparkle"),
}
_REPLY_STYLE = {"sep": (" ", " ", "\n", "  "), "bullet": ("",), "title": ("plain",)}
_ESCORT_STYLE = {
    "sep": ("\n", " ", "\n\n", " ~ ", " | ", "\n"),
    "bullet": ("", "", "💋 ", "🌹 ", "✨ ", "❤️ ", "• "),
    "title": ("plain",),
}
_CLASSIFIED_STYLE = {"sep": ("\n", "\n\n", " "), "bullet": ("", "- "), "title": ("plain", "upper", "brackets")}
_STYLES = {
    "job_local": _JOB_STYLE,
    "job_abroad": _JOB_STYLE,
    "job_risky": _RISKY_STYLE,
    "recruiter_reply": _REPLY_STYLE,
    "escort_independent": _ESCORT_STYLE,
    "escort_risky": _ESCORT_STYLE,
    "classified": _CLASSIFIED_STYLE,
}
_INSERTS = ("anywhere", "early", "late", "middle")


def _enumerate(kind: str) -> tuple[Layout, ...]:
    # A fixed string seed: Random(str) is stable across Python runs, so ids and contents never drift.
    rng = random.Random(f"adrisk-layouts:{kind}")
    style = _STYLES[kind]
    seqs = _SEQUENCES[kind]
    seen: set[tuple] = set()
    out: list[Layout] = []
    attempts = 0
    while len(out) < LAYOUTS_PER_KIND and attempts < 10_000:
        attempts += 1
        seq = seqs[len(out) % len(seqs)]  # every sequence appears; styles vary around it
        key = (
            seq,
            rng.choice(style["sep"]),
            rng.choice(style["bullet"]),
            rng.choice(style["title"]) if seq[0].endswith("_title") else "plain",
            rng.choice(_INSERTS),
            rng.random() < 0.3,
        )
        if key in seen:
            continue
        seen.add(key)
        out.append(Layout(f"{kind}/L{len(out):02d}", kind, *key))
    return tuple(out)


LAYOUTS: dict[str, tuple[Layout, ...]] = {k: _enumerate(k) for k in KINDS}


def stable_hash(identity: str) -> int:
    """A hash of an identity string that is the same in every process and run (unlike ``hash``)."""
    return int.from_bytes(hashlib.blake2b(identity.encode("utf-8"), digest_size=8).digest(), "big")


def held_out(identities: list[str] | tuple[str, ...], fraction: float = HOLDOUT_FRACTION) -> frozenset[str]:
    """The ~fraction of identities with the smallest stable hash (at least one when there are two or more)."""
    uniq = sorted(set(identities))
    if len(uniq) < 2:
        return frozenset()
    n = max(1, round(fraction * len(uniq)))
    return frozenset(sorted(uniq, key=lambda s: (stable_hash(s), s))[:n])


HELD_OUT_LAYOUTS: frozenset[str] = frozenset(
    lid for k in KINDS for lid in held_out([lay.id for lay in LAYOUTS[k]])
)


def layouts_for(kind: str, unseen: bool) -> tuple[Layout, ...]:
    """Layouts of a kind for the seen splits (train/validation/test) or for test_unseen_templates."""
    return tuple(lay for lay in LAYOUTS[kind] if (lay.id in HELD_OUT_LAYOUTS) == unseen)
