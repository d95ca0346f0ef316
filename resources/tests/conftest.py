import datetime

import pytest

from resources.factories import (
    DirectoryPageFactory,
    OrganisationFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
    TopicFactory,
    ensure_lookups,
)


@pytest.fixture
def lookups(db):
    ensure_lookups()


@pytest.fixture
def resource_index(home_page, lookups):
    return ResourceIndexPageFactory(parent=home_page, slug="resources", title="Resources")


@pytest.fixture
def topics(locales):
    english, spanish = locales
    rights = TopicFactory(name="Know your rights", slug="know-your-rights", locale=english)
    organizing = TopicFactory(name="Local organizing", slug="local-organizing", locale=english)
    rights_es = rights.copy_for_translation(spanish)
    rights_es.name, rights_es.slug = "Conozca sus derechos", "conozca-sus-derechos"
    rights_es.save()
    return {"rights": rights, "organizing": organizing, "rights_es": rights_es}


@pytest.fixture
def resources(resource_index, topics):
    """Four resources: two guides, a toolkit, a factsheet, in overlapping languages and topics."""
    make = ResourcePageFactory
    return {
        "door": make(
            parent=resource_index,
            slug="door",
            title="If agents come to your door",
            kind="guide",
            languages=["en", "es", "ht"],
            topics=[topics["rights"]],
            last_reviewed=datetime.date(2024, 12, 11),
        ),
        "street": make(
            parent=resource_index,
            slug="street",
            title="If you are stopped in the street",
            kind="guide",
            languages=["en", "es"],
            topics=[topics["rights"]],
            last_reviewed=datetime.date(2024, 11, 1),
        ),
        "rapid": make(
            parent=resource_index,
            slug="rapid",
            title="Rapid response toolkit",
            kind="toolkit",
            languages=["en"],
            topics=[topics["organizing"]],
            last_reviewed=datetime.date(2024, 10, 1),
        ),
        "facts": make(
            parent=resource_index,
            slug="facts",
            title="Immigrants and the economy",
            kind="factsheet",
            languages=["en", "pt"],
            topics=[],
            last_reviewed=None,
        ),
    }


@pytest.fixture
def directory(home_page, lookups):
    return DirectoryPageFactory(parent=home_page, slug="directory", title="Find a group near you")


@pytest.fixture
def organisations(directory, locales):
    make = OrganisationFactory
    return {
        "mira": make(
            name="MIRA Coalition",
            description="The largest coalition in New England for immigrant and refugee rights.",
            areas=[("MA", "Boston"), ("NH", "")],
            services=["volunteer", "advocacy"],
            languages=["en", "es", "pt", "ht"],
        ),
        "bijan": make(
            name="BIJAN",
            description="Volunteers provide accompaniment to court and ICE check-ins around Boston.",
            areas=[("MA", "Boston area")],
            services=["volunteer", "accompaniment", "donate"],
            languages=["en", "es"],
            donate_url="https://example.org/give",
            phone="(617) 555-0100",
            email="hello@example.org",
        ),
        "chirla": make(
            name="CHIRLA",
            description="Organises protests and provides legal services in Los Angeles.",
            areas=[("CA", "Los Angeles")],
            services=["legal", "advocacy", "donate"],
            languages=["en", "es"],
        ),
        "border": make(
            name="Border Angels",
            description="Leaves water along desert crossing routes near San Diego.",
            areas=[("CA", "San Diego"), ("TX", "Texas–Mexico border")],
            services=["donate", "volunteer"],
            languages=["es"],
        ),
        "nilc": make(
            name="National Immigration Law Center",
            description="Wages legal battles to protect immigrant rights.",
            areas=[("national", "")],
            services=["legal", "donate"],
            languages=["en"],
        ),
    }
