"""Overall risk of an ad from its calibrated signal probabilities.

Definition (the parameters live in the artifact's ``thresholds.json`` under ``"risk"``):

1. Each signal probability ``p`` first loses a noise floor: ``e = max(0, (p - floor) / (1 - floor))``, so many
   signals each at a few percent do not add up to a flag.
2. Each signal has a weight ``w`` in [0, 1]: how much that signal alone says about trafficking. Strong signals
   (``minor_risk``, ``worker_control``, ``restricted_movement``, ``third_party_control``) weigh at least the
   "high" cut-off, so one of them at full confidence makes an ad high-risk. Every other signal weighs strictly
   less than the "high" cut-off: one weak cue alone (``travel_arranged`` is ordinary in legitimate jobs abroad)
   can reach "medium" at most.
3. Evidence combines as a noisy-OR: ``score = 1 - prod(1 - w * e)``. Co-occurring cues reinforce each other:
   a fee plus arranged travel, or an opaque recruiter plus a deceptive offer, reach "high" together.
4. ``level`` is ``high`` when ``score >= levels.high``, ``medium`` when ``score >= levels.medium``, else ``low``.
   ``flagged`` is ``level`` at or above the profile's ``flag_level`` (``high_recall`` sends medium ads to review).

The score ranks ads for human review; it is not a probability of trafficking and never a verdict.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

LEVELS = ("low", "medium", "high")
STRONG_SIGNALS = ("minor_risk", "worker_control", "restricted_movement", "third_party_control")


def default_risk_params() -> dict:
    """The risk rule's parameters as written into ``thresholds.json["risk"]`` by training."""
    return {
        "floor": 0.2,
        "levels": {"medium": 0.4, "high": 0.7},
        "strong": list(STRONG_SIGNALS),
        "weights": {
            "minor_risk": 1.0,
            "worker_control": 0.9,
            "restricted_movement": 0.85,
            "third_party_control": 0.8,
            "recruitment_fee": 0.65,
            "vulnerability_targeting": 0.6,
            "controlled_mobility": 0.5,
            "opaque_recruiter": 0.5,
            "deceptive_offer": 0.5,
            "travel_arranged": 0.4,
        },
        "default_weight": 0.4,
        "flag_level": {"high_recall": "medium", "balanced": "high", "high_precision": "high"},
    }


def validate_risk_params(params: Mapping, signal_names: list[str] | tuple[str, ...]) -> None:
    """Raise ValueError when the parameters break the rule's promises (see the module docstring)."""
    for key in ("floor", "levels", "weights", "strong"):
        if key not in params:
            raise ValueError(f"risk parameters: missing {key!r}; found keys {sorted(params)}")
    floor = float(params["floor"])
    if not 0.0 <= floor < 1.0:
        raise ValueError(f"risk parameters: floor must be in [0, 1), found {floor}")
    levels = params["levels"]
    if not 0.0 < float(levels.get("medium", -1)) < float(levels.get("high", -1)) <= 1.0:
        raise ValueError(f"risk parameters: expected 0 < levels.medium < levels.high <= 1, found {dict(levels)}")
    high = float(levels["high"])
    strong = set(params["strong"])
    unknown = sorted((set(params["weights"]) | strong) - set(signal_names))
    if unknown:
        raise ValueError(f"risk parameters name unknown signal(s) {unknown}; expected any of {list(signal_names)}")
    for name in signal_names:
        w = float(params["weights"].get(name, params.get("default_weight", 0.0)))
        if not 0.0 <= w <= 1.0:
            raise ValueError(f"risk parameters: weight of {name} must be in [0, 1], found {w}")
        if name in strong and w < high:
            raise ValueError(f"risk parameters: strong signal {name} weighs {w} < levels.high {high}")
        if name not in strong and w >= high:
            raise ValueError(
                f"risk parameters: weak signal {name} weighs {w} >= levels.high {high}; one weak cue alone "
                "must not make an ad high-risk"
            )
    for profile, level in params.get("flag_level", {}).items():
        if level not in LEVELS:
            raise ValueError(f"risk parameters: flag_level[{profile!r}] is {level!r}; expected one of {LEVELS}")


def risk(probs: Mapping[str, float], params: Mapping, *, profile: str = "balanced") -> dict:
    """``{"score", "level", "flagged"}`` for one ad from ``{signal: calibrated probability}``."""
    floor = float(params["floor"])
    weights = params["weights"]
    default_w = float(params.get("default_weight", 0.0))
    keep = 1.0
    for name, p in probs.items():
        e = max(0.0, (float(p) - floor) / (1.0 - floor))
        keep *= 1.0 - float(weights.get(name, default_w)) * min(e, 1.0)
    score = 1.0 - keep
    if not math.isfinite(score):
        score = 0.0
    levels = params["levels"]
    level = "high" if score >= levels["high"] else "medium" if score >= levels["medium"] else "low"
    flag_level = params.get("flag_level", {}).get(profile, "high")
    return {"score": round(score, 6), "level": level, "flagged": LEVELS.index(level) >= LEVELS.index(flag_level)}
