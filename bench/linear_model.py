"""A small linear classifier over hashed string features, evaluated in pure Python.

Training happens elsewhere (e.g. scikit-learn's LogisticRegression in `bench/`) on vectors
built by `vector()` here, so training and inference hash features identically. Only the
learned weights are shipped, as a small JSON file; inference is a dot product and a sigmoid,
with no numpy, no network and no model download.

    model = LinearModel.load(path)
    features = ["w=host", "w=meetups", "shape:count"]
    model.probability(features)    # 0.0-1.0
    model.predict(features)        # probability >= model.threshold
    model.contributions(features)  # [(feature, weight), ...] strongest push towards 1 first

Features are strings; each is hashed with zlib.crc32 (stable across processes and Python
versions, unlike hash()) into one of `buckets` slots. A feature counts once however often it
is listed; two features that share a slot add up.

The JSON file: {"format": "cairn-linear-model/1", "buckets": N, "bias": b, "threshold": t,
"weights": {"slot": weight, ...} (non-zero slots only), "meta": {...}}.
"""

from __future__ import annotations

import json
import math
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FORMAT = "cairn-linear-model/1"


def slot(feature: str, buckets: int) -> int:
    """Return the slot of one feature: its CRC-32 (UTF-8) modulo buckets."""
    return zlib.crc32(feature.encode("utf-8")) % buckets


def vector(features: Iterable[str], buckets: int) -> dict[int, float]:
    """Return the sparse vector {slot: value} of a set of features (each counted once)."""
    values: dict[int, float] = {}
    for feature in set(features):
        index = slot(feature, buckets)
        values[index] = values.get(index, 0.0) + 1.0
    return values


def sigmoid(score: float) -> float:
    """Return 1 / (1 + e^-score) without overflow."""
    if score >= 0:
        return 1.0 / (1.0 + math.exp(-score))
    exp = math.exp(score)
    return exp / (1.0 + exp)


@dataclass(frozen=True)
class LinearModel:
    """A binary logistic model: P(positive) = sigmoid(bias + sum of the features' weights)."""

    buckets: int
    weights: Mapping[int, float]
    bias: float
    threshold: float = 0.5
    meta: Mapping[str, Any] = field(default_factory=dict)

    def score(self, features: Iterable[str]) -> float:
        """Return the decision value (log-odds) of the features."""
        weights = self.weights
        return self.bias + sum(
            weights.get(index, 0.0) * value
            for index, value in vector(features, self.buckets).items()
        )

    def probability(self, features: Iterable[str]) -> float:
        """Return the probability that the features belong to the positive class."""
        return sigmoid(self.score(features))

    def predict(self, features: Iterable[str]) -> bool:
        """Return whether the probability reaches the model's threshold."""
        return self.probability(features) >= self.threshold

    def contributions(self, features: Iterable[str]) -> list[tuple[str, float]]:
        """Return (feature, weight) for each distinct feature, most positive first.

        A feature's weight is its slot's weight (shared with any feature hashed to the same
        slot). Ties keep the features' sorted order, so the result is deterministic.
        """
        pairs = [
            (feature, self.weights.get(slot(feature, self.buckets), 0.0))
            for feature in sorted(set(features))
        ]
        return sorted(pairs, key=lambda pair: -pair[1])

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form (non-zero weights only, slots as strings)."""
        return {
            "format": FORMAT,
            "buckets": self.buckets,
            "bias": self.bias,
            "threshold": self.threshold,
            "weights": {str(i): w for i, w in sorted(self.weights.items()) if w},
            "meta": dict(self.meta),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LinearModel:
        """Return the model stored by to_dict(); ValueError for another format."""
        if data.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} model: format {data.get('format')!r}")
        buckets = int(data["buckets"])
        weights = {int(i): float(w) for i, w in data["weights"].items()}
        if buckets <= 0 or any(not 0 <= i < buckets for i in weights):
            raise ValueError("model weights name slots outside 0..buckets-1")
        return cls(
            buckets=buckets,
            weights=weights,
            bias=float(data["bias"]),
            threshold=float(data.get("threshold", 0.5)),
            meta=dict(data.get("meta", {})),
        )

    @classmethod
    def load(cls, path: str | Path) -> LinearModel:
        """Return the model stored as JSON at path."""
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    def dump(self, path: str | Path) -> None:
        """Write the model as compact JSON (one line, sorted keys) to path."""
        text = json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":"))
        Path(path).write_text(text + "\n", encoding="utf-8")
