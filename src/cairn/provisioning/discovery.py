"""What the SCIM endpoint supports: ServiceProviderConfig, ResourceTypes and Schemas."""

from __future__ import annotations

from typing import Any

from cairn.provisioning.protocol import MAX_COUNT
from cairn.provisioning.resources import GROUP, USER, base_url

CONFIG = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"
RESOURCE_TYPE = "urn:ietf:params:scim:schemas:core:2.0:ResourceType"
SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema"


def service_provider_config() -> dict[str, Any]:
    """Return the ServiceProviderConfig: PATCH and filters yes; bulk, sort, ETags no."""
    return {
        "schemas": [CONFIG],
        "patch": {"supported": True},
        "bulk": {"supported": False, "maxOperations": 0, "maxPayloadSize": 0},
        "filter": {"supported": True, "maxResults": MAX_COUNT},
        "changePassword": {"supported": False},
        "sort": {"supported": False},
        "etag": {"supported": False},
        "authenticationSchemes": [
            {
                "type": "oauthbearertoken",
                "name": "Bearer token",
                "description": "A SCIM token an admin creates on Settings → SCIM provisioning.",
                "primary": True,
            }
        ],
        "meta": {
            "resourceType": "ServiceProviderConfig",
            "location": f"{base_url()}/ServiceProviderConfig",
        },
    }


def resource_types() -> list[dict[str, Any]]:
    """Return the User and Group resource types."""
    return [
        {
            "schemas": [RESOURCE_TYPE],
            "id": name,
            "name": name,
            "endpoint": f"/{name}s",
            "schema": schema,
            "meta": {
                "resourceType": "ResourceType",
                "location": f"{base_url()}/ResourceTypes/{name}",
            },
        }
        for name, schema in (("User", USER), ("Group", GROUP))
    ]


def _attribute(name: str, **extra: Any) -> dict[str, Any]:
    attribute = {
        "name": name,
        "type": "string",
        "multiValued": False,
        "required": False,
        "caseExact": False,
        "mutability": "readWrite",
        "returned": "default",
        "uniqueness": "none",
    }
    attribute.update(extra)
    return attribute


def _complex(name: str, sub: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return _attribute(name, type="complex", subAttributes=sub, **extra)


def schemas() -> list[dict[str, Any]]:
    """Return the attributes Cairn keeps of Users and Groups."""
    user = [
        _attribute("userName", required=True, uniqueness="server"),
        _complex(
            "name",
            [
                _attribute("givenName"),
                _attribute("familyName"),
                _attribute("formatted", mutability="readOnly"),
            ],
        ),
        _attribute("displayName", mutability="readOnly"),
        _attribute("title"),
        _attribute("active", type="boolean"),
        _complex(
            "emails",
            [_attribute("value"), _attribute("type"), _attribute("primary", type="boolean")],
            multiValued=True,
            mutability="readOnly",
        ),
        _complex(
            "roles",
            [
                _attribute("value", canonicalValues=["admin", "member", "viewer"]),
                _attribute("primary", type="boolean"),
            ],
            multiValued=True,
        ),
    ]
    member = [
        _attribute("value", mutability="immutable"),
        _attribute("display", mutability="readOnly"),
        _attribute("$ref", type="reference", referenceTypes=["User"]),
    ]
    group = [
        _attribute("displayName", required=True),
        _complex("members", member, multiValued=True),
    ]
    return [
        {
            "schemas": [SCHEMA],
            "id": schema,
            "name": name,
            "description": description,
            "attributes": attributes,
            "meta": {"resourceType": "Schema", "location": f"{base_url()}/Schemas/{schema}"},
        }
        for schema, name, description, attributes in (
            (USER, "User", "A person of the organisation", user),
            (GROUP, "Group", "A team of the organisation", group),
        )
    ]
