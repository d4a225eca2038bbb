"""The line passes of the eighteenth round (issue 15) and later, run before the builder in order.

- `outline_pipe_lines.pipe_okr_lines`: "User acquisition | Acquire 2000 users | 1690 | 84 %";
- `outline_guidance.template_guidance`: "Mål:" / "- Var ska jag? …" / the objective;
- `outline_listed_objectives.listed_objectives`: "### Objectives :" / "1. A" … "### Key
  Results:" / "1. A (aspirational KR)" / "   - …", and the review table's scores;
- `outline_objective_bullets.objective_bullets` (twentieth round): "#### Current quarter
  objectives" over one bullet per objective;
- `outline_period_lists.period_lists` (twenty-first round): "### Q4" over "- [ ] Objective" /
  "  - [ ] Key result";
- `outline_quoted_results.quoted_results` (twenty-first round): "> **Résultat** 30 %" below a
  key result;
- `outline_okr_section.okr_section` (twenty-second round): "## Objectives and key results for
  2025" over "📊 Adoption" / "* 200+ active users" among other sections of the same shape;
- `outline_objective_paragraphs.paragraph_objectives` (twenty-eighth round): "# Objectives and
  Key Results" / "**2019 Q1**" / "Apply mathematics at work – 2" over "- …" items.
"""

from __future__ import annotations

from cairn.text.outline_guidance import template_guidance
from cairn.text.outline_lines import Line
from cairn.text.outline_listed_objectives import listed_objectives
from cairn.text.outline_objective_bullets import objective_bullets
from cairn.text.outline_objective_paragraphs import paragraph_objectives
from cairn.text.outline_okr_section import okr_section
from cairn.text.outline_period_lists import period_lists
from cairn.text.outline_pipe_lines import pipe_okr_lines
from cairn.text.outline_quoted_results import quoted_results


def line_shapes(lines: list[Line]) -> list[Line]:
    """Return the lines with the eighteenth round's page shapes marked as their OKRs."""
    lines = listed_objectives(template_guidance(pipe_okr_lines(lines)))
    lines = okr_section(quoted_results(period_lists(objective_bullets(lines))))
    return paragraph_objectives(lines)
