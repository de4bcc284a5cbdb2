"""The contract between the corpus engine and the per-language phrase banks.

A language bank is plain data, written natively in its language (not translated from English):

- ``slots``: values for ``{slot}`` placeholders used in sections and phrases. In slot values each ``#`` becomes
  a random digit (phone numbers, prices). Every slot in ``SLOTS`` must be present with at least 3 values.
- ``sections``: neutral ad text (no trafficking signal at all) for every name in ``SECTIONS``, at least 3
  variants each, several sentences where the section is naturally long. Sections may use ``{slot}``s.
- ``evidence``: for every signal, at least 8 distinct phrasings that express it (a clause or a sentence as it
  would appear inside a real ad). ``[[...]]`` marks the evidence span inside the phrasing; without it the whole
  phrasing is the span. Include code-switched variants where the market does that (Taglish, English words).
- ``decoys``: for every signal, at least 4 hard-negative phrasings that look like it but are not evidence of it:
  negations ("we never charge fees"), employer-pays statements, benign "new" (new salon), adult ages, first-
  person independence, identifiable employers with licence numbers.

The engine (``training.corpus.generate``) composes frames from sections, inserts evidence and decoys, applies
noise per piece and computes span offsets from the pieces, so offsets stay right by construction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from training.taxonomy import SIGNAL_NAMES

# Slot names every bank defines. Identifiers must be fictional: phones in reserved ranges where a country has
# one (US/CA 555-01##, UK 07700 900###, FR 01 99 00 ## ##, AU 0491 570 ###), otherwise a "555" block right
# after the area/operator code; e-mails and links under reserved domains (example.com/.net/.org, *.example).
SLOTS: dict[str, str] = {
    "city": "domestic cities of the market",
    "district": "neighbourhoods / areas / streets",
    "abroad_country": "destination countries abroad, as named in this language",
    "abroad_city": "destination cities abroad",
    "origin_country": "countries people are said to come from (for 'new girl from ...')",
    "job": "unskilled or low-skilled job titles (waitress, packer, caregiver, farm worker, cleaner...)",
    "skilled_job": "skilled job titles (nurse, accountant, welder, software developer...)",
    "company": "fictional but identifiable company names with their legal form (Sp. z o.o., S.A., LLC...)",
    "agency": "fictional licensed recruitment agencies",
    "licence": "fictional agency licence / registration numbers in the local format, with #",
    "website": "fictional company websites under reserved domains",
    "email": "fictional e-mails under reserved domains",
    "handle": "fictional messenger handles (@...)",
    "app": "messaging apps of this market (WhatsApp, Telegram, Viber, Zalo, Line, WeChat...)",
    "phone": "fictional phone numbers in local formats, with #",
    "name": "first names used in escort/massage ads",
    "age_adult": "adult ages as written in ads (e.g. 24, 31 years)",
    "age_minor": "ages at or under 18 as written in ads",
    "salary_normal": "realistic pay for ordinary jobs, local currency and format, with #",
    "salary_high": "implausibly high pay for unskilled work, with #",
    "fee": "fee amounts, local or foreign currency, with #",
    "rate": "escort rates (per hour / 30 min), with #",
    "hours": "working hours / schedules",
    "date": "dates and date ranges as written locally",
    "item": "things sold or rented in classifieds (a room, a used car, a sofa, a phone...)",
    "price": "classified prices, with #",
}

# Section names every bank defines: neutral text only. Which kinds use which sections is the engine's business.
SECTIONS: dict[str, str] = {
    "job_title": "headline of an ordinary job ad (role, place; caps or an emoji sometimes)",
    "company_profile": "2-4 sentences presenting an identifiable employer ({company}, address, years, size)",
    "job_duties": "1-3 sentences of duties",
    "job_requirements": "ordinary requirements (experience, certificates, language, driving licence)",
    "job_benefits": "ordinary benefits (contract, insurance, training, meals) -- no travel, no housing",
    "job_salary": "realistic pay line ({salary_normal})",
    "job_location": "where the work is ({city}, {district})",
    "job_apply_official": "apply through the employer's identifiable channel ({website}, HR {email}, office)",
    "job_apply_plain": "a plain contact line ({phone} or {email}) with no insistence on private channels",
    "abroad_context": "ordinary facts of a job abroad: country, season, contract length, language needed",
    "risky_title": "headline of a too-good job offer (caps, emoji, exclamation marks), itself no signal",
    "reply_greeting": "opening of a recruiter's chat reply to a job seeker's post (short, chatty)",
    "reply_offer": "the recruiter names openings ({job} in {abroad_country}) without any signal",
    "reply_cta": "closing of the chat reply (pm me, message now) without any signal",
    "escort_intro": "first-person intro by an adult advertiser ({name}, {age_adult})",
    "escort_looks": "appearance, first person",
    "escort_services": "services offered, first person, non-graphic",
    "escort_rates": "rate list ({rate})",
    "escort_availability": "ordinary availability, by appointment ({hours})",
    "escort_location": "incall/outcall and area ({city}, {district})",
    "escort_contact": "first-person contact line ({phone}, {app})",
    "classified_title": "headline of a non-job, non-escort classified ({item})",
    "classified_body": "2-4 sentences describing the item or service",
    "classified_contact": "contact line of a classified",
}

MIN_SLOT_VALUES = 3
MIN_SECTION_VARIANTS = 3
MIN_EVIDENCE = 8
MIN_DECOYS = 4

_SLOT_RE = re.compile(r"\{([a-z_]+)\}")
SPAN_OPEN, SPAN_CLOSE = "[[", "]]"


@dataclass(frozen=True)
class LanguageBank:
    code: str
    name: str
    slots: dict[str, tuple[str, ...]]
    sections: dict[str, tuple[str, ...]]
    evidence: dict[str, tuple[str, ...]]
    decoys: dict[str, tuple[str, ...]]
    # ru/uk: ads are sometimes written in Latin transliteration; the engine's noise does it when this is set.
    transliterate: bool = False
    notes: str = field(default="")
    # Optional: the words for 0..9 ("zero", "one", ...). Phone numbers are sometimes spelled out to get past
    # filters ("five five five 01 two three"); the engine does it only for banks that give the words.
    digit_words: tuple[str, ...] = ()
    # Optional: markets inside one language (US / UK / PH; Spain / Mexico / Argentina). Each maps slot names to
    # the values of that market; the engine picks one market per ad and draws those slots from it, so an ad in
    # Sevilla is not priced in ARS with an Argentine phone. Slots a market does not name come from ``slots``.
    markets: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)

    def problems(self) -> list[str]:
        """Everything that breaks the contract, each as 'where: expected ..., found ...'."""
        out: list[str] = []
        for name in SLOTS:
            n = len(self.slots.get(name, ()))
            if n < MIN_SLOT_VALUES:
                out.append(f"{self.code} slot {name}: expected >= {MIN_SLOT_VALUES} values, found {n}")
        for name in SECTIONS:
            n = len(self.sections.get(name, ()))
            if n < MIN_SECTION_VARIANTS:
                out.append(f"{self.code} section {name}: expected >= {MIN_SECTION_VARIANTS} variants, found {n}")
        for sig in SIGNAL_NAMES:
            n = len(set(self.evidence.get(sig, ())))
            if n < MIN_EVIDENCE:
                out.append(f"{self.code} evidence {sig}: expected >= {MIN_EVIDENCE} distinct phrasings, found {n}")
            n = len(set(self.decoys.get(sig, ())))
            if n < MIN_DECOYS:
                out.append(f"{self.code} decoys {sig}: expected >= {MIN_DECOYS} distinct phrasings, found {n}")
        if self.digit_words and len(self.digit_words) != 10:
            out.append(f"{self.code} digit_words: expected 10 words (0..9), found {len(self.digit_words)}")
        for market, overrides in self.markets.items():
            for name, values in overrides.items():
                if name not in SLOTS:
                    out.append(f"{self.code} market {market}: unknown slot {name!r}; expected one of SLOTS")
                elif not values:
                    out.append(f"{self.code} market {market} slot {name}: expected >= 1 value, found 0")
        extra = (set(self.evidence) | set(self.decoys)) - set(SIGNAL_NAMES)
        if extra:
            out.append(f"{self.code}: unknown signals {sorted(extra)}; expected {list(SIGNAL_NAMES)}")
        texts = [t for v in self.sections.values() for t in v]
        texts += [t for v in self.evidence.values() for t in v] + [t for v in self.decoys.values() for t in v]
        for t in texts:
            for slot in _SLOT_RE.findall(t):
                if slot not in self.slots:
                    out.append(f"{self.code}: text uses unknown slot {{{slot}}}: {t[:60]!r}")
            if t.count(SPAN_OPEN) != t.count(SPAN_CLOSE) or t.count(SPAN_OPEN) > 1:
                out.append(f"{self.code}: expected at most one balanced [[...]] span marker in {t[:60]!r}")
        for sig, phrases in self.decoys.items():
            for t in phrases:
                if SPAN_OPEN in t:
                    out.append(f"{self.code} decoy {sig}: decoys carry no span marker, found one in {t[:60]!r}")
        return out
