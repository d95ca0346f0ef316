import datetime

import pytest
from wagtail import blocks
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.factories import StandardPageFactory
from home.models import HomePage, StandardPage
from updates.blocks import ActionBlock
from updates.factories import WeeklyActionsIndexPageFactory, WeeklyActionsPageFactory, action
from updates.models import UpdatePage, UpdatesIndexPage, WeeklyActionsIndexPage, WeeklyActionsPage


class TestPageRules(WagtailPageTestCase):
    def test_weekly_actions_live_under_their_index_under_home(self):
        self.assertCanCreateAt(HomePage, WeeklyActionsIndexPage)
        self.assertCanCreateAt(WeeklyActionsIndexPage, WeeklyActionsPage)
        self.assertCanNotCreateAt(HomePage, WeeklyActionsPage)
        self.assertCanNotCreateAt(StandardPage, WeeklyActionsIndexPage)
        self.assertAllowedSubpageTypes(WeeklyActionsIndexPage, {WeeklyActionsPage})
        self.assertAllowedSubpageTypes(WeeklyActionsPage, set())

    def test_updates_live_under_their_index_under_home(self):
        self.assertCanCreateAt(HomePage, UpdatesIndexPage)
        self.assertCanCreateAt(UpdatesIndexPage, UpdatePage)
        self.assertCanNotCreateAt(HomePage, UpdatePage)
        self.assertCanNotCreateAt(WeeklyActionsIndexPage, UpdatePage)
        self.assertAllowedSubpageTypes(UpdatesIndexPage, {UpdatePage})
        self.assertAllowedSubpageTypes(UpdatePage, set())

    def test_issue_renders_and_previews(self):
        from home.factories import HomePageFactory

        home = HomePageFactory(parent=Page.get_first_root_node(), slug="h")
        Site.objects.update(root_page=home)
        Site.clear_site_root_paths_cache()
        index = WeeklyActionsIndexPageFactory(parent=home)
        issue = WeeklyActionsPageFactory(parent=index, slug="issue")
        self.assertPageIsRenderable(index)
        self.assertPageIsRenderable(issue)
        self.assertPageIsPreviewable(
            issue,
            post_data=nested_form_data(
                {
                    "title": "This week",
                    "slug": "issue",
                    "issue_date": "2026-11-17",
                    "intro": "Why now.",
                    "actions": streamfield(
                        [
                            (
                                "action",
                                {
                                    "title": "Sign",
                                    "text": "Because.",
                                    "kind": "sign",
                                    "page": "",
                                    "link_url": "https://example.org",
                                    "link_label": "",
                                },
                            )
                        ]
                    ),
                    "body": streamfield([]),
                }
            ),
        )


def test_an_action_leads_to_a_page_or_a_url_never_both_or_neither(db):
    block = ActionBlock()
    base = {"title": "Sign", "text": "Why.", "kind": "sign", "link_label": ""}
    page = Page.get_first_root_node()
    with pytest.raises(blocks.StructBlockValidationError):
        block.clean(block.to_python({**base, "page": None, "link_url": ""}))
    with pytest.raises(blocks.StructBlockValidationError):
        block.clean(block.to_python({**base, "page": page.pk, "link_url": "https://example.org"}))
    assert block.clean(block.to_python({**base, "page": None, "link_url": "https://example.org"}))


@pytest.mark.django_db
def test_issue_shows_its_actions_with_kind_and_links(client, weekly_index, home_page):
    petition = StandardPageFactory(parent=home_page, slug="petition", title="Our petition")
    WeeklyActionsPageFactory(
        parent=weekly_index,
        slug="this-week",
        title="Stand with workers",
        intro="Workers <b>need</b> us.",
        actions=[
            action("Sign our petition", "sign", page=petition),
            action("Share the guide", "share", link_url="https://example.org/guide"),
            action("Give what you can", "donate", link_url="https://example.org/give"),
        ],
    )
    response = client.get("/take-action-now/this-week/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Stand with workers</h1>" in html
    assert "Workers &lt;b&gt;need&lt;/b&gt; us." in html  # editors' plain text is escaped
    assert html.count('class="card action ') == 3
    assert 'href="/petition/"' in html and "Sign now" in html
    assert 'href="https://example.org/guide" rel="noopener"' in html and ">Share<" in html
    assert "button button--donate" in html
    assert '<link rel="alternate" type="application/atom+xml"' in html
    assert 'href="/take-action-now/feed/"' in html


@pytest.mark.django_db
def test_page_actions_lead_to_the_visitors_language(client, weekly_index, spanish_home, home_page, translate):
    petition = StandardPageFactory(parent=home_page, slug="petition", title="Our petition")
    translate(petition, title="Nuestra petición", slug="peticion")
    issue = WeeklyActionsPageFactory(
        parent=weekly_index, slug="this-week", actions=[action("Sign", "sign", page=petition)]
    )
    translate(weekly_index, title="Actúe ahora", slug="actue-ahora")
    translate(issue, title="Esta semana", slug="esta-semana")
    html = client.get("/es/actue-ahora/esta-semana/").content.decode()
    assert 'href="/es/inicio/peticion/"' in html or 'href="/es/peticion/"' in html
    assert "Firme ahora" in html


@pytest.mark.django_db
def test_archive_lists_issues_newest_first_and_paginates(client, weekly_index):
    for day in range(1, 15):
        WeeklyActionsPageFactory(
            parent=weekly_index, title=f"Issue of day {day:02d}", issue_date=datetime.date(2026, 10, day)
        )
    draft = WeeklyActionsPageFactory(parent=weekly_index, title="Unpublished issue")
    draft.unpublish()
    first = client.get("/take-action-now/").content.decode()
    assert first.index("Issue of day 14") < first.index("Issue of day 13")
    assert "Issue of day 02" not in first  # twelve a page
    assert "Unpublished issue" not in first
    assert "Page 1 of 2" in first
    second = client.get("/take-action-now/?page=2").content.decode()
    assert "Issue of day 02" in second and "Issue of day 01" in second
    for ugly in ["abc", "-1", "99999", "1%00", "' OR 1=1"]:
        assert client.get("/take-action-now/", {"page": ugly}).status_code == 200


@pytest.mark.django_db
def test_archive_runs_the_same_queries_for_few_or_many_issues(client, weekly_index, django_assert_max_num_queries):
    WeeklyActionsPageFactory(parent=weekly_index)
    client.get("/take-action-now/")  # warm caches (site root paths, settings)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get("/take-action-now/")
    for _ in range(10):
        WeeklyActionsPageFactory(parent=weekly_index)
    client.get("/take-action-now/")  # new pages: the first visit rebuilds the frame cache (menus, routes)
    with CaptureQueriesContext(connection) as many:
        client.get("/take-action-now/")
    assert len(many) == len(few)
