"""SCIM 2.0 URLs, mounted at /scim/v2/ (a trailing slash is accepted too)."""

from django.urls import re_path

from cairn.provisioning import views

ID = r"(?P<pk>[^/]+)"

urlpatterns = [
    re_path(r"^Users/?$", views.user_list, name="scim_users"),
    re_path(rf"^Users/{ID}/?$", views.user_detail, name="scim_user"),
    re_path(r"^Groups/?$", views.group_list, name="scim_groups"),
    re_path(rf"^Groups/{ID}/?$", views.group_detail, name="scim_group"),
    re_path(r"^ServiceProviderConfig/?$", views.service_provider_config, name="scim_config"),
    re_path(r"^ResourceTypes/?$", views.resource_types, name="scim_resource_types"),
    re_path(rf"^ResourceTypes/{ID}/?$", views.resource_types, name="scim_resource_type"),
    re_path(r"^Schemas/?$", views.schemas, name="scim_schemas"),
    re_path(rf"^Schemas/{ID}/?$", views.schemas, name="scim_schema"),
    re_path(r"^(?P<rest>.*)$", views.not_found, name="scim_not_found"),
]
