"""Shared fixtures: the seed articles and real clusters from ../shared/data."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
DATA = SHARED / "data"
RAW_VALIDATION = DATA / "multinews-raw-validation.jsonl.gz"


def read_clusters(path: Path, limit: int) -> list[dict]:
    clusters = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            clusters.append(json.loads(line))
            if len(clusters) == limit:
                break
    return clusters


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir())}


@pytest.fixture(scope="session")
def validation_clusters() -> list[dict]:
    """The first 50 raw Multi-News validation clusters."""
    return read_clusters(RAW_VALIDATION, 50)
