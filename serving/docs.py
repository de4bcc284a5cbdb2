"""The documentation endpoints: model card, data card, ethics statement and the label taxonomy.

The model card comes from the artifact. Data cards come from the artifact's ``data_cards/`` folder when it carries
one, else from ``ADRISK_DOCS_DIR``, else from the repository's ``data_cards/`` next to this package. Documents are
Markdown, or HTML when the client prefers ``text/html``.

The routes form a FastAPI app because BentoML merges a mounted FastAPI app's OpenAPI paths into ``/docs.json``
(a plain Starlette app's routes would be served but left out of the published API description).
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

DOCUMENTS = {"model-card": "MODEL_CARD.md", "data-card": "CORPUS.md", "ethics": "ETHICS.md"}
REPO_CARDS = Path(__file__).resolve().parents[1] / "data_cards"


def find_document(name: str, artifact_dir: Path) -> Path | None:
    """Path of one of DOCUMENTS' files, or None when no candidate location has it."""
    filename = DOCUMENTS[name]
    candidates = [artifact_dir / filename, artifact_dir / "data_cards" / filename]
    if os.environ.get("ADRISK_DOCS_DIR"):
        candidates.append(Path(os.environ["ADRISK_DOCS_DIR"]) / filename)
    candidates += [REPO_CARDS / filename, Path.cwd() / "data_cards" / filename]
    return next((p for p in candidates if p.is_file()), None)


def prefers_html(accept: str | None) -> bool:
    """True when the Accept header ranks text/html above Markdown and plain text (q-values respected)."""
    best_html, best_md = 0.0, 0.0
    for part in (accept or "").split(","):
        fields = [f.strip() for f in part.split(";")]
        kind, q = fields[0].lower(), 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if kind in ("text/html", "application/xhtml+xml"):
            best_html = max(best_html, q)
        elif kind in ("text/markdown", "text/plain", "text/*"):
            best_md = max(best_md, q)
    return best_html > 0 and best_html >= best_md and best_html > 0


def render(markdown_text: str, title: str, as_html: bool) -> Response:
    if not as_html:
        return Response(markdown_text, media_type="text/markdown; charset=utf-8", headers={"Vary": "Accept"})
    import markdown

    body = markdown.markdown(markdown_text, extensions=["tables", "fenced_code"])
    page = (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>'
        f"<body>{body}</body></html>"
    )
    return Response(page, media_type="text/html; charset=utf-8", headers={"Vary": "Accept"})


def _front():
    import bentoml

    return bentoml.get_current_service()


def _document_endpoint(name: str):
    async def endpoint(request: Request) -> Response:
        front = _front()
        path = find_document(name, front.artifact.path)
        if path is None:
            return JSONResponse(
                {"error": f"{DOCUMENTS[name]} is not available: the artifact does not carry it and no data_cards/ "
                          "folder was found (set ADRISK_DOCS_DIR)"},
                status_code=404,
            )
        text = path.read_text(encoding="utf-8")
        return render(text, f"adrisk {name}", prefers_html(request.headers.get("accept")))

    return endpoint


async def labels(request: Request) -> Response:
    front = _front()
    return JSONResponse({"model": front.model_info, **front.artifact.labels})


_DOC_RESPONSES = {
    200: {"description": "The document", "content": {"text/markdown": {}, "text/html": {}}},
    404: {"description": "The artifact carries no such document and no data_cards/ folder was found"},
}
_SUMMARIES = {
    "model-card": "Model card of the served artifact (metrics, intended use, limitations)",
    "data-card": "Datasheet of the training corpus",
    "ethics": "Ethics statement: human review only, never automated action against the people in an ad",
}


def docs_app() -> FastAPI:
    """GET routes mounted beside the BentoML APIs (BentoML APIs are POST only)."""
    app = FastAPI(title="adrisk documents", openapi_url=None, docs_url=None, redoc_url=None)
    app.add_api_route("/labels", labels, methods=["GET"], summary="Signal taxonomy and label order of the model",
                      response_class=JSONResponse, responses={200: {"description": "Model, signals and ad types"}})
    for name in DOCUMENTS:
        app.add_api_route(f"/{name}", _document_endpoint(name), methods=["GET"], summary=_SUMMARIES[name],
                          description="Markdown by default; HTML when the Accept header prefers text/html.",
                          response_class=Response, responses=_DOC_RESPONSES)
    return app
