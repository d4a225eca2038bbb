"""`cairn lint`: a document's findings and problems as a report for people or machines."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from cairn.coach import DEFAULT, ERROR, SEVERITIES, CoachConfig, Finding
from cairn.text.document import ParsedDocument, Problem, parse_document


@dataclass(frozen=True)
class LintReport:
    """The findings of one document, with the line each one is about."""

    document: ParsedDocument
    findings: tuple[tuple[int, Finding], ...]

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Return what could not be read as OKRs."""
        return self.document.problems

    @property
    def failed(self) -> bool:
        """Return True when an error-severity finding or a problem exists."""
        return bool(self.problems) or any(f.severity == ERROR for _, f in self.findings)

    @property
    def exit_code(self) -> int:
        """Return 1 when the lint failed, else 0."""
        return 1 if self.failed else 0

    def counts(self) -> dict[str, int]:
        """Return the number of findings per severity, and of problems."""
        by_severity = Counter(f.severity for _, f in self.findings)
        return {s: by_severity.get(s, 0) for s in SEVERITIES} | {"problem": len(self.problems)}

    def summary(self) -> str:
        """Return one line: objectives, key results and counts."""
        objectives = self.document.objectives
        krs = sum(len(o.key_results) for o in objectives)
        parts = [_plural(n, name) for name, n in self.counts().items() if n]
        found = ", ".join(parts) if parts else "no findings"
        return f"{_plural(len(objectives), 'objective')}, {_plural(krs, 'key result')}: {found}"

    def human(self, path: str, *, suggestions: bool = True) -> str:
        """Return the report as "path:line: CODE severity: message" lines and a summary."""
        entries = [(p.line, f"{path}:{p.line}: problem: {p.message}") for p in self.problems]
        for line, finding in self.findings:
            text = f"{path}:{line}: {finding.code} {finding.severity}: {finding.message}"
            if suggestions:
                text += f"\n    suggestion: {finding.suggestion}"
            entries.append((line, text))
        entries.sort(key=lambda entry: entry[0])
        return "\n".join([*(text for _, text in entries), self.summary()]) + "\n"

    def as_dict(self, path: str) -> dict:
        """Return the report as JSON-serialisable data."""
        return {
            "path": path,
            "ok": not self.failed,
            "counts": self.counts(),
            "findings": [
                {"line": line, **f.as_dict(), "subject": f.subject} for line, f in self.findings
            ],
            "problems": [p.as_dict() for p in self.problems],
            "objectives": [o.as_dict() for o in self.document.objectives],
        }


def lint_text(text: str, config: CoachConfig = DEFAULT) -> LintReport:
    """Return the lint report of a text or Markdown document."""
    document = parse_document(text, config)
    return LintReport(document, tuple(document.findings()))


def _plural(count: int, noun: str) -> str:
    """Return "1 error" or "2 errors"."""
    return f"{count} {noun}{'' if count == 1 else 's'}"
