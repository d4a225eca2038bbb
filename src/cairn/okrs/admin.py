from django.contrib import admin

from cairn.okrs.models import (
    Change,
    CheckIn,
    Cycle,
    Follow,
    Initiative,
    KeyResult,
    Objective,
    ObjectiveReview,
)


@admin.register(Cycle)
class CycleAdmin(admin.ModelAdmin):
    list_display = ("name", "organisation", "start", "end", "state")
    list_filter = ("organisation", "state")
    raw_id_fields = ("parent",)


class KeyResultInline(admin.TabularInline):
    model = KeyResult
    fields = ("title", "kind", "start", "target", "current", "unit", "weight", "owner")
    raw_id_fields = ("owner",)
    extra = 0


@admin.register(Objective)
class ObjectiveAdmin(admin.ModelAdmin):
    list_display = ("title", "organisation", "cycle", "owner", "team", "kind", "progress")
    list_filter = ("organisation", "cycle", "kind", "visibility")
    search_fields = ("title",)
    list_select_related = ("organisation", "cycle", "owner__user", "team")
    raw_id_fields = ("owner", "team", "parent_objective", "parent_key_result", "carried_over_from")
    readonly_fields = ("progress", "version")
    inlines = [KeyResultInline]


@admin.register(KeyResult)
class KeyResultAdmin(admin.ModelAdmin):
    list_display = ("title", "objective", "kind", "current", "target", "progress")
    list_filter = ("organisation", "kind")
    search_fields = ("title",)
    list_select_related = ("objective",)
    raw_id_fields = ("objective", "owner", "contributors")
    readonly_fields = ("progress", "version", "last_check_in_at")


@admin.register(CheckIn)
class CheckInAdmin(admin.ModelAdmin):
    list_display = ("key_result", "author", "checked_in_at", "value", "done", "confidence")
    list_filter = ("organisation", "source")
    list_select_related = ("key_result", "author__user")
    raw_id_fields = ("key_result", "author", "corrects")

    def has_change_permission(self, request, obj=None) -> bool:
        return False  # check-ins are append-only; corrections go through the service


@admin.register(Initiative)
class InitiativeAdmin(admin.ModelAdmin):
    list_display = ("title", "organisation", "status", "percent_complete", "due_date")
    list_filter = ("organisation", "status")
    raw_id_fields = ("owner", "key_results")


@admin.register(Change)
class ChangeAdmin(admin.ModelAdmin):
    list_display = ("at", "actor", "action", "field", "old", "new")
    list_filter = ("organisation", "action")
    raw_id_fields = ("objective", "key_result", "actor")


@admin.register(Follow)
class FollowAdmin(admin.ModelAdmin):
    list_display = ("person", "objective", "created_at")
    raw_id_fields = ("person", "objective")


@admin.register(ObjectiveReview)
class ObjectiveReviewAdmin(admin.ModelAdmin):
    list_display = ("objective", "reviewer", "created_at", "sufficient", "passed")
    list_filter = ("organisation", "passed")
    list_select_related = ("objective", "reviewer__user")
    raw_id_fields = ("objective", "reviewer")

    def has_change_permission(self, request, obj=None) -> bool:
        return False  # reviews are a history: a new review is recorded, never an edit
