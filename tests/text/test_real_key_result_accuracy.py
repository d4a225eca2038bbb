"""The parser on key results written by others (tests/text/real_kr_*.json, issue 15).

620 key results from 25 public sources (company and open-source OKR pages, OKR example
collections), labelled by hand before the parser ran on them; 30% held out at random (seed
15), and 150 fresh ones gathered after the first round. Since the third round all three sets
are development material (a new held-out set is gathered apart). See docs/plaintext.md for
sources, conventions and the relabelled rows.
The floors are the figures reached, so that a change that loses ground fails.
"""

import json
import re
from pathlib import Path

import pytest

from bench.accuracy import ALL_FIELDS, evaluate, load_labelled
from bench.halves import half_of, repository_of

HERE = Path(__file__).parent

FLOORS = {  # every-field-right (direction, start, target, change, unit) reached so far
    "real_kr_dev.json": 0.983,  # 427 of 434 after the fifth round
    "real_kr_holdout.json": 0.983,  # 183 of 186; development material since the second round
    "real_kr_fresh.json": 0.993,  # 149 of 150; development material in the third round
}
# The round-3 set, development material in the fourth round (bench.halves splits it by
# repository: rules were written from half A's misses only) and wholly in the fifth (its
# misses read after the round-4 rules were measured on it). Kept apart from FLOORS, whose
# sets the round-3 provenance test compares it against.
ROUND3_FLOORS = {"all": 0.989, "A": 0.984, "B": 0.993}  # 274/277, 128/130, 146/147


@pytest.mark.parametrize(("half", "floor"), ROUND3_FLOORS.items())
def test_the_round3_set_and_its_halves_keep_their_fourth_round_figures(half, floor):
    rows = load_labelled(HERE / "real_kr_round3.json")
    if half != "all":
        rows = [r for r in rows if half_of(repository_of(r["source"])) == half]
    assert evaluate(rows).accuracy(ALL_FIELDS) >= floor


def test_the_round4_set_keeps_its_fifth_round_figure():
    # Held out until its one first run after the fourth round (docs/plaintext.md): 127 of 153;
    # development material in the fifth round: 153 of 153 (one row relabelled).
    assert evaluate(load_labelled(HERE / "real_kr_round4.json")).accuracy(ALL_FIELDS) >= 1.0


def test_the_round5_set_keeps_its_sixth_round_figure():
    # Held out until its one first run after the fifth round (docs/plaintext.md): 112 of 154;
    # development material in the sixth round: 148 of 154 with the rules, 153 after five rows
    # were relabelled by written conventions (the one left: "6/20" in Chinese, a date).
    assert evaluate(load_labelled(HERE / "real_kr_round5.json")).accuracy(ALL_FIELDS) >= 0.993


def test_the_round9_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the tenth round (5 December 2026,
    # docs/plaintext.md): 91 of 135 key results with every field right. Development figure of
    # the eleventh round (the set is development material now): 97 of 135; twelfth round: 121
    # (parts A and B).
    # Development figure of the fourteenth round: 123 of 135; fifteenth round: 124 (Spanish
    # "menor a N" a ceiling).
    assert evaluate(load_labelled(HERE / "real_kr_round9.json")).accuracy(ALL_FIELDS) >= 0.918


def test_the_round10_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the eleventh round (5 December 2026,
    # docs/plaintext.md): 139 of 162 key results with every field right. Development figure of
    # the twelfth round (part B; the set is development material now): 152 of 162.
    # Development figure of the fourteenth round: 153 of 162; nineteenth round: 157 of 162;
    # 156 after the lead's session-15 decision on glued rates ("5 indicacoes/mes": indicacoes);
    # twentieth round (a glued rate keeps its noun): 157 of 162.
    assert evaluate(load_labelled(HERE / "real_kr_round10.json")).accuracy(ALL_FIELDS) >= 0.969


def test_the_round11_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the twelfth round (5 December 2026,
    # docs/plaintext.md): 145 of 171 key results with every field right. Development figure of
    # the thirteenth round (parser; the set is development material now): 157 of 171.
    # Development figure of the fourteenth round: 160 of 171; 163 after the lead's third label
    # decision; the seventeenth round's signed amount of money ("AOV +€10"): 164 of 171.
    # Nineteenth round ("d'ici le 7 mars" a date, "Ningún cliente … más del 20%", "con tendencia
    # creciente"): 167 of 171; 166 after the lead's session-15 decision on glued rates ("75K
    # sesiones/mes": sesiones); twentieth round (a glued rate keeps its noun): 167 of 171.
    assert evaluate(load_labelled(HERE / "real_kr_round11.json")).accuracy(ALL_FIELDS) >= 0.976


def test_the_round12_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the thirteenth round (5 December 2026,
    # docs/plaintext.md): 121 of 151 key results with every field right. The lead's fix of the
    # Portuguese from–to with a scaled amount ("de $50k para $120k") after it: 123 of 151.
    # Development material in the fourteenth round: 138 of 151; 143 after the lead's decision on
    # units' case (nine title-case English units relabelled in lower case, docs/plaintext.md).
    # The sixteenth round's Romance baselines ("partendo dagli attuali 60.000"): 144 of 151.
    # The seventeenth round ("4 Wochen weniger" with its unit, "100,000 PV", "从 4.0 稳步提升至",
    # "Strive to reduce ten percent of …"): 148 of 151. Nineteenth round ("Ensure incidents
    # remain below the error budget", Portuguese "em 25%" in English words): 151 of 151.
    # 150 of 151 after the lead's session-15 decision on glued rates ("2 Company Offsites/ano":
    # offsites, in lower case as English units are).
    assert evaluate(load_labelled(HERE / "real_kr_round12.json")).accuracy(ALL_FIELDS) >= 0.993


def test_the_round13_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the fourteenth round (5 December 2026,
    # docs/plaintext.md): 138 of 151 key results with every field right. Development material
    # in the fifteenth round (parser): 148 of 151, a development figure.
    assert evaluate(load_labelled(HERE / "real_kr_round13.json")).accuracy(ALL_FIELDS) >= 0.980


def test_the_round14_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the fifteenth round (5 December 2026,
    # docs/plaintext.md): 102 of 113 key results with every field right. The lead's fix of
    # weights and distances glued to their number ("from 67kg to 55kg") after it: 103 of 113.
    # Development material in the sixteenth round (parser): 109 of 113, a development figure.
    assert evaluate(load_labelled(HERE / "real_kr_round14.json")).accuracy(ALL_FIELDS) >= 0.964


def test_the_round15_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the sixteenth round (5 December 2026,
    # docs/plaintext.md): 139 of 154 key results with every field right. Development material
    # in the seventeenth round (parser): 151 of 154, a development figure.
    assert evaluate(load_labelled(HERE / "real_kr_round15.json")).accuracy(ALL_FIELDS) >= 0.980


def test_the_round16_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the seventeenth round (5 December 2026, session 14,
    # docs/plaintext.md): 70 of 78 key results with every field right. Development material in
    # the eighteenth round (parser): 78 of 78, a development figure.
    assert evaluate(load_labelled(HERE / "real_kr_round16.json")).accuracy(ALL_FIELDS) >= 1.0


def test_the_round17_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the eighteenth round (5 December 2026, session 15,
    # docs/plaintext.md): 101 of 131 key results with every field right; 107 after the lead's
    # relabelling. Development material in the nineteenth round (parser): 130 of 131; twentieth
    # round ("≥265 prospectos/mes": prospectos): 131 of 131.
    assert evaluate(load_labelled(HERE / "real_kr_round17.json")).accuracy(ALL_FIELDS) >= 1.0


def test_the_round18_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the eighteenth round (5 December 2026, session 15,
    # docs/plaintext.md): 58 of 65 key results with every field right. Development material in
    # the nineteenth round (parser): 64 of 65.
    assert evaluate(load_labelled(HERE / "real_kr_round18.json")).accuracy(ALL_FIELDS) >= 0.984


def test_the_round19_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the nineteenth round (5 December 2026, session 15,
    # docs/plaintext.md): 130 of 161 key results with every field right. Development material
    # in the twentieth round (parser): 151 of 161.
    assert evaluate(load_labelled(HERE / "real_kr_round19.json")).accuracy(ALL_FIELDS) >= 0.987


def test_the_round20_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the nineteenth round (5 December 2026, session 15,
    # docs/plaintext.md): 129 of 155 key results with every field right. Development material
    # in the twentieth round (parser): 143 of 155; the twenty-second round: 152 of 155.
    assert evaluate(load_labelled(HERE / "real_kr_round20.json")).accuracy(ALL_FIELDS) >= 0.980


def test_the_round21_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the twentieth round (5 December 2026, session 15,
    # docs/plaintext.md): 119 of 129 key results with every field right. Development material
    # in the twenty-first round (parser): 129 of 129.
    assert evaluate(load_labelled(HERE / "real_kr_round21.json")).accuracy(ALL_FIELDS) >= 1.0


def test_the_round22_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the twentieth round (5 December 2026, session 15,
    # docs/plaintext.md): 110 of 123 key results with every field right. Development material
    # in the twenty-first round (parser): 116 of 123; the twenty-second round: 121 of 123.
    assert evaluate(load_labelled(HERE / "real_kr_round22.json")).accuracy(ALL_FIELDS) >= 0.983


def test_the_round23_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the twenty-second round (5 December 2026, session
    # 16, on e077dd6, docs/plaintext.md): 65 of 72 key results with every field right; the
    # twenty-third round (parser, now development material): 72 of 72.
    assert evaluate(load_labelled(HERE / "real_kr_round23.json")).accuracy(ALL_FIELDS) >= 1.0


def test_the_round24_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the twenty-second round (5 December 2026, session
    # 16, on e077dd6, docs/plaintext.md): 101 of 112 key results with every field right; the
    # twenty-third round (parser, now development material): 112 of 112.
    assert evaluate(load_labelled(HERE / "real_kr_round24.json")).accuracy(ALL_FIELDS) >= 1.0


def test_the_round25_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the twenty-third round (5 December 2026, session
    # 16, on b198d65, docs/plaintext.md): 79 of 84 key results with every field right. The
    # lead's rules after it (a gerund of moving leads like its verb): 80 of 84; the twenty-fourth
    # round's (nouns of change, plurals without s, Chinese wishes with no number): 84 of 84.
    assert evaluate(load_labelled(HERE / "real_kr_round25.json")).accuracy(ALL_FIELDS) >= 1.0


def test_the_round26_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the twenty-fourth round (5 December 2026, session
    # 17, on d2c2f60, docs/plaintext.md): 65 of 71 key results with every field right. The
    # twenty-fifth round (bracketed current values, downward Chinese verbs, "在…之内", measuring
    # with no number) and the lead's relabel of "Meetings" to "meetings" (the units' case
    # decision): 70 of 71; the last is a label question (Russian count units, "заказов").
    assert evaluate(load_labelled(HERE / "real_kr_round26.json")).accuracy(ALL_FIELDS) >= 0.985


def test_the_round27_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the twenty-fourth round (5 December 2026, session
    # 17, on d2c2f60, docs/plaintext.md): 55 of 57 key results with every field right. The
    # twenty-fifth round ("N%まで" is a target; setting a baseline has no direction): 57 of 57.
    assert evaluate(load_labelled(HERE / "real_kr_round27.json")).accuracy(ALL_FIELDS) >= 1.0


def test_the_round28_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the twenty-fifth round (5 December 2026, session
    # 17, on ac7c057, docs/plaintext.md): 83 of 97 key results with every field right.
    # The twenty-sixth round (no-number wishes for more, "at-least", nouns of change) and the
    # lead's relabel of "Chapters" (the units' case decision): 96 of 97.
    assert evaluate(load_labelled(HERE / "real_kr_round28.json")).accuracy(ALL_FIELDS) >= 0.989


def test_the_round29_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the twenty-sixth round (5 December 2026, session
    # 17, on 0ddb4b1, docs/plaintext.md): 62 of 64 key results with every field right; 63 of 64
    # after the lead's relabel of "GitHub Stars" to "stars" (the units' case decision).
    assert evaluate(load_labelled(HERE / "real_kr_round29.json")).accuracy(ALL_FIELDS) >= 0.984


def test_the_round30_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the twenty-seventh round (6 December 2026,
    # session 18, on 5c73aab, docs/plaintext.md): 56 of 63 key results with every field right.
    # The lead's fixes after it (Korean and Japanese verb endings, "seg") and the relabel of "kB"
    # (byte units in capitals, as earlier sets): 62 of 63.
    assert evaluate(load_labelled(HERE / "real_kr_round30.json")).accuracy(ALL_FIELDS) >= 0.984


def test_the_round31_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the twenty-eighth round (6 December 2026,
    # session 18, on 5586237, docs/plaintext.md): 49 of 60 key results with every field right.
    # The fixes after it and the lead's relabels to the earlier sets' labels: 59 of 60.
    assert evaluate(load_labelled(HERE / "real_kr_round31.json")).accuracy(ALL_FIELDS) >= 0.983


def test_the_round32_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the twenty-ninth round and the fixes after round 31
    # (6 December 2026, session 18, on 78fce5b, docs/plaintext.md): 40 of 52 key results with
    # every field right. The fixes after it and the lead's relabels to the earlier sets' labels
    # ("Decrease … to under 2 seconds" a ceiling, "Weekly Active Users" the unit users): 52 of 52.
    assert evaluate(load_labelled(HERE / "real_kr_round32.json")).accuracy(ALL_FIELDS) >= 1.0


def test_the_round33_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the thirty-first rounds (6 December 2026, session
    # 19, on bb0db17, docs/plaintext.md): 62 of 66 key results with every field right.
    assert evaluate(load_labelled(HERE / "real_kr_round33.json")).accuracy(ALL_FIELDS) >= 0.939


def test_the_round34_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the fixes after round 33 (6 December 2026, session
    # 19, on 6bdaab8, docs/plaintext.md): 48 of 61 key results with every field right.
    assert evaluate(load_labelled(HERE / "real_kr_round34.json")).accuracy(ALL_FIELDS) >= 0.786


def test_the_round35_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the thirty-second rounds (6 December 2026, session
    # 20, on c857b2b, docs/plaintext.md): 65 of 77 key results with every field right; 66 after
    # two units were set by the earlier sets' convention (a counted noun's unit is its plural:
    # "≥1 team member" → members, "1 internal project" → projects).
    assert evaluate(load_labelled(HERE / "real_kr_round35.json")).accuracy(ALL_FIELDS) >= 0.857


def test_the_round36_set_keeps_its_first_run_figure():
    # Held out until its one first run, with round 35 on the same code: 62 of 70 key results
    # with every field right; 63 after "Testar 1 negócio" got the plural unit negócios.
    assert evaluate(load_labelled(HERE / "real_kr_round36.json")).accuracy(ALL_FIELDS) >= 0.9


def test_the_round37_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the fixes after rounds 35 and 36 (6 December 2026,
    # session 20, on a5133db, docs/plaintext.md): 37 of 45 key results with every field right.
    assert evaluate(load_labelled(HERE / "real_kr_round37.json")).accuracy(ALL_FIELDS) >= 0.822


def test_the_round38_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the fixes after round 37 (6 December 2026, session
    # 20, on 5bb0cd1, docs/plaintext.md): 22 of 25 key results with every field right; 25 of 25
    # after the fixes after it (session 21: digit dates, verbs of zeroing, Romance floors).
    assert evaluate(load_labelled(HERE / "real_kr_round38.json")).accuracy(ALL_FIELDS) >= 1.0


def test_the_round39_set_keeps_its_first_run_figure():
    # Held out until its one first run, before any fix after round 38 (6 December 2026, session
    # 21, on cc45134, docs/plaintext.md): 2 of 3 key results with every field right; 3 of 3
    # after the fixes after it ("One full outcome record is …" counts one).
    assert evaluate(load_labelled(HERE / "real_kr_round39.json")).accuracy(ALL_FIELDS) >= 1.0


def test_the_round42_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the fixes after round 38 (6 December 2026, session
    # 21, on 128cd12, docs/plaintext.md): 11 of 12 key results with every field right; 12 of 12
    # after the fixes after it ("positive" / "negative" give a direction only in a trend).
    assert evaluate(load_labelled(HERE / "real_kr_round42.json")).accuracy(ALL_FIELDS) >= 1.0


def test_the_round8_set_keeps_its_figure():
    # Held out until its one first run, after the ninth round (5 December 2026,
    # docs/plaintext.md): 196 of 225 key results with every field right. Development material
    # in the tenth round: 210 of 225 is a development figure of the tenth round's rules; 211
    # after the twelfth round (an aside's "from 35% to 75%" against "by 8 steps"); 212 after the
    # nineteenth ("至少支撑2～3个…": the floor of the count after the verb).
    assert evaluate(load_labelled(HERE / "real_kr_round8.json")).accuracy(ALL_FIELDS) >= 0.942


def test_the_round7_set_keeps_its_first_run_figure():
    # Held out until its one first run, after the seventh round (5 December 2026,
    # docs/plaintext.md): 132 of 169 key results with every field right. Development material
    # in the eighth round, whose rules moved it to 154 of 169: a development figure.
    # Development figure of the fourteenth round: 161 of 169.
    assert evaluate(load_labelled(HERE / "real_kr_round7.json")).accuracy(ALL_FIELDS) >= 0.952


def test_the_round6_set_keeps_its_seventh_round_figure():
    # Held out until its one first run after the sixth round (114 of 165, docs/plaintext.md);
    # development material in the seventh round: 150 of 165 with the rules, 151 after one row
    # was relabelled by a written convention (a development figure, not a held-out one); 152
    # after the twelfth round (the Vietnamese "người dùng" counted).
    assert evaluate(load_labelled(HERE / "real_kr_round6.json")).accuracy(ALL_FIELDS) >= 0.933


def test_the_round3_halves_split_by_repository():
    rows = load_labelled(HERE / "real_kr_round3.json")
    halves = {half_of(repository_of(r["source"])) for r in rows}
    assert halves == {"A", "B"}
    for repository in {repository_of(r["source"]) for r in rows}:
        in_a = [r for r in rows if repository_of(r["source"]) == repository]
        assert len({half_of(repository_of(r["source"])) for r in in_a}) == 1


@pytest.mark.parametrize(("name", "floor"), FLOORS.items())
def test_every_field_is_right_for_the_reached_share_of_real_key_results(name, floor):
    report = evaluate(load_labelled(HERE / name))
    print(f"\n{name}: {report.total} key results\n{report.table()}")
    assert report.accuracy(ALL_FIELDS) >= floor


def test_the_real_sets_are_large_labelled_and_sourced():
    dev, held = (load_labelled(HERE / name) for name in list(FLOORS)[:2])
    assert len(dev) + len(held) >= 600
    assert 0.25 <= len(held) / (len(dev) + len(held)) <= 0.35
    assert not {r["text"] for r in dev} & {r["text"] for r in held}
    sources = {r["source"].split()[0] for r in dev + held}
    assert len(sources) >= 20 and all(r["source"] for r in dev + held)


def test_the_fresh_held_out_set_is_new_material():
    fresh = load_labelled(HERE / "real_kr_fresh.json")
    earlier = load_labelled(HERE / "real_kr_dev.json") + load_labelled(
        HERE / "real_kr_holdout.json"
    )
    assert len(fresh) >= 150
    assert not {r["text"] for r in fresh} & {r["text"] for r in earlier}
    sources = {r["source"] for r in fresh}
    assert len(sources) >= 6 and not sources & {r["source"] for r in earlier}


def test_the_round3_held_out_set_is_new_material_with_provenance():
    # The third round's held-out set: labelled by hand before any run; the parser is not run
    # on it here (its first-run figures are measured once, after the round's rule changes).
    round3 = load_labelled(HERE / "real_kr_round3.json")
    earlier = [row for name in FLOORS for row in load_labelled(HERE / name)]
    assert len(round3) >= 200
    assert len({r["text"] for r in round3}) == len(round3)
    assert not {r["text"] for r in round3} & {r["text"] for r in earlier}
    permalink = re.compile(r"^https://github\.com/([^/]+/[^/]+)/blob/[0-9a-f]{40}/\S+$")
    repositories = {permalink.fullmatch(r["source"]).group(1) for r in round3}
    assert len(repositories) >= 15
    earlier_sources = " ".join(str(r["source"]) for r in earlier)
    assert not [repo for repo in repositories if repo in earlier_sources]


# Sources issue 15 keeps apart for independent evaluation (no set may use them).
KEPT_APART = (
    "gitlab",
    "sourcegraph",
    "posthog",
    "nodejs/community-committee",
    "ipfs",
    "src-d",
    "atiim",
    "coderssecret",
    "upraise",
)


def test_the_round4_held_out_set_is_new_material_with_provenance():
    # The fourth round's held-out set: labelled by hand before any run; the parser is not run
    # on it here (its first-run figures are measured once, after the round's rule changes).
    round4 = load_labelled(HERE / "real_kr_round4.json")
    earlier = [
        row for name in [*FLOORS, "real_kr_round3.json"] for row in load_labelled(HERE / name)
    ]
    assert len(round4) >= 150
    assert len({r["text"] for r in round4}) == len(round4)
    assert not {r["text"] for r in round4} & {r["text"] for r in earlier}
    repositories = set(_repositories(round4))
    assert len(repositories) >= 12
    manifest = json.loads((HERE / "documents" / "manifest.json").read_text(encoding="utf-8"))
    earlier_sources = (
        " ".join(str(r["source"]) for r in earlier).lower()
        + " ".join(
            f"{d['repository']} {d.get('notes', '')}"
            for d in manifest["documents"]
            if not d.get("round4")
        ).lower()
    )
    assert not [repo for repo in repositories if repo.lower() in earlier_sources]
    assert not [repo for repo in repositories if any(k in repo.lower() for k in KEPT_APART)]


DIRECTIONS = {None, "increase", "decrease", "stay_above", "stay_below"}


def assert_values_agree(row: dict) -> None:
    """Fail unless a labelled row's values and direction agree, so no label is half-written."""
    assert row["direction"] in DIRECTIONS, row["text"]
    if row["start"] is not None or row["target"] is not None or row["change"]:
        assert row["direction"] is not None, row["text"]
    if row["start"] is not None and row["target"] is not None:
        going_up = row["target"] > row["start"]
        assert row["direction"] == ("increase" if going_up else "decrease"), row["text"]
    if row["change"] is not None:
        assert row["start"] is None and row["target"] is None, row["text"]


def test_the_round4_labels_are_consistent():
    for row in load_labelled(HERE / "real_kr_round4.json"):
        assert_values_agree(row)


def _repositories(rows: list[dict]) -> list[str]:
    """Return each row's repository ("owner/name") from its GitHub permalink."""
    permalink = re.compile(r"^https://github\.com/([^/]+/[^/]+)/blob/[0-9a-f]{40}/\S+$")
    return [permalink.fullmatch(r["source"]).group(1) for r in rows]


@pytest.mark.parametrize("round_", [5, 6])
def test_a_later_held_out_set_is_new_material_with_provenance(round_):
    # The fifth and sixth rounds' held-out sets: labelled by hand before any run; the parser is
    # not run on them here (their first-run figures are measured once, after the round's rules).
    flag = f"round{round_}"
    rows = load_labelled(HERE / f"real_kr_{flag}.json")
    earlier = [
        row
        for name in [*FLOORS, *(f"real_kr_round{n}.json" for n in range(3, round_))]
        for row in load_labelled(HERE / name)
    ]
    assert len(rows) >= 150
    assert len({r["text"] for r in rows}) == len(rows)
    assert not {r["text"] for r in rows} & {r["text"] for r in earlier}
    repositories = _repositories(rows)
    assert len(set(repositories)) >= 12
    # varied: no repository gives more than a fifth of the rows
    assert max(repositories.count(repo) for repo in set(repositories)) <= 0.2 * len(rows)
    manifest = json.loads((HERE / "documents" / "manifest.json").read_text(encoding="utf-8"))
    earlier_sources = (
        " ".join(str(r["source"]) for r in earlier).lower()
        + " ".join(
            f"{d['repository']} {d.get('notes', '')}"
            for d in manifest["documents"]
            if not d.get(flag)
        ).lower()
    )
    assert not [repo for repo in set(repositories) if repo.lower() in earlier_sources]
    assert not [repo for repo in set(repositories) if any(k in repo.lower() for k in KEPT_APART)]
    # the round's documents come from the same new repositories or other new ones
    documents = [d for d in manifest["documents"] if d.get(flag)]
    assert len(documents) >= 8
    for document in documents:
        repo = document["repository"].lower()
        assert repo not in earlier_sources and not any(k in repo for k in KEPT_APART)


@pytest.mark.parametrize("round_", [5, 6])
def test_a_later_held_out_sets_labels_are_consistent(round_):
    # Values and directions agree with each other, so a label cannot be half-written.
    directions = {None, "increase", "decrease", "stay_above", "stay_below"}
    for row in load_labelled(HERE / f"real_kr_round{round_}.json"):
        assert row["direction"] in directions, row["text"]
        assert row["metric"], row["text"]
        if row["start"] is not None or row["target"] is not None or row["change"]:
            assert row["direction"] is not None, row["text"]
        if row["start"] is not None and row["target"] is not None:
            going_up = row["target"] > row["start"]
            assert row["direction"] == ("increase" if going_up else "decrease"), row["text"]
        if row["change"] is not None:
            assert row["start"] is None and row["target"] is None, row["text"]
            assert row["change"]["amount"] > 0, row["text"]
            assert set(row["change"]) <= {"amount", "relative"}, row["text"]
        if row["unit"] is not None:
            assert row["target"] is not None or row["start"] is not None, row["text"]
