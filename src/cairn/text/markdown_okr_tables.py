"""Markdown tables in an OKR document, read as OKR lines (issue 15).

"| Objective | Key Result | Owner | Status |" over its rows: each row becomes the line of OKRs it
states ("Objective: …" / "KR: …" with its status, score, owner and target after their separators),
written on the row's own source line so line numbers stay those of the source. A table whose
columns are numbered key results ("| Objective | KR1 | KR2 |") gives one objective per row; one of
scores ("| Date | KR #1 | KR #2 |") gives score lines; one whose rows are marked ("| O1 | … |",
"| KR 1.1 | … |") gives those lines; any other table (a schedule, a team list) is blanked.
`cairn.text.html_okr_tables` hands its HTML tables' rows to the same reader (`okr_rows`).
Moved out of `cairn.text.doc_clean`, which cleans each line's title.
"""

from __future__ import annotations

import re

from cairn.text.doc_cell_items import circled_items
from cairn.text.doc_fields import field_rows
from cairn.text.doc_joined_cells import joined_key_results
from cairn.text.doc_objective_tables import key_result_cells, objective_header, repeats
from cairn.text.outline_words import (
    KEY_RESULT_COLUMN,
    KEY_RESULT_WORD,
    KEY_RESULTS_HEADER,
    OBJECTIVE_ALONE_WORD,
    OBJECTIVE_COLUMN,
    OBJECTIVE_WORD,
    OWNER_WORD,
    PROGRESS_WORD,
    SCORE_WORD,
    STATUS_WORD,
    TARGET_WORD,
)

_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_KR_ID = re.compile(rf"^(?:{KEY_RESULT_WORD}|key\s*results?)\s*[#\-]?\s*[\d.\-]*$", re.I)
# Columns named in any of the languages of outline_words: "Key Result", "Ключевые результаты",
# "Resultado clave", "关键结果" … ("Objective (Цель)": a translation in parentheses is allowed,
# and one in another script after a space: "Objective 目标", "Key Results 关键结果")
_TRANSLATION = r"(?:\s*\([^()]{1,40}\)|\s+[^\x00-\x7f\s][^\x00-\x7f]{0,15})?"
# "Headline KR", "Main key result", "Primary KR": the one key result a summary row gives
_KR_COLUMN = re.compile(
    rf"^(?:(?:headline|main|primary|lead|top)\s+)?{KEY_RESULT_COLUMN}{_TRANSLATION}$", re.I
)
_OBJECTIVE_COLUMN = re.compile(rf"^{OBJECTIVE_COLUMN}{_TRANSLATION}$", re.I)
# A status column's header also in the words a header alone uses (after round 34's first run):
# "État", "Situação", "Situación", "Estatus", "Zustand", "Tình trạng", "状況", "現況", "상황"
_STATE_WORD = (
    rf"(?:{STATUS_WORD}|[ée]tat|situa[çc][ãa]o|situaci[óo]n|estatus|zustand|t[ìi]nh\s+tr[ạa]ng"
    r"|状況|現況|상황)"
)
_STATUS_COLUMN = re.compile(
    rf"^(?:{_STATE_WORD}|{PROGRESS_WORD}|{SCORE_WORD}|result){_TRANSLATION}$", re.I
)
_STATE_COLUMN = re.compile(rf"^{_STATE_WORD}{_TRANSLATION}$", re.I)
# "Current Score", "Score (0-1)": a column of scores, apart from a Status column beside it;
# "% Complete", "% done" (seventeenth round): the share of the key result done, as a score;
# "Achievement", "달성률" (eighteenth round: "100%" in a coloured <span>): the same
_SCORE_VALUE_COLUMN = re.compile(
    rf"^(?:(?:current\s+|final\s+|latest\s+)?{SCORE_WORD}\b|%\s*(?:complete|completed|done)$"
    r"|(?:achievement|attainment|달성률|달성도|達成率|达成率)$)",
    re.I,
)
# "| Key Result | Target |", "| KR | Meta |", "| KR | Ziel |", "| KR | Целевое значение |": right of
# the key result column, the value it aims at (read for the measure, never the title)
_TARGET_COLUMN = re.compile(rf"^{TARGET_WORD}{_TRANSLATION}$", re.I)
_OWNER_COLUMN = re.compile(rf"^(?:{OWNER_WORD}|responsible|assignee|lead){_TRANSLATION}$", re.I)
# "| Team | Objective | Headline KR |" (fifteenth round, a summary of team-level objectives):
# a team column left of the objective column names the team that owns each row's objective
_TEAM_COLUMN = re.compile(
    r"^(?:team|squad|department|function|equipo|equipe|équipe|abteilung)$", re.I
)
# "KR1", "KR 2", "Key result 3", "关键结果1" (twenty-seventh round: the language's word)
_SCORE_COLUMN = re.compile(rf"^(?:kr|{KEY_RESULT_WORD})\s*#?\s*(\d+)$", re.I)
_BOLD_NUMBER = re.compile(r"\*\*\s*(-?\d+(?:\.\d+)?)\s*\*\*")
# a score cell: "0.7", "63%" (doc_clean.field_value reads a field's value with the same pattern)
_NUMBER = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(%?)\s*$")
# a colour mark before a share alone in a status or score cell: "🟩 90%", "🟥 0%", "🟢 75 %" (round
# 35, after its first run): the share is the score, as "90%" alone is; the mark goes
_COLOUR_SHARE = re.compile(
    r"^[🟩🟨🟥🟧🟦🟪🟢🟡🔴🟠🔵🟣⚪⚫]\ufe0f?\s*(?=\d{1,3}(?:\.\d{1,2})?\s?%$)"
)
_KR_PREFIX = re.compile(
    rf"^{KEY_RESULT_WORD}\s*[#\-]?\s*\d+(?:[.\-]\d+)*\s*[:：.)\-–—]?\s*(?<=[\s:：])", re.I
)
_KR_CELL_SPLIT = re.compile(r"\s+[·•]\s+|\s*<br\s*/?>\s*|\s*;\s+(?=kr\s*\d)", re.I)
# "1. …", "2) …", "- …", "• …": an item of a list written inside a table cell
_CELL_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•])\s+")
# "O1: …", "Objective 2 – …", "O1 提升财务表现" (an id of one or two digits, then a space)
_OBJECTIVE_CELL_PREFIX = re.compile(
    rf"^{OBJECTIVE_WORD}\s*[#\-]?\s*(?:\d+(?:[.\-]\d+)?\s*[:：.)\-–—]|\d{{1,2}}\s)\s*", re.I
)

# "**1. Grow users**", "**2) …**": a list number leading a wholly bold title is its id
# (thirtieth round: a Korean PRD's "| **1. 관광약자 … 극대화** | KR 1.1: …<br>KR 1.2: … |");
# a figure of the title ("**3 new markets**", "**1.5x faster checkout**") stays
_BOLD_NUMBERED = re.compile(r"^\*\*\d{1,2}[.)]\s+(?=[^*\s])(?!.*\*\*.)(.*\*\*)$")


def _objective_name(cell: str) -> str:
    """Return an objective cell's title: without its marker and id, or a bold title's number."""
    cell = _BOLD_NUMBERED.sub(r"**\1", cell.strip())
    return _OBJECTIVE_CELL_PREFIX.sub("", cell.replace("**", "").strip())


def markdown_tables(lines: list[str]) -> None:
    """Rewrite each Markdown table of `lines` (a row over its "|---|" rule) in place."""
    i = 0
    while i < len(lines):
        if _is_row(lines[i]) and i + 1 < len(lines) and _TABLE_RULE.match(lines[i + 1]):
            i = _table(lines, i)
        else:
            i += 1


def okr_rows(header: list[str], rows: list[list[str]]) -> list[str]:
    """Return the OKR lines of a table's rows under its header cells (HTML tables' reader)."""
    return _rows([_bare(c) for c in header], rows)


# What a table row reports beside a key result's title, each after its separator.
STATUS, OWNER, SCORE, TARGET = "\x1e", "\x1d", "\x1c", "\x1a"


def _is_row(line: str) -> bool:
    return line.strip().startswith("|") or line.count("|") >= 2


def _cells(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return [c.strip() for c in re.split(r"(?<!\\)\|", line)]


def _table(lines: list[str], start: int) -> int:
    """Rewrite the table at `start` in place; return the index after it."""
    header = [_bare(c) for c in _cells(lines[start])]
    end = start + 2
    while end < len(lines) and lines[end].strip() and _is_row(lines[end]):
        end += 1
    rows = [_cells(lines[j]) for j in range(start + 2, end)]
    fields = field_rows(header, rows) if len(header) == 2 else None
    if not fields and _results_first(header) and _under_objective(lines[max(0, start - 3) : start]):
        header[0] = "Key result"  # "| Result | Progress to Date | Status |" (after round 35)
    lines[start] = lines[start + 1] = ""
    if not fields and (titled := _objective_table(header, rows, lines[max(0, start - 3) : start])):
        lines[start], rewritten = titled  # "| O1：… | 1月KA |" over "| KR1：… |" rows
    else:
        rewritten = fields[1] if fields else _rows(header, rows)
    if fields:  # "| Owner | Ana |" first: a header-less field table
        lines[start] = fields[0]
    for j, row in enumerate(rewritten, start + 2):
        lines[j] = row
    return end


# "| Result | Progress to Date | Status |", "| Resultado | Avance | Estado |", "| 结果 | 进展 | 状态 |":
# a first column of results beside a status column, no key result column: each row's result is
# a key result of the objective above (after round 35's first run). "| Metric | Result |" (a
# metrics table), "| Result | Notes |" (no status column) stay as before.
_RESULT_HEADER = re.compile(
    r"^(?:results?|resultados?|r[ée]sultats?|risultat[oi]|ergebnis(?:se)?|resultaten|wyniki?"
    r"|результаты?|结果|結果|결과)$",
    re.I,
)


# the line right above such a table: a heading or a wholly bold line naming an objective
_OBJECTIVE_NAMED = re.compile(
    rf"(?<![^\W\d_]){OBJECTIVE_ALONE_WORD}(?![^\W\d_])|目标|目標|목표", re.I
)


def _under_objective(above: list[str]) -> bool:
    """Return True when the nearest line above is a heading or a bold line naming an objective
    ("**Tech Objective - Launch the protocol technology.**", "### 技术目标 - …")."""
    line = next((x.strip() for x in reversed(above) if x.strip()), "")
    titled = line.startswith("#") or len(line) > 4 and line[:2] == line[-2:] == "**"
    return titled and bool(_OBJECTIVE_NAMED.search(line))


def _results_first(header: list[str]) -> bool:
    """Return True for a header whose first column holds the results (see above)."""
    if len(header) < 2 or not _RESULT_HEADER.match(header[0]):
        return False
    if any(_KR_COLUMN.match(h) or _SCORE_COLUMN.match(h) for h in header):
        return False
    return any(_STATE_COLUMN.match(h) for h in header[1:])


def _objective_table(
    header: list[str], rows: list[list[str]], above: list[str]
) -> tuple[str, list[str]] | None:
    """Return the objective line and the key result lines of a table whose header names the
    objective and whose rows are its key results (twenty-fifth round), else None."""
    if any(_KR_COLUMN.match(h) or _SCORE_COLUMN.match(h) for h in header):
        return None  # "| Objective | Key result |", "| Objective | KR1 |": read as before
    title = objective_header(header[0]) if header else None
    if title is None or (texts := key_result_cells(rows)) is None:
        return None
    status = next((n for n, h in enumerate(header) if n and _STATE_COLUMN.match(h)), None)
    if status is None:
        status = next((n for n, h in enumerate(header) if n and _STATUS_COLUMN.match(h)), None)
    score = next(
        (n for n, h in enumerate(header) if n and _SCORE_VALUE_COLUMN.match(h) and n != status),
        None,
    )
    owner = next((n for n, h in enumerate(header) if n and _OWNER_COLUMN.match(h)), None)
    out = []
    for row, text in zip(rows, texts, strict=True):
        row = row + [""] * (len(header) - len(row))
        for sep, column in ((STATUS, status), (SCORE, score), (OWNER, owner)):
            if text and column is not None and row[column].strip():
                text += f"{sep}{row[column].strip()}"
        out.append(f"KR: {text}" if text else "")
    above_text = next((line for line in reversed(above) if line.strip()), "")
    named = f"Objective: {title}" if title and not repeats(above_text, title) else ""
    return named, out


def _bare(cell: str) -> str:
    return " ".join(cell.replace("*", "").replace("_", " ").split())


def _rows(header: list[str], rows: list[list[str]]) -> list[str]:
    """Return one OKR line per row: "Objective: …", "KR: … (status: …)", scores, or blank."""
    scores = [n for n, h in enumerate(header) if _SCORE_COLUMN.match(h)]
    if scores and _worded(rows, scores):  # "| Objective | KR1 | KR2 |": key results in columns
        return _kr_columns(header, rows, scores)
    if scores:  # "| Date | KR #1 | KR #2 | Total |": a score table of the objective above
        return [_score_line(row, scores) for row in rows]
    kr = next((n for n, h in enumerate(header) if _KR_COLUMN.match(h)), None)
    if kr is not None and _id_column(header, rows, kr):
        kr += 1  # "| KR | 关键结果 |" over "| KR1 · 能力导向 | ① …；② … |": ids, then the text
    objective = next((n for n, h in enumerate(header) if _OBJECTIVE_COLUMN.match(h)), None)
    if objective is not None and kr is not None and objective > kr:
        objective = None  # "| KR | Ziel | Status |": right of the key result, a target column
    if kr is None:
        # a schedule, a team list, a metrics table: not OKRs, unless its rows are marked
        return _id_rows(header, rows) or [""] * len(rows)
    if objective is not None and _score_sheet(header, rows, objective, kr):
        return [""] * len(rows)  # "| Obj 1 | KR1: Activation rate | /1.0 |": a sheet to fill in
    counts = [row[kr] for row in rows if kr < len(row) and row[kr].strip()]
    if counts and all(_KR_COUNT.match(_bare(cell)) for cell in counts):
        return [""] * len(rows)  # "| O1: SaaS Ready | 5 KRs | Backend |": a summary, not OKRs
    # a Status column first; else a Progress / Score column, read as a score or a status
    status = next((n for n, h in enumerate(header) if _STATE_COLUMN.match(h)), None)
    if status is None:
        status = next((n for n, h in enumerate(header) if _STATUS_COLUMN.match(h)), None)
    score = next(
        (n for n, h in enumerate(header) if _SCORE_VALUE_COLUMN.match(h) and n != status), None
    )
    owner = next((n for n, h in enumerate(header) if _OWNER_COLUMN.match(h)), None)
    target = next(
        (n for n, h in enumerate(header) if n > kr and n != objective and _TARGET_COLUMN.match(h)),
        None,
    )
    team = None
    if objective is not None:
        team = next((n for n, h in enumerate(header[:objective]) if _TEAM_COLUMN.match(h)), None)
    out, named = [], ""
    for row in rows:
        row = row + [""] * (len(header) - len(row))
        title = row[kr]
        if _KR_ID.match(_bare(title)) and kr + 1 < len(row):
            title = row[kr + 1]  # "| KR 1.1 | Deploy all 7 agents … |": the id, then the text
        parts = [p for p in _KR_CELL_SPLIT.split(title.strip()) if p.strip()]
        if circled := circled_items(title):
            parts = circled  # "① 读完 3 本；② 完整的 AI 知识库体系": a numbered list in a cell
        elif len(parts) >= 2 and all(_CELL_ITEM.match(p) for p in parts):
            parts = [_CELL_ITEM.sub("", p) for p in parts]  # "1. … <br>2. …": a list in a cell
        elif joined := joined_key_results(title):
            parts = joined  # "Reach 100 users<br>Cut churn to 2%": a line of the cell each
        elif len(parts) < 2 or sum(bool(_KR_PREFIX.match(p)) for p in parts) < len(parts):
            parts = [title.strip()]  # "KR1: … · KR2: … · KR3: …": three key results in one cell
        lines = []
        for part in parts:
            part = _KR_PREFIX.sub("", part)  # "KR1.1 Soft disclosure": the id goes
            if part:  # the row's status, score and owner, each after its own separator
                reported = ((STATUS, status), (SCORE, score), (OWNER, owner), (TARGET, target))
                for sep, column in reported:
                    if column is not None and row[column].strip():
                        part += f"{sep}{_COLOUR_SHARE.sub('', row[column].strip())}"
            lines.append(f"KR: {part}" if part else "")
        line = "\x1f".join(x for x in lines if x)
        cell = row[objective].strip() if objective is not None else ""
        if cell and cell != named:  # two lines on one source line; a repeated cell is the same
            name = _objective_name(cell)
            owned = (
                f"Owner: {row[team].strip()}\x1f" if team is not None and row[team].strip() else ""
            )
            line = f"Objective: {name}\x1f{owned}{line}"
            named = cell
        out.append(line)
    return out


def _id_column(header: list[str], rows: list[list[str]], kr: int) -> bool:
    """Return True when the key-result column only holds ids ("KR1", "KR1 · 能力导向", "KR 2:
    Growth") and the column right of it is named for key results too: the text is there."""
    if kr + 1 >= len(header) or not _KR_COLUMN.match(header[kr + 1]):
        return False
    cells = [_bare(row[kr]) for row in rows if kr < len(row) and row[kr].strip()]
    return bool(cells) and all(_KR_ID.match(c) or _KR_NAMED_ID.match(c) for c in cells)


# "KR1 · 能力导向", "KR 2: Growth", "KR3 - Team health": an id and a short name of its group
_KR_NAMED_ID = re.compile(
    rf"^{KEY_RESULT_WORD}\s*[#\-]?\s*\d+(?:[.\-]\d+)*\s*[·•:：\-–—]\s*[^\d:：]{{1,24}}$", re.I
)


# A summary row of a score sheet: "**Average**", "Total", "Overall"
_SUMMARY_ROW = re.compile(
    r"^(?:average|avg|total|overall|mean|promedio|média|moyenne|durchschnitt)$", re.I
)


def _score_sheet(header: list[str], rows: list[list[str]], objective: int, kr: int) -> bool:
    """Return True for an end-of-quarter score sheet of the OKRs above (fifteenth round).

    "| Objective | KR | Score | Notes |" / "| Obj 1 | KR1: Activation rate | /1.0 | |" /
    "| **Average** | | **/1.0** | |": every objective cell only an id (or a summary row), every
    key result cell its id and a short name, beside a score column. The OKRs are the page's
    own above; a table with one objective title in a row still reads as OKRs.
    """
    if not any(_STATUS_COLUMN.match(h) or _SCORE_VALUE_COLUMN.match(h) for h in header):
        return False
    ids = 0
    for row in rows:
        cell = _bare(row[objective]) if objective < len(row) else ""
        krs = _bare(row[kr]) if kr < len(row) else ""
        if _SUMMARY_ROW.match(cell) or not cell and not krs:
            continue
        if not _OBJECTIVE_ID.match(cell) or not _KR_PREFIX.match(krs):
            return False
        ids += 1
    return ids > 0


# A key result cell counting them: "5 KRs", "4 key results", "3 resultados-chave", "2"
_KR_COUNT = re.compile(
    rf"^\d{{1,3}}(?:\s*(?:{KEY_RESULT_WORD}s?|{KEY_RESULTS_HEADER}|个|項目?|개))?\.?$", re.I
)
_OBJECTIVE_ID = re.compile(rf"^{OBJECTIVE_WORD}\s*[#\-]?\s*\d+(?:[.\-]\d+)?$", re.I)


def _id_rows(header: list[str], rows: list[list[str]]) -> list[str] | None:
    """Return "O1: …" / "KR 1.1: …" lines for a table whose first column marks each row.

    "| ID | Description | Owner |" over "| O1 | Grow the base |" and "| KR 1.1 | Reach 50 users |"
    rows (the text in the next cell), or "| Objective / Key result | Owner |" over
    "| O1: Grow the base |" and "| KR 1.1: Reach 50 users |" (the marker in the cell): every
    row names an objective or a key result, and both come. An owner or status column reports as
    in a Key result table. None otherwise.
    """
    kinds, texts = [], []
    for row in rows:
        first = _bare(row[0]) if row else ""
        if _OBJECTIVE_ID.match(first) or _KR_ID.match(first) and any(c.isdigit() for c in first):
            kinds.append("o" if _OBJECTIVE_ID.match(first) else "kr")
            texts.append(f"{first}: {row[1].strip()}" if len(row) > 1 and row[1].strip() else "")
        elif _OBJECTIVE_CELL_PREFIX.match(first) or _KR_PREFIX.match(first):
            kinds.append("o" if _OBJECTIVE_CELL_PREFIX.match(first) else "kr")
            texts.append(row[0].strip())
        else:
            return None
    if "o" not in kinds or "kr" not in kinds:
        return None
    status = next((n for n, h in enumerate(header) if n and _STATUS_COLUMN.match(h)), None)
    owner = next((n for n, h in enumerate(header) if n and _OWNER_COLUMN.match(h)), None)
    out = []
    for row, kind, text in zip(rows, kinds, texts, strict=True):
        row = row + [""] * (len(header) - len(row))
        if text:  # the status of a key result; the owner of either
            for sep, column in ((STATUS, None if kind == "o" else status), (OWNER, owner)):
                if column is not None and row[column].strip():
                    text += f"{sep}{row[column].strip()}"
        out.append(text)
    return out


def _worded(rows: list[list[str]], columns: list[int]) -> bool:
    """Return True when the KR-numbered columns hold sentences, not scores."""
    cells = [row[n] for row in rows for n in columns if n < len(row) and row[n].strip()]
    # two words or more, or a run of four characters of a script written without spaces
    worded = sum(len(_WORD.findall(cell)) >= 2 or bool(_UNSPACED.search(cell)) for cell in cells)
    return bool(cells) and 2 * worded > len(cells)


_WORD = re.compile(r"[^\W\d_]{2,}")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]{4}")  # "日活跃用户达到 5000"


def _kr_columns(header: list[str], rows: list[list[str]], columns: list[int]) -> list[str]:
    """Return the lines of a table with one objective per row and its key results in columns.

    "| Objective | KR1 | KR2 | KR3 |" over "| Grow | Reach 50 users | Launch the app | |": the
    objective column (else the first column) names the objective, each non-empty KR cell is a key
    result, on one source line.
    """
    objective = next((n for n, h in enumerate(header) if _OBJECTIVE_COLUMN.match(h)), 0)
    out = []
    for row in rows:
        row = row + [""] * (len(header) - len(row))
        parts = [f"KR: {row[n].strip()}" for n in columns if row[n].strip()]
        name = _objective_name(row[objective])
        if name and objective not in columns:
            parts.insert(0, f"Objective: {name}")
        out.append("\x1f".join(parts))
    return out


def _score_line(row: list[str], columns: list[int]) -> str:
    values = []
    for n in columns:
        cell = row[n] if n < len(row) else ""
        bold = _BOLD_NUMBER.findall(cell)
        plain = _NUMBER.match(cell.replace("*", ""))
        values.append(bold[-1] if bold else plain.group(1) if plain else "-")
    return "Scores: " + " | ".join(values)
