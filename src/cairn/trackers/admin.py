from django.contrib import admin

from cairn.trackers.models import TrackerConnection, TrackerEvent


@admin.register(TrackerConnection)
class TrackerConnectionAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "organisation", "created_at"]
    exclude = ["secret"]  # shown once at creation, never again


@admin.register(TrackerEvent)
class TrackerEventAdmin(admin.ModelAdmin):
    list_display = ["event_type", "delivery_id", "connection", "outcome", "received_at"]
    list_filter = ["outcome"]
