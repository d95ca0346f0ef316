"""The editors' guide: the few tasks editors do every week, in the admin where they do them."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


class EditorsGuideView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "editors/guide.html"
    page_title = _("Editors' guide")
    header_icon = "help"

    def get_breadcrumbs_items(self):
        return [{"url": reverse("wagtailadmin_home"), "label": _("Home")}, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        from wagtail_localize.machine_translators import get_machine_translator

        translator = get_machine_translator()
        return {
            **super().get_context_data(**kwargs),
            "machine_translator": translator.display_name if translator else "",
        }
