"""The directory's organisations: who they are, what they offer, where and in which languages."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from resources.choices import REGIONS


class OrganisationQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def for_locale(self, locale):
        """Organisations in `locale` only, and only finished translations: never English under Spanish labels."""
        from home.translations import finished_translations

        return finished_translations(self.filter(locale=locale))


class Organisation(TranslatableMixin, index.Indexed, ClusterableModel):
    """A group supporters can volunteer with, give to or get help from."""

    name = models.CharField(
        max_length=200,
        help_text=_("The organisation's name as it uses it, e.g. “Centro Presente”. Shown in the directory."),
    )
    description = models.TextField(
        help_text=_(
            "Two or three sentences in plain words: who they are, what they do, e.g. “Free legal clinics every "
            "Saturday for people facing deportation.” Shown in the directory."
        )
    )
    services = ParentalManyToManyField(
        "resources.Service",
        blank=True,
        related_name="organisations",
        verbose_name=_("what it offers"),
        help_text=_("Tick all that apply; visitors filter the directory by these."),
    )
    languages = ParentalManyToManyField(
        "resources.Language",
        blank=True,
        related_name="organisations",
        verbose_name=_("languages served"),
        help_text=_("Languages its staff or volunteers speak with people; visitors filter by these."),
    )
    website = models.URLField(blank=True, help_text=_("Its home page, e.g. https://www.centropresente.org."))
    phone = models.CharField(
        max_length=40,
        blank=True,
        help_text=_("A public number, tappable on phones, e.g. +1 617 555 0100. Check it before you publish."),
    )
    email = models.EmailField(blank=True, help_text=_("A public address people may write to, e.g. info@example.org."))
    donate_url = models.URLField(
        blank=True,
        verbose_name=_("donate link"),
        help_text=_("Its own donation page, shown as “Give to them”, e.g. https://example.org/donate."),
    )

    objects = OrganisationQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("services", widget=forms.CheckboxSelectMultiple),
        InlinePanel("areas", label=_("Where it works"), min_num=1),
        FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("phone"), FieldPanel("email"), FieldPanel("donate_url")],
            heading=_("Contact"),
        ),
    ]

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("organisation")

    def __str__(self):
        return self.name

    @property
    def phone_href(self):
        digits = "".join(char for char in self.phone if char.isdigit() or char == "+")
        return f"tel:{digits}" if digits else ""


class OrganisationArea(Orderable):
    """One place an organisation works: a state (with an optional city or area), or the whole country."""

    organisation = ParentalKey(Organisation, on_delete=models.CASCADE, related_name="areas")
    region = models.CharField(
        max_length=12,
        choices=REGIONS,
        help_text=_("A state, or “Nationwide”; visitors find organisations by the state they live in."),
    )
    place = models.CharField(
        max_length=120, blank=True, help_text=_("A city or area within the state, e.g. Boston, Texas–Mexico border.")
    )
    zip_code = models.CharField(
        _("ZIP code"),
        max_length=10,
        blank=True,
        help_text=_("Optional: the office's ZIP code, for the most exact distances. Otherwise the city is used."),
    )
    # Filled on save from the ZIP code or the city (offline ZIP centroids), so "near me" sorts by distance.
    latitude = models.FloatField(null=True, blank=True, editable=False)
    longitude = models.FloatField(null=True, blank=True, editable=False)

    panels = [FieldPanel("region"), FieldPanel("place"), FieldPanel("zip_code")]

    class Meta(Orderable.Meta):
        verbose_name = _("area")

    def save(self, *args, **kwargs):
        self.locate()
        super().save(*args, **kwargs)

    def locate(self):
        from resources.geo import area_point

        point = area_point(self.region, self.place, self.zip_code)
        if point is None and self.place:
            point = self._source_language_point()
        self.latitude, self.longitude = (point.latitude, point.longitude) if point else (None, None)

    def _source_language_point(self):
        """A translated place ("Área de Boston") is not in the ZIP list: the same area of the organisation's
        other language versions (same region and position) gives the point."""
        organisation = self.organisation
        if organisation is None or not organisation.pk:
            return None
        twin = (
            OrganisationArea.objects.filter(
                organisation__translation_key=organisation.translation_key,
                region=self.region,
                sort_order=self.sort_order,
                latitude__isnull=False,
            )
            .exclude(organisation=organisation)
            .first()
        )
        if twin is None:
            return None
        from resources.geo import Point

        return Point(twin.latitude, twin.longitude)

    def __str__(self):
        label = self.get_region_display()
        return f"{self.place}, {label}" if self.place else str(label)
