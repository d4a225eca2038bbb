from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.db import transaction
from django.utils.translation import ngettext

from cairn import audit
from cairn.accounts.models import User
from cairn.api.tokens import tokens_revoke_for_user
from cairn.audit.services import audit_record_for_user


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ("email",)
    list_display = ("email", "first_name", "last_name", "is_staff", "is_active")
    search_fields = ("email", "first_name", "last_name")
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        ("Personal", {"fields": ("first_name", "last_name", "language", "time_zone")}),
        ("Permissions", {"fields": ("is_active", "is_staff", "is_superuser", "groups")}),
        ("Dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "password1", "password2")}),)

    def user_change_password(self, request, id, form_url=""):
        """Set someone's password (superusers); as with every new password, their tokens go."""
        with transaction.atomic():
            response = super().user_change_password(request, id, form_url)
            if request.method != "POST" or response.status_code != 302:
                return response
            user = self.get_object(request, unquote(id))
            count = tokens_revoke_for_user(user=user)
            audit_record_for_user(
                user=user,
                action=audit.Action.PASSWORD_CHANGED,
                as_actor=False,
                actor_user=request.user,
                actor_label=request.user.display_name,
                details={"by": "django admin", "tokens_revoked": count},
            )
        if count:
            text = ngettext("%(count)d API token revoked.", "%(count)d API tokens revoked.", count)
            self.message_user(request, text % {"count": count}, messages.WARNING)
        return response
