"""The audit log of security events: `audit.record(...)` is the one way in (docs/audit.md)."""

from __future__ import annotations

from typing import Any

from cairn.audit.actions import Action

__all__ = ["Action", "record"]


def record(**kwargs: Any) -> Any:
    """Append one event to the audit log; return it (see `cairn.audit.services.audit_record`)."""
    from cairn.audit.services import audit_record

    return audit_record(**kwargs)
