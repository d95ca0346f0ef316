"""Public forms leave checking to the server, whose messages are in the page's language (never the browser's)."""

import re

from wagtail.models import Page

FORM = re.compile(r"<form\b[^>]*>.*?</form>", re.S)


def test_every_public_form_that_asks_for_something_leaves_checking_to_the_server(client, demo_site):
    paths = [page.url for page in Page.objects.live().filter(depth__gte=2)] + ["/newsletter/signup/"]
    problems = set()
    for path in paths:
        html = client.get(path, **demo_site).content.decode()
        for form in FORM.findall(html):
            tag = form[: form.index(">") + 1]
            if re.search(r"\srequired[\s>=]", form) and "novalidate" not in tag:
                problems.add(tag)
            if 'action=""' in tag:  # an empty action is an error in HTML (W3C Nu checker)
                problems.add(tag)
    assert problems == set()


def test_an_empty_footer_sign_up_and_zip_look_up_answer_in_spanish(client, demo_site):
    response = client.post("/es/newsletter/signup/", {"email": "", "language": "es"}, **demo_site)
    assert response.status_code == 400
    assert "Escriba su correo electrónico." in response.content.decode()

    call_page = [page.url for page in Page.objects.live().filter(slug="llame-al-congreso")][0]
    html = client.get(call_page + "?zip=", **demo_site).content.decode()
    assert "Escriba un código postal de 5 dígitos" in html
    assert 'aria-invalid="true"' in html
    assert "Escriba un código postal" not in client.get(call_page, **demo_site).content.decode()
