"""Request and response models of the HTTP service (they make the OpenAPI document at /docs.json)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Profile = Literal["high_recall", "balanced", "high_precision"]

EXAMPLE_ADS = [
    {
        "id": "ru-1",
        "text": "Работа в Польше на складе, 2500 евро. Без опыта! Визу и билеты оформим, стоимость 300$ вычтем из "
        "первой зарплаты. Паспорт на время контракта хранится у работодателя. Пишите в Telegram.",
        "language": "ru",
    },
    {"id": "es-1", "text": "Chica nueva en la ciudad 💋 solo 3 días, disponible 24/7, escríbeme por WhatsApp."},
    {"text": "รับสมัครพนักงานเสิร์ฟ ร้านอาหารในเชียงใหม่ เงินเดือน 12,000 บาท มีประกันสังคม ติดต่อฝ่ายบุคคล"},
]


class Ad(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"example": EXAMPLE_ADS[0]})
    id: str | None = Field(
        None, max_length=200, description="Your identifier for the ad; echoed back. Ids must be unique per request."
    )
    text: str = Field(
        description="The ad text as published. Offsets in the answer are Unicode code points into this string. "
        "Long texts are scored in overlapping windows, never cut; the maximum length is configurable "
        "(ADRISK_MAX_CHARS, default 20,000 characters).",
        examples=[EXAMPLE_ADS[1]["text"]],
    )
    language: str | None = Field(
        None,
        description="ISO 639-1/639-3 code (e.g. 'ru', 'fil'); when absent the language is detected offline.",
        examples=["ru"],
    )


class ModelInfo(BaseModel):
    name: str = Field(description="Artifact name")
    version: str = Field(description="Artifact version")
    sha256: str = Field(description="sha256 of the artifact's manifest.json: identifies weights, calibration and thresholds")


class Span(BaseModel):
    start: int = Field(description="Start offset (Unicode code points) into the submitted text")
    end: int = Field(description="End offset (exclusive)")
    text: str = Field(description="text[start:end]")
    score: float = Field(description="Highest token evidence probability inside the span")


class SignalResult(BaseModel):
    score: float = Field(description="Calibrated probability that the signal is present")
    flagged: bool = Field(description="score at or above the profile's threshold for this signal")
    spans: list[Span] = Field(description="Evidence in the text (for flagged signals)")


class Language(BaseModel):
    code: str = Field(description="ISO 639 code as given, or detected; 'und' when there are no letters")
    confidence: float = Field(description="Detector confidence; 1.0 when the client gave the language")


class AdType(BaseModel):
    label: str = Field(description="Most likely ad type")
    scores: dict[str, float] = Field(description="Probability per ad type")


class Risk(BaseModel):
    score: float = Field(description="0..1 ranking score for human review (not a probability of trafficking)")
    level: Literal["low", "medium", "high"]
    flagged: bool = Field(description="Whether the ad should go to a human reviewer under this profile")


class AdError(BaseModel):
    code: Literal["empty_text", "text_too_long", "invalid_text", "duplicate_id", "invalid_language"]
    message: str


class AdResult(BaseModel):
    index: int = Field(description="Position of the ad in the request")
    id: str | None = None
    language: Language | None = None
    ad_type: AdType | None = None
    risk: Risk | None = None
    signals: dict[str, SignalResult] | None = Field(None, description="One entry per signal, in model order")
    windows: int | None = Field(None, description="Number of model windows the text needed")
    error: AdError | None = Field(None, description="Set when this ad could not be scored; the others still are")


class ScoreResponse(BaseModel):
    model: ModelInfo
    profile: Profile
    results: list[AdResult] = Field(description="One result per ad, in request order")


class Attribution(BaseModel):
    start: int
    end: int
    text: str
    weight: float = Field(description="Drop in calibrated probability when this word is masked (>0 supports)")


class LabelExplanation(BaseModel):
    score: float = Field(description="Calibrated probability of the signal for the whole text")
    attributions: list[Attribution]


class ExplainResponse(BaseModel):
    model: ModelInfo
    labels: dict[str, LabelExplanation]
    words: int = Field(description="Number of words (occlusion units) masked")
