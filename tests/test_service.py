"""The service class called directly, then over ASGI (TestClient) for every bad-input case, docs and auth."""

from __future__ import annotations

import asyncio
import logging

import pytest
from bentoml.exceptions import InvalidArgument
from starlette.testclient import TestClient

from serving.schemas import Ad
from serving.scorer import Scorer
from serving.service import AdRisk, PayloadTooLarge
from tests.tiny_artifact import build_tiny_artifact, shared_asgi_app
from training.taxonomy import SIGNAL_NAMES

MARKER = "Zqxjv-secret-ad-text"


@pytest.fixture(scope="module")
def artifact(tmp_path_factory):
    return build_tiny_artifact(tmp_path_factory.mktemp("svc") / "artifact")


@pytest.fixture(scope="module")
def env(artifact):
    mp = pytest.MonkeyPatch()
    mp.setenv("ADRISK_MODEL", str(artifact))
    mp.setenv("ADRISK_MAX_ADS", "8")
    mp.setenv("ADRISK_MAX_CHARS", "400")
    mp.setenv("ADRISK_EXPLAIN_MAX_CHARS", "300")
    mp.setenv("ADRISK_THREADS", "1")
    mp.delenv("ADRISK_API_KEY", raising=False)
    yield mp
    mp.undo()


@pytest.fixture(scope="module")
def client(env):
    with TestClient(shared_asgi_app(), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def svc(env):
    return AdRisk()


def run(coro):
    return asyncio.run(coro)


# -- direct calls on the class ---------------------------------------------------------------------------------
def test_direct_score_reports_each_bad_ad_and_scores_the_rest(svc):
    ads = [
        Ad(id="ok", text="We keep your passport, pay the fee."),
        Ad(id="empty", text=""),
        Ad(id="blank", text=" \n\t "),
        Ad(id="long", text="fee " * 200),
        Ad(id="ok", text="duplicate id"),
        Ad(id="surrogate", text="bad \ud800 text"),
        Ad(id="lang", text="fee", language="not a code"),
        Ad(id="ctrl", text="\x00\x07 we keep your passport\x1b"),
    ]
    out = run(svc.score(ads=ads))
    codes = {r.id if r.index != 4 else "dup": (r.error.code if r.error else None) for r in out.results}
    assert codes == {
        "ok": None, "empty": "empty_text", "blank": "empty_text", "long": "text_too_long", "dup": "duplicate_id",
        "surrogate": "invalid_text", "lang": "invalid_language", "ctrl": None,
    }
    assert [r.index for r in out.results] == list(range(len(ads)))
    first = out.results[0]
    assert first.risk.level == "high" and first.signals["worker_control"].flagged
    assert list(first.signals) == list(SIGNAL_NAMES)
    assert "400" in out.results[3].error.message
    ctrl = out.results[7]  # control characters are blanked for the model; offsets still index the ad as sent
    (span,) = ctrl.signals["worker_control"].spans
    assert ads[7].text[span.start : span.end] == span.text == "passport"
    assert out.model.name == "adrisk-tiny" and len(out.model.sha256) == 64


def test_direct_rtl_emoji_and_given_language(svc):
    rtl = "نحتفظ بجواز سفرك passport ونوفر السكن"
    ads = [Ad(text=rtl), Ad(text="💋💋✨🌹"), Ad(text="fee", language="pt-BR")]
    out = run(svc.score(ads=ads, profile="high_recall"))
    span = out.results[0].signals["worker_control"].spans[0]
    assert rtl[span.start : span.end] == "passport"
    assert out.results[0].language.code == "ar"
    assert out.results[1].error is None and out.results[1].language.code == "und"
    assert out.results[2].language.model_dump() == {"code": "pt", "confidence": 1.0}
    assert out.profile == "high_recall"


def test_direct_limits_raise_client_errors(svc):
    with pytest.raises(PayloadTooLarge, match="9 ads in one request; the maximum is 8"):
        run(svc.score(ads=[Ad(text="x")] * 9))
    with pytest.raises(InvalidArgument, match="ads is empty"):
        run(svc.score(ads=[]))
    with pytest.raises(InvalidArgument, match="unknown label 'nope'; expected one of: recruitment_fee"):
        run(svc.explain(text="pay the fee", label="nope"))
    with pytest.raises(PayloadTooLarge, match="at most 300"):
        run(svc.explain(text="x " * 200))
    with pytest.raises(InvalidArgument, match="empty"):
        run(svc.explain(text="   "))


def test_direct_explain_ranks_the_trigger_word(svc):
    out = run(svc.explain(text="We keep your passport, thanks", label="worker_control"))
    attributions = out.labels["worker_control"].attributions
    top = max(attributions, key=lambda a: a.weight)
    assert top.text.startswith("passport") and top.weight > 0.5
    assert out.words == len(attributions) == 5


def test_many_ads_are_scored_in_one_model_call(svc, monkeypatch):
    calls = []
    original = Scorer.score

    def spy(self, texts, **kw):
        calls.append(len(texts))
        return original(self, texts, **kw)

    monkeypatch.setattr(Scorer, "score", spy)
    run(svc.score(ads=[Ad(text=f"job {i} pay the fee") for i in range(6)] + [Ad(text="")]))
    assert calls == [6]


# -- HTTP layer: every bad input is a 4xx ----------------------------------------------------------------------
BAD_REQUESTS = [
    ("non-JSON body", {"content": b"ads=hello", "headers": {"content-type": "application/json"}}, 400),
    ("truncated JSON", {"content": b'{"ads": [{"text": "x"', "headers": {"content-type": "application/json"}}, 400),
    ("missing ads", {"json": {}}, 400),
    ("missing text", {"json": {"ads": [{"id": "1"}]}}, 400),
    ("text is a number", {"json": {"ads": [{"text": 5}]}}, 400),
    ("text is null", {"json": {"ads": [{"text": None}]}}, 400),
    ("ads is a string", {"json": {"ads": MARKER}}, 400),
    ("ads is an object", {"json": {"ads": {"text": "x"}}}, 400),
    ("unknown profile", {"json": {"ads": [{"text": "x"}], "profile": "lenient"}}, 400),
    ("spans is a list", {"json": {"ads": [{"text": "x"}], "spans": [1]}}, 400),
    ("extra field in ad", {"json": {"ads": [{"text": "x", "url": "http://a"}]}}, 400),
    ("id too long", {"json": {"ads": [{"text": "x", "id": "i" * 201}]}}, 400),
    ("lone surrogate escape", {"content": b'{"ads": [{"text": "a\\ud800b"}]}',
                               "headers": {"content-type": "application/json"}}, 400),
    ("empty ads", {"json": {"ads": []}}, 400),
    ("too many ads", {"json": {"ads": [{"text": "x"}] * 9}}, 413),
    ("body is a list", {"json": [{"text": "x"}]}, 400),
    ("raw control character in JSON string", {"content": b'{"ads": [{"text": "a\x01b"}]}',
                                              "headers": {"content-type": "application/json"}}, 400),
    ("form body", {"data": {"ads": "x"}}, 400),
    ("multipart upload", {"files": {"ads": ("ads.json", b"[]", "application/json")}}, 400),
    ("pickle body", {"content": b"\x80\x04N.", "headers": {"content-type": "application/vnd.bentoml+pickle"}}, 415),
]


@pytest.mark.parametrize("name,kwargs,status", BAD_REQUESTS, ids=[b[0] for b in BAD_REQUESTS])
def test_bad_requests_get_a_clear_4xx(client, name, kwargs, status):
    r = client.post("/score", **kwargs)
    assert r.status_code == status, r.text
    assert "error" in r.text


@pytest.mark.parametrize("body,status", [
    ({"text": ""}, 400), ({"text": "x " * 200}, 413), ({"text": "fee", "label": "nope"}, 400), ({}, 400),
    ({"text": 3}, 400),
])
def test_bad_explain_requests_get_a_4xx(client, body, status):
    assert client.post("/explain", json=body).status_code == status


def test_bad_ads_inside_a_good_request_are_reported_per_ad(client):
    ads = [{"id": "a", "text": "pay the fee"}, {"id": "b", "text": "   "}, {"id": "c", "text": "x" * 401},
           {"id": "a", "text": "dup"}, {"id": "d", "text": "\u202eRTL override \u200f fee"},
           {"id": "e", "text": "🍒🍭🎀"}]
    r = client.post("/score", json={"ads": ads, "spans": False})
    assert r.status_code == 200, r.text
    res = r.json()["results"]
    assert [x["error"]["code"] if x["error"] else None for x in res] == [
        None, "empty_text", "text_too_long", "duplicate_id", None, None]
    assert res[0]["signals"]["recruitment_fee"]["flagged"] and res[0]["signals"]["recruitment_fee"]["spans"] == []
    assert res[4]["signals"]["recruitment_fee"]["flagged"]


def test_explain_over_http(client):
    r = client.post("/explain", json={"text": "Chica nueva, incall 24/7"})
    assert r.status_code == 200
    body = r.json()
    assert set(body["labels"]) == set(SIGNAL_NAMES)
    mobility = {a["text"]: a["weight"] for a in body["labels"]["controlled_mobility"]["attributions"]}
    assert mobility["nueva,"] > 0.5 and mobility["Chica"] == 0.0


# -- documents, labels, health, OpenAPI ------------------------------------------------------------------------
@pytest.mark.parametrize("path,heading", [("/model-card", "# adrisk-tiny"), ("/ethics", "ethics"),
                                          ("/data-card", "#")])
def test_documents_as_markdown_or_html(client, path, heading):
    md = client.get(path)
    assert md.status_code == 200 and md.headers["content-type"].startswith("text/markdown")
    assert heading in md.text
    page = client.get(path, headers={"accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"})
    assert page.headers["content-type"].startswith("text/html") and "<h1>" in page.text
    assert client.get(path, headers={"accept": "text/markdown, text/html;q=0.5"}).text == md.text


def test_labels_health_and_openapi(client):
    labels = client.get("/labels").json()
    assert [s["name"] for s in labels["signals"]] == list(SIGNAL_NAMES)
    assert labels["ad_types"] == ["job", "escort", "other"] and labels["model"]["name"] == "adrisk-tiny"
    assert all(s["definition"] and s["sources"] for s in labels["signals"])
    assert client.get("/livez").status_code == 200 and client.get("/readyz").status_code == 200
    spec = client.get("/docs.json").json()
    assert {"/score", "/explain"} <= set(spec["paths"])
    # The GET routes of the mounted document app are described too, with the media types they answer in.
    for path in ("/labels", "/model-card", "/data-card", "/ethics"):
        assert "get" in spec["paths"][path], path
    assert {"text/markdown", "text/html"} <= set(spec["paths"]["/ethics"]["get"]["responses"]["200"]["content"])
    assert "ads" in str(spec["paths"]["/score"]) and "Threshold profile" in str(spec)


# -- access and privacy ----------------------------------------------------------------------------------------
def test_bearer_token_guards_everything_but_health_probes(client, monkeypatch):
    monkeypatch.setenv("ADRISK_API_KEY", "s3cret-key")
    body = {"ads": [{"text": "pay the fee"}]}
    assert client.post("/score", json=body).status_code == 401
    assert client.post("/score", json=body, headers={"authorization": "Bearer wrong"}).status_code == 401
    assert client.post("/score", json=body, headers={"authorization": "Basic s3cret-key"}).status_code == 401
    assert client.post("/score", json=body, headers={"authorization": "Bearer s3cret-key"}).status_code == 200
    for path in ("/labels", "/ethics", "/model-card", "/docs.json"):
        assert client.get(path).status_code == 401, path
    assert client.get("/labels", headers={"authorization": "Bearer s3cret-key"}).status_code == 200
    for path in ("/livez", "/readyz", "/healthz"):
        assert client.get(path).status_code == 200, path
    assert "Bearer" in client.get("/labels").headers["www-authenticate"]


class _Capture(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(self.format(record))


def test_logs_never_contain_ad_text(client):
    cap = _Capture()
    cap.setFormatter(logging.Formatter("%(name)s %(message)s"))
    names = ("", "bentoml", "bentoml._internal.server.http_app", "adrisk.service")
    old = {n: logging.getLogger(n).level for n in names}
    for n in names:
        logging.getLogger(n).addHandler(cap)
        logging.getLogger(n).setLevel(logging.DEBUG)
    try:
        client.post("/score", json={"ads": [{"id": "x1", "text": f"{MARKER} pay the fee"}, {"text": MARKER * 50}]})
        client.post("/score", json={"ads": MARKER})
        client.post("/score", json={"ads": [{"text": MARKER, "bogus": MARKER}]})
        client.post("/explain", json={"text": f"{MARKER} passport"})
        client.post("/explain", json={"text": MARKER, "label": MARKER})
    finally:
        for n in names:
            logging.getLogger(n).removeHandler(cap)
            logging.getLogger(n).setLevel(old[n])
    text = "\n".join(cap.lines)
    assert "x1:" in text and "score: 2 ads" in text  # ids, counts, lengths and hashes are logged
    assert MARKER not in text
    assert MARKER[:10] not in text


# -- where the model comes from --------------------------------------------------------------------------------
def test_artifact_from_the_bentoml_model_store(artifact, tmp_path):
    """Without ADRISK_MODEL the service takes the artifact from the model store (fresh BENTOML_HOME)."""
    import os
    import subprocess
    import sys

    code = (
        "import shutil, sys, bentoml\n"
        "from serving.service import resolve_model_path\n"
        "from serving.scorer import Scorer\n"
        "with bentoml.models.create('adrisk-default') as m:\n"
        "    [shutil.copy2(p, m.path_of(p.name)) for p in __import__('pathlib').Path(sys.argv[1]).iterdir()]\n"
        "path = resolve_model_path()\n"
        "print(Scorer.load(path).name)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("ADRISK_MODEL", "ADRISK_MODEL_TAG")}
    env["BENTOML_HOME"] = str(tmp_path / "home")
    out = subprocess.run([sys.executable, "-c", code, str(artifact)], env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().endswith("adrisk-tiny")


def test_no_model_anywhere_is_one_clear_line(monkeypatch, tmp_path):
    from adrisk.commands.serve import serve_command
    from serving.service import resolve_model_path

    monkeypatch.chdir(tmp_path)
    with pytest.raises(FileNotFoundError, match=r"^no model at models/adrisk-default: run `make model`$"):
        serve_command("models/adrisk-default")
    monkeypatch.delenv("ADRISK_MODEL", raising=False)
    monkeypatch.setenv("ADRISK_MODEL_TAG", "adrisk-missing:latest")
    with pytest.raises(ValueError, match="no model: set ADRISK_MODEL"):
        resolve_model_path()
    cmd, env = serve_command(str(build_tiny_artifact(tmp_path / "a")), host="127.0.0.1", port=3999)
    assert cmd[-6:] == ["--host", "127.0.0.1", "--port", "3999", "--working-dir", cmd[-1]]
    assert "serving.service:AdRisk" in cmd and env["ADRISK_MODEL"].endswith("a")


# -- the call to the model service: retries and deadlines -------------------------------------------------------
class _FlakyModel:
    """Stands in for the model service's async client: hangs or drops the connection for the first calls."""

    def __init__(self, failures: list[str]):
        self.failures, self.calls = list(failures), 0
        self.to_async = self

    async def score_batch(self, items):
        import aiohttp

        self.calls += 1
        failure = self.failures.pop(0) if self.failures else None
        if failure == "hang":
            await asyncio.sleep(3600)
        if failure == "drop":
            raise aiohttp.ServerDisconnectedError()
        return ["ok"] * len(items)


@pytest.mark.parametrize(
    ("failures", "calls", "ok"),
    [
        (["drop", "drop"], 3, True),  # dropped connections are retried on a fresh one
        (["hang"], 2, True),  # one silent hang costs one deadline, then a retry answers
        (["hang", "hang"], 2, False),  # two in a row: overloaded, a 503 instead of a hang
        (["drop"] * 4, 4, False),
    ],
)
def test_model_calls_never_hang(env, monkeypatch, failures, calls, ok):
    from bentoml.exceptions import ServiceUnavailable

    svc = AdRisk()
    fake = _FlakyModel(failures)
    monkeypatch.setattr(type(svc), "model", fake)
    svc.model_timeout_s = 0.2
    if ok:
        assert run(svc._call_model("score_batch", ["a", "b"])) == ["ok", "ok"]
    else:
        with pytest.raises(ServiceUnavailable, match="model service"):
            run(svc._call_model("score_batch", ["a"]))
    assert fake.calls == calls
