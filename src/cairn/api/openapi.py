"""The API object: Ninja plus the problem+json error responses documented on every operation."""

from __future__ import annotations

from typing import Any

from ninja import NinjaAPI

ERROR_STATUSES = {
    "400": "Malformed request",
    "401": "Missing or invalid token",
    "403": "Not allowed (role or read-only token)",
    "404": "Not found in your organisation",
    "409": "Stale version or Idempotency-Key in progress",
    "412": "If-Match does not match",
    "422": "Invalid input; `errors` names each field",
    "429": "Rate limit reached; see Retry-After",
}

PROBLEM = {
    "type": "object",
    "description": "RFC 9457 problem details.",
    "required": ["type", "title", "status", "detail", "errors"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["field", "message"],
                "properties": {"field": {"type": "string"}, "message": {"type": "string"}},
            },
        },
    },
}


def _error_responses() -> dict[str, Any]:
    content = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
    return {
        code: {"description": text, "content": content} for code, text in ERROR_STATUSES.items()
    }


class CairnAPI(NinjaAPI):
    """NinjaAPI whose schema documents the problem+json errors of every operation."""

    def get_openapi_schema(self, **kwargs: Any) -> Any:
        schema = super().get_openapi_schema(**kwargs)
        schema.setdefault("components", {}).setdefault("schemas", {})["Problem"] = PROBLEM
        errors = _error_responses()
        for operations in schema["paths"].values():
            for operation in operations.values():
                for code, response in errors.items():
                    operation["responses"].setdefault(code, response)
        return schema
