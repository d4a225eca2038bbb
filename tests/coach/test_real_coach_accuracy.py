"""The coach on key results written by others (tests/coach/real_*.json, issue 15).

The 620 key results of tests/text/real_kr_*.json and the 150 of real_kr_fresh.json, each
labelled outcome, activity or vague by hand before the coach ran (relabelled to the convention
of docs/coach.md in the third round). An activity is caught by KR102, a vague key result by
KR104 or KR101; an outcome is wrongly flagged by KR102 or KR104 (bench.coach_accuracy).
The floors are the figures reached; issue 15's targets are 0.95 recall and ≤ 0.05 false flags.
"""

import json
from pathlib import Path

import pytest

from bench.coach_accuracy import evaluate
from bench.coach_halves import halves, repository

HERE = Path(__file__).parent

FLOORS = {  # (recall of activity and vague, most outcomes wrongly flagged)
    "real_dev.json": (0.970, 0.01),  # 96.0% -> 97.1% in the nineteenth round (triage)
    # Development material since the second round; 93.6% -> 96.4% in the nineteenth round.
    "real_holdout.json": (0.963, 0.005),
    "real_fresh.json": (0.995, 0.015),  # development material since the third round
    "holdout.json": (1.0, 0.0),  # the written list, kinds read from its activity/vague flags
    # Development material since the fourth round; the fifteenth round's rules: 86.8%; the
    # seventeenth round's (coach/own_system.py, three half-A rows): 88.6%.
    "real_round3.json": (0.91, 0.019),  # 88.6% -> 89.8% (22nd round) -> 91.0% (25th)
    # Held out until its first run after the fourth round (0.747, 0.216); development material
    # in the fifth, whose parser rules moved it (docs/plaintext.md).
    # The fifteenth round's rules: 9 of 74 outcomes wrongly flagged (docs/coach.md).
    # The seventeenth round's rules (coach/effects.py, own_system.py): 94.9%, 5 of 74 wrongly
    # flagged (docs/plaintext.md). The eighteenth round's (orders handled within a time): 4 of 74.
    "real_round4.json": (0.962, 0.055),  # 94.9% -> 96.2% (twenty-second round)
    # Held out until its one first run after the fifth round (0.885, 0.104); development
    # material in the sixth round, whose parser and coach rules moved it (docs/coach.md).
    "real_round5.json": (0.976, 0.015),  # 96.6% -> 97.7% (nineteenth round)
    # Held out until its one first run after the sixth round (0.742, 0.111); development
    # material in the seventh round, whose parser, language and coach rules moved it.
    # The fifteenth round's coach rules moved it to 90.3% (docs/coach.md, "Fifteenth round").
    "real_round6.json": (0.924, 0.014),  # 91.4% -> 92.5% (twenty-second round)
    # Held out until its one first run, after the seventh round (5 December 2026): 106 of 122
    # activities and vague key results flagged (86.9%), 9 of 47 outcomes wrongly flagged
    # (19.1%). Development material in the eighth round, whose rules moved it to 108 of 122
    # and 0 of 47: development figures (docs/coach.md, "Eighth round").
    # The lead's two label decisions (docs/plaintext.md, "Two label decisions"): development figures.
    "real_round7.json": (0.936, 0.0),  # 92.0% -> 93.6% (twenty-second round)
    # Held out until its one first run, after the ninth round (5 December 2026): 119 of 146
    # activities and vague key results flagged (81.5%), 13 of 79 outcomes wrongly flagged
    # (16.5%). Development material in the tenth round, whose rules moved it to 131 of 146
    # and 7 of 79: development figures of the tenth round (docs/coach.md, "Tenth round").
    # The lead's two label decisions (docs/plaintext.md, "Two label decisions"): development figures.
    # The fifteenth round's rules: 93.2%, 3 of 79 wrongly flagged (docs/coach.md, "Fifteenth
    # round").
    "real_round8.json": (0.952, 0.039),  # 94.5% -> 95.2% (twenty-second round)
    # Held out until its one first run, after the tenth round (5 December 2026): 54 of 82
    # activities and vague key results flagged (65.9%), 1 of 53 outcomes wrongly flagged (1.9%).
    # Development material in the eleventh round, whose rules moved it to 61 of 82 and 1 of 53:
    # development figures of the eleventh round (docs/coach.md, "Eleventh round"); the twelfth
    # round's rules moved it to 67 of 82 (development figures, docs/coach.md "Twelfth round").
    # The seventeenth round's rules (own response rate, Indonesian work, own system kept): 90.2%.
    # The eighteenth round's (coach/own_hygiene.py, every decision traced): 91.5%.
    "real_round9.json": (0.926, 0.019),  # 91.5% -> 92.7% (twenty-second round)
    # Held out until its one first run, after the eleventh round (5 December 2026): 74 of 86
    # activities and vague key results flagged (86.0%), 3 of 76 outcomes wrongly flagged (3.9%).
    # The twelfth round's coach rules, written without it, moved it to 75 of 86.
    # The lead's two label decisions (docs/plaintext.md, "Two label decisions"): development figures.
    # The fifteenth round's rules: 94.2% (docs/coach.md, "Fifteenth round").
    # The seventeenth round's rules (Chinese companies adopting): 2 of 76 wrongly flagged.
    "real_round10.json": (0.988, 0.027),  # 97.7% -> 98.8% (twenty-second round)
    # Held out until its one first run, after the twelfth round (5 December 2026): 56 of 74
    # activities and vague key results flagged (75.7%), 3 of 97 outcomes wrongly flagged (3.1%).
    # Development material in the thirteenth round, whose coach rules moved it to 68 of 74 and
    # 0 of 97 (development figures; the round's parser rules change neither).
    # The lead's two label decisions (docs/plaintext.md, "Two label decisions"): development figures.
    "real_round11.json": (0.959, 0.0),
    # Held out until its one first run, after the thirteenth round (5 December 2026): 40 of 52
    # activities and vague key results flagged (76.9%), 5 of 99 outcomes wrongly flagged (5.1%).
    # Development material in the fourteenth round, whose coach rules moved it to 50 of 52 and
    # 0 of 99 (development figures, docs/coach.md "Fourteenth round").
    # The lead's two label decisions (docs/plaintext.md, "Two label decisions"): development figures.
    "real_round12.json": (0.980, 0.0),
    # Held out until its one first run, after the fourteenth round (5 December 2026): 29 of 35
    # activities and vague key results flagged (82.9%), 4 of 116 outcomes wrongly flagged (3.4%).
    # The lead's two label decisions (docs/plaintext.md, "Two label decisions"): development figures.
    # Development material in the fifteenth round, whose coach rules moved it to 35 of 35 and
    # 0 of 116 (development figures, docs/coach.md "Fifteenth round").
    "real_round13.json": (1.0, 0.0),
    # Held out until its one first run, after the fifteenth round (5 December 2026): 46 of 57
    # activities and vague key results flagged (80.7%), 7 of 56 outcomes wrongly flagged (12.5%).
    # Development material in the sixteenth round, whose coach rules (with its parser rules and the
    # coach's reading of Korean writings posted, coach/korean_own.py) moved it to 57 of 57 and
    # 1 of 56 (development figures, docs/coach.md "Sixteenth round").
    "real_round14.json": (1.0, 0.018),
    # Held out until its one first run, after the sixteenth round (5 December 2026): 51 of 65
    # activities and vague key results flagged (78.5%), 5 of 89 outcomes wrongly flagged (5.6%).
    # Development material in the seventeenth round, whose coach rules (coach/own_levels.py,
    # coach/others_served.py) moved it to 63 of 65 and 0 of 89 (docs/plaintext.md "Seventeenth
    # round (issue 15): coach").
    "real_round15.json": (0.969, 0.0),
    # Held out until its one first run, after the seventeenth round (5 December 2026, session 14):
    # 29 of 40 activities and vague key results flagged (72.5%), 1 of 38 outcomes wrongly flagged
    # (2.6%). The eighteenth round's parser (a Swedish count, "20 kunder") moved it to 30 of 40
    # (75.0%), 1 of 38; its coach rules (coach/own_hygiene.py, Swedish verbs of work, businesses
    # onboarded) to 40 of 40 and 0 of 38 (development figures, docs/plaintext.md "Eighteenth
    # round (issue 15): the coach").
    "real_round16.json": (1.0, 0.0),
    # Held out until their one first run, after the eighteenth round (5 December 2026, session 15):
    # round 17, 65 of 88 activities and vague key results flagged (73.9%), 4 of 43 outcomes
    # wrongly flagged (9.3%); round 18, 50 of 55 (90.9%) and 0 of 10. Development material in the
    # nineteenth round, whose coach rules (coach/own_artifacts.py, own_process.py, own_study.py,
    # others_served.others_active) moved them to 88 of 88 and 0 of 43, and 55 of 55 and 0 of 10
    # (development figures, docs/plaintext.md "Nineteenth round (issue 15): the coach").
    "real_round17.json": (1.0, 0.0),
    "real_round18.json": (1.0, 0.0),
    # Held out until their one first run, after the nineteenth round (5 December 2026, session
    # 15): round 19, 27 of 36 activities and vague key results flagged (75.0%), 10 of 125
    # outcomes wrongly flagged (8.0%); round 20, 45 of 57 (78.9%) and 4 of 98 (4.1%).
    # Development material in the twentieth round, whose coach rules (coach/others_won.py,
    # own_participation.py, own_artifacts.deliverable_parts) moved them to 32 of 36 and 2 of 125,
    # and 54 of 57 and 0 of 98 (development figures, docs/plaintext.md "Twentieth round (issue
    # 15): the coach").
    "real_round19.json": (0.916, 0.017),  # 88.9% -> 91.7% (twenty-second round)
    "real_round20.json": (0.947, 0.0),
    # Held out until their one first run, after the twentieth round (5 December 2026, session
    # 15): round 21, 54 of 57 activities and vague key results flagged (94.7%), 4 of 72 outcomes
    # wrongly flagged (5.6%); round 22, 38 of 40 (95.0%) and 5 of 83 (6.0%).
    # Development material in the twenty-first round, whose coach rules (coach/others_won.py's
    # deals won, leads found, others engaged, adherence and Chinese and Japanese counts;
    # own_participation.py's prospects researched and own checks; own_study.own_hours) moved them
    # to 56 of 57 and 2 of 72, and 39 of 40 and 0 of 83 (development figures, docs/plaintext.md
    # "Twenty-first round (issue 15): the coach"). Merged with the parser's twenty-first round,
    # which reads "membuka 3 cabang baru …" (open 3 new branches) as a count, the coach flags that
    # outcome as counted output: 1 of 83 in round 22.
    # The twenty-second round's coach rules (coach/won_business.py, own_legwork.py,
    # own_purposes.py, own_handouts.py) moved round 21 to 1 of 72 wrongly flagged and round 22 to
    # 40 of 40 (docs/plaintext.md, "Twenty-second round (issue 15): the coach").
    "real_round21.json": (0.982, 0.014),
    "real_round22.json": (1.0, 0.013),
    # Held out until their one first run, after the twenty-second round (5 December 2026,
    # session 16, on e077dd6): round 23, 35 of 41 activities and vague key results flagged
    # (85.4%), 3 of 31 outcomes wrongly flagged (9.7%); round 24, 29 of 34 (85.3%) and 1 of 78
    # (1.3%). Development material in the twenty-third round, whose coach rules
    # (coach/own_contacts.py, others_gathered.py) moved them to 40 of 41 and 0 of 31, and 33 of
    # 34 and 0 of 78 (development figures, docs/plaintext.md "Twenty-third round (issue 15): the
    # coach").
    "real_round23.json": (1.0, 0.0),
    "real_round24.json": (0.970, 0.0),
    # Held out until its one first run, after the twenty-third round (5 December 2026, session
    # 16, on b198d65): 33 of 37 activities and vague key results flagged (89.2%), 1 of 47
    # outcomes wrongly flagged (2.1%). The lead's rules after it (leads won as "潜在客户", emails
    # sent "发送…邮件"): 34 of 37 and 0 of 47; the twenty-fourth round's (own time with family,
    # new staff counted, "work on"): 37 of 37.
    "real_round25.json": (1.0, 0.0),
    # Held out until their one first run, after the twenty-fourth round (5 December 2026,
    # session 17, on d2c2f60): round 26, 36 of 40 activities and vague key results flagged
    # (90.0%) and 1 of 31 outcomes wrongly flagged (3.2%); round 27, 39 of 43 (90.7%) and 0 of 14.
    # Development material in the twenty-fifth round, whose coach rules (coach/own_output.py,
    # own_running.py) moved them to 40 of 40 and 0 of 31, and 43 of 43 and 0 of 14 (development
    # figures, docs/plaintext.md "Twenty-fifth round (issue 15): the coach").
    "real_round26.json": (1.0, 0.0),
    "real_round27.json": (1.0, 0.0),
    # Held out until its one first run, after the twenty-fifth round (5 December 2026, session
    # 17, on ac7c057): 81 of 84 activities and vague key results flagged (96.4%), 1 of 13
    # outcomes wrongly flagged (7.7%).
    "real_round28.json": (1.0, 0.0),  # the twenty-sixth round's rules (coach/own_suite.py)
    # Held out until its one first run, after the twenty-sixth round (5 December 2026, session
    # 17, on 0ddb4b1): 41 of 47 activities and vague key results flagged (87.2%), 0 of 17
    # outcomes wrongly flagged. The lead's widening of the team's own coverage after it
    # (coach/own_practice.own_coverage): 47 of 47.
    "real_round29.json": (1.0, 0.0),
    # Held out until its one first run, after the twenty-seventh round (6 December 2026,
    # session 18, on 5c73aab): 26 of 27 activities and vague key results flagged (96.3%), 0 of
    # 36 outcomes wrongly flagged.
    "real_round30.json": (0.962, 0.0),
    # Held out until its one first run, after the twenty-eighth round (6 December 2026,
    # session 18, on 5586237): 16 of 17 activities and vague key results flagged (94.1%), 11 of
    # 43 outcomes wrongly flagged (25.6%; six of them the team's own test coverage, labelled
    # outcomes against the session-14 decision). Relabelled after it to the earlier sets'
    # conventions (own coverage, automating the team's own process and the writer's running
    # distance are activities): 26 of 29 (89.7%), 1 of 31 outcomes (3.2%) with the same code.
    # The fixes after it (coach/system_capacity, own coverage in more words, Korean practice
    # problems): every activity caught and no outcome flagged.
    "real_round31.json": (1.0, 0.0),
    # Held out until its one first run, after the twenty-ninth round and the fixes after round 31
    # (6 December 2026, session 18, on 78fce5b): 9 of 10 activities and vague key results
    # flagged (90.0%), 2 of 42 outcomes wrongly flagged (4.8%).
    # The fixes after it (parser rules: 零 troubles as a ceiling, a fraction before "of", Korean
    # "within"): every activity caught and no outcome flagged.
    "real_round32.json": (1.0, 0.0),
    # Held out until its one first run, after the thirty-first rounds (6 December 2026, session
    # 19, on bb0db17): 30 of 32 activities and vague key results flagged (93.8%), 1 of 34
    # outcomes wrongly flagged (2.9%). The fixes after it (staff hired and own items processed
    # as work, being featured a result): every activity caught and no outcome flagged.
    "real_round33.json": (1.0, 0.0),
    # Held out until its one first run, after the fixes after round 33 (6 December 2026, session
    # 19, on 6bdaab8): 13 of 28 activities and vague key results flagged (46.4%), 1 of 33
    # outcomes wrongly flagged (3.0%). The fixes after it (operational agents, one's own counted
    # scripts, code changes and report length, "80%+ of" automated): 18 of 28 and no outcome.
    # "Find first 50 leads" relabelled an outcome in session 20 (leads found, as rounds 21, 22
    # and 25 label them): 18 of 27 and none of 34 outcomes.
    "real_round34.json": (0.666, 0.0),
    # Held out until its one first run, after the thirty-second rounds (6 December 2026, session
    # 20, on c857b2b): 53 of 59 activities and vague key results flagged (89.8%), 2 of 18
    # outcomes wrongly flagged (11.1%). The fixes after it (team members counted and events had
    # as work, contributors added and debts paid as results; the parser's "no después"): every
    # activity and vague key result caught and no outcome flagged.
    "real_round35.json": (1.0, 0.0),
    # Held out until its one first run, with round 35 on the same code: 49 of 52 activities and
    # vague key results flagged (94.2%), 4 of 18 outcomes wrongly flagged (22.2%). "Develop 8
    # influential contacts" relabelled an activity after it, as round 10's "Establish
    # relationships with 25 Instagram influencers": 50 of 53 and 3 of 17. The fixes after it
    # (meetings and events with a floor as work, participants exceeded and ranks reached as
    # results): 53 of 53 and 1 of 17 ("Desarrollar 2 líderes Oro en la red", a label question).
    "real_round36.json": (1.0, 0.059),
    # Held out until its one first run, after the fixes after rounds 35 and 36 (6 December 2026,
    # session 20, on a5133db): 25 of 28 activities and vague key results flagged (89.3%), 1 of 17
    # outcomes wrongly flagged (5.9%). The fixes after it (discussions with N others and tools
    # built as work; the parser's year before a noun and bound in a closing aside): every
    # activity and vague key result caught and no outcome flagged.
    "real_round37.json": (1.0, 0.0),
    # Held out until its one first run, after the fixes after round 37 (6 December 2026, session
    # 20, on 5bb0cd1): 10 of 14 activities and vague key results flagged (71.4%), 1 of 11
    # outcomes wrongly flagged (9.1%). The fixes after it (a deliverable of the team's own
    # reported made is work; the parser's verbs of zeroing, dates and Romance floors): every
    # activity caught and no outcome flagged.
    "real_round38.json": (1.0, 0.0),
    # Held out until its one first run (6 December 2026, session 21, on cc45134): both
    # activities flagged and the one outcome not. Three rows: a floor, not a measure of the coach.
    "real_round39.json": (1.0, 0.0),
    # Held out until its one first run, after the fixes after round 38 (6 December 2026, session
    # 21, on 128cd12): 8 of 10 activities and vague key results flagged (80.0%), none of the 2
    # outcomes. The fixes after it (work done "for at least N" others, a verb of staffing before
    # the work; the parser's "positive" only in a trend): every activity and vague key result
    # caught and no outcome flagged.
    "real_round42.json": (1.0, 0.0),
}
# Half B of the round-3 set (bench.coach_halves): no rule was written from its misses.
HALF_B_FLOORS = (0.84, 0.021)


@pytest.mark.parametrize(("name", "floors"), FLOORS.items())
def test_activities_and_vague_key_results_are_caught_and_outcomes_left_alone(name, floors):
    report = evaluate(json.loads((HERE / name).read_text(encoding="utf-8")))
    print(f"\n{name}\n{report.table()}")
    recall, false_flags = floors
    assert report.flagged_recall() >= recall
    assert report.false_flags() <= false_flags


def test_half_b_of_the_round3_set_keeps_its_figures():
    # Rules of the fourth round were written from half A's misses only; half B measures them.
    report = evaluate(
        halves(json.loads((HERE / "real_round3.json").read_text(encoding="utf-8")))["B"]
    )
    print(f"\nhalf B\n{report.table()}")
    assert report.flagged_recall() >= HALF_B_FLOORS[0]
    assert report.false_flags() <= HALF_B_FLOORS[1]


def test_the_round3_halves_split_by_repository():
    rows = json.loads((HERE / "real_round3.json").read_text(encoding="utf-8"))
    split = halves(rows)
    assert len(split["A"]) + len(split["B"]) == len(rows)
    assert abs(len(split["A"]) - len(split["B"])) <= 10
    assert not {repository(r) for r in split["A"]} & {repository(r) for r in split["B"]}


@pytest.mark.parametrize("round_", [3, 4, 5, 6])
def test_a_held_out_set_labels_the_same_new_key_results(round_):
    # The held-out sets of rounds 3 to 6 (each labelled by hand before any run; the coach is
    # not run on them here): the rows of tests/text/real_kr_round<N>.json, each with one
    # consistent kind, none of them in an earlier set, every kind represented so that recall
    # and false flags can both be measured.
    name = f"real_round{round_}.json"
    rows = json.loads((HERE / name).read_text(encoding="utf-8"))
    text_rows = json.loads(
        (HERE.parent / "text" / f"real_kr_round{round_}.json").read_text(encoding="utf-8")
    )
    assert [(r["text"], r["source"]) for r in rows] == [(r["text"], r["source"]) for r in text_rows]
    for row in rows:
        assert row["kind"] in {"outcome", "activity", "vague"}
        assert row["activity"] == (row["kind"] == "activity")
        assert row["vague"] == (row["kind"] == "vague")
    others = sorted({*FLOORS, "real_round3.json"} - {name})
    earlier = {
        r["text"]
        for other in others
        for r in json.loads((HERE / other).read_text(encoding="utf-8"))
    }
    assert not {r["text"] for r in rows} & earlier
    assert {r["kind"] for r in rows} == {"outcome", "activity", "vague"}
