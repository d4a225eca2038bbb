"""The first clause's value of a key result written as several clauses (issue 15, round 24).

"模块具备热部署启动耗时降低至 10 秒级，多模块具备合并部署资源减少 30%，同时让用户需求交付效率提升 50%"
(round 10), "Cut startup time to 10 seconds, reduce resource use by 30%": the first clause
states the key result's target; the later clauses add other measures, as later sentences are
detail (`cairn.text.asides`). A change "by N" in a later clause does not win over the target
"to N" the first clause states after the leading verb of change. One clause ("Increase weekly
active teams from 1,250 to 2,000 by 2027") or a first clause without a target reads as before.
"""

from __future__ import annotations

import re

from cairn.text import lexicon as lx
from cairn.text.sentence import Sentence

_BREAKS = frozenset([",", ";", "，", "；"])
_CHANGE_VERBS = lx.INCREASE_VERBS | lx.DECREASE_VERBS


def later_clause_change(sentence: Sentence, by: re.Match, verb: str | None, verb_at: int) -> bool:
    """Return True for a change "by N" in a clause after a first clause whose change verb
    reaches a target "to N" (see above)."""
    if verb_at < 0 or verb not in _CHANGE_VERBS:
        return False
    tokens = sentence.tokens
    at = sentence.index(by.start())
    for i in range(verb_at + 1, at):
        if tokens[i].text in _BREAKS:
            return any(
                tokens[k].kind == "num" and tokens[k - 1].low == "to" for k in range(verb_at + 2, i)
            )
    return False
