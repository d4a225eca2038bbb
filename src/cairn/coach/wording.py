"""How a key result is worded: activity or outcome, vague, compound, or like another one."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from cairn.coach import (
    any_language,
    done_first,
    funnel,
    granted,
    measures,
    own_practice,
    parties,
    things_added,
)
from cairn.coach.korean_own import korean_own_work
from cairn.coach.made_with import made_with_parts, system_parts
from cairn.coach.own_effort import new_staff
from cairn.coach.own_headings import count_first
from cairn.coach.own_languages import without_opener
from cairn.coach.parties import OUTSIDE_PARTIES, others_act, parties_live
from cairn.coach.routines import (
    cjk_count,
    japanese_output,
    metric_value_in_brackets,
    routine,
    without_progress_note,
)
from cairn.coach.work_rules import OWN_WORK, RESULT_AFTER_ALL, Reading
from cairn.coach.working import runs_clean
from cairn.text import lexicon as lx
from cairn.text.coach_words import HAVE_VERBS, OUTSIDE_PEOPLE, ROMANCE_ARTICLES
from cairn.text.key_result_parser import ParsedKeyResult, leading_verb, parse_key_result
from cairn.text.languages import localise
from cairn.text.tokens import normalise

# "Rollout of the new CRM", "Migration to AWS": work named by a noun.
ACTIVITY_NOUNS = frozenset(
    [
        "launch", "rollout", "roll-out", "migration", "implementation", "redesign", "release",
        "delivery", "completion", "creation", "development", "introduction", "setup", "set-up",
        "go-live", "kick-off", "kickoff", "rebuild", "rewrite", "publication", "deployment",
    ]
)  # fmt: skip
_JOINERS = re.compile(r"\s+(?:and|&|as well as|plus|while|whilst)\s+|\s*;\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+\S+(?:\s+\S+)?\s+and\b", re.IGNORECASE)
# A short label before a colon, then a sentence of its own: "Marketing: Attend 6 trade fairs".
_LABEL = re.compile(r"\s*([\w#.&/-]+(?: [\w#.&/-]+){0,2}):\s+(?=\w)(?=(?:\S+\s+){2})")


def _label_only(label: str, first: str) -> bool:
    """Return True for a label that names no work itself ("Marketing", "KR2", "Q3 sales"),
    before a sentence that starts anew (a capital, a digit, another script); "Workshop for
    users: …" names an output and "Cancelation: ensure …" a feature."""
    if first.isascii() and not (first.isupper() or first.isdigit()):
        return False
    words = label.lower().split()
    return (
        not any(
            w in measures.OUTPUT_NOUNS
            or f"{w}s" in measures.OUTPUT_NOUNS
            or w in ACTIVITY_NOUNS
            or w in lx.ACTIVITY_VERBS
            for w in words
        )
        and len(label) <= 24
    )


# Each rule reads the sentence normalised; a review asks several rules about the same title.
_normalised = lru_cache(maxsize=8192)(normalise)


def is_activity(text: str, parsed: ParsedKeyResult | None = None) -> bool:
    """Return True when the key result names work to do rather than a change to see.

    Not a fixed verb list: work is named by an activity verb or noun ("Run 4 workshops",
    "Rollout of …"), by any verb that counts things done ("Speak at 8 conferences", "Do 6
    demos a week"), by an output stated after its count ("3 case studies shipped") or by a
    deliverable with no measure at all ("Intersection observer on trunk", "Mac signing").
    A verb that moves a metric (grow, reduce, improve, reach, keep …) names a result.
    """
    rest = count_first(text) if ":" in text else None
    if rest is not None:  # "Blog posts: 10" reads as "10 Blog posts" (own_headings)
        return is_activity(rest, parse_key_result(rest)) or new_staff(text)  # "New hires: 5"
    label = _LABEL.match(text) if ":" in text[:26] else None
    if label and _label_only(label.group(1), text[label.end()]):
        rest = text[label.end() :]  # "Marketing: Attend 6 trade fairs", "KR2: Pentest passed"
        return is_activity(rest, parse_key_result(rest)) or new_staff(text)  # "New hires: 5 by"
    rest = without_opener(text)
    if rest is not None:  # "I will read 12 books", "Wir werden …": read what follows the opener
        return is_activity(rest, parse_key_result(rest))
    rest = without_progress_note(text) if ")" in text or "）" in text else None
    if rest is not None:  # "每章配套完整可运行的代码（14/14）", "Autenticación y control de roles
        return is_activity(rest, parse_key_result(rest))  # (100%)": progress, not the measure
    rest = own_practice.reread(text, ACTIVITY_NOUNS)
    if rest is not None:  # "Bis Ende Q3 Veröffentlichung von …", "… (von 0 auf 3)": read after
        return is_activity(rest, parse_key_result(rest))
    rewritten = done_first.infinitive_first(text)
    if rewritten is not None and not _moves_a_metric(rewritten, leading_verb(localise(rewritten))):
        # "Concluído o ciclo …" reads as "Concluir o ciclo …"; "Melhorada a …" stays as written
        reparsed = parse_key_result(rewritten)
        if is_activity(rewritten, reparsed):
            return True
        relative = reparsed.change.relative if reparsed.change is not None else None
        return done_first.deliverable(rewritten, reparsed.start, relative) and not (
            _result_after_all(rewritten, None) or _result_after_all(text, None)
        )
    parsed = things_added.as_count(text, parsed or parse_key_result(text))  # "新增3个功能": 3
    limit = parsed.direction == "stay_below"  # "只有一个主导入口" (only one): a limit, a result
    own_count = None if funnel.cjk_reached(text) else cjk_count(text)  # "达到每月 10万 次访客"
    if parsed.start is None and parsed.change is None and not limit and own_count:
        # "每周健身4天", "每天1道LeetCode": the writer's own doings; "被3个团队使用" is adoption
        # "1000個註冊", "1000個付費客戶": others who joined, counted (own_growth); "5 家企业…使用"
        return own_count == "work" and not _result_after_all(text, None)  # work_rules
    if parsed.start is None and parsed.change is None and not limit and japanese_output(text):
        return True  # "1日1記事発信", "Webサービスを1つリリース": the writer's own outputs
    if parsed.start is None and parsed.change is None and korean_own_work(text):
        return True  # "글 세개 올리기", "강의 진행률 100퍼센트 달성하기" (korean_own)
    written, text = text, localise(text)  # "5 статей опубликовано" → "5 статей published"
    verb = leading_verb(text)
    if verb in ROMANCE_ARTICLES:
        verb = None  # "El 30% de los usuarios …": an article, not a verb the parser guessed
    verb = HAVE_VERBS.get(verb, verb) if verb else verb  # "Có 120 người dùng …": have
    if ("approval" in text or "sign-off" in text or "buy-in" in text) and granted.approval_gained(
        text
    ):
        return False  # "Identify 2 areas … and get approval from 80% of the team": granted
    if routine(written, parsed, verb, verb in _RESULT_VERBS):
        # "3x exercise sessions per week", "Write a post every two weeks"
        return not _result_after_all(written, verb)
    return _work(written, text, parsed, verb) and not _result_after_all(written, verb)


def _result_after_all(written: str, verb: str | None) -> bool:
    """Return True for a check passed, a system running stably, others paying or using, or a
    win ("Pass the SOC 2 audit", "3 studios onboarded & paying", "Ganar la liga"): results
    whatever else the sentence says, so read only on what would be flagged."""
    return RESULT_AFTER_ALL.any(written, verb)  # work_rules.RESULT_AFTER_ALL, in order


def _work(written: str, text: str, parsed: ParsedKeyResult, verb: str | None) -> bool:
    """Return True when the sentence (as written, and as the text layer rewrote it into
    English, with its leading verb) names work; the rules of `is_activity` in their order."""
    if OWN_WORK.any(Reading(written, text, parsed, verb)):
        return True  # the team's own work, whatever it measures (work_rules.OWN_WORK, in order)
    if measures.has_outcome_measure(text, parsed):
        return False
    if others_act(parsed, verb, text) or parties_live(text, parsed.target):
        return False  # "Onboard 10+ merchants", "Process 1000+ payments": others act
    certified = _CERTIFIED.search(text)
    if granted.by_agents(text, parsed) or _RANK.search(text) or certified or granted.in_top(text):
        return False  # "signed off by 3+ personas", "#1 in speed", "ISO certification": granted
    if verb not in lx.ALL_VERBS and granted.decided(text, last=verb is not None):
        return False  # "≥3 contracts signed", "Series A term sheet signed": others decided
    if verb is None and granted.judged(text):
        return False  # "Roadmap confirmed with management", "Pentest aprovado": others judge
    if (verb is None or verb not in lx.ALL_VERBS) and granted.agreement_with(text):
        return False  # "Contract with a gold seller", "قرارداد با طلافروش": the other side signs
    if verb is None and runs_clean(text):
        return False  # "Nightly update running without errors": a state of the system
    if any_language.judged_by_others(written, verb):
        return False  # "Sicherheitsaudit bestanden", "Contract met een distributeur"
    if (
        (verb is None or verb not in lx.ALL_VERBS)
        and made_with_parts(written)
        and measures.counted(parsed)
    ):
        return True  # "Dashboard com 5 visualizações", "Knowledge graph with 100+ entities"
    if (
        (verb is None or verb not in lx.ALL_VERBS)
        and system_parts(written)
        and (parsed.unit is None and parsed.target is not None or measures.counted(parsed))
    ):
        return True  # "Sistema de alertas notifica via 3 canais (WebSocket, Telegram, Email)"
    if _names_work(text, verb) or _list_of_outputs(text, parsed, verb):
        return True
    if parsed.start is None and any_language.counted_work(written, parsed.unit):
        return True  # "6 Fallstudien schreiben", "Spreken op 6 conferenties"
    if verb is None and (_work_reported(text) or _LEADING_COUNT_DONE.match(text)):
        return True  # "Banking license application initiated in ≥1 country": work done
    if (verb is None or verb not in lx.ALL_VERBS) and any_language.done_after_count(written):
        return True  # "6 ingegneri assunti", "Mindestens 6 Entwickler eingestellt"
    if _each_does_work(text):
        return True  # "Every portfolio identifies 2 strategic decisions per quarter"
    if verb in _RESULT_VERBS:
        return False
    if not parsed.measurable:
        if metric_value_in_brackets(text):
            return False  # "Activation rate (60%) by the end of Q3": the value, set apart
        if _subject_reaches(text) or _people_do(text):
            return False  # "Our platforms hit the elite level", "Users choose …": a result
        if _HAVE.match(text) and granted.granted(text):
            return False  # "Have a signed offer by end of Q2": others grant it, a result
        return vague_word(text) is None  # a deliverable; "Improve morale" is vague instead
    if verb in ("have", "has"):  # "have 15 repeat customers": a state to reach
        return _output_after_count(text)  # "Have 2 PRs merged": work done
    counted = measures.counted(parsed)
    if counted and verb is None and (parsed.unit or "").lower() in measures.OUTPUT_NOUNS:
        return True  # "4 speaking engagements this quarter", "25 or more releases delivered"
    if counted and verb is None and _LIVE_WITH_COUNT.search(text) and not _others_unit(parsed):
        return True  # "10 new connectors live with docs"; "12 customers live" is adoption
    return counted and (
        verb is not None or _output_after_count(text) or _done_after_count(parsed, text)
    )


# Verbs that name a result to see: the metric moves or a target is reached.
# A rank to reach ("#1 in processing speed", "number one") and a certification others grant.
_RANK = re.compile(
    r"(?:(?:^|\s)(?:#|nº\s?|no\.\s?)1|\bnumber one)\s+(?:in|on|for|em|en|na|no|dans)\b", re.I
)
_CERTIFICATION = re.compile(r"certifica(?:tion|ción|ção)|zertifizierung", re.IGNORECASE)
_CERTIFIED = re.compile(r"^(?:[\w-]+\s+){0,3}?certifica(?:tion|ção|ción|t)\b", re.IGNORECASE)
_RESULT_VERBS = (
    lx.INCREASE_VERBS | lx.DECREASE_VERBS | lx.BETTER_VERBS | lx.STAY_VERBS
    | frozenset(["reach", "achieve", "hit", "attain", "get", "retain", "win", "earn", "secure", "convert", "sign", "close"])
    | frozenset(["alcançar", "alcanzar", "atingir", "lograr", "atteindre", "conseguir"])  # pt, es, fr
    # selling: buyers decide, as with signing customers or closing deals ("Sell 500 licences")
    | frozenset(["sell", "vender", "vendre", "vendere", "verkaufen", "sprzedać", "satmak"])
) - lx.BUILD_VERBS  # fmt: skip
# A bar to clear: "Passing 90% of layout tests", "Meet 95% of delivery dates" state a share
# that results, not work done to a share of items.
_BAR_VERBS = frozenset(
    ["pass", "passes", "passing", "meet", "meets", "meeting", "exceed", "exceeds", "exceeding"]
)
# "3 case studies shipped", ">90% of top customers pitched": work reported as done. "Run" is a
# participle at the clause's end or before a preposition ("4 workshops run in Q3"); before an
# adjective it is the present tense of the things counted ("Two workflows run clean").
_DONE = re.compile(
    r"\b(?:shipped|hired|onboarded|written|published|delivered|launched|completed|held|hosted"
    r"|run(?=\s*$|\s*[.,;:(]|\s+(?:in|at|by|per|for|with|across|on|each|every|during|this)\b)"
    r"|attended|pitched|signed off|released|trained|certified|interviewed|organi[sz]ed"
    r"|conducted|produced|recorded|given|sent|posted|built|added|migrated|deployed|fixed"
    r"|merged|reviewed|updated|audited)\b",
    re.IGNORECASE,
)


# The sentence opens with a count of things, then the work done to them, whatever unit the
# parser read: "4 major launches delivered on budget", "3 case studies shipped".
_LEADING_COUNT_DONE = re.compile(
    r"\W*(?:[≥>]=?\s*)?\d[\d,.]*\+?\s+(?:[\w-]+\s+){1,3}?" + _DONE.pattern, re.IGNORECASE
)
# Round 34: operational too ("6 agentes operativos con CLAUDE.md + tools": built and running).
_LIVE = (
    r"\b(?:live|in production|ativ[oa]s|activ[oa]s|no ar|em produção|en producción|operational"
    r"|operativ[oa]s|operacionais|opérationnel(?:le)?s|operativi|operative|einsatzbereit)(?!\w)"
)
# The count and "live" in one clause: "10 connectors live"; in "Marketplace live; 50 listings"
# the thing put live is not what is counted.
_LIVE_WITH_COUNT = re.compile(rf"\d[^;:]*{_LIVE}|{_LIVE}[^;:]*\d", re.IGNORECASE)
# The work must be done in the share's own clause: "… are up and running: … merged one PR" is not.
_SHARE_DONE = re.compile(r"%\+?\s+of\b[^:;]*" + _DONE.pattern, re.IGNORECASE)
# Any past participle right after a count reports work done: "1+ trend prediction validated".
_COUNT_DONE = re.compile(
    r"\d\+?\s+(?:[\w-]+\s+){0,3}?(?:[a-z]{3,}ed|(?:re)?(?:built|written|made|sent|held|done"
    r"|given|drawn|taken|shown))\b"
)
_HAVE = re.compile(r"^(?:we\s+)?ha(?:ve|s)\b", re.IGNORECASE)
# Nobody, everyone: people as the subject ("No one on the team experiences a major injury").
_ANYONE = re.compile(r"^(?:no[ -]one|nobody|none of|everyone|everybody|no team member)\b", re.I)
# Items of a list of outputs: "6 drip sequences, lead scoring, CRM".
_LIST_SEPARATOR = re.compile(r"\s*[;,]\s*(?:and\s+)?")


def _each_does_work(text: str) -> bool:
    """Return True for "Every/Each <unit of ours> <activity verb>s …": the team at work.

    People as the subject act on their own ("Each customer completes onboarding"): not work.
    """
    words = [w.strip(".,;:()*") for w in _normalised(text).lower().split()[:6]]
    if len(words) < 3 or words[0] not in ("every", "each"):
        return False
    for i, word in enumerate(words[1:], start=1):
        if word in _PEOPLE or f"{word}s" in _PEOPLE or f"{word}s" in OUTSIDE_PARTIES:
            return False
        bases = {word.removesuffix("s"), word.removesuffix("es")}
        if word.endswith("ies"):
            bases.add(word.removesuffix("ies") + "y")
        if i > 1 and word.endswith("s") and bases & lx.ACTIVITY_VERBS:
            return True
    return False


_IRREGULAR_DONE = frozenset("built written made sent held run done given drawn shown".split())  # noqa: SIM905
# Participles used as adjectives or links, not as a report of work done.
_LINKING = frozenset("based related needed required used expected limited detailed".split())  # noqa: SIM905


_COPULAS = frozenset("is are was were be been being has have had".split())  # noqa: SIM905
# A passive agent: "adopted by at least 5 active users", "used by 3 teams".
_AGENT_AFTER = re.compile(r"\s+by\s+(?:at least\s+|over\s+|more than\s+|[≥>~]\s*)?\d", re.I)


def _work_reported(text: str) -> bool:
    """Return True for a short noun phrase, then a participle of work as the predicate:
    "Banking license application initiated in 2 countries", "Design doc written".

    Not a result ("Churn reduced", "Onboarding improved"), not others' decision ("Contract
    signed") and not people as the subject ("3 farmers registered"): they act themselves.
    """
    words = [w.strip(".,;:()") for w in _normalised(text).split()[:6]]
    for i, word in enumerate(words):
        low = word.lower()
        if not (low in _IRREGULAR_DONE or len(low) > 4 and low.endswith("ed")):
            continue
        subject = [w.lower() for w in words[:i]]
        if not subject or not all(w.isalpha() for w in subject) or low in _LINKING:
            return False
        if any(w in lx.ALL_VERBS or w in _COPULAS or _is_agent(w) for w in subject):
            return False  # "Roles are contested": a state; "Farmers registered": people act
        if granted.DECIDED.fullmatch(low) or _AGENT_AFTER.match(text, text.find(word) + len(word)):
            return False  # "Exports adopted by at least 5 active users": others act
        after = words[i + 1].lower() if i + 1 < len(words) else ""
        if after in lx.ALL_VERBS or after in _RESULT_VERBS:
            return False  # "Workflows delivered reduce time": the participle is an attribute
        bases = {low[:-1], low[:-2], low[:-3], low[:-3] + "y"}
        return not bases & (_RESULT_VERBS | lx.VAGUE_WORDS | lx.BETTER_VERBS)
    return False


def _done_after_count(parsed: ParsedKeyResult, text: str) -> bool:
    """Return True for a count of things followed by a past participle: "3 prototypes
    validated". Outside parties act themselves ("25 users upgraded"): only the work words of
    `_DONE` ("20 customers interviewed") make a count of them work."""
    if (parsed.unit or "").lower() in OUTSIDE_PARTIES:
        return False
    if _PEOPLE_IN_STATE.search(text) and _is_agent((parsed.unit or "").lower()):
        return False  # "50,000 registered farmers": people in a state, not work done
    return _COUNT_DONE.search(text) is not None


# A participle right before the counted noun describes the things counted: "registered".
_PEOPLE_IN_STATE = re.compile(r"\d\+?[kKmM]?\s+[a-z]{3,}ed\s+(?:[A-Z]{2,}\s+)?([a-z-]+)\b")


def _is_agent(word: str) -> bool:
    """Return True for people named by what they do ("farmers", "breeders", "investors"),
    or outside parties: counted with a state, they are not the team's output."""
    return _is_people(word) or word.endswith(("ers", "ors", "ants", "ents", "ists"))


def _others_unit(parsed: ParsedKeyResult) -> bool:
    """Return True when the count is of people or outside parties ("12 customers live")."""
    counted = _COUNTED_NOUN.search(parsed.text)  # "500 usuários ativos": the parse's unit
    nouns = {(parsed.unit or "").lower(), counted.group(1).lower() if counted else ""}
    return any(n in _PEOPLE or n in OUTSIDE_PARTIES or n in OUTSIDE_PEOPLE for n in nouns)


_COUNTED_NOUN = re.compile(r"\d[\d,.]*\+?\s+([^\W\d_]+)")


def _list_of_outputs(text: str, parsed: ParsedKeyResult, verb: str | None) -> bool:
    """Return True for a verbless list of three or more short items ("6 drip sequences, lead
    scoring, CRM"): the things to make, not a change to see."""
    if verb is not None or vague_word(text) is not None:
        return False
    items = [item for item in _LIST_SEPARATOR.split(text.strip(" .")) if item]
    return len(items) >= 3 and all(len(item.split()) <= 4 for item in items)


def _names_work(text: str, verb: str | None) -> bool:
    """Return True when the sentence starts with an activity verb or an activity noun."""
    if verb in lx.ACTIVITY_VERBS:
        return True
    words = _normalised(text).lower().split()
    first = words[0].split("/")[0] if words else ""  # "launch/test at least 3 tools"
    if words and any(part in lx.ACTIVITY_VERBS for part in words[0].split("/")[1:]):
        return True  # "Remediate/Document exceptions": one of the verbs names work
    return first in ACTIVITY_NOUNS or first in lx.ACTIVITY_VERBS or _work_first(words)


def _work_first(words: list[str]) -> bool:
    """Return True for a second verb of work ("Refine and finalize V1 of the spec") or an
    output named first ("Interviews and synthesis from 10 implementers", "Workshop for users")."""
    if len(words) > 2 and words[1] in ("and", "or") and words[2] in lx.ACTIVITY_VERBS:
        return True
    first = words[0].strip(".,;:") if words else ""
    return first in measures.OUTPUT_NOUNS or f"{first}s" in measures.OUTPUT_NOUNS


def _share_of_work(text: str, parsed: ParsedKeyResult, verb: str | None) -> bool:
    """Return True for a share of items that work gets done to: "Upstream 75% of our tests"."""
    if parsed.unit != "%" or parsed.target is None or parsed.start is not None:
        return False
    if verb is None:  # ">90% of top customers pitched": a share, then the work done
        return _SHARE_DONE.search(text) is not None
    if verb in _RESULT_VERBS or verb in _BAR_VERBS or verb in lx.TARGET_VERBS:
        return False
    if parsed.change is not None:
        return False
    return _SHARE_OF.search(text) is not None


@OWN_WORK.rule("certified staff")
def _certified_staff(reading: Reading) -> bool:
    """ "Scrum Master certification for 12 team leads": the team's own people."""
    written = reading.written
    return (
        "ertifi" in written
        and bool(_CERTIFICATION.search(written))
        and parties.staff_counted(written)
    )


@OWN_WORK.rule("share of work")
def _share_of_work_rule(reading: Reading) -> bool:
    """ "Migrate 80% of services", "Publish docs for 90% of the endpoints"."""
    return _share_of_work(reading.text, reading.parsed, reading.verb)


@OWN_WORK.rule("work in share")
def _work_in_share(reading: Reading) -> bool:
    """ "Implementar o novo fluxo em 80% dos processos": "em 80%" is no change."""
    written = reading.written
    return done_first.work_in_share(written) and not _moves_a_metric(written, reading.verb)


@OWN_WORK.rule("more outputs")
def _more_outputs_rule(reading: Reading) -> bool:
    """ "Increase webinars from 2 to 6", "KB grows by 5+ entries": still output."""
    parsed = reading.parsed
    return measures.more_outputs(parsed) and (parsed.start is not None or parsed.change is not None)


def _moves_a_metric(written: str, verb: str | None) -> bool:
    """Return True when the leading verb moves a metric, translated or not ("Aumentar",
    "Otimizar")."""
    first = written.split(maxsplit=1)[0].lower()
    if verb in _RESULT_VERBS or verb in _BAR_VERBS or verb in lx.TARGET_VERBS:
        return True
    return first in done_first.MORE_RESULT_VERBS or first[:-1] in done_first.MORE_RESULT_VERBS


# "Migrate 80% of services", "Automatizar 90% dos processos": a share of items worked on.
_SHARE_OF = re.compile(r"\d\s?%\+?\s+(?:of|dos|das|do|da|de|del|des|du)\b")


def _subject_reaches(text: str) -> bool:
    """Return True for "Our platforms hit …", "The app reaches …": a subject, then a result."""
    words = _normalised(text).lower().split()[:5]
    if not words or words[0] not in lx.DETERMINERS:
        return False
    return any(w in _RESULT_VERBS or w.rstrip("s") in _RESULT_VERBS for w in words[2:])


# People whose behaviour a key result can describe: "Veterans find the app valuable".
_PEOPLE = frozenset(
    [
        "users",
        "customers",
        "veterans",
        "vets",
        "members",
        "people",
        "staff",
        "employees",
        "developers",
        "engineers",
        "teams",
        "partners",
        "clients",
        "students",
        "patients",
        "participants",
        "visitors",
        "buyers",
        "readers",
        "players",
        "contributors",
        "maintainers",
    ]
)


def _people_do(text: str) -> bool:
    """Return True when people are the subject ("Customers renew without a call")."""
    if _ANYONE.match(_normalised(text)):
        return True
    words = [w.strip(".,:;") for w in _normalised(text).lower().split()[:4]]
    if len(words) > 2 and words[0] in ("every", "each", "any", "no") and _is_people(f"{words[1]}s"):
        return True  # "Every user finds …", "Each customer renews …"
    if len(words) > 2 and words[0] in _STAFFING and words[1] in _BEFORE_WORK:
        return False  # "Staff early projects" (round 42): a verb of staffing, the work after it
    return any(w in _PEOPLE for w in words[:3]) and len(words) > 2


# After round 42's first run: a noun of people that is also a verb of putting people on work,
# first and right before an article, a possessive or an adjective of order ("Staff early
# projects", "Staff the support desk", "Crew our first two shoots"), is that verb: the team's
# work. Staff as the subject or the metric ("Staff complete onboarding …", "Staff turnover …")
# reads as before.
_STAFFING = frozenset(["staff", "crew", "man"])
_BEFORE_WORK = frozenset(
    ["the", "a", "an", "our", "their", "its", "this", "these", "those", "each", "every", "all"]
    + ["both", "early", "first", "new", "next", "key", "initial", "upcoming", "two", "three"]
    + ["pilot"]
)


def _is_people(word: str) -> bool:
    """Return True for people or outside parties: "users", "merchants", "staff"."""
    return word in _PEOPLE or word in OUTSIDE_PARTIES


def _output_after_count(text: str) -> bool:
    """Return True for "5 engineers hired and onboarded": a count, then the work done."""
    return _DONE.search(text) is not None


def vague_word(text: str) -> str | None:
    """Return the first vague word ("improve", "world-class", "faster"), if any.

    Not one that only states a purpose ("Make use of RTrees to optimize rasterization") or
    names a thing already improved ("Land enhanced file status information") after a verb.
    """
    written = [w.strip(".,;:!?()'\"") for w in _normalised(text).split()]
    words = [w.lower() for w in written]
    capitals = sum(w[:1].isupper() for w in written[1:])
    for i, word in enumerate(words):
        if word not in lx.VAGUE_WORDS:
            continue
        after_verb = i > 0 and words[0] not in lx.VAGUE_WORDS
        if after_verb and (words[i - 1] == "to" or word.endswith(("ed", "sed", "zed"))):
            continue
        if i > 0 and written[i][:1].isupper() and capitals * 2 < len(written) - 1:
            continue  # a name in a sentence ("the Clip tree and Transform tree"), not Title Case
        return word
    return None


def is_compound(text: str) -> bool:
    """Return True when "and" (or "&", ";", "while") joins two measures or two actions."""
    parts = _JOINERS.split(_BETWEEN.sub("between", text))
    for left, right in pairwise(part.strip() for part in parts):
        if parse_key_result(left).measurable and parse_key_result(right).measurable:
            return True
        if _is_action(left) and _is_action(right):
            return True
    return False


def _is_action(part: str) -> bool:
    """Return True for a clause that starts with a verb and has an object."""
    verb = leading_verb(part)
    return verb is not None and verb in lx.ALL_VERBS and len(part.split()) > 1
