"""Where the coach's activity / vague / outcome misses concentrate, over every labelled set.

Run `python -m bench.coach_breakdown [--by repo|language|family] [--misses] [--rows FILE]
[--compare FILE]`.

Every real coach set (real_dev … real_round7) and holdout.json is read; each row is grouped by
the repository (or site) of its `source`, by its language (`cairn.text.languages.language_of`,
CJK, Persian/Arabic script) and by a rough sentence family (a count after a verb, a count with no
verb, a state others grant, a metric moved to a target, a metric without a target, an unmeasured
deliverable, a compound). A miss is counted as in `bench.coach_accuracy`: an activity without
KR102, a vague row without KR104 or KR101, an outcome with KR102 or KR104.

`--rows FILE` writes every row's verdict (right or wrong) as JSON; `--compare FILE` lists the
rows that were right in FILE and are wrong now (a regression check between two commits).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from bench.coach_accuracy import _kind
from cairn.coach import review_sentence
from cairn.coach.wording import is_compound
from cairn.text.key_result_parser import leading_verb, parse_key_result
from cairn.text.languages import language_of, localise

HERE = Path(__file__).resolve().parent.parent / "tests" / "coach"
SETS = (
    "real_dev", "real_holdout", "real_fresh", "real_round3", "real_round4", "real_round5",
    "real_round6", "real_round7", "holdout",
)  # fmt: skip
_REPO = re.compile(r"(?:https?://(?:www\.)?github\.com/|github:)([^/\s]+/[^/#?\s]+)")
_SITE = re.compile(r"(?:https?://(?:www\.)?)?([^/\s]+)")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_GRANTED = re.compile(
    r"\b(?:approved|signed|passed|certified|accepted|awarded|granted|confirmed|agreed|won"
    r"|closed|aprovad[oa]|aprobad[oa]|bestanden|validé)\b",
    re.IGNORECASE,
)


def source_group(row: dict, name: str) -> str:
    """Return the repository (owner/name) or the site a row was quoted from."""
    source = row.get("source") or ""
    match = _REPO.match(source) or _SITE.match(source)
    return match.group(1) if match else f"({name})"


def language(text: str) -> str:
    """Return a language code for a row: the text layer's, or the script's."""
    if _HANGUL.search(text):
        return "ko"
    if _KANA.search(text):
        return "ja"
    if _CJK.search(text):
        return "zh"
    if _ARABIC.search(text):
        return "fa/ar"
    return language_of(text) or "en"


def family(text: str) -> str:
    """Return a rough sentence family, from the parse and the sentence's shape."""
    parsed = parse_key_result(text)
    english = localise(text)
    verb = leading_verb(english)
    if is_compound(text):
        return "compound"
    if verb is None and _GRANTED.search(english):
        return "state granted by others"
    if parsed.start is not None or parsed.change is not None:
        return "metric move with baseline"
    if parsed.measurable and parsed.unit in ("%",) or parsed.direction in ("stay_below",):
        return "rate or limit"
    if parsed.measurable and parsed.unit and parsed.unit[:1].isalpha():
        return "counted, after a verb" if verb else "counted, no verb"
    if parsed.measurable:
        return "other measure"
    if any(ch.isdigit() for ch in text):
        return "number, no target read"
    return "unmeasured (deliverable, state or vague)"


def verdicts() -> list[dict]:
    """Return every labelled row with its set, groups and whether the coach got it right."""
    rows = []
    for name in SETS:
        for row in json.loads((HERE / f"{name}.json").read_text(encoding="utf-8")):
            kind = _kind(row)
            if kind is None:
                continue
            codes = {f.code for f in review_sentence(row["text"])}
            if kind == "outcome":
                ok = not {"KR102", "KR104"} & codes
            else:
                ok = bool({"activity": {"KR102"}, "vague": {"KR104", "KR101"}}[kind] & codes)
            rows.append(
                {
                    "set": name,
                    "text": row["text"],
                    "kind": kind,
                    "ok": ok,
                    "repo": source_group(row, name),
                    "language": language(row["text"]),
                    "family": family(row["text"]),
                }
            )
    return rows


def table(rows: list[dict], key: str) -> str:
    """Return rows, misses and miss shares per group, most misses first."""
    groups: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        counts = groups[row[key]]
        counts["rows"] += 1
        flagged = row["kind"] != "outcome"
        counts["flag" if flagged else "outcome"] += 1
        if not row["ok"]:
            counts["missed" if flagged else "false"] += 1
    lines = [f"{key:<44} {'rows':>5} {'act+vag':>8} {'missed':>7} {'outc':>5} {'wrong':>6}"]
    order = sorted(groups.items(), key=lambda kv: (-(kv[1]["missed"] + kv[1]["false"]), kv[0]))
    for group, c in order:
        lines.append(
            f"{group[:44]:<44} {c['rows']:>5} {c['flag']:>8} {c['missed']:>7} "
            f"{c['outcome']:>5} {c['false']:>6}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the breakdown; write or compare per-row verdicts."""
    args = sys.argv[1:] if argv is None else argv
    rows = verdicts()
    if "--rows" in args:
        path = Path(args[args.index("--rows") + 1])
        path.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    if "--compare" in args:
        before = json.loads(Path(args[args.index("--compare") + 1]).read_text(encoding="utf-8"))
        was_right = {(r["set"], r["text"]) for r in before if r["ok"]}
        worse = [r for r in rows if not r["ok"] and (r["set"], r["text"]) in was_right]
        now_right = {(r["set"], r["text"]) for r in rows if r["ok"]}
        better = [r for r in before if not r["ok"] and (r["set"], r["text"]) in now_right]
        print(f"right before, wrong now: {len(worse)}; wrong before, right now: {len(better)}")
        for r in worse:
            print(f"  WORSE {r['set']} {r['kind']}: {r['text']}")
        for r in better:
            print(f"  better {r['set']} {r['kind']}: {r['text']}")
        return 1 if worse else 0
    keys = [args[args.index("--by") + 1]] if "--by" in args else ["repo", "language", "family"]
    total = Counter(r["ok"] for r in rows)
    print(f"{len(rows)} labelled rows, {total[False]} misses\n")
    for key in keys:
        print(table(rows, key), end="\n\n")
    if "--misses" in args:
        for r in rows:
            if not r["ok"]:
                print(f"- {r['set']} {r['kind']} [{r['language']}, {r['family']}]: {r['text']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
