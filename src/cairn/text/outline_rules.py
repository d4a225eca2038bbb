"""Rules of the outline reader for documents as people publish them (issue 15).

What tells an objective or key result list from the rest of a real document: sections named
for something else ("Notes", "Primary criteria"), period headings ("### Q2 2020"), lists of
measures or short milestones, counter-examples, context lines ("Rationale: …"), column
header rows, owner suffixes. Pure functions and patterns; `cairn.text.outline` applies them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cairn.text.key_result_parser import ParsedKeyResult, leading_verb
from cairn.text.outline_lines import Line
from cairn.text.outline_parts import names_a_part
from cairn.text.outline_record_sections import RETRO_WORD, names_a_record
from cairn.text.outline_words import (
    ADVICE_SECTION,
    OKR_PROCESS_WORD,
    OTHER_CONTEXT,
    OTHER_SECTION,
    OTHER_SECTION_ALONE,
    OWNER_WORD,
    RETROSPECTIVE_WORD,
)

Parse = Callable[[str], ParsedKeyResult]

_COLUMNS = re.compile(
    r"^(?:(?:objectives?|key\s*results?|krs?|owners?(?:\(s\))?|status|score|progress|grade)"
    r"[\s/|,]*){2,}$",
    re.I,
)
_CONTEXT = re.compile(
    r"^(?:notes?|nb|n\.b\.|remarks?|comments?|rationale|context|background|why)\s*[:.]\s"
    r"|^next\s+(?:actions?|steps?)\s*:\s"  # thirty-second round, part A: a goal file's next action
    r"|^(?:e\.g\.|i\.e\.)\s|^(?:once|when|after)\s+(?:these|this|that|those|all)\b",
    re.I,
)
_OTHER_CONTEXT = re.compile(OTHER_CONTEXT, re.I)


def _context_line(text: str) -> bool:
    """Return True for a context line: "Note: …", "Rationale: …", "Примечание: …", "备注：…"."""
    if _CONTEXT.match(text):
        return True
    head = text[:24]
    return (":" in head or "：" in head) and bool(_OTHER_CONTEXT.match(text))


_NEGATIVE = re.compile(
    r"^(?:poor|bad|weak|wrong|not|don'?t|avoid|anti-?patterns?|non-?examples?)\b.{0,60}$", re.I
)
# Sections of a document that hold something other than OKRs, named by their heading.
_SECTION = re.compile(
    r"\b(?:notes?|faq|references?|resources|links|related|background|glossary|appendix|"
    r"changelog|criteria|questions|hypothes[ie]s|methodology|timeline|schedule|agenda|"
    r"metrics|kpis?|tracking|approvals?|contents|further reading|see also|(?<![@.])examples?|"
    r"anti-?goals|non-?goals|out of scope|how to (?:use|read)|instructions|guidelines|kras?|"
    r"key result areas)\b",
    re.I,
)
# "Q1 retrospective (Jan-Mar)", "미달성 / 이월": a retrospective's heading, its period and note aside
_RETROSPECTIVE = (
    rf"(?:(?:q[1-4]|h[12]|\d{{4}})\s+)?(?:{RETROSPECTIVE_WORD}|{RETRO_WORD})"
    r"(?:\s+(?:q[1-4]|h[12]|\d{4}))?"
)
_OTHER_SECTION = re.compile(
    rf"{OTHER_SECTION}|^\s*(?:\d+[.)、]?\s*)?{OTHER_SECTION_ALONE}\s*[:：]?\s*$"
    rf"|^{_RETROSPECTIVE}(?:\s*[/:：]\s*{_RETROSPECTIVE})*\s*(?:[(（][^()（）]{{1,30}}[)）])?\s*[:：]?$"
    rf"|^(?:{ADVICE_SECTION})\s*[:：]?$",
    re.I,
)


def _named_section(text: str) -> bool:
    """Return True for a title naming a section of something else ("Notes", "Примечания").

    A goal of three words or more that starts with its verb ("Ensure KPI definitions are clear",
    "Publish the tracking dashboard for sales") names what to do, not a section (ninth round).
    """
    if names_a_part(text):  # "**Sección 4: Métricas de Calidad**": a numbered part of the page
        return True
    if names_a_record(text):  # "## October update", "### Progress log" (thirty-third round)
        return True
    if not (_SECTION.search(text) or _OTHER_SECTION.search(text)):
        return False
    return len(text.split()) < 3 or leading_verb(text) is None


# A section about the OKR process itself ("Reviewing and Identifying OKRs", "OKR Review
# Cadence", "How To Make Good Objectives"): its sub-headings are steps, not objectives.
_PROCESS = re.compile(
    r"^(?=.*\b(?:okrs?|okr's|objectives?)\b)(?=.*\b(?:about|how|reviewing|identifying|setting|"
    r"writing|process|cadence|protocol|framework|rules|guide|template|adjustment|"
    r"what|why|definitions?|explained|basics|primer|introduction|practices|scoring)\b)",
    re.I,
)
_PROCESS_CJK = re.compile(rf"(?=.*okr)(?=.*{OKR_PROCESS_WORD})", re.I)
# The same in other languages, by its verb of writing anywhere or its "how" first ("Cómo
# escribir buenos OKR", "Wie man gute OKRs schreibt", "Zo schrijf je goede OKR's", "Jak pisać
# dobre OKR", "İyi OKR nasıl yazılır", "Как писать хорошие OKR"; twenty-second round)
_PROCESS_OTHER = re.compile(
    r"\b(?:escribir|escrever|[ée]crire|r[ée]diger|schreiben|schreibt|scrivere|schrijven|schrijf"
    r"|pisać|писать|menulis|yazılır|yazmak)\b"
    r"|^(?:c[óo]mo|comment|wie|come|hoe|jak|как|cara|nasıl)\s",
    re.I,
)
_OKR_WORD = re.compile(r"\b(?:okrs?|okr's|objectives?)\b", re.I)
_SUBJECT = re.compile(r"\s(?:for|of|in|on|about)\s", re.I)
_PERIOD = re.compile(
    r"^(?:(?:q[1-4]|h[12]|fy\s?\d{2,4}|\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*)[\s/,–-]*)+$",
    re.I,
)
# "(owner: ana@example.com)", "[DRI: Ben]", "(Verantwortlich: Anna)", "（负责人：张伟）", and
# handles alone: "(@ana)", "[@ana, @ben]"
_OWNER_SUFFIX = re.compile(
    rf"\s*[(\[（](?:(?:{OWNER_WORD})\s*[:：]\s*([^)\]）]+)"
    r"|\s*@([\w.-]{1,39}(?:\s*[,&/]\s*@[\w.-]{1,39}){0,3})\s*)[)\]）]\s*$",
    re.I,
)
# "Increase number of clubs (Max & Zach)", "250 active clubs (Max)": first names in a trailing
# parenthesis, one word each, joined by "&", "and", ",", "/" or "+"
_NAME_SUFFIX = re.compile(
    r"\s*\(\s*((?-i:[A-Z][a-z]+)(?:\s*(?:&|\band\b|,|/|\+)\s*(?-i:[A-Z][a-z]+)){0,3})\s*\)\s*$",
    re.I,
)
# Capitalised words that a trailing parenthesis holds as a tag, not as someone's name.
_NOT_NAMES = frozenset(
    re.findall(
        r"[\w']+",
        """optional stretch draft beta alpha pilot mobile web desktop android backend frontend
        internal external global ongoing new bonus moonshot aspirational committed carryover
        deprecated paused tentative proposed critical high medium low must should could nice
        required recurring daily weekly monthly quarterly annual yearly baseline target done
        complete completed blocked cancelled canceled dropped deferred partial pending company
        team personal public private north south east west europe asia africa america americas
        emea apac latam"""
        # a flag of the key result's outlook ("Make it work with multi-cluster (Risk)",
        # twenty-sixth round): no one's name
        """ risk risky wip todo idea experiment experimental blocker dependency priority urgent"""
        # The layer of an OKR a heading names ("Example Content Marketing Manager OKRs
        # (Individual)", "(Department)"), and the OKR terms a question glosses ("What are you
        # trying to achieve? (Objective)"): no one's name (fifteenth round)
        """ individual individuel individuell department departamento abteilung division
        equipo equipe squad group organization organisation corporate executive leadership
        objective objectives objetivo objetivos objectif objectifs goal goals
        individuale reparto squadra obiettivo obiettivi individueel afdeling doelstelling
        doelstellingen departement département""",
    )
)


# Abstract nouns' endings, which no first name has ("Retention", "Alignment", "Quality")
_NOUN_ENDING = re.compile(r"\b[A-Za-z]{2,}(?:tion|sion|ment|ness|ity|ance|ence|ship)\b", re.I)


def _name_suffix(title: str) -> tuple[str, str | None]:
    """Return the title without a trailing "(Max & Zach)", and those names as its owner."""
    if not title.endswith(")") or not (match := _NAME_SUFFIX.search(title)):
        return title, None
    names = match.group(1)
    if any(word.lower() in _NOT_NAMES for word in re.findall(r"[A-Za-z]+", names)):
        return title, None
    if _NOUN_ENDING.search(names):
        return title, None  # "(Retention)", "(Governance)": a gloss of the title, no person
    if names.lower() == "and" or not title[: match.start()].strip() or names.count("/") > 1:
        return title, None  # "(Push/Pull/Anxiety/Habit)": a list of terms, not people
    return title[: match.start()].rstrip(), names


# "… mapped to this data structure Mark/Sam": first names joined by "/" after a key result
_SLASH_NAMES = re.compile(r"(?<=\S)\s+((?-i:[A-Z][a-z]+)(?:/(?-i:[A-Z][a-z]+)){1,3})$")
# "… repo are closed Mark": one first name, where the document writes its owners so
_ONE_NAME = re.compile(r"(?<=\S)\s+(\S+)\s+((?-i:[A-Z][a-z]+))$")
# Words after which a trailing capitalised word is the title's own ("launch in Brazil")
_BEFORE_PLACE = frozenset(
    [
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "of",
        "by",
        "with",
        "into",
        "across",
        "the",
        "a",
        "an",
        "and",
        "or",
        "via",
        "per",
        "than",
    ]
)


def _slash_names(title: str) -> tuple[str, str | None]:
    """Return the title without trailing "Mark/Sam" first names, and those names."""
    match = _SLASH_NAMES.search(title)
    if match is None:
        return title, None
    names = match.group(1)
    if any(name.lower() in _NOT_NAMES for name in names.split("/")):
        return title, None  # "Push/Pull": terms, not people
    return title[: match.start()].rstrip(), names


def _trailing_names(title: str) -> tuple[str, str | None]:
    """Return the title without trailing first names ("… Mark/Sam", "… closed Mark"), and them.

    Only where the document writes its owners so (several key results end with "Name/Name"):
    one trailing first name then owns its key result too, unless a preposition or an article
    ties it to the title ("… launch in Brazil").
    """
    title, names = _slash_names(title)
    if names is not None:
        return title, names
    match = _ONE_NAME.search(title)
    if match is None or not title[: match.start()].strip():
        return title, None
    name = match.group(2)
    if name.lower() in _NOT_NAMES or match.group(1).lower() in _BEFORE_PLACE:
        return title, None
    return title[: match.start(2)].rstrip(), name


def _about_process(text: str) -> bool:
    """Return True for a heading about the OKR process ("How we set OKRs", "OKR Rules").

    The process word must be about the OKRs themselves: "Objectives for the hiring process"
    names objectives about something else ("for", "of", "in", "on", "about" after the OKR word
    begins their subject), while "How we set OKRs for Q3" is still the process.
    """
    if _PROCESS_CJK.match(text):
        return True  # "OKR이란?", "OKRとは", "什么是OKR": no word boundary in these scripts
    if _PROCESS_OTHER.search(text) and _OKR_WORD.search(text):
        return True  # "Cómo escribir buenos OKR", "Wie man gute OKRs schreibt"
    if not _PROCESS.search(text):
        return False
    okr = _OKR_WORD.search(text)
    cut = _SUBJECT.search(text, okr.end()) if okr else None
    return cut is None or bool(_PROCESS.search(text[: cut.start()]))


def _heads_list(line: Line, parse: Parse) -> bool:
    """Return True for an item that reads as an objective: unmeasured, with measured children."""
    if not line.children or parse(line.text).measurable:
        return False
    return any(
        child.score is not None or child.owner or parse(child.text).measurable
        for child in line.children
    )


def _measured_list(line: Line, parse: Parse, *, milestones: bool = True) -> bool:
    """Return True for a heading over key results: a list whose first item is measured.

    A section that names what it holds ("Notes", "Primary criteria", "Success metrics") is not
    an objective, whatever its list says. With `milestones`, a list of short milestones counts
    too ("Launch the pricing page"); a document that marks its key results turns that off.
    """
    if line.text.endswith(":") or line.wrong or _named_section(line.text):
        return False
    children = line.children[:6]
    if not children:
        return False
    # parsed as the key result will be (owner suffix off), so the parse is remembered once
    measured = [parse(_owner_suffix(children[0].text)[0]).measurable]
    if measured[0]:
        return True
    measured += [parse(_owner_suffix(child.text)[0]).measurable for child in children[1:]]
    if 2 * sum(measured) >= len(children):
        return True
    # or every item a measure or a short milestone ("Launch the pricing page"); where key results
    # are marked elsewhere, at least one of them a measure (a list of steps alone is context)
    return (milestones or any(measured)) and all(
        m or _milestone(child.text) for m, child in zip(measured, children, strict=True)
    )


def _changes_listed(line: Line, parse: Parse) -> bool:
    """Return True when every item below a line states a change: "Qualified leads: 15 → 81".

    Such a list of labels is key results, a metric each with where it starts and ends; a list of
    labels with one value each ("FY26 KRs: 60% confidence", "Target: 40%") is not.
    """
    if not line.children:
        return False
    for child in line.children:
        reading = parse(_owner_suffix(child.text)[0])
        if reading.start is None or reading.target is None:
            return False
    return True


def _milestone(text: str) -> bool:
    """Return True for a short milestone key result: a verb first, at most 8 words."""
    return len(text.split()) <= 8 and leading_verb(text) is not None


def _short(text: str) -> bool:
    """Return True for a title-like line: at most 15 words, not a sentence of prose."""
    return len(text.split()) <= 15 and not text.endswith((":", ";", ","))


_QUOTE_PAIRS = {"“": "”", "«": "»", "「": "」", "『": "』", "„": "“"}


def _unwrap(title: str) -> str:
    """Return a title without the backticks, quotes or italics wrapped around all of it.

    "KR1: *Finish a track every month*": the text after a marker set in italics as a whole
    (one "*" or "_" each side, none inside: "*a* and *b*" keeps its own), and the quotes inside
    such italics ('**Objective:** *"Unser Prozess …"*').
    """
    title = title.strip()
    if len(title) > 2 and title[0] == title[-1] and title[0] in "`'\"":
        return title[1:-1].strip()
    if len(title) > 2 and _QUOTE_PAIRS.get(title[0]) == title[-1]:  # "“…”", "«…»", "「…」"
        return title[1:-1].strip()
    if (
        len(title) > 2
        and title[0] == title[-1]
        and title[0] in "*_"
        and title[0] not in title[1:-1]
    ):
        inner = title[1:-1].strip()
        quote, middle = inner[:1], inner[1:-1]
        if (
            quote in _QUOTED_STARTS
            and quote not in middle
            and _QUOTE_PAIRS.get(quote, quote) not in middle
        ):
            return _unwrap(inner)
        return inner
    return title


_QUOTED_STARTS = frozenset("`'\"").union(_QUOTE_PAIRS)


def _norm(text: str) -> str:
    """Return a title for comparison: lower case, single spaces, no closing punctuation."""
    return " ".join(text.lower().split()).rstrip(" .:")


# "Ship the importer — Owner: Ana", "Reach 50 users | DRI: Ben", "… · Responsable: Léa"
_OWNER_TAIL = re.compile(
    rf"\s+[-–—|·]\s+(?:{OWNER_WORD})\s*[:：]\s*([^-–—|·()\[\]:：]{{1,60}}?)\s*$", re.I
)


def _owner_suffix(title: str) -> tuple[str, str | None]:
    """Return the title without a trailing "(owner: ana@example.com)", and that owner."""
    start = max(0, len(title) - 80)
    tail = title[start:]
    dashed = "-" in tail or "–" in tail or "—" in tail or "|" in tail or "·" in tail
    if dashed and (":" in tail or "：" in tail) and (match := _OWNER_TAIL.search(title, start)):
        return title[: match.start()].strip(), match.group(1).strip()
    # The suffix holds no ")" or "]" before its own last one: search only from there.
    close = max(title.rfind(")"), title.rfind("]"), title.rfind("）"))
    if close < 0:
        return title.strip(), None
    before = max(
        title.rfind(")", 0, close), title.rfind("]", 0, close), title.rfind("）", 0, close)
    )
    match = _OWNER_SUFFIX.search(title, before + 1)
    if not match:
        return title.strip(), None
    owner = match.group(1) or match.group(2).replace("@", "")
    return title[: match.start()].strip(), owner.strip()


# "&amp;", "&#8217;": an HTML entity ends in ";" but is text (nineteenth round)
_ENTITY_END = re.compile(r"&#?\w{1,8};$")


def without_separator(title: str, *, item: bool) -> str:
    """Return a title without the list separator that ends it: "KR1:熟悉业务；" / "Cut churn;"
    (a list written as one sentence, each line closed by "；" or ";"; an item's "," as well)."""
    if title[-1:] in ";；" and not _ENTITY_END.search(title) or item and title[-1:] == ",":
        return title[:-1].rstrip()
    return title


def prose_sentence(text: str) -> bool:
    """Return True for a paragraph that is a sentence of twelve words or more (of twenty
    characters or more in Chinese or Japanese): "Por último, el promedio de estos resultados es
    la calificación del objetivo, en este caso 0.72." (nineteenth round)."""
    if text[-1:] == "。":
        return len(text) >= 20
    return text[-1:] in ".!?" and len(text.split()) >= 12
