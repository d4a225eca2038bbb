"""Discussions: the comments of an objective, key result, check-in or initiative.

Every action works as a plain form post (then back to the page it came from) and, with htmx,
swaps the discussion section in place.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from cairn.conversations import selectors, services
from cairn.conversations.models import Comment, Reaction
from cairn.conversations.subjects import Subject, subject_for
from cairn.lib.ids import parse_id
from cairn.web.decorators import person_required, writer_required
from cairn.web.forms.comments import CommentForm
from cairn.web.htmx import htmx_partial
from cairn.web.views.auth import add_errors


def section_context(
    request: HttpRequest,
    subject: Subject,
    form: CommentForm | None = None,
    notice: str = "",
    older_than: int | None = None,
) -> dict:
    """Return what the discussion section needs (also used by the pages that embed it)."""
    return {
        "discussion": selectors.discussion(subject, request.person, older_than=older_than),
        "form": form or CommentForm(),
        "notice": notice,
        "reactions": Reaction.choices,
        "section_id": f"discussion-{subject.kind}-{subject.pk}",
        "thread_url": subject.thread_url(),
        "next": _next(request) or request.get_full_path(),
        "request": request,
        # Inside a key result's card (loaded into it): the card's heading already names it.
        "embedded": (request.POST.get("embed") or request.GET.get("embed")) == "1",
    }


def _next(request: HttpRequest) -> str:
    """Return the safe local page a plain form post goes back to ("" when none)."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return ""


def _not_notified(names: list[str]) -> str:
    if not names:
        return ""
    return _(
        "Not notified: %(names)s cannot see what this discussion is about, so the mention "
        "was not sent."
    ) % {"names": ", ".join(names)}


def _done(
    request: HttpRequest, subject: Subject, comment: Comment | None, notice: str = ""
) -> HttpResponse:
    """Return the fresh section (htmx) or go back to the page the form was on."""
    if htmx_partial(request):
        context = section_context(request, subject, notice=notice)
        return render(request, "web/conversations/_section.html", context)
    if notice:
        messages.warning(request, notice)
    anchor = f"#comment-{comment.pk}" if comment else ""
    return redirect((_next(request) or subject.thread_url()).split("#")[0] + anchor)


def _invalid(request: HttpRequest, subject: Subject, form: CommentForm) -> HttpResponse:
    context = section_context(request, subject, form=form)
    if htmx_partial(request):
        return render(request, "web/conversations/_section.html", context)
    context["subject"] = subject
    return render(request, "web/conversations/thread.html", context, status=400)


@person_required
def thread(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    """Return a subject's discussion (page, section or older threads); POST adds a comment."""
    subject = subject_for(request.person, kind, pk)
    if request.method == "POST":
        return _post(request, subject)
    older = parse_id(request.GET.get("older_than"))
    context = section_context(request, subject, older_than=older)
    if htmx_partial(request):
        template = "_older.html" if older else "_section.html"
        return render(request, f"web/conversations/{template}", context)
    context["subject"] = subject
    return render(request, "web/conversations/thread.html", context)


def _post(request: HttpRequest, subject: Subject) -> HttpResponse:
    form = CommentForm(request.POST)
    if not form.is_valid():
        return _invalid(request, subject, form)
    parent = None
    if form.cleaned_data["parent"]:
        parent = Comment.objects.filter(subject.filter, pk=form.cleaned_data["parent"]).first()
        if parent is None:
            form.add_error(None, _("That comment is not in this discussion."))
            return _invalid(request, subject, form)
    try:
        posted = services.comment_create(
            author=request.person, target=subject.target, body=form.cleaned_data["body"],
            parent=parent,
        )  # fmt: skip
    except ValidationError as error:
        add_errors(form, error)
        return _invalid(request, subject, form)
    return _done(request, subject, posted.comment, _not_notified(posted.not_notified))


@writer_required
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Return a comment's edit form; POST saves the new text (author, within 15 minutes)."""
    comment = selectors.comment_for(request.person, pk)
    subject = services.subject_of(comment)
    form = CommentForm(request.POST or None, initial={"body": comment.body})
    if request.method == "POST" and form.is_valid():
        try:
            posted = services.comment_edit(
                actor=request.person, comment=comment, body=form.cleaned_data["body"]
            )
        except ValidationError as error:
            add_errors(form, error)
        else:
            return _done(request, subject, comment, _not_notified(posted.not_notified))
    elif not services.can_edit(request.person, comment):
        messages.info(request, _("Comments can be edited by their author for 15 minutes."))
        return redirect(f"{subject.thread_url()}#comment-{comment.pk}")
    context = {"comment": comment, "form": form, "subject": subject, "next": _next(request)}
    context["embedded"] = (request.POST.get("embed") or request.GET.get("embed")) == "1"
    context["section_id"] = f"discussion-{subject.kind}-{subject.pk}"
    template = "_edit.html" if htmx_partial(request) else "edit.html"
    status = 400 if form.errors and not htmx_partial(request) else 200
    return render(request, f"web/conversations/{template}", context, status=status)


@require_POST
@writer_required
def delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Delete a comment (its author or an admin), leaving a tombstone."""
    comment = selectors.comment_for(request.person, pk)
    services.comment_delete(actor=request.person, comment=comment)
    return _done(request, services.subject_of(comment), comment)


@require_POST
@writer_required
def react(request: HttpRequest, pk: int) -> HttpResponse:
    """Add or remove the person's reaction to a comment."""
    comment = selectors.comment_for(request.person, pk)
    notice = ""
    try:
        services.reaction_toggle(
            person=request.person, comment=comment, emoji=request.POST.get("emoji", "")
        )
    except ValidationError as error:
        notice = " ".join(error.messages)
    return _done(request, services.subject_of(comment), comment, notice)


@require_GET
@person_required
def mention_search(request: HttpRequest) -> JsonResponse:
    """Return people and teams of the organisation matching ?q= (for the @ autocomplete)."""
    found = selectors.mention_search(request.person, request.GET.get("q", ""))
    return JsonResponse({"results": found})
