"""Demo content: a #FreeThemAll campaign with a petition, an organisations' letter, a day of action and signers.

Sets ctx["campaign_index"], ctx["campaign"], ctx["campaign_es"] and ctx["petition"] for the apps that follow.
"""

import datetime
import zoneinfo

from django.db import IntegrityError, transaction
from django.utils import timezone

from campaigns.demo_texts import DEMO_ORGANISATIONS, DEMO_SIGNERS, PAGES, SPANISH
from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory, EventPageFactory, PetitionPageFactory
from campaigns.models import Signature
from home.demo import add_menu_link
from home.demo_tools import edited_by_someone, ensure_child, ensure_image, ensure_translation, move_demo_dates

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
# The day of action is this many days after the day the demo is (re)loaded, so whoever tries it can RSVP.
DAYS_TO_THE_DAY_OF_ACTION = 14
# The campaign started this many days before the demo's first load.
CAMPAIGN_AGE_DAYS = 21


def day_of_action_start(today=None):
    """Noon in New York, DAYS_TO_THE_DAY_OF_ACTION days after `today` (the local date by default)."""
    day = (today or timezone.localdate()) + datetime.timedelta(days=DAYS_TO_THE_DAY_OF_ACTION)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12, 0)), NEW_YORK)


def load(ctx):
    home, home_es = ctx["home_en"], ctx["home_es"]
    english, spanish = ctx["locale_en"], ctx["locale_es"]
    rng = ctx["random"]
    image = ensure_image("Vigil outside a detention centre", colour=(30, 58, 95), accent=(179, 38, 30), seed=41)
    starts = day_of_action_start()
    started = timezone.localdate() - datetime.timedelta(days=CAMPAIGN_AGE_DAYS)

    index = ensure_child(home, CampaignIndexPageFactory, "campaigns", **PAGES["campaigns"])
    campaign = ensure_child(
        index, CampaignPageFactory, "free-them-all", hero_image=image, start_date=started, **PAGES["free-them-all"]
    )
    petition = ensure_child(campaign, PetitionPageFactory, "suspend-enforcement", **PAGES["suspend-enforcement"])
    letter = ensure_child(campaign, PetitionPageFactory, "organisations-letter", **PAGES["organisations-letter"])
    event = ensure_child(
        campaign,
        EventPageFactory,
        "national-day-of-action",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=8),
        **PAGES["national-day-of-action"],
    )
    if event.starts_at <= timezone.now():  # loaded again after the day: the next one, unless an editor set it
        event = move_demo_dates(event, starts_at=starts, ends_at=starts + datetime.timedelta(hours=8))
    index_es, campaign_es, *_others = [
        ensure_translation(page, spanish, **SPANISH[page.slug]) for page in (index, campaign, petition, letter, event)
    ]

    _ensure_signatures(petition, letter, rng)
    add_menu_link("main", english, index)
    add_menu_link("main", spanish, index_es)
    _feature_campaign(home, campaign)
    _feature_campaign(home_es, campaign_es)

    ctx.update(
        campaign_index=index,
        campaign_index_es=index_es,
        campaign=campaign,
        campaign_es=campaign_es,
        petition=petition,
        sign_on_letter=letter,
        day_of_action=event,
    )


def finish(ctx):
    """Runs after every app's demo: the day of action names the demo letter (legislators' demo makes it after this
    app's pages), so after an RSVP the event offers "write to your legislators", in English and in Spanish.

    The English event is published with it and its Spanish translation synced; wagtail-localize copies the
    English letter there, so the Spanish event is then pointed at the Spanish letter and published (as the home
    page's button is, home/demo.py). An event an editor has saved, in any language, keeps what the editor chose."""
    from campaigns.models import EventPage
    from home.translations import resync_translations

    event, letter = ctx.get("day_of_action"), ctx.get("letter_page")
    if event is None or letter is None:
        return
    event = EventPage.objects.get(pk=event.pk)
    if edited_by_someone(event):
        return
    if event.action_page_id != letter.pk:
        event.action_page = letter
        event.save_revision().publish()
        resync_translations(event)
    letter_es = ctx.get("letter_page_es")
    event_es = EventPage.objects.filter(translation_key=event.translation_key, locale=ctx["locale_es"]).first()
    if letter_es is not None and event_es is not None and event_es.action_page_id != letter_es.pk:
        event_es.action_page = letter_es
        event_es.save_revision().publish()
    ctx["day_of_action"] = event


def _ensure_signatures(petition, letter, rng):
    """The same signers every run: the random draws happen whether or not the rows already exist."""
    for name, city, state, postal_code in DEMO_SIGNERS:
        email = f"{name.split()[0].lower()}.{rng.randint(100, 999)}@example.org"
        keep_updated = rng.random() < 0.5
        _ensure_signature(
            petition,
            email,
            name=name,
            city=city,
            state=state,
            postal_code=postal_code,
            keep_updated=keep_updated,
        )
    demo_emails = []
    for organisation, contact, city, state in DEMO_ORGANISATIONS:
        email = f"contact{rng.randint(100, 999)}@{organisation.split()[0].lower()}.example.org"
        demo_emails.append(email)
        _ensure_signature(
            letter,
            email,
            kind=Signature.Kind.ORGANISATION,
            organisation=organisation,
            name=contact,
            city=city,
            state=state,
            approved=True,
        )
    # Demo databases made before moderation existed: the demo organisations were approved by the demo's author.
    Signature.objects.filter(petition=letter, email__in=demo_emails).update(approved=True)


def _ensure_signature(petition, email, **fields):
    try:
        with transaction.atomic():
            Signature.objects.get_or_create(petition=petition, email=email, defaults=fields)
    except IntegrityError:
        pass


def _feature_campaign(shared_home, campaign):
    home = type(shared_home).objects.get(pk=shared_home.pk)  # fresh: publishing a stale copy would undo numchild
    if not home.featured_campaign_id:
        home.featured_campaign = campaign
        home.save_revision().publish()
    shared_home.featured_campaign_id = home.featured_campaign_id  # keep the copy later apps get in step
