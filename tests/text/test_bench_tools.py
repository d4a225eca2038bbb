"""The measuring tools the rule rounds of issue 15 diff their work with (bench/)."""

import json

from bench import set_misses, speed_compare


def test_set_misses_writes_every_sets_misses_to_diff(tmp_path):
    assert set_misses.main([str(tmp_path)]) == 0
    names = {path.name for path in tmp_path.glob("*.txt")}
    assert {"kr_real_kr_dev.txt", "coach_real_dev.txt", "documents.txt"} <= names
    assert len([n for n in names if n.startswith("kr_real_kr_round")]) >= 25
    parser = (tmp_path / "kr_real_kr_dev.txt").read_text(encoding="utf-8")
    assert "all five fields" in parser and "\n- " in parser  # the table, then each miss
    coach = (tmp_path / "coach_real_dev.txt").read_text(encoding="utf-8")
    rows = json.loads((set_misses._ROOT / "coach" / "real_dev.json").read_text(encoding="utf-8"))
    totals = [line.split()[1].split("/")[1] for line in coach.splitlines()[1:4]]
    assert sum(map(int, totals)) == len(rows)  # activity, vague, outcome: every row once


def test_set_misses_and_speed_compare_refuse_a_missing_argument(capsys):
    assert set_misses.main([]) == 2
    assert "usage: python -m bench.set_misses" in capsys.readouterr().err
    assert speed_compare.main(["only-one-checkout"]) == 2
    assert "usage: python -m bench.speed_compare" in capsys.readouterr().err
