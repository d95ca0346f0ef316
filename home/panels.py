"""The tabs every page with an action shares, in the order an editor works: content, action, after, promote."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList, TabbedInterface
from wagtail.models import Page


def editor_tabs(content, action=None, after=None, promote=None):
    """A TabbedInterface: Content, Action (the form supporters fill), After the action (thank-you), Promote,
    Settings (scheduling). Empty tabs are left out."""
    tabs = [ObjectList(content, heading=_("Content"))]
    if action:
        tabs.append(ObjectList(action, heading=_("Action")))
    if after:
        tabs.append(ObjectList(after, heading=_("After the action")))
    tabs.append(ObjectList(promote or Page.promote_panels, heading=_("Promote")))
    tabs.append(ObjectList(Page.settings_panels, heading=_("Settings"), classname="settings"))
    return TabbedInterface(tabs)
