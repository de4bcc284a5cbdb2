"""The label taxonomy: the one source of truth for signal names, order and meaning.

Every model artifact carries a snapshot of this (``labels.json``); serving reads the snapshot, never this module.
The order of ``SIGNALS`` is the order of the model's output columns.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

TAXONOMY_VERSION = "1.0"

RECRUITMENT = "recruitment"
EXPLOITATION = "exploitation_mobility"
FAMILIES = (RECRUITMENT, EXPLOITATION)

AD_TYPES = ("job", "escort", "other")

_ILO_FEES = "ILO General principles and operational guidelines for fair recruitment and Definition of recruitment fees and related costs (2019)"
_ILO_FL = "ILO Indicators of Forced Labour (2012)"
_SEED = "adrisk seed brief: active and passive online recruitment; victims moved between cities by editing ads"


@dataclass(frozen=True)
class Signal:
    name: str
    family: str
    definition: str
    guidance: str
    sources: tuple[str, ...]

    def to_dict(self) -> dict:
        d = asdict(self)
        d["sources"] = list(self.sources)
        return d


SIGNALS: tuple[Signal, ...] = (
    Signal(
        "recruitment_fee",
        RECRUITMENT,
        "The worker must pay to get the job or to travel, or costs are advanced and recovered from wages.",
        "Mark fees the applicant pays: placement, registration, processing, visa, medical, training, document or "
        "deposit fees, 'reservation' of a slot, or costs advanced and deducted from salary (debt). Do not mark "
        "statements that the employer pays, that no fee is charged, or ordinary prices in non-job ads.",
        (_ILO_FEES, _ILO_FL + ": debt bondage", _SEED),
    ),
    Signal(
        "travel_arranged",
        RECRUITMENT,
        "The recruiter offers to arrange or advance tickets, visa, work permit, transport or housing for a job elsewhere.",
        "Mark offers to organise or front travel, visas, permits, transport or accommodation for work in another "
        "city or country. Legitimate employers abroad also do this: the signal is a cue, not a verdict; who pays "
        "is judged by recruitment_fee.",
        (_ILO_FL + ": deception, abuse of vulnerability", _SEED),
    ),
    Signal(
        "deceptive_offer",
        RECRUITMENT,
        "Pay, perks or terms out of line with the role: high pay for unskilled work, no experience, interview or "
        "contract needed, urgent departure, vague duties.",
        "Mark promises that are too good or too vague to check: very high pay for unskilled work, 'no experience, "
        "no interview', 'leave this week', unspecified duties, guaranteed earnings. Ordinary salary ranges for "
        "the role are not deceptive.",
        (_ILO_FL + ": deception",),
    ),
    Signal(
        "opaque_recruiter",
        RECRUITMENT,
        "The employer cannot be identified and contact runs only through a personal number, messaging app or "
        "private message; photos or documents asked up front.",
        "Mark missing or hidden employer identity, 'details in private', contact only by WhatsApp/Telegram/"
        "Viber/Zalo/WeChat/Line or a personal e-mail, and requests for photos, passport scans or IDs before any "
        "interview. A named company with address or registration number is not opaque.",
        (_ILO_FL + ": deception", _SEED),
    ),
    Signal(
        "vulnerability_targeting",
        RECRUITMENT,
        "Targets people in vulnerable situations or sets requirements unrelated to the job.",
        "Mark 'young women only', looks, age or marital-status requirements unrelated to the work, 'no papers "
        "needed', targeting undocumented migrants, refugees, debtors or minors.",
        (_ILO_FL + ": abuse of vulnerability",),
    ),
    Signal(
        "worker_control",
        RECRUITMENT,
        "The employer keeps passports or IDs, withholds or delays wages, ties housing with deductions, or workers "
        "cannot leave or change employer.",
        "Mark document retention ('we keep your passport'), wages paid only at contract end, deductions for "
        "housing or food from wages, phones taken, workers not allowed to leave the site or change employer.",
        (
            _ILO_FL + ": retention of identity documents",
            _ILO_FL + ": withholding of wages",
            _ILO_FL + ": restriction of movement; isolation",
        ),
    ),
    Signal(
        "third_party_control",
        EXPLOITATION,
        "The ad is written by or for someone other than the person offered.",
        "Mark third-person or plural voice about the person offered ('she is', 'our girls'), a manager, driver or "
        "agency as the contact, several people offered in one ad, 'my girls'. A first-person ad by the advertiser "
        "is not third-party control.",
        ("Polaris Project typology: escort services", _SEED),
    ),
    Signal(
        "controlled_mobility",
        EXPLOITATION,
        "The person is moved or touring: new in town, just arrived, only a few days, lists of cities or dates, "
        "recently arrived from a named country.",
        "Mark 'new in town', 'just arrived', 'here only 3 days', tour schedules and city lists, 'new girl from "
        "<country>'. 'New' in benign senses (new apartment, new salon) is not mobility.",
        (_SEED, "Polaris Project typology: escort services"),
    ),
    Signal(
        "restricted_movement",
        EXPLOITATION,
        "The person appears not to control time, place or services.",
        "Mark availability 24/7, incall only at a venue where the person lives, cannot go out, no say over "
        "clients or services, no condom/'anything goes' imposed by others.",
        (_ILO_FL + ": restriction of movement", "Polaris Project typology: escort services"),
    ),
    Signal(
        "minor_risk",
        EXPLOITATION,
        "Cues that the person may be under 18.",
        "Mark youth euphemisms ('fresh', 'barely legal', 'schoolgirl', 'teen', 'young young'), stated ages of 18 "
        "or below, emoji codes used for youth (e.g. 🍒, 🍭, 🎀 with age hints). An adult stating an age over 18 "
        "is not a cue.",
        ("UN Palermo Protocol art. 3(c)-(d): any child recruited for exploitation", "Thorn / NCMEC escort-ad research"),
    ),
)

SIGNAL_NAMES: tuple[str, ...] = tuple(s.name for s in SIGNALS)
_BY_NAME = {s.name: s for s in SIGNALS}


def get_signal(name: str) -> Signal:
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown signal {name!r}; expected one of: {', '.join(SIGNAL_NAMES)}") from None


def validate_labels(labels: list[str] | tuple[str, ...]) -> None:
    unknown = sorted(set(labels) - set(SIGNAL_NAMES))
    if unknown:
        raise ValueError(f"unknown label(s) {', '.join(unknown)}; expected any of: {', '.join(SIGNAL_NAMES)}")


def snapshot() -> dict:
    """The labels.json payload written into every artifact: label order, families, definitions, sources."""
    return {
        "taxonomy_version": TAXONOMY_VERSION,
        "signals": [s.to_dict() for s in SIGNALS],
        "ad_types": list(AD_TYPES),
        "families": list(FAMILIES),
    }
