"""Plain-text OKRs from the command line: `cairn parse` and `cairn lint`."""
