"""The SCIM 2.0 endpoint at /scim/v2/: a bearer token of an organisation, JSON in and out.

Plain Django views rather than the Ninja API: SCIM has its own media type, error body and
list format, and identity providers (not people) call it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.core.exceptions import RequestDataTooBig, ValidationError
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from cairn.organisations.models import Organisation, Person, Team
from cairn.provisioning import discovery, groups, users
from cairn.provisioning.protocol import (
    ScimError,
    error_response,
    excluded_attributes,
    json_body,
    list_response,
    page_bounds,
    parse_filter,
    patch_operations,
    scim_response,
)
from cairn.provisioning.resources import (
    GROUP_FILTERS,
    USER_FILTERS,
    group_condition,
    group_resource,
    people,
    teams,
    user_condition,
    user_resource,
)
from cairn.provisioning.tokens import scim_token_find

ScimView = Callable[..., HttpResponse]


def _organisation(request: HttpRequest) -> Organisation:
    header = request.META.get("HTTP_AUTHORIZATION", "")
    scheme, _space, credential = header.partition(" ")
    token = scim_token_find(credential.strip()) if scheme.lower() == "bearer" else None
    if token is None:
        raise ScimError(401, _("A valid SCIM bearer token is required."))
    return token.organisation


def scim_endpoint(*methods: str) -> Callable[[ScimView], ScimView]:
    """Authenticate the token, allow `methods`, and turn errors into SCIM error bodies."""

    def decorate(view: ScimView) -> ScimView:
        @csrf_exempt
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            try:
                organisation = _organisation(request)
                if request.method not in methods:
                    message = _("%(method)s is not allowed here.") % {"method": request.method}
                    response = error_response(ScimError(405, message))
                    response["Allow"] = ", ".join(methods)
                    return response
                return view(request, organisation, *args, **kwargs)
            except ScimError as error:
                return error_response(error)
            except RequestDataTooBig:
                return error_response(ScimError(413, _("The request body is too large.")))
            except ValidationError as error:
                return error_response(ScimError(400, " ".join(error.messages), "invalidValue"))

        return wrapper

    return decorate


def _not_found(kind: str) -> ScimError:
    return ScimError(404, _("%(kind)s not found.") % {"kind": kind})


def _person(organisation: Organisation, pk: str) -> Person:
    person = people(organisation).filter(pk=int(pk)).first() if _is_id(pk) else None
    if person is None:
        raise _not_found("User")
    return person


def _team(organisation: Organisation, pk: str) -> Team:
    team = teams(organisation).filter(pk=int(pk)).first() if _is_id(pk) else None
    if team is None:
        raise _not_found("Group")
    return team


def _is_id(value: str) -> bool:
    return value.isdigit() and len(value) < 19


@scim_endpoint("GET", "POST")
def user_list(request: HttpRequest, organisation: Organisation) -> HttpResponse:
    """GET: a page of Users (filtered); POST: create a User."""
    if request.method == "POST":
        data = users.fields_from_resource(json_body(request))
        person = users.scim_user_create(organisation=organisation, data=data)
        return _user_created(organisation, person)
    selected = people(organisation)
    if raw := request.GET.get("filter"):
        for term in parse_filter(raw, USER_FILTERS):
            selected = selected.filter(user_condition(term))
    start, count = page_bounds(request)
    page = list(selected[start - 1 : start - 1 + count]) if count else []
    resources = [user_resource(p) for p in page]
    return list_response(resources, total=selected.count(), start=start)


def _user_created(organisation: Organisation, person: Person) -> HttpResponse:
    resource = user_resource(_person(organisation, str(person.pk)))
    response = scim_response(resource, status=201)
    response["Location"] = resource["meta"]["location"]
    return response


@scim_endpoint("GET", "PUT", "PATCH", "DELETE")
def user_detail(request: HttpRequest, organisation: Organisation, pk: str) -> HttpResponse:
    """GET, replace (PUT), change (PATCH) or deactivate (DELETE) one User."""
    person = _person(organisation, pk)
    if request.method == "DELETE":
        users.scim_user_delete(person=person)
        return HttpResponse(status=204)
    if request.method == "PUT":
        users.scim_user_update(person=person, data=users.fields_from_resource(json_body(request)))
    elif request.method == "PATCH":
        operations = patch_operations(json_body(request))
        users.scim_user_update(person=person, data=users.fields_from_patch(operations))
    return scim_response(user_resource(_person(organisation, pk)))


@scim_endpoint("GET", "POST")
def group_list(request: HttpRequest, organisation: Organisation) -> HttpResponse:
    """GET: a page of Groups (filtered); POST: create a Group."""
    if request.method == "POST":
        change = groups.change_from_resource(json_body(request))
        team = groups.scim_team_create(organisation=organisation, change=change)
        resource = group_resource(_team(organisation, str(team.pk)))
        response = scim_response(resource, status=201)
        response["Location"] = resource["meta"]["location"]
        return response
    selected = teams(organisation)
    if raw := request.GET.get("filter"):
        for term in parse_filter(raw, GROUP_FILTERS):
            selected = selected.filter(group_condition(term))
        selected = selected.distinct()
    start, count = page_bounds(request)
    page = list(selected[start - 1 : start - 1 + count]) if count else []
    with_members = "members" not in excluded_attributes(request)
    resources = [group_resource(t, with_members=with_members) for t in page]
    return list_response(resources, total=selected.count(), start=start)


@scim_endpoint("GET", "PUT", "PATCH", "DELETE")
def group_detail(request: HttpRequest, organisation: Organisation, pk: str) -> HttpResponse:
    """GET, replace (PUT), change (PATCH) or delete one Group."""
    team = _team(organisation, pk)
    if request.method == "DELETE":
        groups.scim_team_delete(team=team)
        return HttpResponse(status=204)
    if request.method == "PUT":
        groups.scim_team_update(team=team, change=groups.change_from_resource(json_body(request)))
    elif request.method == "PATCH":
        operations = patch_operations(json_body(request))
        groups.scim_team_update(team=team, change=groups.change_from_patch(operations))
    with_members = "members" not in excluded_attributes(request)
    return scim_response(group_resource(_team(organisation, pk), with_members=with_members))


@scim_endpoint("GET")
def service_provider_config(request: HttpRequest, organisation: Organisation) -> HttpResponse:
    """Return what this endpoint supports."""
    return scim_response(discovery.service_provider_config())


def _listed(items: list[dict[str, Any]], pk: str | None, kind: str) -> HttpResponse:
    if pk is None:
        return list_response(items, total=len(items), start=1)
    for item in items:
        if item["id"] == pk:
            return scim_response(item)
    raise _not_found(kind)


@scim_endpoint("GET")
def resource_types(
    request: HttpRequest, organisation: Organisation, pk: str | None = None
) -> HttpResponse:
    """Return the resource types (User, Group), or one of them."""
    return _listed(discovery.resource_types(), pk, "ResourceType")


@scim_endpoint("GET")
def schemas(
    request: HttpRequest, organisation: Organisation, pk: str | None = None
) -> HttpResponse:
    """Return the User and Group schemas, or one of them."""
    return _listed(discovery.schemas(), pk, "Schema")


def not_found(request: HttpRequest, rest: str) -> HttpResponse:
    """Answer any other path under /scim/v2/ with a SCIM 404."""
    return error_response(_not_found(_("Resource")))
