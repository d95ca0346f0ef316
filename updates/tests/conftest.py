import pytest

from updates.factories import UpdatesIndexPageFactory, WeeklyActionsIndexPageFactory


@pytest.fixture
def weekly_index(home_page):
    return WeeklyActionsIndexPageFactory(parent=home_page)


@pytest.fixture
def updates_index(home_page):
    return UpdatesIndexPageFactory(parent=home_page)


@pytest.fixture
def translate(locales):
    """Publishes a Spanish translation of a page with the given fields."""

    def _translate(page, **fields):
        translated = page.copy_for_translation(locales[1])
        for name, value in fields.items():
            setattr(translated, name, value)
        translated.save_revision().publish()
        translated.refresh_from_db()
        return translated.specific

    return _translate
