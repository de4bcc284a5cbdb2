"""The Ray Data engine against a local Ray instance started here: same output as the local engine."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

ray = pytest.importorskip("ray")

from adrisk.cli import main  # noqa: E402
from serving.batch import score_file  # noqa: E402
from serving.distributed import score_parquet_ray  # noqa: E402
from tests.tiny_artifact import CORPUS, build_tiny_artifact  # noqa: E402
from training.corpus.generate import GenerateConfig, generate_ads  # noqa: E402

pytestmark = [pytest.mark.distributed, pytest.mark.timeout(300)]


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, _node_ip_address="127.0.0.1", log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    d = tmp_path_factory.mktemp("ray")
    model = build_tiny_artifact(d / "tiny")
    texts = [a.text for a in generate_ads(GenerateConfig(size=120, seed=9))] + CORPUS + ["   "]
    rows = [{"id": f"r{i:03d}", "text": t, "platform": f"site{i % 3}", "views": i} for i, t in enumerate(texts)]
    # Several row groups, so Ray reads more than one block and both actors get work.
    pq.write_table(pa.Table.from_pylist(rows), d / "in.parquet", row_group_size=40)
    return d, model, len(rows)


def test_ray_engine_matches_the_local_engine(local_ray, archive):
    d, model, n = archive
    summary = score_parquet_ray(d / "in.parquet", d / "ray_out", model=model, concurrency=2, batch_size=25)
    local = score_file(d / "in.parquet", d / "local.parquet", model=model, workers=1, chunk_size=25, progress=False)
    # Ray's part files may come back in another order than the input's (documented): compare by id.
    got = sorted(pq.read_table(d / "ray_out").to_pylist(), key=lambda r: r["id"])
    want = sorted(pq.read_table(d / "local.parquet").to_pylist(), key=lambda r: r["id"])
    assert len(got) == n and [r["id"] for r in got] == [r["id"] for r in want]
    assert list(got[0]) == list(want[0])
    assert got == want
    assert isinstance(got[0]["views"], int)  # carried columns keep their Arrow types
    assert got[-1]["error"] == "text is empty"
    assert summary["flagged_by_signal"] == local["flagged_by_signal"] and summary["ads"] == n
    assert summary["engine"] == "ray" and summary["workers"] == 2


def test_cli_ray_engine_refuses_an_existing_output_and_a_missing_text_column(local_ray, archive, tmp_path, capsys):
    d, model, _ = archive
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "x.parquet").write_bytes(b"")
    args = ["score", str(d / "in.parquet"), "--model", str(model), "--engine", "ray", "--json"]
    assert main([*args, "--out", str(tmp_path / "taken")]) == 2
    assert "exists" in capsys.readouterr().err
    assert main([*args, "--out", str(tmp_path / "o"), "--text-column", "body"]) == 2
    assert "expected a text column 'body'" in capsys.readouterr().err
    assert main([*args, "--out", str(tmp_path / "ok"), "--workers", "1"]) == 0
    assert json.loads(capsys.readouterr().out)["ads"] == 120 + len(CORPUS) + 1
