"""A real `adrisk score` process killed with SIGKILL mid-run, then resumed: every ad exactly once, same scores."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from serving.batch import score_file, work_dir_for
from tests.tiny_artifact import build_tiny_artifact
from training.corpus.generate import GenerateConfig, generate_ads

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.timeout(300)


def _cmd(inp: Path, out: Path, model: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "adrisk.cli", "score", str(inp), "--out", str(out), "--model", str(model),
            "--workers", "1", "--chunk-size", "40", "--batch-size", "8", "--no-progress", "--json", *extra]  # fmt: skip


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_killed_run_resumes_to_every_id_exactly_once_with_the_same_scores(tmp_path):
    model = build_tiny_artifact(tmp_path / "tiny")
    ads = generate_ads(GenerateConfig(size=3000, seed=5))
    inp = tmp_path / "archive.jsonl"
    inp.write_text("".join(json.dumps({"id": f"ad{a.index:05d}", "text": a.text, "language": a.language},
                                      ensure_ascii=False) + "\n" for a in ads), encoding="utf-8")  # fmt: skip
    out = tmp_path / "scored.jsonl"
    parts = work_dir_for(out)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    proc = subprocess.Popen(_cmd(inp, out, model), cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    committed = []
    while time.monotonic() < deadline and proc.poll() is None:
        committed = sorted(parts.glob("part-*.jsonl")) if parts.exists() else []
        if len(committed) >= 3:
            break
        time.sleep(0.02)
    assert proc.poll() is None, f"the run ended before it could be killed: {proc.communicate()[1][-500:]!r}"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert not out.exists() and len(committed) >= 3
    state = json.loads((parts / "state.json").read_text())
    done_before = set(state["completed"])
    assert done_before and len(done_before) < 3000 // 40

    again = subprocess.run(_cmd(inp, out, model), cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert again.returncode == 2 and "--resume" in again.stderr  # never silently starts over

    resumed = subprocess.run(_cmd(inp, out, model, "--resume"), cwd=ROOT, env=env, capture_output=True, text=True,
                             timeout=240)  # fmt: skip
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    summary = json.loads(resumed.stdout)
    assert summary["ads"] == 3000 and summary["resumed_chunks"] >= len(done_before)
    assert not parts.exists()

    reference = tmp_path / "reference.jsonl"
    score_file(inp, reference, model=model, workers=1, chunk_size=40, batch_size=8, progress=False)
    got, want = _rows(out), _rows(reference)
    ids = [r["id"] for r in got]
    assert len(ids) == len(set(ids)) == 3000
    assert ids == [f"ad{i:05d}" for i in range(3000)]
    assert got == want
