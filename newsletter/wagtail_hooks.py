from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.exports import SafeSnippetIndexView
from newsletter.models import Delivery, Subscriber
from privacy.audit import AuditedExportMixin
from privacy.choosers import SupporterDataChooserViewSet


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    index_view_class = type("SubscriberIndexView", (AuditedExportMixin, SafeSnippetIndexView), {})
    chooser_viewset_class = SupporterDataChooserViewSet
    icon = "mail"
    menu_label = _("Subscribers")
    list_display = ["email", "name", "language", "status", "created_at"]
    list_filter = ["status", "language"]
    list_export = ["email", "name", "zip_code", "language", "status", "status_reason", "created_at", "confirmed_at"]
    search_fields = ["email", "name"]
    inspect_view_enabled = True
    panels = [
        FieldPanel("email"),
        FieldPanel("name"),
        FieldPanel("zip_code"),
        FieldPanel("language"),
        FieldPanel("status"),
        FieldPanel("status_reason", read_only=True),
    ]


class DeliveryViewSet(SnippetViewSet):
    model = Delivery
    chooser_viewset_class = SupporterDataChooserViewSet
    icon = "list-ul"
    menu_label = _("Deliveries")
    list_display = ["subscriber", "issue", "status", "language", "attempts", "sent_at"]
    list_filter = ["status", "language"]
    inspect_view_enabled = True
    # Rows are made by send_weekly_actions; editors may only set one back to "pending" to resend it.
    panels = [
        FieldPanel("issue", read_only=True),
        FieldPanel("subscriber", read_only=True),
        FieldPanel("status"),
        FieldPanel("error", read_only=True),
    ]


class NewsletterGroup(SnippetViewSetGroup):
    items = (SubscriberViewSet, DeliveryViewSet)
    menu_icon = "mail"
    menu_label = _("Newsletter")
    menu_name = "newsletter"


register_snippet(NewsletterGroup)
