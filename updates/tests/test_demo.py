from updates.models import UpdatePage, WeeklyActionsPage


def test_demo_content_has_two_issues_three_updates_in_both_languages(client, demo_site):
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
