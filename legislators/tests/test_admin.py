import pytest

from legislators.models import CallReport, Legislator, LetterWritten

pytestmark = pytest.mark.django_db


def test_editors_can_browse_members_but_not_edit_them(admin_client, congress):
    listing = admin_client.get("/admin/legislator/", {"q": "Warren"})
    assert listing.status_code == 200
    assert "Elizabeth Warren" in listing.content.decode()
    warren = Legislator.objects.get(bioguide_id="W000817")
    assert admin_client.get(f"/admin/legislator/inspect/{warren.pk}/").status_code == 200
    assert admin_client.get("/admin/legislator/new/").status_code in (302, 403)
    assert admin_client.get(f"/admin/legislator/edit/{warren.pk}/").status_code in (302, 403)
    assert admin_client.post(f"/admin/legislator/delete/{warren.pk}/").status_code in (302, 403)
    assert Legislator.objects.filter(pk=warren.pk).exists()


def test_letters_and_calls_can_be_listed_and_exported(admin_client, letter_page, call_page):
    LetterWritten.objects.create(page=letter_page, letters=3, consent=True, name="Ana", email="ana@example.org")
    CallReport.objects.create(page=call_page, target="W000817", target_name="Elizabeth Warren", outcome="voicemail")
    assert "Ana" in admin_client.get("/admin/letterwritten/").content.decode()
    export = admin_client.get("/admin/letterwritten/", {"export": "csv"})
    assert export.status_code == 200
    assert "ana@example.org" in export.getvalue().decode()
    assert "Elizabeth Warren" in admin_client.get("/admin/callreport/").content.decode()


def test_letters_and_calls_show_the_language_of_the_page_they_came_from(admin_client, letter_page, call_page, locales):
    from legislators.factories import LetterPageFactory

    spanish_campaign = letter_page.get_parent().copy_for_translation(locales[1], copy_parents=True)
    carta = LetterPageFactory(parent=spanish_campaign, slug="escribe", locale=locales[1])
    for page, name in ((letter_page, "Ana"), (carta, "Lucía")):
        LetterWritten.objects.create(page=page, letters=3, consent=True, name=name)
    CallReport.objects.create(page=call_page, target="W000817", target_name="Elizabeth Warren", outcome="voicemail")

    listing = admin_client.get("/admin/letterwritten/").content.decode().split('id="listing-results"', 1)[1]
    assert "Language" in listing and "Spanish" in listing and "English" in listing
    spanish = admin_client.get("/admin/letterwritten/", {"language": locales[1].pk}).content.decode()
    assert "Lucía" in spanish and ">Ana<" not in spanish.replace("\n", "").replace(" ", "")
    export = admin_client.get("/admin/letterwritten/", {"export": "csv", "language": locales[1].pk})
    lines = export.getvalue().decode("utf-8-sig").splitlines()
    assert "Language" in lines[0] and len(lines) == 2 and "Spanish" in lines[1]
    calls = admin_client.get("/admin/callreport/", {"language": locales[0].pk}).content.decode()
    assert "Elizabeth Warren" in calls and "English" in calls.split('id="listing-results"', 1)[1]
    assert admin_client.get("/admin/callreport/", {"language": "not-a-locale"}).status_code == 200
