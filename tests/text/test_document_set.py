"""The document reader on 25 whole public OKR documents (tests/text/documents, issue 15).

Each document's tree was labelled by hand before the reader ran on it; 8 are held out
(manifest.json). The figures are in docs/plaintext.md; `python -m bench.documents` prints them.
"""

import contextlib
import io
import json
import re

import pytest
from django.core.management import call_command

from bench import documents
from bench.documents import NOT_YET_RUN, SET, evaluate, expected_tree, manifest, part_of, same

DOCUMENTS = [d["name"] for d in manifest()]
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
DEV = [d["name"] for d in manifest() if not d["holdout"]]


def test_the_set_has_203_documents_with_sources_and_thirty_nine_fixed_held_out_parts():
    documents = manifest()
    assert len(documents) == 203
    # each later held-out set and how many documents it holds (fresh: the second round's set;
    # roundN: the set gathered for the Nth round)
    sizes = {"fresh": 6, "round3": 9, "round4": 8, "round5": 8, "round6": 8, "round7": 8}
    sizes |= {"round8": 13, "round9": 12, "round10": 8, "round11": 8, "round12": 9, "round13": 8}
    sizes |= {"round14": 8, "round15": 8, "round16": 8, "round17": 4, "round18": 8}
    sizes |= {"round19": 2, "round20": 1, "round21": 2, "round22": 4, "round23": 1, "round24": 2}
    sizes |= {"round25": 0}  # round 25 holds key results only (no document found at a commit)
    sizes |= {"round26": 2}
    sizes |= {"round27": 0}  # round 27 holds key results only (no document found at a commit)
    sizes |= {"round28": 2}
    sizes |= {"round29": 0}  # round 29 holds key results only (no document found at a commit)
    sizes |= {"round30": 1}
    sizes |= {"round31": 3}
    sizes |= {"round32": 3}
    sizes |= {"round33": 3}
    sizes |= {"round34": 2}
    sizes |= {"round35": 3}
    sizes |= {"round36": 2}
    sizes |= {"round37": 1}
    sizes |= {"round38": 0}  # round 38 holds key results only (no document found at a commit)
    sizes |= {"round39": 2}
    sizes |= {"round42": 1}  # rounds 40 and 41 were searched and yielded no set
    later = tuple(sizes)
    assert sum(d["holdout"] and not any(d.get(p) for p in later) for d in documents) == 8
    assert {p: sum(bool(d.get(p)) for d in documents) for p in later} == sizes
    assert all(d["holdout"] for d in documents if any(d.get(p) for p in later))
    assert all(sum(bool(d.get(p)) for p in later) <= 1 for d in documents)
    # rounds 3 to 42 carry full provenance: repository, path and commit of the stored version
    for document in (d for d in documents if any(d.get(p) for p in later[1:])):
        assert len(document["commit"]) == 40 and document["path"] and "/" in document["repository"]
    for document in documents:
        assert (SET / document["file"]).is_file()
        assert (SET / f"{document['name']}.expected.json").is_file()
        assert document["repository"] and document["licence"]


@pytest.mark.parametrize("part", ["round4", "round5", "round6"])
def test_a_later_rounds_documents_are_new_and_labelled_with_their_own_words(part):
    # The fourth to sixth rounds' held-out documents (labelled by hand before the reader ran;
    # the reader is not run here): new repositories, and every labelled title is text of the
    # document (read with its '**' emphasis markers dropped, as titles are labelled).
    documents = manifest()
    earlier = {d["repository"].lower() for d in documents if not d.get(part)}
    for document in (d for d in documents if d.get(part)):
        assert document["repository"].lower() not in earlier
        assert document["notes"]
        text = (SET / document["file"]).read_text(encoding="utf-8")
        # a label relabelled to a written convention (links read as their text) is text of
        # the document with its links read so
        text += "\n" + _LINK.sub(r"\1", text) if document.get("relabelled") else ""
        text += "\n" + text.replace("**", "")
        objectives = expected_tree(document["name"])
        assert objectives
        for objective in objectives:
            assert objective["title"] in text
            for key_result in objective["key_results"]:
                assert key_result["title"] in text
                assert key_result["owner"] is None or key_result["owner"] in text


@pytest.fixture(scope="module")
def report():
    return evaluate()


@pytest.mark.parametrize("name", DEV)
def test_every_development_document_is_read_exactly(report, name):
    assert name in report.exact["dev"]


def test_the_held_out_documents_read_exactly_do_not_go_down(report):
    # First held-out set: 1 of 8 at first, 6 after the first round, 7 after the second, 8 after
    # the third. Fresh set: 2 of 6 at first, 4 after the second round, 6 after the third
    # (both sets were development material in the third round); see docs/plaintext.md.
    assert report.missed["holdout"] == []
    assert report.missed["fresh"] == []


def test_the_round3_and_round4_documents_are_all_read_exactly(report):
    # Round 3: 2 of 9 at its first run, 5 after the fourth round (half A only), 9 after the
    # fifth. Round 4: 3 of 8 at its first run, 8 after the fifth round, whose rules were
    # written from the round-4 documents first (round 3 then moved from 5 to 6), then from
    # the round-3 documents; see docs/plaintext.md.
    assert report.missed["round3"] == []
    assert report.missed["round4"] == []


def test_the_round6_documents_are_all_read_exactly(report):
    # Held out until its one first run after the sixth round: 3 of 8 read exactly. Development
    # material in the seventh round (its differences were read and fixed by general rules, no
    # label changed): 8 of 8 (docs/plaintext.md). No longer a held-out figure.
    assert report.missed["round6"] == []


def test_the_round5_documents_are_all_read_exactly(report):
    # Held out until its one first run after the fifth round: 3 of 8 read exactly; development
    # material in the sixth round: 7 of 8 (one label relabelled by the written status
    # convention); 8 of 8 in the seventh, when a glossary of OKR terms became context (the
    # Chinese OKR guide whose only OKR is its closing example).
    assert report.missed["round5"] == []


def _tree_of(data: dict) -> list[dict]:
    """Return the compared tree from `cairn import --dry-run --json` output."""
    return [
        {
            "title": o["title"],
            "owner": o["owner"],
            "key_results": [
                {k: kr[k] for k in ("title", "owner", "score", "status")} for kr in o["key_results"]
            ],
        }
        for o in data["objectives"]
    ]


# Five documents at first, 22 in the fifth round (every round-3 and round-4 document), 29 in the
# sixth (the round-5 documents read exactly); since the seventh, every document of the set that
# the reader reads exactly (NOT_EXACT lists those it does not). The round-7 documents, none read
# exactly at their one first run after the seventh round, became development material in the
# eighth; all but the Persian one are read exactly since (docs/plaintext.md). Of the 13 round-8
# documents, 3 were read exactly at their one first run, after the ninth round (5 December 2026);
# the tenth round reads 9 of 13 (development figures: round 8 is development material now). Of
# the 12 round-9 documents, 7 were read exactly at their one first run, after the tenth round;
# the eleventh round reads 9 of 12 (development figures: round 9 is development material now).
# The twelfth round reads every round-8 document (13 of 13) and round 9's monthly Japanese page
# and Korean project page (11 of 12).
# Of the 8 round-10 documents, 3 were read exactly at their one first run, after the eleventh
# round (5 December 2026); the twelfth round reads 7 of 8 (development figures: round 10 is
# development material now). Of the 8 round-11 documents, 1 was read exactly at its one first
# run, after the twelfth round (5 December 2026); the thirteenth round reads 6 of 8 (the emoji
# status, the footer's owner, the closing advice section, the primer's examples and the quoted
# tree; development figures now). Of the 9 round-12 documents, 2 were read exactly at their one
# first run, after the thirteenth round (5 December 2026); the fourteenth round reads 7 of 9
# (development figures). Of the 8 round-13 documents, 3 were read exactly at their one first run,
# after the fourteenth round (5 December 2026); the fifteenth round reads 8 of 8 (the "**Goal**:"
# line, the "(Individual)" layer, the anchored Japanese page, the team summary table, the score sheet;
# development figures). Of the 8 round-14 documents, 1 was read exactly at its one first run, after
# the fifteenth round (5 December 2026; the round-13 first run had read it too, 1 of 8 after the
# fourteenth); the lead's fix of an arrow after a share ("from 28% → 40%") reads 2; the sixteenth
# round reads 6 of 8 (the defining pair over a listed or fenced example, the fenced key results,
# the HTML headings' progress bars; development figures).
# Of the 8 round-15 documents, 4 were read exactly at their one first run, after the sixteenth
# round (5 December 2026); the seventeenth round reads 8 of 8 (the "·" initiatives and the notes
# after numbered key results, the quarter and progress columns, the "okrN" headings, the quoted
# statements under kind headings; development figures), and round 12's one-page template (the
# defined terms as bullets, the labelled example, the bold question, the advice sections, the
# "% Complete" column), 8 of 9 there. Round 7's Persian page is read exactly since the lead's
# relabelling in session 14: its scores 0.5 and 0.7 came from a grading section the stored file
# does not hold. The eighteenth round reads round 9's Italian article (the primer's plural term
# headings and its "Example KRs for the Objective above:" label), 12 of 12 there, and round 14's
# Korean review post (the listed objectives repeated over their key results, the review table's
# "Achievement" percentages in coloured <span>s), 7 of 8 there.
# Of the 8 round-16 documents, 4 were read exactly at their one first run, after the sixteenth
# round (5 December 2026, session 14: a merge slip of the lead's listed round 16 as run before the
# seventeenth round was merged, and the check that read them is the first run); the eighteenth
# round reads 7 of 8 (pipe-separated lines, an "Assignee:" header, numbered section labels;
# development figures); 8 of 8 since the lead's decision that a title's runs of spaces are one
# space (the Swedish guide's "users).  (DAU", as the development set labels them; round 11's
# Vietnamese page too). Round 10's family table and round 12's German page are read exactly since
# the lead's session-14 work: labels to the written conventions (a cell's <br> is a line break,
# links read as their text) and two reader rules (quotes inside italics around a whole title, a
# footnote's mark "[^4]", are no title text).
# Of the 4 round-17 documents, 1 was read exactly at its one first run, and of the 8 round-18
# documents 4, both after the eighteenth round (5 December 2026, session 15); the nineteenth
# round reads 4 of 4 and 8 of 8 (development figures), round 14's Italian changelog, 8 of 8
# there, and round 11's pizzeria post (raw HTML lists), 8 of 8 there: every document.
# Of the 2 round-19 documents, none was read exactly at its one first run, and the one round-20
# document was, both after the nineteenth round (5 December 2026, session 15); the twentieth
# round reads both (OKRs only inside several code fences, read fence by fence; objective bullets
# under "#### Current quarter objectives"): every document again.
# None of the 2 round-21 and 4 round-22 documents was read exactly at their one first run, after
# the twentieth round (5 December 2026, session 15); the twenty-first round reads all but the
# state startup's page, the twenty-second that one too (a heading naming the OKRs keeps its
# section alone, emoji lines over bullets there are the objectives): every document.
# Of the round-23 document none, and of the 2 round-24 documents 1, was read exactly at their one
# first run, after the twenty-second round (5 December 2026, session 16): the Chinese yearly
# table's two context headings ("一、上年度里程碑回顾", "二、年度节奏") were read as objectives and
# its "### O1 · 工作产出" ids kept as "· 工作产出"; the product template's "## Anti-Patterns to
# Avoid" list was read as a fifth objective. The twenty-third round reads both (headings outside
# the section naming the OKRs are context, "O1 · " ids, "① …；② …" key-result cells beside a KR id
# column, anti-pattern and pitfall sections in 14 languages): every document again.
# Neither of the 2 round-26 documents was read exactly at its one first run, after the
# twenty-fourth round (5 December 2026, session 17): the Chinese OKR pool's third objective
# holds its key results as the rows of a table whose header repeats the objective ("| O1：… | 1月KA
# | …" over "| KR1：… |" rows), read as no key results; Chi Hack Night's post keeps a heading's
# attribute "{#objective-1-run-the-event}" in the objective's title. The twenty-fifth round reads
# both (objective tables: a header naming the objective over "KR1：…" rows; attribute blocks and
# anchors leave headings and bold lines): every document again.
# Neither of the 2 round-28 documents was read exactly at its one first run, after the
# twenty-fifth round (5 December 2026, session 17): the personal OKR files mark objectives and key
# results with "[Objective]" and "[KeyResult]" in brackets, kept in the titles (and one file's
# objectives were read as 7 of 8). The twenty-sixth round reads both (bracketed markers; "-- (0.9)"
# and "(0.215)" grades; a graded quarter review of an objective written above is no repeat;
# "(Risk)" no owner): every document again.
# The round-30 document was not read exactly at its one first run, after the twenty-seventh round
# (6 December 2026, session 18): plain objective lines (some ending in an objective's score " – 2")
# over bullet lists, under bold quarter lines "**2019 Q1**", with key results that state no number,
# were read as no objective at all. The twenty-eighth round reads it (on a page naming its OKRs,
# plain lines over lists are objectives, a closing score left out of the title; period lines are
# its objectives' headings, and an objective written again under another period is carried over,
# no repeat): every document again.
# One of the 3 round-31 documents was not read exactly at its one first run, after the
# twenty-eighth round (6 December 2026, session 18): a Chinese project goals file whose objectives
# are plain "O1 [标签]: title (owner)" lines under phase headings was read as the phases. The
# twenty-ninth round reads it (an objective's marker and id, then a bracketed tag: the tag is no
# part of the title, a name in the trailing parenthesis is the owner, the phase headings stay the
# sections): every document again.
# Two of the 3 round-32 documents were not read exactly at their one first run, after the
# twenty-ninth round and the fixes after round 31 (6 December 2026, session 18): a Chinese
# project plan's "## 目标" list in another section was read as three more objectives beside the
# four "### On：" headings of its OKR section; a Korean PRD's OKR table kept the "1. " number in
# each objective's bold title. The thirtieth round reads them both (where two objectives or more
# carry their id, "### On：…", an objective line without one outside their sections is context;
# a list number leading a wholly bold table cell's title is its id): every document again.
# One of the 3 round-33 documents was not read exactly at its one first run, after the
# thirty-first rounds (6 December 2026, session 19): a Vietnamese company page kept a trailing
# " — 100%" (a progress note after each key result of its first objective) in the titles.
# After the first run the lead relabelled it by the earlier documents' conventions (" — 100%" a
# score of 1.0, " — confirmed" a status); the reader after round 33's first run reads a trailing
# progress or status word after a dash (cairn.text.doc_dash_progress): every document again.
# Neither round-34 document was read exactly at its one first run, after the fixes after round 33
# (6 December 2026, session 19): a Spanish OKR table's status column ("~60%") was not read as the
# key result's status; a Chinese goal page's "### G1: … [进行中]" headings kept "G1: " in the
# title, and their "学自 …" and "动作: …" bullets were read as key results beside the one
# "度量: …" (measure) bullet the page names. The reader after round 34's first run reads them
# both (a status cell holding a rough share, "~60%", is the status as written; "G1:" an
# objective's id; measure-labelled bullets beside action-labelled ones are the key results, the
# other bullets context; "[待启动]" a status): every document again.
# Two of round 35's three documents and one of round 36's two were not read exactly at their one
# first run, after the thirty-second rounds (6 December 2026, session 20, on c857b2b): a DeFi
# protocol's page of bold "Tech Objective - …" lines over Result / Progress / Status tables read no
# objective; a Portuguese agent-written OKR file took its objective from the YAML front matter's
# description instead of its "objective:" key; a Chinese agent goal list kept a trailing "✓" in
# a key result's title and read no "done" status. The reader after those first runs reads the
# last two (a front matter's one-line "objective:" key is the title of the body's objective
# paragraph; a trailing "✓", with a note after it, is a done status). The DeFi page now reads
# its 9 objectives and 20 key results ("Tech Objective - …" an objective's area-named marker,
# a "| Result | … | Status |" table's results its key results, "## Q1 2021 OKRs" another
# quarter's objectives kept) but for 13 status cells "🟩 90%", "🟥 0%" …: labelled statuses as
# written, against the earlier convention that a share in a status cell is a score. The lead
# relabelled them scores and the reader drops a colour mark before a share alone in a status or
# score cell (markdown_okr_tables._COLOUR_SHARE): every document again.
# Round 37's one document was not read exactly at its one first run, after the fixes after rounds
# 35 and 36 (6 December 2026, session 20, on a5133db): its key results keep their "P0: " / "P1: "
# priority tags, which the gatherer labelled as list markers (not title text). The reader after
# that run drops a priority tag opening a line (outline_lines._PRIORITY_LEAD): 49 of the 51 key
# results and 7 of the 9 objectives read as labelled. Left: two key results whose labels keep a
# Markdown link as written ("[Calendar here](…)", "[Postman collection](…)"), where the written
# convention reads every link as its text (round 12's German page and hackclub were relabelled
# so) — a label question for the lead; no rule. The lead relabelled them to the link text (the
# manifest's "relabelled" note): every document again.
# Round 39's two pages (agent-run companies' OKRs with monthly check-ins), as their one first run
# read them (session 21, on cc45134): one keeps only the first line of two wrapped key results
# whose continuation opens with a backtick or a parenthesis; the other reads its check-in
# sections' repeated objectives and competitor sub-headings as 24 objectives (3 labelled).
# After that run (fix39, session 21) both read exactly.
# Round 42's one document (2i2c's strategy page) read 9 objectives where 13 are labelled at its one
# first run (session 21, on 128cd12): the intro's list of links and two category headings taken
# for objectives, seven objective bullets missed. The reader after that run blanks MyST / Sphinx
# target labels (doc_heading_attributes.target_labels), reads a list linking to the page's own
# labels or headings as its contents (outline_contents), and a heading over unmeasured items that
# each hold nested items as a category (outline_category_headings): read exactly since.
NOT_EXACT: frozenset[str] = frozenset()
# A held-out part not yet run (bench.documents.NOT_YET_RUN) is not imported here either.
DRY_RUN = [
    d["name"] for d in manifest() if d["name"] not in NOT_EXACT and part_of(d) not in NOT_YET_RUN
]


def test_the_documents_not_read_exactly_are_those_listed(report):
    missed = {name for names in report.missed.values() for name in names}
    assert missed == NOT_EXACT


@pytest.mark.django_db
@pytest.mark.parametrize("name", DRY_RUN)
def test_the_import_dry_run_reads_the_documents_tree(name):
    out = io.StringIO()
    path = str(SET / f"{name}.md")
    try:
        call_command("import", path, "--dry-run", "--json", stdout=out, stderr=io.StringIO())
    except SystemExit as exit_:  # problems ("objective has no key results") exit 1
        assert exit_.code == 1
    assert same(_tree_of(json.loads(out.getvalue())), expected_tree(name))


def test_a_first_run_reads_only_the_held_out_part_it_names(monkeypatch):
    # `python -m bench.documents --first-run=roundN` reads that part alone: a second part waiting
    # for its first run is not read along with it (its first run would be spent).
    # round12 stands for a second part waiting; the parts truly waiting stay unread as well
    monkeypatch.setattr(documents, "NOT_YET_RUN", ("round12", "round13", *NOT_YET_RUN))
    report = documents.evaluate(first_run=["round13"])
    assert len(report.exact["round13"]) + len(report.missed["round13"]) == 8
    assert report.exact["round12"] == report.missed["round12"] == []
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()) as err:
        assert documents.main(["--first-run=round11"]) == 2  # not waiting: refused, nothing read
    assert "round11" in err.getvalue() and out.getvalue() == ""
