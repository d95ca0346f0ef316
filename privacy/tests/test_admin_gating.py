"""Editors and Moderators never see a supporter's email or name anywhere in the admin; the "Supporter data"
group does, and each of its exports is in the audit log."""

import re
from collections import Counter, deque

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import ModelLogEntry
from wagtail.snippets.models import get_snippet_models

from privacy.models import GROUP_NAME
from privacy.registry import personal_data_models
from privacy.tests.conftest import EMAIL, NAME

pytestmark = pytest.mark.django_db

HREF = re.compile(r'href="(/admin/[^"#]*)"')
SKIP = ("logout", "/delete/", "/unpublish/", "/lock/", "/unlock/", "/move/", "/copy/", "/convert_alias/")
MAX_PAGES = 160


def staff(django_user_model, username, group, extra_permissions=()):
    user = django_user_model.objects.create_user(username, f"{username}@staff.example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    # Give them every model permission on supporters' records: without the supporter-data one, still nothing.
    for model in personal_data_models():
        user.user_permissions.add(
            *Permission.objects.filter(
                content_type__app_label=model._meta.app_label, codename__endswith=model._meta.model_name
            )
        )
    user.user_permissions.add(*extra_permissions)
    return user


def seed_urls(supporter):
    """Pages a crawl from /admin/ might not link to: every snippet chooser (searching for the supporter and
    choosing their row) and every listing, inspect, history and export of supporters' records."""
    urls = ["/admin/", "/admin/reports/site-history/", "/admin/search/?q=secreta"]
    for model in get_snippet_models():
        urls.append(f"/admin/snippets/choose/{model._meta.app_label}/{model._meta.model_name}/?q=ana")
        urls.append(f"/admin/snippets/choose/{model._meta.app_label}/{model._meta.model_name}/results/?q=secreta")
        first = model._default_manager.first()
        if first is not None:
            urls.append(f"/admin/snippets/choose/{model._meta.app_label}/{model._meta.model_name}/chosen/{first.pk}/")
    prefixes = {
        "campaigns.Signature": ("/admin/signatures/", supporter["signature"].pk),
        "campaigns.EventRSVP": ("/admin/rsvps/", supporter["rsvp"].pk),
        "donations.Donation": ("/admin/donations/", supporter["donation"].pk),
        "newsletter.Subscriber": ("/admin/snippets/newsletter/subscriber/", supporter["subscriber"].pk),
    }
    for prefix, pk in prefixes.values():
        urls += [
            prefix,
            f"{prefix}?q=ana",
            f"{prefix}?export=csv",
            f"{prefix}?export=xlsx",
            f"{prefix}inspect/{pk}/",
            f"{prefix}history/{pk}/",
            f"{prefix}edit/{pk}/",
        ]
    return urls


def crawl(client, start_urls):
    """Visit the admin breadth-first from `start_urls`, following every admin link; returns {url: body}. A view
    reached by a link is visited with at most two query strings (a listing's sort orders and filters show the same
    rows); every start URL is visited as given."""
    seen, bodies, queue, by_path = set(), {}, deque(start_urls), Counter()
    while queue and len(bodies) < MAX_PAGES:
        url = queue.popleft()
        path = url.split("?")[0]
        if url in seen or any(part in url for part in SKIP) or (url not in start_urls and by_path[path] >= 2):
            continue
        seen.add(url)
        by_path[path] += 1
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        bodies[url] = body.decode("utf-8", "replace")
        if response.status_code == 200 and "html" in response.get("Content-Type", ""):
            queue.extend(link.replace("&amp;", "&") for link in HREF.findall(bodies[url]))
    return bodies


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_editors_and_moderators_never_see_a_supporter(client, django_user_model, supporter, group):
    client.force_login(staff(django_user_model, group.lower(), group))
    bodies = crawl(client, seed_urls(supporter))
    assert len(bodies) > 40, "the crawl should reach much of the admin"
    leaks = [url for url, body in bodies.items() if EMAIL in body.lower() or NAME in body]
    assert leaks == [], {
        url: re.findall(r".{80}(?:ana\.secreta|Ana Secreta).{40}", bodies[url], re.I)[:2] for url in leaks
    }


def test_the_supporter_data_group_sees_and_exports_and_is_logged(client, django_user_model, supporter):
    user = django_user_model.objects.create_user("keeper", "keeper@staff.example.org", "pw")
    user.groups.add(Group.objects.get(name=GROUP_NAME))
    client.force_login(user)
    # The listing (six columns, so it fits 1280 px) finds the signer by email and names them.
    assert NAME in client.get("/admin/signatures/", {"q": EMAIL}).content.decode()
    chooser = client.get("/admin/snippets/choose/newsletter/subscriber/results/?q=secreta")
    assert chooser.status_code == 200 and "1 subscriber" in chooser.content.decode()
    export = client.get("/admin/rsvps/", {"export": "csv"})
    assert EMAIL in b"".join(export.streaming_content).decode()
    entry = ModelLogEntry.objects.get(action="privacy.export")
    assert entry.user_id == user.pk and entry.data == {"what": "RSVPs", "format": "csv"}
    assert EMAIL not in entry.label
    # ...but cannot delete a donation: only a superuser can.
    assert client.post(f"/admin/donations/delete/{supporter['donation'].pk}/").status_code in (302, 403)


def test_choosers_of_supporters_records_refuse_editors(client, django_user_model, supporter):
    client.force_login(staff(django_user_model, "ed", "Editors"))
    pk = supporter["subscriber"].pk
    for url in (
        "/admin/snippets/choose/newsletter/subscriber/?q=ana",
        "/admin/snippets/choose/newsletter/subscriber/results/?q=ana",
        f"/admin/snippets/choose/newsletter/subscriber/chosen/{pk}/",
        "/admin/snippets/choose/newsletter/delivery/",
    ):
        assert client.get(url).status_code in (302, 403), url


def test_labels_never_name_a_supporter(supporter):
    for record in (supporter["signature"], supporter["rsvp"], supporter["subscriber"]):
        assert EMAIL not in str(record).lower() and NAME not in str(record)
