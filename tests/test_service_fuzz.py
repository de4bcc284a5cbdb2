"""Schemathesis against the service's own OpenAPI document (/docs.json): generated requests never get a 5xx."""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402
from starlette.testclient import TestClient  # noqa: E402


from tests.tiny_artifact import build_tiny_artifact, shared_asgi_app  # noqa: E402


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("ADRISK_MODEL", str(build_tiny_artifact(tmp_path_factory.mktemp("fuzz") / "artifact")))
    mp.setenv("ADRISK_MAX_ADS", "16")
    mp.setenv("ADRISK_THREADS", "1")
    mp.delenv("ADRISK_API_KEY", raising=False)
    app = shared_asgi_app()
    with TestClient(app):  # runs the lifespan: the service instance exists for schemathesis' own client
        yield schemathesis.openapi.from_asgi("/docs.json", app)
    mp.undo()


# schemathesis' pytest plugin (from_fixture) reads a private pytest attribute that pytest 9 removed, so the
# operations are driven through hypothesis directly: same strategies, same checks.
def test_generated_requests_never_get_a_server_error(api_schema):
    from hypothesis import given

    tested = []
    for result in api_schema.get_all_operations():
        operation = result.ok()
        if operation.path == "/metrics":  # needs a real `bentoml serve` (prometheus multiprocess); see e2e test
            continue
        examples = 40 if operation.method.upper() == "POST" else 5

        @given(case=operation.as_strategy())
        @settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
                  database=None)
        def check(case):
            response = case.call()
            assert response.status_code < 500, (
                f"{case.method} {case.path} -> {response.status_code}: {response.text[:300]}"
            )

        check()
        tested.append(f"{operation.method.upper()} {operation.path}")
    assert {"POST /score", "POST /explain"} <= set(tested), tested
