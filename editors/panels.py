"""Dashboard panels that say what needs an editor's attention this week, each only for who can act on it.

Each panel renders nothing when there is nothing to do, so the dashboard stays short on a quiet week.
"""

import datetime

from django.conf import settings
from django.db.models import Count, Min
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, Revision
from wagtail.permission_policies.pages import PagePermissionPolicy

LIST_LIMIT = 8


def week_bounds(today=None):
    """Monday 00:00 to the next Monday 00:00 in the site's time zone: "this week" as editors plan it."""
    today = today or timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    start = timezone.make_aware(datetime.datetime.combine(monday, datetime.time.min))
    return start, start + datetime.timedelta(days=7)


def editable_pages(user):
    return PagePermissionPolicy().instances_user_has_any_permission_for(user, ["change", "publish"])


class DashboardPanel(Component):
    """A panel that is left out when `has_content` says there is nothing to show."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["request"] = parent_context["request"]
        return context

    def render_html(self, parent_context=None):
        context = self.get_context_data(parent_context or {})
        if not context.get("has_content"):
            return ""
        from django.template.loader import render_to_string

        return render_to_string(self.template_name, context, request=context["request"])


def next_sending_day(today=None):
    """The Tuesday the next issue goes out (`send_weekly_actions` runs Tuesday mornings): today on a Tuesday."""
    today = today or timezone.localdate()
    return today + datetime.timedelta(days=(1 - today.weekday()) % 7)


class WeeklyIssueReminderPanel(DashboardPanel):
    """The coming Tuesday's "Take Action Now" issue, until it is published: it goes to subscribers that morning."""

    name = "weekly_issue_reminder"
    order = 40
    template_name = "editors/panels/weekly_issue.html"

    def get_context_data(self, parent_context):
        from updates.models import WeeklyActionsIndexPage, WeeklyActionsPage

        context = super().get_context_data(parent_context)
        tuesday = next_sending_day()
        # The issue for that Tuesday: dated after the previous sending day, up to that Tuesday.
        coming = WeeklyActionsPage.objects.filter(
            issue_date__gt=tuesday - datetime.timedelta(days=7),
            issue_date__lte=tuesday,
            locale__language_code=settings.LANGUAGE_CODE,
        )
        index = WeeklyActionsIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        may_publish = index is not None and index.permissions_for_user(context["request"].user).can_add_subpage()
        context.update(
            has_content=may_publish and not coming.live().exists(),
            drafts=list(coming.not_live().order_by("issue_date")[:3]),
            index=index,
            tuesday=tuesday,
            due_today=tuesday == timezone.localdate(),
        )
        return context


class ScheduledPagesPanel(DashboardPanel):
    """Pages set to go live from now to the end of the week, so nothing publishes by surprise."""

    name = "scheduled_pages"
    order = 45
    template_name = "editors/panels/scheduled_pages.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        _start, end = week_bounds()
        rows = list(
            Revision.page_revisions.filter(approved_go_live_at__gte=timezone.now(), approved_go_live_at__lt=end)
            .order_by("approved_go_live_at")
            .values_list("object_id", "approved_go_live_at")[:50]
        )
        # Revision.object_id is text (revisions serve every model); only pages this editor may change are shown.
        pages = editable_pages(context["request"].user).filter(pk__in=[int(pk) for pk, _when in rows]).in_bulk()
        scheduled = [(when, pages[int(pk)]) for pk, when in rows if int(pk) in pages][:LIST_LIMIT]
        context.update(has_content=bool(scheduled), scheduled=scheduled)
        return context


class OutdatedTranslationsPanel(DashboardPanel):
    """Translations whose source changed since they were last translated, read from wagtail-localize's records.

    Two states need an editor: the English page was published after its text was last synced into
    wagtail-localize (its `TranslationSource.last_updated_at`), so someone must choose "Sync translated pages";
    or the text was synced after the translation was last saved (its latest `TranslationLog`, else the
    translated page's last publication), so the translation editor marks sentences to translate again.
    """

    name = "outdated_translations"
    order = 50
    template_name = "editors/panels/outdated_translations.html"

    def get_context_data(self, parent_context):
        from django.contrib.contenttypes.models import ContentType
        from django.db.models import Max, OuterRef, Subquery
        from wagtail_localize.models import Translation, TranslationLog

        context = super().get_context_data(parent_context)
        default = Locale.get_default()
        last_translated = (
            TranslationLog.objects.filter(source=OuterRef("source"), locale=OuterRef("target_locale"))
            .values("source")
            .annotate(last=Max("created_at"))
            .values("last")
        )
        translations = list(
            Translation.objects.filter(
                enabled=True,
                source__locale=default,
                source__object__content_type=ContentType.objects.get_for_model(Page),
            )
            .exclude(target_locale=default)
            .select_related("source", "target_locale")
            .annotate(last_translated=Subquery(last_translated[:1]))[:500]
        )
        keys = {translation.source.object_id for translation in translations}
        originals = {
            page.translation_key: page
            for page in Page.objects.filter(locale=default, translation_key__in=keys).only(
                "pk", "title", "translation_key", "last_published_at"
            )
        }
        targets = {
            (page.translation_key, page.locale_id): page
            for page in editable_pages(context["request"].user)
            .filter(translation_key__in=keys)
            .exclude(locale=default)
            .only("pk", "title", "translation_key", "locale_id", "last_published_at")
        }
        states = {}
        for translation in translations:
            source = translation.source
            original = originals.get(source.object_id)
            target = targets.get((source.object_id, translation.target_locale_id))
            if original is None or target is None:
                continue  # the translation is not made yet, or this editor may not change it
            translated_at = translation.last_translated or target.last_published_at
            if original.last_published_at and original.last_published_at > source.last_updated_at:
                state = OutdatedTranslation(target, original, translation, needs_sync=True)
            elif translated_at and source.last_updated_at > translated_at:
                state = OutdatedTranslation(target, original, translation, needs_sync=False)
            else:
                state = OutdatedTranslation(target, original, translation, needs_sync=False, up_to_date=True)
            states.setdefault(original.translation_key, {})[translation.target_locale_id] = state
        locales = [locale for locale in Locale.objects.order_by("language_code") if locale.pk != default.pk]
        order = {code: index for index, (code, _name) in enumerate(settings.LANGUAGES)}
        locales.sort(key=lambda locale: order.get(locale.language_code, len(order)))
        rows = []
        for key, by_locale in states.items():
            outdated = [state for state in by_locale.values() if not state.up_to_date]
            if not outdated:
                continue
            original = originals[key]
            cells = [(locale, by_locale.get(locale.pk)) for locale in locales]
            rows.append(TranslationRow(original, cells, max(state.changed_at for state in outdated)))
        rows.sort(key=lambda row: row.changed_at, reverse=True)
        more = max(0, len(rows) - LIST_LIMIT)
        context.update(has_content=bool(rows), rows=rows[:LIST_LIMIT], locales=locales, more=more)
        return context


class OutdatedTranslation:
    """One translation of a page: what the editor must do next, if anything."""

    def __init__(self, page, original, translation, needs_sync, up_to_date=False):
        self.page, self.original, self.translation, self.needs_sync = page, original, translation, needs_sync
        self.up_to_date = up_to_date
        self.locale = translation.target_locale
        self.source = translation.source
        self.changed_at = original.last_published_at if needs_sync else self.source.last_updated_at


class TranslationRow:
    """A page whose text changed, with the state of each of the site's other languages (None: not translated)."""

    def __init__(self, original, cells, changed_at):
        self.original, self.cells, self.changed_at = original, cells, changed_at


class FailedStripeEventsPanel(DashboardPanel):
    """Stripe events not processed (a donor may have paid without a record yet) and disputes opened in the last
    30 days: what staff who handle donations must look at first. Shown only to them.

    "Failed" is what donations' own "Failed webhooks" list shows (not processed), leaving out events received in
    the last few minutes, which may still be on their way through.
    """

    name = "failed_stripe_events"
    order = 55
    template_name = "editors/panels/failed_stripe_events.html"

    def get_context_data(self, parent_context):
        from donations.models import Donation, StripeEvent

        context = super().get_context_data(parent_context)
        now = timezone.now()
        failed = StripeEvent.objects.filter(
            processed_at__isnull=True, received_at__lt=now - datetime.timedelta(minutes=10)
        )
        events = list(failed.only("stripe_id", "type", "received_at", "error").order_by("-received_at")[:LIST_LIMIT])
        disputes = list(
            Donation.objects.filter(
                status=Donation.Status.DISPUTED, disputed_at__gte=now - datetime.timedelta(days=30)
            )
            .select_related("campaign")
            .order_by("-disputed_at")[:LIST_LIMIT]
        )
        user = context["request"].user
        context.update(
            has_content=bool(events or disputes),
            events=events,
            total=failed.count() if events else 0,
            disputes=disputes,
            can_reprocess=user.has_perm("donations.change_stripeevent"),
        )
        return context


class OrganisationSignOnsPanel(DashboardPanel):
    """Organisations that signed a sign-on letter and wait for approval before their name shows on the page."""

    name = "organisation_sign_ons"
    order = 42
    template_name = "editors/panels/organisation_sign_ons.html"

    def get_context_data(self, parent_context):
        from campaigns.models import Signature

        context = super().get_context_data(parent_context)
        waiting = Signature.objects.filter(kind=Signature.Kind.ORGANISATION, approved=False)
        rows = list(
            waiting.values("petition__translation_key")
            .annotate(count=Count("pk"), petition_id=Min("petition_id"))
            .order_by("-count")[:LIST_LIMIT]
        )
        titles = dict(Page.objects.filter(pk__in=[row["petition_id"] for row in rows]).values_list("pk", "title"))
        petitions = [(row["petition_id"], titles.get(row["petition_id"], ""), row["count"]) for row in rows]
        context.update(has_content=bool(petitions), petitions=petitions, total=sum(n for _pk, _t, n in petitions))
        return context
