from urllib.parse import quote, urlencode

from django import template
from django.utils.text import capfirst
from django.utils.translation import gettext as _

register = template.Library()


def share_links(url, text):
    """Plain share links: each opens the other site with our text and link, and carries no tracker."""
    message = f"{text} {url}".strip()
    return [
        ("email", _("Email"), f"mailto:?{urlencode({'subject': text, 'body': message}, quote_via=quote)}"),
        ("whatsapp", "WhatsApp", f"https://wa.me/?{urlencode({'text': message}, quote_via=quote)}"),
        ("bluesky", "Bluesky", f"https://bsky.app/intent/compose?{urlencode({'text': message}, quote_via=quote)}"),
        ("x", "X", f"https://x.com/intent/post?{urlencode({'text': message}, quote_via=quote)}"),
        (
            "facebook",
            "Facebook",
            f"https://www.facebook.com/sharer/sharer.php?{urlencode({'u': url}, quote_via=quote)}",
        ),
    ]


@register.inclusion_tag("campaigns/includes/share_links.html", takes_context=True)
def share_page(context, page, text=""):
    request = context.get("request")
    url = page.get_full_url(request) if page else ""
    if not url and request is not None:
        url = request.build_absolute_uri()
    return {"links": share_links(url, text or page.title), "page": page}


@register.filter
def dollars(amount):
    """Whole dollars with thousands separators: 12500 -> $12,500."""
    try:
        return f"${int(amount):,}"
    except (TypeError, ValueError):
        return "$0"


@register.filter
def action_kind(page):
    """What kind of action a page is, for its card: its own `action_kind` or its page type's name."""
    kind = getattr(page, "action_kind", None)
    if kind:
        return kind
    return capfirst(page.specific_class._meta.verbose_name) if page.specific_class else ""


@register.filter
def action_summary(page):
    return getattr(page, "intro_text", "") or page.search_description or ""


@register.inclusion_tag("campaigns/includes/action_ladder.html", takes_context=True)
def action_ladder(context, page, source, campaign=None, share=True, share_text="", ask=True):
    """The steps after an action (share, the $5/$10 ask, the campaign's next actions) as plain links.

    `source` names the step in donate links (e.g. "petition-thanks") so gifts can be counted by where they
    came from; `campaign` is for pages that are not themselves part of a campaign (a donation's thank-you).
    """
    from campaigns.ladder import ask_text, campaign_of, donation_links, next_actions, wants_ask
    from home.models import OrganisationSettings

    request = context.get("request")
    campaign = campaign or campaign_of(page)
    ask_links = []
    if ask and page is not None and wants_ask(page) and request is not None:
        ask_links = donation_links(OrganisationSettings.for_request(request).donate_href(), campaign, source)
    return {
        "request": request,
        "page": page,
        "share": share_page(context, page, share_text) if share and page is not None else None,
        "ask_links": ask_links,
        "ask_text": ask_text(page) if ask_links else "",
        "next_actions": next_actions(campaign, exclude=page, locale=getattr(page, "locale", None)),
        "campaign": campaign,
    }
