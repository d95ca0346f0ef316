"""The ways a page goes live without an editor pressing "Publish", with the rules of home/publish_rules.py.

- A moderator's approval of the last task of a workflow publishes the page (`WAGTAIL_FINISH_WORKFLOW_ACTION`
  names `publish_workflow_state`). A page that breaks a rule raises `PublishRefused`: the approval is rolled back
  with it, the page stays in moderation, and `PublishRefusedMiddleware` shows the moderator why (from the page
  editor, the dashboard's "Awaiting your review" or its approve-with-comment dialog).
- A revision scheduled to go live (`go_live_at`) is published by `publish_scheduled` (ours runs Wagtail's
  command after `hold_scheduled_revisions`): one that breaks a rule when its time comes is not published, its
  schedule is cancelled, and the page's history says why.

This module is imported by wagtail.models while Wagtail loads (the workflow setting), so it imports Wagtail's
models, and ours, only inside its functions.
"""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _


class PublishRefused(Exception):
    """A rule of home/publish_rules.py kept `page` from going live; `message` says which, for the editor."""

    def __init__(self, page, message, translation=None):
        super().__init__(message)
        self.page = page
        self.message = message
        self.translation = translation


def publish_workflow_state(workflow_state, user=None):
    """The end of an approved workflow: Wagtail's own action, unless a rule keeps the page from going live."""
    from wagtail.models import Page
    from wagtail.workflows import publish_workflow_state as wagtail_publish_workflow_state

    from home.publish_rules import refusal

    content = workflow_state.content_object
    if isinstance(content, Page):
        page = content.specific
        message, translation = refusal(page)
        if message:
            raise PublishRefused(page, message, translation)
    wagtail_publish_workflow_state(workflow_state, user=user)


class PublishRefusedMiddleware:
    """Turns a `PublishRefused` raised by a moderator's approval into a message on the page's edit screen."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, PublishRefused):
            return None
        from wagtail.admin import messages
        from wagtail.admin.modal_workflow import render_modal_workflow

        page = exception.page
        buttons = []
        if exception.translation is not None:
            confirm_url = reverse("home_publish_untranslated", args=[exception.translation.pk])
            buttons.append(messages.button(confirm_url, _("Publish anyway…")))
        text = exception.message + " " + _("Your approval was not recorded: the page is still in moderation.")
        messages.error(request, text, buttons=buttons)
        edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        if request.headers.get("x-requested-with") == "XMLHttpRequest":  # the approve-with-comment dialog
            return render_modal_workflow(request, "", None, {}, json_data={"step": "success", "redirect": edit_url})
        return redirect(edit_url)


def hold_scheduled_revisions(dry_run=False):
    """The page revisions due to go live that break a rule: each one's schedule is cancelled (it stays
    unpublished) and the page's history says why. Returns [(page, message)]."""
    from django.db import transaction
    from wagtail.models import PageLogEntry, Revision

    from home.publish_rules import PUBLISH_REFUSED, refusal

    due = Revision.objects.page_revisions().filter(approved_go_live_at__lt=timezone.now())
    held = []
    for revision in due.order_by("approved_go_live_at"):
        page = revision.content_object.specific
        message, _translation = refusal(page)
        if not message:
            continue
        held.append((page, message))
        if dry_run:
            continue
        with transaction.atomic():
            Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=None)
            PageLogEntry.objects.log_action(
                instance=page,
                action=PUBLISH_REFUSED,
                revision=revision,
                data={"message": message, "go_live_at": revision.content.get("go_live_at")},
            )
    return held
