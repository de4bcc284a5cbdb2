"""Suite-wide settings: everything offline, nothing written outside tmp_path."""

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("BENTOML_DO_NOT_TRACK", "true")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


# One tiny artifact and one scorer on it for the whole run: building the artifact (a random model exported to
# ONNX and int8) is the slow part of the scorer and batch tests. Tests that change files use a copy.

@pytest.fixture(scope="session")
def tiny_dir(tmp_path_factory):
    from tests.tiny_artifact import build_tiny_artifact

    return build_tiny_artifact(tmp_path_factory.mktemp("tiny") / "artifact")


@pytest.fixture(scope="session")
def scorer(tiny_dir):
    from serving.scorer import Scorer

    return Scorer.load(tiny_dir, intra_op_threads=1)
