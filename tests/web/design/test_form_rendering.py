"""One form rendering: every form's fields come out of web/components/field.html."""

from __future__ import annotations

from django import forms
from django.template import Context, Template

from cairn.web.forms.design import SampleForm


def render(source: str, **context) -> str:
    return Template(source).render(Context(context))


def test_a_form_renders_each_field_with_label_help_and_optional_marker():
    html = render("{{ form }}", form=SampleForm())
    assert html.count('<div class="field">') == 4  # objective, target, team, note
    assert '<label for="id_title">Objective</label>' in html
    assert '<p class="help" id="id_title_helptext">Say where you want to be.</p>' in html
    assert 'aria-describedby="id_title_helptext"' in html
    assert "(optional)" in html
    assert 'class="field field--check"' in html
    assert '<legend class="field__label">Pace' in html


def test_as_div_uses_the_same_rendering():
    form = SampleForm()
    assert render("{{ form.as_div }}", form=form) == render("{{ form }}", form=form)


def test_errors_are_inline_and_marked_invalid():
    form = SampleForm(data={"title": "", "target": "ten"})
    assert not form.is_valid()
    html = render("{{ form }}", form=form)
    assert 'class="field field--error"' in html
    assert (
        '<div class="error" id="id_title_error" role="alert"><p>This field is required.</p>' in html
    )
    assert 'aria-invalid="true"' in html
    assert "Enter a number." in html


def test_errors_of_the_whole_form_come_first():
    class Pair(forms.Form):
        a = forms.CharField()

        def clean(self):
            raise forms.ValidationError("<b>Nope</b>")

    html = render("{{ form }}", form=Pair(data={"a": "x"}))
    assert html.index('class="form-errors"') < html.index('id="id_a"')
    assert "&lt;b&gt;Nope&lt;/b&gt;" in html


def test_a_hand_written_field_include_is_the_same_component():
    form = SampleForm()
    by_hand = render('{% include "web/partials/field.html" with field=form.title %}', form=form)
    assert by_hand.strip() == render("{{ form.title.as_field_group }}", form=form).strip()
