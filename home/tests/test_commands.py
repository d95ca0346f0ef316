import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command


@pytest.mark.django_db
def test_dev_admin_is_made_once_and_login_is_printed(settings, capsys, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setenv("PORT", "8080")
    call_command("ensure_dev_admin")
    call_command("ensure_dev_admin")
    assert get_user_model().objects.filter(username="admin", is_superuser=True).count() == 1
    assert "http://127.0.0.1:8080/admin/ user 'admin', password 'changeme'" in capsys.readouterr().out


@pytest.mark.django_db
def test_dev_admin_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("ensure_dev_admin")
    assert not get_user_model().objects.exists()


@pytest.mark.django_db
def test_dev_site_follows_the_port_make_run_serves_on(settings, home_page, capsys):
    """`PORT=8080 make run`: canonical, share, email and Stripe return links all say 127.0.0.1:8080."""
    settings.DEBUG = True
    call_command("set_dev_site", "--hostname", "127.0.0.1", "--port", "8080")
    home_page.refresh_from_db()
    assert home_page.get_full_url() == "http://127.0.0.1:8080/"
    assert "http://127.0.0.1:8080" in capsys.readouterr().out


@pytest.mark.django_db
def test_dev_site_refuses_without_debug(settings, home_page):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("set_dev_site", "--port", "8080")
