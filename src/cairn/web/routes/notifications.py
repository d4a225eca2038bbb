"""The inbox, notification settings, chat channels and the one-click unsubscribe."""

from django.urls import path

from cairn.web.views import notifications

urlpatterns = [
    path("notifications/", notifications.inbox, name="notifications"),
    path("notifications/bell/", notifications.bell, name="notifications_bell"),
    path("notifications/read-all/", notifications.mark_all_read, name="notifications_read_all"),
    path("notifications/<int:pk>/read/", notifications.mark_read, name="notification_read"),
    path(
        "notifications/unsubscribe/<str:token>/",
        notifications.unsubscribe,
        name="notifications_unsubscribe",
    ),
    path("calendar/<str:token>.ics", notifications.calendar_feed, name="calendar_feed"),
    path(
        "settings/notifications/calendar/",
        notifications.calendar_create,
        name="notification_calendar_create",
    ),
    path(
        "settings/notifications/calendar/revoke/",
        notifications.calendar_revoke,
        name="notification_calendar_revoke",
    ),
    path("settings/notifications/", notifications.settings_page, name="notification_settings"),
    path(
        "settings/notifications/organisation/",
        notifications.organisation_defaults,
        name="notification_defaults",
    ),
    path(
        "settings/notifications/channels/",
        notifications.channel_add,
        name="notification_channel_add",
    ),
    path(
        "settings/notifications/channels/<int:pk>/test/",
        notifications.channel_test,
        name="notification_channel_test",
    ),
    path(
        "settings/notifications/channels/<int:pk>/delete/",
        notifications.channel_delete,
        name="notification_channel_delete",
    ),
]
