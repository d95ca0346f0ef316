"""Model fields every app declares alike."""

from django.db import models


def optional_image(help_text):
    """An image from the library that an editor may leave out; deleting the image empties the field."""
    return _optional_link("wagtailimages.Image", help_text)


def optional_page(help_text):
    """A page of the site that an editor may leave out; deleting the page empties the field."""
    return _optional_link("wagtailcore.Page", help_text)


def _optional_link(to, help_text):
    return models.ForeignKey(
        to, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", help_text=help_text
    )
