import datetime

from campaigns.models import CampaignPage, EventPage, PetitionPage, Signature
from home.models import HomePage
from updates.models import WeeklyActionsPage

HOST = {"HTTP_HOST": "127.0.0.1:8000"}


def test_demo_campaign_in_both_languages(client, demo_site):
    campaign = CampaignPage.objects.get(locale__language_code="en")
    assert campaign.url == "/campaigns/free-them-all/"
    assert CampaignPage.objects.filter(locale__language_code="es").count() == 1
    # The sign-on letter and the day of action, each in English and Spanish.
    assert PetitionPage.objects.filter(sign_on_mode="organisations").count() == 2
    assert EventPage.objects.count() == 2
    assert Signature.objects.filter(kind="individual").count() >= 5
    assert Signature.objects.filter(kind="organisation").count() >= 3
    assert HomePage.objects.get(locale__language_code="en").featured_campaign_id == campaign.pk

    home = client.get("/", **HOST).content.decode()
    assert '<section class="section campaign-featured"' in home
    assert 'href="/campaigns/"' in home  # in the main menu
    spanish = client.get("/es/campanas/liberenlos-a-todos/", **HOST)
    assert spanish.status_code == 200
    assert "#LibérenlosATodos" in spanish.content.decode()
    petition_es = client.get("/es/campanas/liberenlos-a-todos/suspendan-la-aplicacion/", **HOST).content.decode()
    # The Spanish petition counts the signatures made in English.
    english_total = Signature.objects.filter(petition__locale__language_code="en", kind="individual").count()
    assert f"{english_total} personas han firmado." in petition_es or f"{english_total} people have signed" in (
        petition_es
    )
    for path in ("/campaigns/", campaign.url, campaign.url + "national-day-of-action/"):
        assert client.get(path, **HOST).status_code == 200


def test_the_demo_day_of_action_is_upcoming_and_open_to_rsvps(client, demo_site):
    from django.utils import timezone

    for event in EventPage.objects.all():
        assert timezone.now() < event.starts_at < timezone.now() + datetime.timedelta(days=30)
    html = client.get("/campaigns/free-them-all/national-day-of-action/", **HOST).content.decode()
    assert "This event has ended" not in html
    assert 'name="email"' in html  # the RSVP form is offered
    assert all(not petition.is_closed for petition in PetitionPage.objects.all())


def test_loading_the_demo_again_after_the_day_moves_it_unless_an_editor_changed_it(demo_site, admin_user):
    from django.core.management import call_command
    from django.utils import timezone

    past = timezone.now() - datetime.timedelta(days=40)
    EventPage.objects.update(starts_at=past, ends_at=past + datetime.timedelta(hours=8))
    WeeklyActionsPage.objects.update(issue_date=datetime.date(2020, 1, 7))

    call_command("load_demo_content", verbosity=0)

    events = list(EventPage.objects.all())
    assert len(events) == 2 and all(event.starts_at > timezone.now() for event in events)
    assert len({event.starts_at for event in events}) == 1  # the Spanish page moved with the English one
    newest = WeeklyActionsPage.objects.order_by("-issue_date").first()
    assert timezone.localdate() - newest.issue_date < datetime.timedelta(days=7)

    # An editor sets the (Spanish) event to a past date of their own: loading again keeps their choice.
    spanish = EventPage.objects.get(locale__language_code="es")
    spanish.starts_at, spanish.ends_at = past, past + datetime.timedelta(hours=2)
    spanish.save_revision(user=admin_user).publish()
    call_command("load_demo_content", verbosity=0)
    assert EventPage.objects.get(pk=spanish.pk).starts_at == past
