"""ServiceProviderConfig, ResourceTypes and Schemas: what identity providers read first."""

from __future__ import annotations

USER = "urn:ietf:params:scim:schemas:core:2.0:User"


def test_the_service_provider_config_says_patch_and_filter_but_no_bulk(scim):
    config = scim.get("ServiceProviderConfig").json()
    assert config["patch"]["supported"] is True
    assert config["filter"]["supported"] is True
    assert config["bulk"]["supported"] is False
    assert config["authenticationSchemes"][0]["type"] == "oauthbearertoken"


def test_resource_types_list_users_and_groups(scim):
    listed = scim.get("ResourceTypes").json()
    assert {r["id"]: r["endpoint"] for r in listed["Resources"]} == {
        "User": "/Users",
        "Group": "/Groups",
    }
    assert scim.get("ResourceTypes/User").json()["schema"] == USER
    assert scim.get("ResourceTypes/Device").status_code == 404


def test_schemas_describe_the_user_and_group_attributes(scim):
    listed = scim.get("Schemas").json()
    assert listed["totalResults"] == 2
    user = scim.get(f"Schemas/{USER}").json()
    names = {a["name"] for a in user["attributes"]}
    assert {"userName", "name", "active", "emails", "roles"} <= names


def test_discovery_needs_a_token_too(db, client):
    assert client.get("/scim/v2/ServiceProviderConfig").status_code == 401
