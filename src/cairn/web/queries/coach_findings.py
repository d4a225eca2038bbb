"""The coach's findings shared by every app server, keyed by exactly what they are computed from.

Findings depend only on an objective's draft (its text, numbers and context, without check-in
ages), the organisation's coach settings, the language and the coach's code. A digest of those is
the cache key, so nothing needs invalidating: a changed objective simply has another key. With
Redis (`CAIRN_REDIS_URL`) every app server and worker shares them; the worker's sweep reviews the
open cycles ahead, so the first person to open a review does not wait for thousands of objectives.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from django.core.cache import cache as shared
from django.utils.translation import get_language

import cairn.coach
from cairn.coach import CoachConfig, Finding, ObjectiveDraft, review_objective

TIMEOUT_SECONDS = 7 * 24 * 3600


@cache
def _coach_code() -> str:
    """Return a digest of the coach's source: new rules mean new keys after a deploy."""
    digest = hashlib.sha256()
    for path in sorted(Path(cairn.coach.__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def findings_key(draft: ObjectiveDraft, config: CoachConfig) -> str:
    """Return the cache key of the findings of `draft` under `config` in the current language."""
    described = repr((draft, config, get_language())).encode()
    return f"cairn:coach:{_coach_code()}:{hashlib.sha256(described).hexdigest()}"


def shared_findings(
    drafts: Mapping[int, ObjectiveDraft], config: CoachConfig
) -> dict[int, tuple[Finding, ...]]:
    """Return each draft's findings, from the shared cache or reviewed now (and then shared)."""
    keys = {pk: findings_key(draft, config) for pk, draft in drafts.items()}
    known = shared.get_many(list(keys.values())) if keys else {}
    found, new = {}, {}
    for pk, draft in drafts.items():
        key = keys[pk]
        if key not in known:
            known[key] = new[key] = tuple(review_objective(draft, config))
        found[pk] = known[key]
    if new:
        shared.set_many(new, TIMEOUT_SECONDS)
    return found
