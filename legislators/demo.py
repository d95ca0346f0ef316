"""Demo content: a letter action and a call action under the demo campaign, in English and Spanish.

Runs after campaigns (which sets ctx["campaign"] and, when translated, ctx["campaign_es"]). Makes sure the
congress data is imported even when there is no campaign to hang the pages on.
"""

import io

from django.core.management import call_command

from home.demo_tools import ensure_child, ensure_translation, get_locale
from legislators.demo_texts import PAGES, SPANISH, STATE_HOUSE, STATE_HOUSE_ES
from legislators.factories import CallScriptPageFactory, LetterPageFactory
from legislators.models import CallTarget, Legislator


def load(ctx):
    if not Legislator.objects.exists():
        call_command("import_legislators", stdout=io.StringIO())

    campaign = ctx.get("campaign")
    if campaign is None:
        return

    letter = ensure_child(campaign, LetterPageFactory, "write-to-congress", **PAGES["write-to-congress"])
    call = ensure_child(
        campaign, CallScriptPageFactory, "call-congress", targets=[CallTarget(**STATE_HOUSE)], **PAGES["call-congress"]
    )
    ctx["letter_page"], ctx["call_page"] = letter, call

    campaign_es = ctx.get("campaign_es")
    if campaign_es is None:
        return
    spanish = get_locale("es")
    ctx["letter_page_es"] = ensure_translation(letter, spanish, **SPANISH["write-to-congress"])
    ctx["call_page_es"] = ensure_translation(
        call, spanish, targets=[CallTarget(**STATE_HOUSE_ES)], **SPANISH["call-congress"]
    )
