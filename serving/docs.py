"""The documentation endpoints: model card, data card, ethics statement and the label taxonomy.

The model card comes from the artifact. Data cards come from the artifact's ``data_cards/`` folder when it carries
one, else from ``ADRISK_DOCS_DIR``, else from the repository's ``data_cards/`` next to this package. Documents are
Markdown, or HTML when the client prefers ``text/html``.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

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


def docs_app() -> Starlette:
    """GET routes mounted beside the BentoML APIs (BentoML APIs are POST only)."""
    routes = [Route("/labels", labels, methods=["GET"])]
    routes += [Route(f"/{name}", _document_endpoint(name), methods=["GET"]) for name in DOCUMENTS]
    return Starlette(routes=routes)
