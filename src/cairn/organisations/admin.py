from django.contrib import admin

from cairn.organisations.models import Organisation, Person, Team, TeamMembership


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "time_zone", "check_in_cadence_days")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ("user", "organisation", "role", "manager", "is_active")
    list_filter = ("organisation", "role", "is_active")
    search_fields = ("user__email", "user__first_name", "user__last_name")
    list_select_related = ("user", "organisation", "manager__user")
    raw_id_fields = ("user", "manager")


class MembershipInline(admin.TabularInline):
    model = TeamMembership
    raw_id_fields = ("person",)
    extra = 0


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin):
    list_display = ("name", "organisation", "parent")
    list_filter = ("organisation",)
    search_fields = ("name",)
    raw_id_fields = ("parent",)
    inlines = [MembershipInline]
