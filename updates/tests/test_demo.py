import pytest
from django.core.management import call_command
from wagtail.models import Page

from core.models import Topic
from home.models import NavigationLink
from newsletter.models import Subscriber
from updates.models import UpdatePage, WeeklyActionsPage


@pytest.mark.django_db
def test_demo_content_has_two_issues_three_updates_in_both_languages_and_loads_once(client):
    call_command("load_demo_content", verbosity=0)
    counts = (Page.objects.count(), Topic.objects.count(), NavigationLink.objects.count(), Subscriber.objects.count())
    call_command("load_demo_content", verbosity=0)
    assert (
        Page.objects.count(),
        Topic.objects.count(),
        NavigationLink.objects.count(),
        Subscriber.objects.count(),
    ) == counts

    assert WeeklyActionsPage.objects.filter(locale__language_code="en").count() == 2
    assert WeeklyActionsPage.objects.filter(locale__language_code="es").count() == 1
    assert UpdatePage.objects.filter(locale__language_code="en").count() == 3
    assert UpdatePage.objects.filter(locale__language_code="es").count() >= 1
    assert all(len(issue.actions) == 3 for issue in WeeklyActionsPage.objects.all())
    assert all(page.topics.exists() for page in UpdatePage.objects.all())

    host = {"HTTP_HOST": "127.0.0.1:8000"}
    english = client.get("/", **host).content.decode()
    assert "Stand with immigrant workers" in english and 'href="/take-action-now/"' in english
    spanish = client.get("/es/", **host).content.decode()
    assert "Apoyemos a los trabajadores inmigrantes" in spanish and 'href="/es/noticias/"' in spanish
    assert client.get("/updates/feed/", **host).status_code == 200
