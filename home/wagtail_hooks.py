from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.sections import HOME_PAGE_SECTIONS, Section
from home import publish_views
from home.aliases import refuse_foreign_alias
from home.models import NavigationMenu, SiteText
from home.publish_rules import PUBLISH_REFUSED, PUBLISH_UNTRANSLATED


class NavigationMenuViewSet(SnippetViewSet):
    model = NavigationMenu
    icon = "list-ul"
    menu_label = "Navigation"
    list_display = ["__str__", "slot", "locale"]
    list_filter = ["slot", "locale"]


register_snippet(NavigationMenuViewSet)


class SiteTextViewSet(SnippetViewSet):
    model = SiteText
    icon = "doc-full"
    menu_label = "Site text"
    list_display = ["__str__", "tagline", "locale"]
    list_filter = ["locale"]


register_snippet(SiteTextViewSet)

hooks.register("before_serve_page", refuse_foreign_alias)

# Nothing goes live in another language untranslated or under an offline section (home/publish_rules.py).
# Ahead of wagtail-localize's own `before_edit_page`, which serves its translation editor (and its "Publish").
hooks.register("before_edit_page", publish_views.refuse_unready_translation, order=-10)
hooks.register("before_publish_page", publish_views.refuse_page_under_offline_section)
hooks.register("before_bulk_action", publish_views.refuse_bulk_publish)


@hooks.register("register_admin_urls", order=-10)
def register_publish_urls():
    """The confirmation page, and wagtail-localize's "Sync translated pages" view (same path, registered first,
    so it answers in its place) that publishes only the translations ready to go live."""
    from django.urls import path

    return [
        path(
            "translations/<int:translation_id>/publish-anyway/",
            publish_views.publish_untranslated,
            name="home_publish_untranslated",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            publish_views.CheckedUpdateTranslationsView.as_view(),
            name="home_update_translations",
        ),
    ]


@hooks.register("register_log_actions")
def register_publish_untranslated(actions):
    from django.utils.translation import gettext
    from django.utils.translation import gettext_lazy as _
    from wagtail.log_actions import LogFormatter

    @actions.register_action(PUBLISH_UNTRANSLATED)
    class PublishUntranslated(LogFormatter):
        label = _("Publish with untranslated parts")

        def format_message(self, log_entry):
            return gettext("Published with parts left in English, as confirmed: %(parts)s") % {
                "parts": "; ".join(log_entry.data.get("parts", []))
            }

    @actions.register_action(PUBLISH_REFUSED)
    class PublishRefused(LogFormatter):
        """A scheduled revision that was not published when its time came (home/publish_paths.py)."""

        label = _("Scheduled publication cancelled")

        def format_message(self, log_entry):
            return gettext("Scheduled publication cancelled, nothing was published: %(reason)s") % {
                "reason": log_entry.data.get("message", "")
            }


@hooks.register(HOME_PAGE_SECTIONS)
def donate_call(page, request):
    """The home page's own call to give, between the weekly actions and the latest updates."""
    if not page.donate_heading:
        return None
    return Section("home/includes/donate_section.html", order=30)
