"""Smoke test of a running Amparo stack from the outside, as a visitor and an editor would use it.

    python tests/deploy/smoke_stack.py http://localhost:8000 [--admin-user U --admin-password P] [--donate PATH]

Standard library only, so it runs on any machine next to `docker compose up` (load the demo content first for the
default petition: `docker compose exec app python manage.py load_demo_content`). Checks: /healthz, the home page
and its request id, images served from the object store, a document served through the app, the admin login, a
petition signature (a new address each run: a second signature by the same person is not counted) and, with
Stripe test keys and --donate, a test donation reaching Stripe Checkout.
Exits 1 at the first failure.
"""

import argparse
import http.client
import re
import sys
import time
import urllib.parse

PETITION = "/campaigns/free-them-all/suspend-enforcement/"
DOCUMENT = "/documents/1/know-your-rights-pocket-card.pdf"


class Visitor:
    """One browser: keeps cookies by hand, since the stack's cookies are Secure and the local stack is HTTP."""

    def __init__(self, base_url):
        self.base = urllib.parse.urlsplit(base_url)
        self.cookies = {}

    def request(self, method, url, form=None, headers=None):
        target = urllib.parse.urlsplit(urllib.parse.urljoin(self.base.geturl(), url))
        connection_class = http.client.HTTPSConnection if target.scheme == "https" else http.client.HTTPConnection
        connection = connection_class(target.netloc, timeout=30)
        headers = {"X-Request-ID": "smoke-test", **(headers or {})}
        if target.netloc == self.base.netloc and self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            headers.update({"Content-Type": "application/x-www-form-urlencoded", "Referer": target.geturl()})
        connection.request(method, target.path + (f"?{target.query}" if target.query else ""), body, headers)
        response = connection.getresponse()
        for cookie in response.headers.get_all("Set-Cookie") or []:
            name, _, value = cookie.split(";")[0].partition("=")
            self.cookies[name.strip()] = value
        response.content = response.read()
        return response

    def form_post(self, path, form_marker, fields):
        page = self.request("GET", path)
        html = page.content.decode()
        form = html.split(form_marker, 1)[1].split("</form>", 1)[0] if form_marker in html else html
        # Hidden inputs (the CSRF token, a form's own idempotency token) go back as the page gave them.
        hidden = {}
        for tag in re.findall(r'<input[^>]*type="hidden"[^>]*>', form):
            name, value = re.search(r'name="([^"]+)"', tag), re.search(r'value="([^"]*)"', tag)
            if name:
                hidden[name.group(1)] = value.group(1) if value else ""
        return self.request("POST", path, {**hidden, **fields})


def check(condition, message):
    print(("ok    " if condition else "FAIL  ") + message)
    if not condition:
        sys.exit(1)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base_url")
    parser.add_argument("--admin-user")
    parser.add_argument("--admin-password")
    parser.add_argument("--petition", default=PETITION)
    parser.add_argument("--document", default=DOCUMENT)
    parser.add_argument("--donate", help="Path of a donate page; needs STRIPE_* test keys on the stack.")
    options = parser.parse_args()
    visitor = Visitor(options.base_url)

    health = visitor.request("GET", "/healthz")
    check(health.status == 200 and b'"ok"' in health.content, f"/healthz answers 200 ({health.status})")

    home = visitor.request("GET", "/")
    check(home.status == 200, f"home page 200 ({home.status})")
    check(home.getheader("X-Request-ID") == "smoke-test", "the request id is echoed")
    images = re.findall(r'<img[^>]+src="([^"]+)"', home.content.decode())
    check(bool(images), f"the home page shows images ({len(images)})")
    image = visitor.request("GET", images[0])
    check(
        image.status == 200 and image.getheader("Content-Type", "").startswith("image/"),
        f"an image is served ({images[0]}: {image.status})",
    )

    document = visitor.request("GET", options.document)
    check(document.status == 200 and document.content, f"a document is served through the app ({document.status})")

    login = visitor.request("GET", "/admin/login/")
    check(login.status == 200, f"admin login page 200 ({login.status})")
    if options.admin_user:
        fields = {"username": options.admin_user, "password": options.admin_password or ""}
        signed_in = visitor.form_post("/admin/login/", "<form", fields)  # the page's only form
        dashboard = visitor.request("GET", "/admin/")
        check(signed_in.status == 302 and dashboard.status == 200, f"admin login works ({dashboard.status})")

    signature = visitor.form_post(
        options.petition,
        'class="signature-form"',
        {
            "kind": "individual",
            "name": "Smoke Test",
            "email": f"smoke-test+{int(time.time())}@example.org",
            "postal_code": "10001",
        },
    )
    thanks = signature.getheader("Location")
    check(signature.status == 303, f"a petition signature is taken ({signature.status} → {thanks})")

    if options.donate:
        donation = visitor.form_post(options.donate, 'class="donate-form"', {"amount": "5", "frequency": "once"})
        location = donation.getheader("Location") or ""
        check(donation.status == 303 and "stripe.com" in location, f"a test donation reaches Stripe ({location})")
    print("The stack works.")


if __name__ == "__main__":
    main()
