"""The audit log in Django's admin: read-only, for the operator's instance-wide events."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from cairn.audit.models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ("at", "action", "actor_label", "object_type", "object_label", "address")
    list_filter = ("action",)
    search_fields = ("object_label", "actor_label")
    ordering = ("-id",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
