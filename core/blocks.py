"""The link every block that leads somewhere shares: a page of this site or an external URL, never both."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

PAGE_OR_URL_MESSAGE = _("Choose a page or enter a URL, not both.")


def page_or_url_error(page, url):
    """The editor's message when a link has both a page and a URL, or neither; None when it has exactly one."""
    return PAGE_OR_URL_MESSAGE if bool(page) == bool(url) else None


class LinkStructValue(blocks.StructValue):
    """Where the link leads, whichever the editor chose; a page in the visitor's language."""

    def url(self):
        page = self.get("page")
        if page:
            return page.localized.url or ""
        return self.get("link_url") or ""

    def full_url(self):
        """An absolute address, for emails and feeds."""
        page = self.get("page")
        if page:
            return page.localized.full_url or ""
        return self.get("link_url") or ""

    def is_external(self):
        return not self.get("page") and bool(self.get("link_url"))


class PageOrURLBlock(blocks.StructBlock):
    """Base for blocks with a `page` and a `link_url` child (declared by the subclass, in its own order)."""

    class Meta:
        value_class = LinkStructValue

    def clean(self, value):
        value = super().clean(value)
        message = page_or_url_error(value.get("page"), value.get("link_url"))
        if message:
            raise blocks.StructBlockValidationError(block_errors={"link_url": ValidationError(message)})
        return value
