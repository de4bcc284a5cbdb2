"""One real `adrisk serve` (bentoml serve, both services) on 127.0.0.1, called with bentoml.SyncHTTPClient."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.tiny_artifact import build_tiny_artifact

ROOT = Path(__file__).resolve().parents[1]
START_TIMEOUT_S = 120


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, headers: dict | None = None) -> tuple[int, str]:
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=5) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    artifact = build_tiny_artifact(tmp_path_factory.mktemp("e2e") / "artifact")
    port = free_port()
    env = {**os.environ, "BENTOML_HOME": str(tmp_path_factory.mktemp("bentoml_home")), "ADRISK_THREADS": "1",
           "ADRISK_API_KEY": "e2e-key",
           # a shared CI machine can be slow: let the batcher wait rather than shed load with 503s
           "ADRISK_MAX_LATENCY_MS": "60000"}
    log = open(tmp_path_factory.mktemp("log") / "serve.log", "w+")  # noqa: SIM115 - closed in the finally below
    proc = subprocess.Popen(
        [sys.executable, "-m", "adrisk.cli", "serve", "--model", str(artifact), "--port", str(port)],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_TIMEOUT_S
    try:
        while True:
            if proc.poll() is not None:
                log.seek(0)
                pytest.fail(f"server exited with {proc.returncode}:\n{log.read()[-3000:]}")
            try:
                if _get(url + "/readyz")[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                log.seek(0)
                pytest.fail(f"server not ready after {START_TIMEOUT_S}s:\n{log.read()[-3000:]}")
            time.sleep(0.5)
        yield url
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)  # our own process group: bentoml and its two service workers
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
        log.close()


def test_real_server_scores_with_sync_http_client(server):
    import bentoml

    with bentoml.SyncHTTPClient(server, token="e2e-key", timeout=60) as client:
        assert client.is_ready(timeout=10)
        out = client.score(
            ads=[
                {"id": "ru", "text": "Работа в Польше, оплата визы, паспорт сдаёте нам.", "language": "ru"},
                {"id": "es", "text": "Chica nueva en la ciudad 💋 incall 24/7"},
                {"id": "bad", "text": "  "},
            ],
            profile="balanced",
        )
        res = out["results"]
        assert [r["id"] for r in res] == ["ru", "es", "bad"]
        assert res[0]["risk"]["level"] == "high" and res[0]["signals"]["worker_control"]["spans"][0]["text"] == "паспорт"
        assert res[1]["signals"]["controlled_mobility"]["flagged"] and res[1]["language"]["code"] == "es"
        assert res[2]["error"]["code"] == "empty_text"
        expl = client.explain(text="we keep your passport", label="worker_control")
        assert max(expl["labels"]["worker_control"]["attributions"], key=lambda a: a["weight"])["text"] == "passport"


def test_real_server_auth_health_metrics_and_docs(server):
    assert _get(server + "/livez")[0] == 200
    assert _get(server + "/labels")[0] == 401
    auth = {"Authorization": "Bearer e2e-key"}
    assert _get(server + "/metrics", auth)[0] == 200
    status, text = _get(server + "/ethics", {**auth, "Accept": "text/html"})
    assert status == 200 and "<h1>" in text


def test_serve_refuses_a_tampered_artifact_with_one_line(tmp_path):
    artifact = build_tiny_artifact(tmp_path / "artifact")
    (artifact / "calibration.json").write_text('{"method": "none"}')
    out = subprocess.run(
        [sys.executable, "-m", "adrisk.cli", "serve", "--model", str(artifact), "--port", str(free_port())],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert out.returncode == 2
    assert out.stderr.strip().count("\n") == 0
    assert "calibration.json does not match manifest.json" in out.stderr


def test_real_server_survives_concurrent_clients(server):
    """16 clients at once: every request answered 200 (BentoML's internal client drops connections under load;
    the front retries them)."""
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    texts = ["We keep your passport, pay the fee.", "Se busca chica nueva 💋", "Warehouse job " * 40]

    def client(k: int) -> list[int]:
        with httpx.Client(timeout=60, headers={"Authorization": "Bearer e2e-key"}) as c:
            return [c.post(server + "/score", json={"ads": [{"text": texts[i % 3]}]}).status_code
                    for i in range(k, 240, 16)]

    with ThreadPoolExecutor(16) as pool:
        codes = [code for part in pool.map(client, range(16)) for code in part]
    from collections import Counter

    assert len(codes) == 240 and set(codes) == {200}, Counter(codes)
