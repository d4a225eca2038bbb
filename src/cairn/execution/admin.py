from django.contrib import admin

from cairn.execution.models import Sprint, WorkItem


@admin.register(Sprint)
class SprintAdmin(admin.ModelAdmin):
    list_display = ("name", "team", "state", "starts_on", "ends_on")
    list_filter = ("state",)


@admin.register(WorkItem)
class WorkItemAdmin(admin.ModelAdmin):
    list_display = ("title", "kind", "status", "initiative", "sprint", "external_key")
    list_filter = ("kind", "status", "external_source")
    raw_id_fields = ("initiative", "parent", "sprint", "assignee", "team")
