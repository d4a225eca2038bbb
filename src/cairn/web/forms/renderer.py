"""The form renderer: every Django form in Cairn draws its fields through one template."""

from __future__ import annotations

from django.forms.renderers import TemplatesSetting


class CairnFormRenderer(TemplatesSetting):
    """Render `{{ form }}`, `{{ form.as_div }}` and `{{ field.as_field_group }}` with Cairn's
    field component (the project's template engine: web/templates/django/forms/div.html
    overrides Django's own, so a form drawn with as_div looks the same)."""

    form_template_name = "web/components/form.html"
    field_template_name = "web/components/field.html"
