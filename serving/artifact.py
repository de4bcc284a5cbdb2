"""Read and check a model artifact folder (layout in models/README.md) before anything runs it.

Every problem is one line saying what was expected and what was found, so ``adrisk serve`` and the service can
refuse to start with a readable reason.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

REQUIRED_FILES = (
    "model.onnx",
    "tokenizer.json",
    "labels.json",
    "config.json",
    "calibration.json",
    "thresholds.json",
)
CALIBRATION_METHODS = ("temperature", "isotonic", "none")


class ArtifactError(ValueError):
    """The artifact folder is missing, incomplete, tampered with or inconsistent."""


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ArtifactError(f"artifact {path.parent}: missing {path.name}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ArtifactError(f"artifact {path.parent}: {path.name} is not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise ArtifactError(f"artifact {path.parent}: {path.name} must hold a JSON object, found {type(data).__name__}")
    return data


@dataclass(frozen=True)
class Artifact:
    path: Path
    manifest: dict
    labels: dict  # labels.json: the taxonomy snapshot, in model output order
    config: dict
    calibration: dict
    thresholds: dict
    sha256: str  # sha256 of manifest.json: one id for the whole artifact (weights, calibration, thresholds)

    @property
    def signal_names(self) -> tuple[str, ...]:
        return tuple(s["name"] for s in self.labels["signals"])

    @property
    def ad_types(self) -> tuple[str, ...]:
        return tuple(self.labels["ad_types"])


def verify_manifest(path: Path, manifest: dict) -> None:
    """Raise ArtifactError unless every file listed in the manifest exists with the listed sha256."""
    files = manifest.get("files")
    if not isinstance(files, dict) or not files:
        raise ArtifactError(f"artifact {path}: manifest.json has no 'files' map of name -> sha256")
    unlisted = [f for f in REQUIRED_FILES if f not in files]
    if unlisted:
        raise ArtifactError(f"artifact {path}: manifest.json does not list {', '.join(unlisted)}")
    for name, expected in files.items():
        target = path / name
        if Path(name).is_absolute() or ".." in Path(name).parts:
            raise ArtifactError(f"artifact {path}: manifest lists a path outside the artifact: {name!r}")
        if not target.is_file():
            raise ArtifactError(f"artifact {path}: {name} is listed in manifest.json but missing")
        found = sha256_file(target)
        if found != expected:
            raise ArtifactError(
                f"artifact {path}: {name} does not match manifest.json (expected sha256 {expected[:12]}…, "
                f"found {found[:12]}…); rebuild or re-download the model"
            )


def _check(art: Artifact) -> None:
    where = f"artifact {art.path}"
    signals = art.labels.get("signals")
    if not isinstance(signals, list) or not signals or not all(isinstance(s, dict) and "name" in s for s in signals):
        raise ArtifactError(f"{where}: labels.json needs a non-empty 'signals' list of objects with a 'name'")
    if not isinstance(art.labels.get("ad_types"), list) or not art.labels["ad_types"]:
        raise ArtifactError(f"{where}: labels.json needs a non-empty 'ad_types' list")
    max_length, stride = art.config.get("max_length"), art.config.get("stride")
    if not isinstance(max_length, int) or max_length < 4:
        raise ArtifactError(f"{where}: config.json max_length must be an integer >= 4, found {max_length!r}")
    if not isinstance(stride, int) or not 0 <= stride < max_length // 2:
        raise ArtifactError(f"{where}: config.json stride must be an integer in [0, max_length/2), found {stride!r}")
    method = art.calibration.get("method", "none")
    if method not in CALIBRATION_METHODS:
        raise ArtifactError(f"{where}: calibration method {method!r}; expected one of {CALIBRATION_METHODS}")
    unknown = sorted(set(art.calibration.get("signals", {})) - set(art.signal_names))
    if unknown:
        raise ArtifactError(f"{where}: calibration.json names unknown signal(s) {unknown}")
    profiles = art.thresholds.get("profiles")
    if not isinstance(profiles, dict) or not profiles:
        raise ArtifactError(f"{where}: thresholds.json needs a non-empty 'profiles' map")
    default = art.thresholds.get("default_profile", "balanced")
    if default not in profiles:
        raise ArtifactError(f"{where}: default_profile {default!r} is not among profiles {sorted(profiles)}")
    for name, table in profiles.items():
        bad = sorted(set(table) - set(art.signal_names))
        if bad:
            raise ArtifactError(f"{where}: thresholds profile {name!r} names unknown signal(s) {bad}")


def read_artifact(path: str | Path, *, verify: bool = True) -> Artifact:
    """Read an artifact folder; with ``verify`` every file is checked against manifest.json first."""
    path = Path(path)
    if not path.is_dir():
        raise ArtifactError(f"no model at {path}: expected an artifact folder with manifest.json")
    manifest_path = path / "manifest.json"
    manifest = _read_json(manifest_path)
    if verify:
        verify_manifest(path, manifest)
    else:
        missing = [f for f in REQUIRED_FILES if not (path / f).is_file()]
        if missing:
            raise ArtifactError(f"artifact {path}: missing {', '.join(missing)}")
    art = Artifact(
        path=path,
        manifest=manifest,
        labels=_read_json(path / "labels.json"),
        config=_read_json(path / "config.json"),
        calibration=_read_json(path / "calibration.json"),
        thresholds=_read_json(path / "thresholds.json"),
        sha256=sha256_file(manifest_path),
    )
    _check(art)
    return art
