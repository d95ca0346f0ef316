"""The dashboard says what needs attention, each panel to the people who can act on it, in their language."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import Page

from editors.panels import week_bounds
from home.factories import StandardPageFactory
from updates.factories import WeeklyActionsIndexPageFactory, WeeklyActionsPageFactory


@pytest.fixture
def editor(django_user_model, home_page):
    """An editor as Wagtail's "Editors" group makes them: admin access, add/change/publish pages, no donations.

    Built here rather than read from Wagtail's migration, which a browser test's flush may have removed.
    """
    from wagtail.models import GroupPagePermission

    group, _created = Group.objects.get_or_create(name="Site editors")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    root = Page.get_first_root_node()
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=Permission.objects.get(codename=codename)
        )
    user = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    user.groups.add(group)
    return user


def dashboard(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_this_weeks_issue_is_asked_for_until_it_is_published(client, home_page, editor):
    index = WeeklyActionsIndexPageFactory(parent=home_page)
    assert "This week's Take Action Now issue" in dashboard(client, editor)
    WeeklyActionsPageFactory(parent=index, issue_date=timezone.localdate())
    assert "This week's Take Action Now issue" not in dashboard(client, editor)


@pytest.mark.django_db
def test_the_reminder_is_in_the_editors_language(client, home_page, editor):
    WeeklyActionsIndexPageFactory(parent=home_page)
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "es"
    profile.save()
    html = dashboard(client, editor)
    assert "El número de esta semana de Actúe ahora" in html


def grant(user, codename):
    user.user_permissions.add(Permission.objects.get(codename=codename))
    return type(user).objects.get(pk=user.pk)  # a fresh object: permissions are cached per instance


@pytest.mark.django_db
def test_failed_stripe_events_and_disputes_show_only_to_staff_with_donations_permission(client, home_page, editor):
    from donations.factories import DonationFactory
    from donations.models import Donation, StripeEvent

    long_ago = timezone.now() - datetime.timedelta(hours=2)
    failed = StripeEvent.objects.create(stripe_id="evt_failed_1", type="checkout.session.completed", payload={})
    fine = StripeEvent.objects.create(stripe_id="evt_fine", type="invoice.paid", payload={}, processed_at=long_ago)
    in_flight = StripeEvent.objects.create(stripe_id="evt_just_now", type="invoice.paid", payload={})
    StripeEvent.objects.filter(pk__in=[failed.pk, fine.pk]).update(received_at=long_ago)
    DonationFactory(status=Donation.Status.DISPUTED, disputed_at=timezone.now(), amount=2500)
    assert "evt_failed_1" not in dashboard(client, editor)

    html = dashboard(client, grant(editor, "view_donation"))
    assert "Donations that need a look" in html
    assert "evt_failed_1" in html and "evt_fine" not in html and in_flight.stripe_id not in html
    assert "Disputes opened in the last 30 days" in html


@pytest.mark.django_db
def test_organisations_waiting_for_approval_show_to_those_who_approve(client, home_page, editor):
    from campaigns.factories import (
        CampaignIndexPageFactory,
        CampaignPageFactory,
        PetitionPageFactory,
        SignatureFactory,
    )

    campaign = CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home_page))
    letter = PetitionPageFactory(parent=campaign, title="Letter to the Governor", sign_on_mode="organisations")
    SignatureFactory(petition=letter, kind="organisation", organisation="Neighbours United", approved=False)
    SignatureFactory(petition=letter, kind="organisation", organisation="Already shown", approved=True)
    assert "Organisations waiting for approval" not in dashboard(client, editor)

    html = dashboard(client, grant(editor, "change_signature"))
    assert "Organisations waiting for approval" in html
    assert "Letter to the Governor" in html and "1 organisation signed" in html


@pytest.mark.django_db
def test_pages_scheduled_this_week_are_listed(client, home_page, editor):
    page = StandardPageFactory(parent=home_page, title="Know your rights week", slug="kyr-week")
    now = timezone.now()
    _start, end = week_bounds()
    page.go_live_at = now + (end - now) / 2  # later this week, whatever day the test runs
    page.save_revision().publish()  # with a future go-live date, publishing schedules it
    html = dashboard(client, editor)
    assert "Scheduled to publish this week" in html and "Know your rights week" in html


@pytest.mark.django_db
def test_translations_whose_english_changed_since_they_were_synced_are_listed(client, home_page, spanish_home, editor):
    """Followed through wagtail-localize as an editor does it: translate, change the English, sync, translate."""
    from wagtail_localize.models import TranslationSource

    from home.demo_tools import ensure_translation

    english = StandardPageFactory(parent=home_page, title="Our rights", slug="our-rights")
    spanish = ensure_translation(english, spanish_home.locale, title="Nuestros derechos")
    assert "Nuestros derechos" not in dashboard(client, editor)

    english.title = "Our rights at work"
    english.save_revision().publish()
    html = dashboard(client, editor)
    assert "Translations to update" in html and "Nuestros derechos" in html and "Our rights at work" in html
    assert "not synced yet" in html
    source = TranslationSource.objects.get(object_id=english.translation_key)
    assert f"/admin/localize/update/{source.pk}/" in html

    synced_before = source.last_updated_at
    grant(editor, "submit_translation")  # what Wagtail's Editors group has, to use "Sync translated pages"
    sync = client.post(f"/admin/localize/update/{source.pk}/", {})  # sync, leave the Spanish page unpublished
    assert sync.status_code == 302
    source.refresh_from_db()
    assert source.last_updated_at > synced_before
    html = dashboard(client, editor)
    assert "Nuestros derechos" in html and "some sentences need translating again" in html
    assert f"/admin/pages/{spanish.pk}/edit/" in html  # the translation editor
    assert "not synced yet" not in html

    ensure_translation(english, spanish_home.locale, title="Nuestros derechos en el trabajo")
    assert "Translations to update" not in dashboard(client, editor)


@pytest.mark.django_db
def test_the_editors_guide_is_in_the_admin_menu(client, editor):
    html = dashboard(client, editor)
    assert "/admin/editors-guide/" in html
    guide = client.get("/admin/editors-guide/").content.decode()
    for task in ("Publish this week", "Start a campaign", "Translate a page", "Export a petition", "Find a donation"):
        assert task in guide
    assert "editors/guide/dashboard" in guide and "editors/guide/block-picker" in guide
    # The screenshots are styled from a stylesheet: the admin's CSP blocks inline style attributes.
    main = guide.split('<div class="editors-guide">', 1)[1]
    assert "style=" not in main and "editors/css/guide.css" in guide


@pytest.mark.parametrize(
    "language, refused",
    [
        ("en", "An approval is then refused: the edit screen shows a message"),
        ("es", "Entonces la aprobación se rechaza: la pantalla de edición muestra un mensaje"),
        ("pt-br", "A aprovação é então recusada: a tela de edição mostra uma mensagem"),
        ("zh-hans", "此时批准会被拒绝：编辑页面会显示一条消息"),
        ("ar", "عندئذٍ تُرفض الموافقة: تعرض شاشة التحرير رسالة"),
    ],
)
@pytest.mark.django_db
def test_the_guide_says_an_approval_or_a_schedule_is_refused_in_the_editors_language(
    client, editor, language, refused
):
    """Translating a page: what a moderator or a scheduled time meets when a translation may not go live."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    client.force_login(editor)
    guide = client.get("/admin/editors-guide/").content.decode()
    assert refused in guide
    assert "{apellido}" in guide and "{last_name}" in guide  # placeholders as an editor would type them


def test_the_reminder_counts_down_to_the_coming_tuesday():
    from editors.panels import next_sending_day

    assert next_sending_day(datetime.date(2026, 11, 23)) == datetime.date(2026, 11, 24)  # Monday
    assert next_sending_day(datetime.date(2026, 11, 24)) == datetime.date(2026, 11, 24)  # Tuesday: today
    assert next_sending_day(datetime.date(2026, 11, 25)) == datetime.date(2026, 12, 1)  # Wednesday: next week
