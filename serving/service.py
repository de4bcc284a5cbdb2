"""The adrisk HTTP service (BentoML 1.4): ``bentoml serve serving.service:AdRisk`` or ``adrisk serve``.

Two services, one process each under ``bentoml serve``:

- ``AdRisk`` (front): validates requests, reports bad ads one by one, enforces limits and the optional bearer
  token, serves the documents. It never runs the model.
- ``AdRiskModel`` (behind it): holds the onnxruntime session. Its ``score_batch`` API is batchable, so ads from
  concurrent requests are merged by BentoML's adaptive batching and then length-sorted by the scorer.

The artifact comes from ``ADRISK_MODEL`` (a folder), else from the BentoML model store (``ADRISK_MODEL_TAG``,
default ``adrisk-default:latest``). Limits: ``ADRISK_MAX_ADS`` (256 ads per request), ``ADRISK_MAX_CHARS``
(20,000 characters per ad), ``ADRISK_EXPLAIN_MAX_CHARS`` (5,000). ``ADRISK_THREADS``: onnxruntime intra-op threads.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import re
import typing as t
from http import HTTPStatus
from pathlib import Path

import aiohttp
import bentoml
from bentoml.exceptions import BentoMLException, InvalidArgument, ServiceUnavailable
from pydantic import BaseModel, Field

from serving.artifact import Artifact, ArtifactError, read_artifact
from serving.auth import BearerAuthMiddleware, install_log_redaction
from serving.docs import docs_app
from serving.schemas import EXAMPLE_ADS, Ad, ExplainResponse, Profile, ScoreResponse

log = logging.getLogger("adrisk.service")
log.setLevel(logging.INFO)  # request summaries (ids, lengths, hashes; never text) at INFO under bentoml's handlers
install_log_redaction()

DEFAULT_TAG = "adrisk-default:latest"
MAX_BATCH_SIZE = int(os.environ.get("ADRISK_MAX_BATCH_SIZE", "64"))
MAX_LATENCY_MS = int(os.environ.get("ADRISK_MAX_LATENCY_MS", "10000"))
_LANG = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class PayloadTooLarge(BentoMLException):
    error_code = HTTPStatus.REQUEST_ENTITY_TOO_LARGE


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "")
    try:
        return int(raw) if raw else default
    except ValueError:
        raise ValueError(f"{name} must be an integer, found {raw!r}") from None


def resolve_model_path() -> Path:
    """The artifact folder: ADRISK_MODEL if set, else the BentoML model store entry."""
    if os.environ.get("ADRISK_MODEL"):
        return Path(os.environ["ADRISK_MODEL"])
    tag = os.environ.get("ADRISK_MODEL_TAG", DEFAULT_TAG)
    try:
        return Path(bentoml.models.get(tag).path)
    except Exception:
        raise ArtifactError(
            f"no model: set ADRISK_MODEL to an artifact folder, or save the artifact as {tag} in the BentoML model "
            "store (training.export.save_to_bentoml)"
        ) from None


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


class ScoreItem(BaseModel):
    """One valid ad on its way to the model (ads of concurrent requests share a batch)."""

    text: str
    language: str | None = None
    profile: str | None = None
    spans: bool = True


@bentoml.service(name="adrisk-model", traffic={"timeout": 120}, workers=1)
class AdRiskModel:
    """Holds the onnxruntime session; batchable scoring behind the front service."""

    def __init__(self) -> None:
        from serving.scorer import Scorer

        self.scorer = None
        threads = _env_int("ADRISK_THREADS", 0) or None
        self.scorer = Scorer.load(resolve_model_path(), intra_op_threads=threads)
        # first call loads the fastText language model and warms onnxruntime, so no client request pays for it
        self.scorer.score(["warm-up: Работа в Польше, visa arranged 💋"])
        log.info("model %s %s (%s) loaded", self.scorer.name, self.scorer.version, self.scorer.sha256[:12])

    def __is_ready__(self) -> bool:
        return self.scorer is not None and self.scorer.session is not None

    @bentoml.api(batchable=True, max_batch_size=MAX_BATCH_SIZE, max_latency_ms=MAX_LATENCY_MS)
    def score_batch(self, items: list[ScoreItem]) -> list[dict[str, t.Any]]:
        return self.scorer.score(
            [i.text for i in items],
            languages=[i.language for i in items],
            profile=[i.profile for i in items],
            spans=[i.spans for i in items],
        )

    @bentoml.api
    def explain_text(self, text: str, label: str | None = None) -> dict[str, t.Any]:
        from serving.explain import explain

        return explain(self.scorer, text, label=label)


@bentoml.service(name="adrisk", traffic={"timeout": 120, "max_concurrency": 64}, workers=1)
@bentoml.asgi_app(docs_app(), path="/")
class AdRisk:
    """Scores job and escort ads for human-trafficking indicators, for human review only."""

    model = bentoml.depends(AdRiskModel)

    def __init__(self) -> None:
        self.artifact: Artifact | None = None
        self.max_ads = _env_int("ADRISK_MAX_ADS", 256)
        self.max_chars = _env_int("ADRISK_MAX_CHARS", 20_000)
        self.explain_max_chars = _env_int("ADRISK_EXPLAIN_MAX_CHARS", 5_000)
        self.model_timeout_s = _env_int("ADRISK_MODEL_TIMEOUT_S", 20)
        # Verified here too, so the front refuses a tampered artifact even before the model service loads it.
        self.artifact = read_artifact(resolve_model_path(), verify=True)
        self.model_info = {
            "name": str(self.artifact.manifest.get("name", self.artifact.path.name)),
            "version": str(self.artifact.manifest.get("version", "0")),
            "sha256": self.artifact.sha256,
        }

    def __is_ready__(self) -> bool:
        # Under `bentoml serve` readiness also waits for AdRiskModel's own __is_ready__ (session loaded).
        model = self.model
        if isinstance(model, AdRiskModel.inner):  # in-process (tests, to_asgi); remote readiness is BentoML's
            return self.artifact is not None and model.__is_ready__()
        return self.artifact is not None

    async def _call_model(self, method: str, *args):
        """Call AdRiskModel, retrying connection drops. BentoML 1.4's internal client replaces its HTTP session
        every 100 calls and closes the old one under requests still in flight (and races uvicorn's keep-alive,
        bentoml#4971); scoring is side-effect free, so a retry on a fresh connection is safe.

        Each attempt has its own deadline (``ADRISK_MODEL_TIMEOUT_S``, default 20 s): a call whose connection was
        dropped without an error would otherwise wait forever, and the client would see a hang instead of a 503.
        One timed-out attempt is retried once; a second timeout means overload, and retrying would add to it."""
        timeouts = 0
        for attempt in range(4):
            try:
                return await asyncio.wait_for(getattr(self.model.to_async, method)(*args), self.model_timeout_s)
            except TimeoutError:
                timeouts += 1
                if timeouts == 2 or attempt == 3:
                    raise ServiceUnavailable("model service timed out: the server is overloaded, retry later") from None
                log.warning("model call %s: no answer in %d s, retrying", method, self.model_timeout_s)
            except aiohttp.ClientConnectionError as exc:
                if attempt == 3:
                    raise ServiceUnavailable(f"model service unreachable: {type(exc).__name__}") from None
                log.warning("model call %s: %s, retrying", method, type(exc).__name__)
                await asyncio.sleep(0.01 * (attempt + 1))

    def _check_ad(self, ad: Ad, seen: set[str]) -> tuple[dict | None, str]:
        """(error or None, text to score). Control characters become spaces so offsets stay those of the ad."""
        text = ad.text
        if any(0xD800 <= ord(c) <= 0xDFFF for c in text):
            return {"code": "invalid_text", "message": "text contains an unpaired UTF-16 surrogate"}, text
        if len(text) > self.max_chars:
            return {
                "code": "text_too_long",
                "message": f"text has {len(text)} characters; the maximum is {self.max_chars}",
            }, text
        cleaned = _CONTROL.sub(" ", text)
        if not cleaned.strip():
            return {"code": "empty_text", "message": "text is empty or only whitespace/control characters"}, text
        if ad.language is not None and not _LANG.match(ad.language):
            return {
                "code": "invalid_language",
                "message": f"language must be an ISO 639 code like 'ru' or 'fil', found {ad.language[:20]!r}",
            }, text
        if ad.id is not None:
            if ad.id in seen:
                return {"code": "duplicate_id", "message": f"id {ad.id!r} appears earlier in this request"}, text
            seen.add(ad.id)
        return None, cleaned

    @bentoml.api(route="/score")
    async def score(
        self,
        ads: t.Annotated[
            list[Ad],
            Field(description="Ads to score (at most ADRISK_MAX_ADS, default 256)", examples=[EXAMPLE_ADS]),
        ],
        profile: t.Annotated[
            Profile | None,
            Field(description="Threshold profile; the artifact's default (balanced) when absent"),
        ] = None,
        spans: t.Annotated[bool, Field(description="Return evidence spans for flagged signals")] = True,
    ) -> ScoreResponse:
        """Score ads: risk, ad type, per-signal probabilities and evidence spans. One bad ad gets its own error;
        the others are scored."""
        if not ads:
            raise InvalidArgument("ads is empty: send at least one ad")
        if len(ads) > self.max_ads:
            raise PayloadTooLarge(f"{len(ads)} ads in one request; the maximum is {self.max_ads}")
        profile = profile or self.artifact.thresholds.get("default_profile", "balanced")
        results: list[dict] = []
        todo: list[int] = []
        items: list[ScoreItem] = []
        seen: set[str] = set()
        for i, ad in enumerate(ads):
            error, text = self._check_ad(ad, seen)
            results.append({"index": i, "id": ad.id, "error": error})
            if error is None:
                lang = ad.language.replace("_", "-").split("-")[0].lower() if ad.language else None
                items.append(ScoreItem(text=text, language=lang, profile=profile, spans=spans))
                todo.append(i)
        scored = await self._call_model("score_batch", items) if items else []
        for i, res in zip(todo, scored):
            original = ads[i].text
            for sig in res["signals"].values():
                for sp in sig["spans"]:
                    sp["text"] = original[sp["start"] : sp["end"]]
            results[i].update(res)
        log.info(
            "score: %d ads, %d errors, profile=%s; ads: %s",
            len(ads),
            len(ads) - len(todo),
            profile,
            ", ".join(f"{a.id or i}:{len(a.text)}:{text_hash(a.text)}" for i, a in enumerate(ads[:50])),
        )
        return ScoreResponse(model=self.model_info, profile=profile, results=results)

    @bentoml.api(route="/explain")
    async def explain(
        self,
        text: t.Annotated[
            str, Field(description="Ad text to explain (at most ADRISK_EXPLAIN_MAX_CHARS, default 5,000)",
                       examples=[EXAMPLE_ADS[0]["text"]])
        ],
        label: t.Annotated[
            str | None, Field(description="One signal name; all signals when absent", examples=["worker_control"])
        ] = None,
    ) -> ExplainResponse:
        """Occlusion attributions: each word masked in turn, all variants in one batched model run."""
        error, cleaned = self._check_ad(Ad(text=text), set())
        if error is not None and error["code"] == "text_too_long" or len(text) > self.explain_max_chars:
            raise PayloadTooLarge(f"text has {len(text)} characters; /explain accepts at most {self.explain_max_chars}")
        if error is not None:
            raise InvalidArgument(error["message"])
        names = [s["name"] for s in self.artifact.labels["signals"]]
        if label is not None and label not in names:
            shown = repr(label) if re.fullmatch(r"[a-z_]{1,40}", label) else "given"  # never echo free text to logs
            raise InvalidArgument(f"unknown label {shown}; expected one of: {', '.join(names)}")
        out = await self._call_model("explain_text", cleaned, label)
        for expl in out["labels"].values():
            for a in expl["attributions"]:
                a["text"] = text[a["start"] : a["end"]]
        log.info("explain: 1 text, %d chars, hash %s, label=%s", len(text), text_hash(text), label)
        return ExplainResponse(model=self.model_info, labels=out["labels"], words=out["words"])


AdRisk.add_asgi_middleware(BearerAuthMiddleware)
