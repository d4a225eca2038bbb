"""The pure-Python linear model (bench.linear_model): hashing, scoring, the JSON form."""

import json
import math
import zlib

import pytest

from bench.linear_model import LinearModel, sigmoid, slot, vector


def test_slot_is_crc32_of_the_utf8_text_modulo_buckets():
    assert slot("w=host", 1024) == zlib.crc32(b"w=host") % 1024
    assert slot("w=café", 97) == zlib.crc32("w=café".encode()) % 97


def test_a_feature_counts_once_and_features_sharing_a_slot_add_up():
    assert vector(["a", "a", "b"], 1) == {0: 2.0}  # a once, b once, same slot
    assert sum(vector(["a", "a", "b", "c"], 1 << 20).values()) == 3.0


def test_score_is_bias_plus_the_weights_of_the_present_features():
    model = LinearModel(
        buckets=1 << 16, weights={slot("x", 1 << 16): 2.0, slot("y", 1 << 16): -0.5}, bias=-1.0
    )
    assert model.score([]) == -1.0
    assert model.score(["x", "y", "unknown"]) == pytest.approx(0.5)
    assert model.probability(["x"]) == pytest.approx(1 / (1 + math.exp(-1.0)))
    assert model.predict(["x"]) and not model.predict(["y"])
    assert model.contributions(["y", "x", "unknown"]) == [("x", 2.0), ("unknown", 0.0), ("y", -0.5)]


def test_sigmoid_does_not_overflow():
    assert sigmoid(1000) == 1.0
    assert sigmoid(-1000) == 0.0
    assert sigmoid(0) == 0.5


def test_the_json_form_round_trips(tmp_path):
    model = LinearModel(
        buckets=64,
        weights={3: 0.25, 7: -1.5, 9: 0.0},
        bias=0.1,
        threshold=0.7,
        meta={"labels": ["outcome", "flag"]},
    )
    path = tmp_path / "model.json"
    model.dump(path)
    data = json.loads(path.read_text())
    assert data["weights"] == {"3": 0.25, "7": -1.5}  # zero weights are not stored
    loaded = LinearModel.load(path)
    assert loaded.weights == {3: 0.25, 7: -1.5}
    assert (loaded.bias, loaded.threshold, loaded.buckets) == (0.1, 0.7, 64)
    assert loaded.meta == {"labels": ["outcome", "flag"]}


@pytest.mark.parametrize(
    "data",
    [
        {"format": "other/1", "buckets": 4, "bias": 0, "weights": {}},
        {"format": "cairn-linear-model/1", "buckets": 4, "bias": 0, "weights": {"4": 1.0}},
        {"format": "cairn-linear-model/1", "buckets": 0, "bias": 0, "weights": {}},
    ],
)
def test_a_malformed_model_is_refused(data):
    with pytest.raises(ValueError):
        LinearModel.from_dict(data)
