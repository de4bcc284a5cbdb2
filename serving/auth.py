"""Optional bearer-token access control and log hygiene for the HTTP service.

When ``ADRISK_API_KEY`` is set, every request except the health probes must carry ``Authorization: Bearer <key>``;
the comparison is constant-time (``hmac.compare_digest``) so response timing does not leak the key.
"""

from __future__ import annotations

import hmac
import json
import logging
import os

HEALTH_PATHS = frozenset({"/livez", "/readyz", "/healthz"})


class BearerAuthMiddleware:
    """ASGI middleware: 401 with a JSON reason unless the bearer token matches ADRISK_API_KEY (read per request,
    so tests and operators can rotate it without a restart)."""

    def __init__(self, app, env_var: str = "ADRISK_API_KEY"):
        self.app = app
        self.env_var = env_var

    async def __call__(self, scope, receive, send):
        key = os.environ.get(self.env_var, "")
        if scope["type"] != "http" or not key or scope.get("path", "") in HEALTH_PATHS:
            return await self.app(scope, receive, send)
        header = ""
        for name, value in scope.get("headers", []):
            if name == b"authorization":
                header = value.decode("latin-1")
                break
        scheme, _, token = header.partition(" ")
        ok = scheme.lower() == "bearer" and hmac.compare_digest(token.strip().encode(), key.encode())
        if ok:
            return await self.app(scope, receive, send)
        reason = "missing bearer token" if not header else "invalid bearer token"
        body = json.dumps({"error": f"unauthorized: {reason}; send 'Authorization: Bearer <ADRISK_API_KEY>'"}).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 401,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"www-authenticate", b'Bearer realm="adrisk"'),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class RedactInputs(logging.Filter):
    """BentoML logs request validation errors with their traceback, and pydantic puts the offending input (ad
    text) in the message. Keep the error locations and types, drop the values; client errors get one line."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if exc is not None and type(exc).__name__ == "ValidationError" and hasattr(exc, "errors"):
            try:
                where = "; ".join(
                    f"{'.'.join(map(str, e.get('loc', ())))}: {e.get('type')}"
                    for e in exc.errors(include_input=False, include_context=False)[:10]
                )
            except Exception:  # a malformed error must not break logging
                where = "details withheld"
            record.msg = f"{record.getMessage()} - request validation failed ({where}); input not logged"
            record.args = ()
            record.exc_info = None
            record.exc_text = None
        elif exc is not None and int(getattr(getattr(exc, "error_code", 500), "value", 500)) < 500:
            # a client error we raised on purpose: one line, no traceback (our messages never quote ad text)
            record.msg = f"{record.getMessage()} - {exc.error_code.value}: {exc}"
            record.args = ()
            record.exc_info = None
            record.exc_text = None
        return True


def install_log_redaction() -> None:
    for name in ("bentoml._internal.server.http_app", "bentoml.serve", "bentoml"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactInputs) for f in logger.filters):
            logger.addFilter(RedactInputs())
