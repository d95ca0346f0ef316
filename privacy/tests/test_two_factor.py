"""Two-step sign-in: required of staff who can see supporters' data when ADMIN_REQUIRE_2FA is on."""

import pytest
from django.contrib.auth.models import Group
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db


def code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


@pytest.fixture
def keeper(client, django_user_model, home_page):
    user = django_user_model.objects.create_user("keeper", "keeper@staff.example.org", "pw")
    user.groups.add(Group.objects.get(name="Supporter data"))
    client.force_login(user)
    return user


def test_staff_who_see_supporters_data_must_set_up_a_second_step(client, keeper, settings):
    settings.ADMIN_REQUIRE_2FA = True
    response = client.get("/admin/signatures/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/2fa/?next=/admin/signatures/")

    setup = client.get(response["Location"])
    assert setup.status_code == 200 and "authenticator app" in setup.content.decode()
    device = TOTPDevice.objects.get(user=keeper, confirmed=False)

    wrong = client.post("/admin/2fa/", {"token": "000000" if code(device) != "000000" else "111111"})
    assert wrong.status_code == 400 and "not right" in wrong.content.decode()
    # django-otp slows down guessing after a wrong code; let that pause pass.
    TOTPDevice.objects.filter(pk=device.pk).update(throttling_failure_count=0, throttling_failure_timestamp=None)

    right = client.post("/admin/2fa/", {"token": code(device), "next": "/admin/signatures/"})
    assert right.status_code == 302 and right["Location"] == "/admin/signatures/"
    assert client.get("/admin/signatures/").status_code == 200
    assert TOTPDevice.objects.get(user=keeper).confirmed


def test_a_confirmed_device_is_asked_for_at_each_sign_in(client, keeper, settings):
    settings.ADMIN_REQUIRE_2FA = False
    device = TOTPDevice.objects.create(user=keeper, name="phone", confirmed=True)
    assert client.get("/admin/").status_code == 302
    client.post("/admin/2fa/", {"token": code(device)})
    assert client.get("/admin/").status_code == 200


def test_editors_are_not_asked_and_the_setting_is_off_by_default(client, keeper, django_user_model):
    assert client.get("/admin/").status_code == 200  # ADMIN_REQUIRE_2FA defaults to off
    editor = django_user_model.objects.create_user("ed", "ed@staff.example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


def test_the_next_link_never_leaves_the_admin(client, keeper, settings):
    settings.ADMIN_REQUIRE_2FA = True
    client.get("/admin/2fa/")
    device = TOTPDevice.objects.get(user=keeper)
    response = client.post("/admin/2fa/", {"token": code(device), "next": "https://evil.example/"})
    assert response["Location"] == "/admin/"
