"""``adrisk serve``: run the HTTP service (a thin wrapper over ``bentoml serve serving.service:AdRisk``)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DEFAULT_MODEL = "models/adrisk-default"
REPO_ROOT = Path(__file__).resolve().parents[2]


def serve_command(model: str | Path, *, host: str = "127.0.0.1", port: int = 3000) -> tuple[list[str], dict]:
    """Check the artifact and return the ``bentoml serve`` command line and environment that serve it.

    Raises FileNotFoundError when there is no artifact and ValueError (ArtifactError) when it is broken, so the
    user sees one line instead of a server traceback.
    """
    from serving.artifact import read_artifact

    path = Path(model)
    if not (path / "manifest.json").is_file():
        hint = "run `make model`" if str(model).rstrip("/") == DEFAULT_MODEL else "pass --model ARTIFACT_DIR"
        raise FileNotFoundError(f"no model at {model}: {hint}")
    read_artifact(path, verify=True)
    if not 0 < port < 65536:
        raise ValueError(f"--port must be in 1..65535, found {port}")
    env = dict(os.environ)
    env.update(
        ADRISK_MODEL=str(path.resolve()),
        BENTOML_DO_NOT_TRACK="true",
        HF_HUB_OFFLINE="1",
        TOKENIZERS_PARALLELISM="false",
    )
    cmd = [
        sys.executable, "-m", "bentoml", "serve", "serving.service:AdRisk",
        "--host", host, "--port", str(port), "--working-dir", str(REPO_ROOT),
    ]
    return cmd, env


def run(args) -> int:
    cmd, env = serve_command(args.model, host=args.host, port=args.port)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"adrisk serve: listening on {args.host}: set ADRISK_API_KEY to require a bearer token", file=sys.stderr)
    print(f"adrisk serve: http://{args.host}:{args.port} (model {args.model})", file=sys.stderr)
    sys.stderr.flush()
    # exec, not a child process: Ctrl-C, SIGTERM and the exit status go straight to bentoml, no orphans
    os.execve(cmd[0], cmd, env)
    return 0  # not reached


def register(sub) -> None:
    p = sub.add_parser("serve", help="serve the scoring API over HTTP (BentoML)", description=__doc__)
    opt = p.add_argument_group("optional")
    opt.add_argument("--model", default=DEFAULT_MODEL, help=f"artifact folder (default: {DEFAULT_MODEL})")
    opt.add_argument("--host", default="127.0.0.1", help="interface to bind (default: 127.0.0.1, local only)")
    opt.add_argument("--port", type=int, default=3000, help="port (default: 3000)")
    p.set_defaults(handler=run)
