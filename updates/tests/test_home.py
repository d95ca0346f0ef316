import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from updates.factories import UpdatePageFactory, WeeklyActionsPageFactory


@pytest.mark.django_db
def test_home_shows_the_latest_issue_and_three_latest_updates(client, weekly_index, updates_index):
    WeeklyActionsPageFactory(parent=weekly_index, title="Last week's issue", issue_date=datetime.date(2026, 11, 10))
    WeeklyActionsPageFactory(parent=weekly_index, title="This week's issue", issue_date=datetime.date(2026, 11, 17))
    for day in range(1, 5):
        UpdatePageFactory(parent=updates_index, title=f"News of day {day}", date=datetime.date(2026, 11, day))
    html = client.get("/").content.decode()
    assert "This week&#x27;s issue" in html and "Last week&#x27;s issue" not in html
    assert 'id="weekly-actions-heading"' in html and html.count('class="card action ') == 3
    assert "News of day 4" in html and "News of day 2" in html and "News of day 1" not in html
    assert 'href="/updates/">All updates' in html


@pytest.mark.django_db
def test_home_shows_only_pages_in_the_visitors_language(client, weekly_index, spanish_home, translate):
    issue = WeeklyActionsPageFactory(parent=weekly_index, title="English issue")
    assert "English issue" in client.get("/").content.decode()
    spanish = client.get("/es/").content.decode()
    assert "English issue" not in spanish and "weekly-actions-heading" not in spanish
    translate(weekly_index, title="Actúe ahora", slug="actue-ahora")
    translate(issue, title="Número en español", slug="numero")
    assert "Número en español" in client.get("/es/").content.decode()


@pytest.mark.django_db
def test_home_runs_the_same_queries_for_few_or_many_updates(client, weekly_index, updates_index):
    WeeklyActionsPageFactory(parent=weekly_index)
    UpdatePageFactory(parent=updates_index)
    client.get("/")
    with CaptureQueriesContext(connection) as few:
        client.get("/")
    for _ in range(6):
        UpdatePageFactory(parent=updates_index)
        WeeklyActionsPageFactory(parent=weekly_index)
    client.get("/")  # new pages: the first visit rebuilds the frame cache (routes, menus)
    with CaptureQueriesContext(connection) as many:
        client.get("/")
    assert len(many) == len(few)


@pytest.mark.django_db
def test_english_news_never_shows_under_spanish_labels(client, weekly_index, updates_index, spanish_home, translate):
    """The issue's leak: publishing in English filled the Spanish home, news list and feed with English."""
    translate(weekly_index, title="Actúe ahora", slug="actue-ahora")
    translate(updates_index, title="Noticias", slug="noticias")
    WeeklyActionsPageFactory(parent=weekly_index, title="English weekly issue")
    UpdatePageFactory(parent=updates_index, title="English press release")
    assert "English press release" in client.get("/updates/").content.decode()
    pages = ["/es/", "/es/noticias/", "/es/noticias/feed/", "/es/actue-ahora/", "/es/search/?query=English"]
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        assert "English weekly issue" not in html and "English press release" not in html, path
