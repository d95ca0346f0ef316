"""The admin's publish paths for translated pages, with the rules of home/publish_rules.py applied.

- `refuse_unready_translation` (`before_edit_page`, ahead of wagtail-localize): the translation editor's
  "Publish" is refused while text is untranslated or the section is not live in that language.
- `refuse_page_under_offline_section` (`before_publish_page`): Wagtail's own editor, for a page translated by hand.
- `refuse_bulk_publish` (`before_bulk_action`): the page listing's bulk "Publish".
- `CheckedUpdateTranslationsView`: wagtail-localize's "Sync translated pages" with "Publish immediately" syncs
  every translation, then publishes only the ready ones and names what keeps the others as drafts.
- `publish_untranslated`: the confirmation page where an editor who insists publishes with parts left in English;
  the decision and the parts are recorded in the page's history.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.models import Page, PageLogEntry
from wagtail_localize.models import Translation
from wagtail_localize.views.update_translations import UpdateTranslationsView

from home.publish_rules import (
    PUBLISH_UNTRANSLATED,
    missing_parts,
    refusal,
    section_message,
    section_not_live,
    translation_of,
)


def _confirm_url(translation):
    return reverse("home_publish_untranslated", args=[translation.pk])


def refuse_unready_translation(request, page):
    """`before_edit_page`: wagtail-localize's "Publish" posts `action=publish` to the page's edit URL."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    if translation_of(page) is None:
        return None
    message, translation = refusal(page)
    if message is None:
        return None
    buttons = [messages.button(_confirm_url(translation), _("Publish anyway…"))] if translation else []
    messages.error(request, message, buttons=buttons)
    return redirect(request.path)


def refuse_page_under_offline_section(request, page):
    """`before_publish_page`: the revision is saved; it is not published under a section offline in its language."""
    section = section_not_live(page)
    if section is None:
        return None
    if page.live_revision_id is None:  # a new page is added live by Wagtail's create view, before publishing
        Page.objects.filter(pk=page.pk).update(live=False, has_unpublished_changes=True)
    messages.error(request, section_message(page, section) + " " + _("Your changes are saved as a draft."))
    return redirect("wagtailadmin_pages:edit", page.pk)


def refuse_bulk_publish(request, action_type, objects, action_class_instance):
    """`before_bulk_action`: bulk "Publish" publishes nothing when any chosen page breaks a rule."""
    if action_type != "publish" or Page not in getattr(action_class_instance, "models", ()):
        return None
    refusals = [message for message, _translation in (refusal(page.specific) for page in objects) if message]
    if not refusals:
        return None
    for message in refusals:
        messages.error(request, message)
    return redirect(action_class_instance.next_url or reverse("wagtailadmin_explore_root"))


class CheckedUpdateTranslationsView(UpdateTranslationsView):
    """ "Sync translated pages": with "Publish immediately", only translations with nothing missing go live."""

    @transaction.atomic
    def form_valid(self, form):
        publish = form.cleaned_data.get("publish_translations")
        form.cleaned_data["publish_translations"] = False  # sync as drafts first, then publish the ready ones
        response = super().form_valid(form)
        if not publish:
            return response
        for translation in self.object.translations.filter(enabled=True).select_related("source", "target_locale"):
            target = translation.get_target_instance()
            if not isinstance(target, Page):
                translation.save_target(user=self.request.user, publish=True)  # snippets: shown only when finished
                continue
            message, may_insist = refusal(target.specific)
            if message:
                buttons = [messages.button(_confirm_url(may_insist), _("Publish anyway…"))] if may_insist else []
                messages.warning(self.request, message, buttons=buttons)
            else:
                translation.save_target(user=self.request.user, publish=True)
        return response


class ConfirmForm(forms.Form):
    confirm = forms.BooleanField(
        label=gettext_lazy("Publish with the parts listed above in English"),
        help_text=gettext_lazy("This is recorded in the page's history, with the parts left in English."),
    )


def publish_untranslated(request, translation_id):
    """Publishes a translation with untranslated text after an explicit, recorded confirmation."""
    translation = get_object_or_404(Translation.objects.select_related("source", "target_locale"), pk=translation_id)
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise PermissionDenied
    page = page.specific
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    message, may_insist = refusal(page)
    if message and may_insist is None:  # no override: the section goes live first, a broken passage is corrected
        messages.error(request, message)
        return redirect(edit_url)
    parts = missing_parts(translation)
    form = ConfirmForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            PageLogEntry.objects.log_action(
                instance=page,
                action=PUBLISH_UNTRANSLATED,
                user=request.user,
                data={"language": page.locale.language_code, "parts": parts},
            )
            translation.save_target(user=request.user, publish=True)
        messages.warning(
            request,
            _("Published “%(page)s” in %(language)s with parts left in English, as you confirmed.")
            % {"page": page.title, "language": page.locale.get_display_name()},
        )
        return redirect(edit_url)
    return TemplateResponse(
        request,
        "home/admin/publish_untranslated.html",
        {
            "page": page,
            "parts": parts,
            "form": form,
            "edit_url": edit_url,
            "language": page.locale.get_display_name(),
            "page_title": _("Publish with parts in English?"),
            "header_icon": "warning",
        },
    )
