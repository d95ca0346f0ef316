import datetime

import factory
import wagtail_factories

from core.factories import TopicFactory  # noqa: F401  (re-exported: tests build topics from either app)
from resources.models import (
    DirectoryPage,
    Language,
    Organisation,
    OrganisationArea,
    ResourceIndexPage,
    ResourcePage,
    Service,
)


def ensure_lookups():
    """The seeded languages and services (transactional tests flush what the migration created)."""
    Language.ensure_defaults()
    Service.ensure_defaults()


class ResourceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Resources"
    intro = "Guides, toolkits and factsheets."

    class Meta:
        model = ResourceIndexPage


class ResourcePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Resource {n}")
    summary = "What to do and say if immigration agents come to your door."
    kind = "guide"
    last_reviewed = datetime.date(2024, 12, 11)

    class Meta:
        model = ResourcePage
        skip_postgeneration_save = True

    @factory.post_generation
    def languages(page, create, extracted, **kwargs):
        """languages=["en", "es"]: language codes."""
        page.languages = list(Language.objects.filter(code__in=extracted or []))

    @factory.post_generation
    def topics(page, create, extracted, **kwargs):
        page.topics = list(extracted or [])
        if create:
            page.save()


class DirectoryPageFactory(wagtail_factories.PageFactory):
    title = "Find a group near you"
    intro = "Volunteer, give or get help."

    class Meta:
        model = DirectoryPage


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Organisation {n}")
    description = "Neighbours helping neighbours."
    website = "https://example.org"

    class Meta:
        model = Organisation
        skip_postgeneration_save = True

    @factory.post_generation
    def areas(organisation, create, extracted, **kwargs):
        """areas=[("MA", "Boston"), ("national", "")]; one Massachusetts area when not given."""
        organisation.areas = [
            OrganisationArea(region=region, place=place) for region, place in (extracted or [("MA", "")])
        ]

    @factory.post_generation
    def services(organisation, create, extracted, **kwargs):
        organisation.services = list(Service.objects.filter(code__in=extracted or []))

    @factory.post_generation
    def languages(organisation, create, extracted, **kwargs):
        organisation.languages = list(Language.objects.filter(code__in=extracted or []))
        if create:
            organisation.save()
