"""Pages composed of sections that apps register, so the frame names no app.

An app adds a section to the home page with a Wagtail hook in its `wagtail_hooks.py`:

    @hooks.register("register_home_page_section")
    def featured_campaign(page, request):
        campaign = ...
        if campaign is None:
            return None  # nothing to show: no section
        return Section("campaigns/includes/home_featured_campaign.html", {"campaign": campaign},
                       stylesheet="campaigns/campaigns.css", order=10)

`render_sections` renders each section's template with the page and the section's context, and lists their
stylesheets, which `base.html` links once each, in <head>. Any other page can be composed the same way with its
own hook name (`render_sections(page, request, "register_<name>_section")`).
"""

from dataclasses import dataclass, field

from django.template.loader import render_to_string
from wagtail import hooks

HOME_PAGE_SECTIONS = "register_home_page_section"


@dataclass(frozen=True)
class Section:
    template: str
    context: dict = field(default_factory=dict)
    stylesheet: str = ""
    order: int = 100


def compose(page, request, hook_name=HOME_PAGE_SECTIONS):
    """The sections apps registered for this page, in order (a hook may return one, a list, or None)."""
    sections = []
    for make_sections in hooks.get_hooks(hook_name):
        made = make_sections(page, request)
        if made is None:
            continue
        sections.extend(made if isinstance(made, list | tuple) else [made])
    return sorted(sections, key=lambda section: section.order)


def render_sections(page, request, hook_name=HOME_PAGE_SECTIONS):
    """{"html": the sections rendered in order, "stylesheets": theirs}: plain data, so a page can keep it cached."""
    sections = compose(page, request, hook_name)
    html = "\n".join(
        render_to_string(section.template, {"page": page, "self": page, **section.context}, request=request)
        for section in sections
    )
    return {"html": html, "stylesheets": stylesheets(section.stylesheet for section in sections)}


def stylesheets(paths):
    """Static paths, each once, in first-seen order: `base.html` links them in <head> as `page_stylesheets`."""
    return list(dict.fromkeys(path for path in paths if path))
