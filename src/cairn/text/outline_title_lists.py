"""Lists right under a page's title that are no objective's key results (issue 15,
twenty-fifth round; left by the twenty-fourth).

"# OKRs Q3 2026" over "1. Agree on the mission" / "2. Draft the objectives" and then the
objectives' headings ("## Make deploys boring" over its key results): the title names the OKRs
of the page, the unmeasured list under it is a how-to or an introduction, not an objective's
key results (`title_lists`); a list of links alone under it is blanked before
(`cairn.text.doc_title_links`). A page titled by its objective ("# Make deploys boring"
over measured items) reads as before, and so does a title naming the OKRs over a measured list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cairn.text.outline_rules import _OKR_WORD

if TYPE_CHECKING:
    from cairn.text.outline_nodes import ObjectiveNode, Parse


def title_lists(objectives: list[ObjectiveNode], parse: Parse) -> None:
    """Drop the first objective when it is the page's "# " title naming the OKRs, over a list
    that measures nothing, with the page's objectives under it."""
    if len(objectives) < 2:
        return
    first = objectives[0]
    if first.anchor != "heading" or first.level != 1 or first.explicit or not first.key_results:
        return
    if not _OKR_WORD.search(first.title) or any(o.level == 1 for o in objectives[1:]):
        return
    if any(parse(kr.title).measurable for kr in first.key_results[:12]):
        return
    del objectives[0]
