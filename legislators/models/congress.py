"""Members of Congress, their offices and the ZIP-to-district table, all loaded by `import_legislators`.

Editors never type these rows: the importer replaces them from the public-domain files in legislators/data/,
so the admin shows them read-only.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from legislators.states import STATE_NAMES, TERRITORIES


def tel_uri(phone):
    """A US number as a `tel:` URI (digits only, with the country code), or "" when there is none."""
    digits = "".join(ch for ch in phone or "" if ch.isascii() and ch.isdigit())
    if len(digits) == 10:
        return f"tel:+1{digits}"
    if len(digits) == 11 and digits.startswith("1"):
        return f"tel:+{digits}"
    return f"tel:{digits}" if digits else ""


# The parties in the data, named in the visitor's language; any other party is shown as the data spells it.
PARTY_LABELS = {
    "Democrat": pgettext_lazy("party", "Democrat"),
    "Republican": pgettext_lazy("party", "Republican"),
    "Independent": pgettext_lazy("party", "Independent"),
}


TITLES = {
    ("senator", True): pgettext_lazy("female", "Senator"),
    ("senator", False): pgettext_lazy("male", "Senator"),
    ("representative", True): pgettext_lazy("female", "Representative"),
    ("representative", False): pgettext_lazy("male", "Representative"),
    ("delegate", True): pgettext_lazy("female", "Delegate"),
    ("delegate", False): pgettext_lazy("male", "Delegate"),
    ("commissioner", True): pgettext_lazy("female", "Resident Commissioner"),
    ("commissioner", False): pgettext_lazy("male", "Resident Commissioner"),
}
TITLES_IN_SENTENCE = {
    ("senator", True): pgettext_lazy("female, in a sentence", "Senator"),
    ("senator", False): pgettext_lazy("male, in a sentence", "Senator"),
    ("representative", True): pgettext_lazy("female, in a sentence", "Representative"),
    ("representative", False): pgettext_lazy("male, in a sentence", "Representative"),
    ("delegate", True): pgettext_lazy("female, in a sentence", "Delegate"),
    ("delegate", False): pgettext_lazy("male, in a sentence", "Delegate"),
    ("commissioner", True): pgettext_lazy("female, in a sentence", "Resident Commissioner"),
    ("commissioner", False): pgettext_lazy("male, in a sentence", "Resident Commissioner"),
}
SALUTATIONS = {
    ("senator", True): pgettext_lazy("female", "Dear Senator"),
    ("senator", False): pgettext_lazy("male", "Dear Senator"),
    ("representative", True): pgettext_lazy("female", "Dear Representative"),
    ("representative", False): pgettext_lazy("male", "Dear Representative"),
    ("delegate", True): pgettext_lazy("female", "Dear Delegate"),
    ("delegate", False): pgettext_lazy("male", "Dear Delegate"),
    ("commissioner", True): pgettext_lazy("female", "Dear Resident Commissioner"),
    ("commissioner", False): pgettext_lazy("male", "Dear Resident Commissioner"),
}


class Legislator(models.Model):
    SENATE = "sen"
    HOUSE = "rep"
    CHAMBER_CHOICES = [(SENATE, _("Senate")), (HOUSE, _("House of Representatives"))]

    bioguide_id = models.CharField(max_length=16, unique=True)
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100)
    full_name = models.CharField(max_length=200)
    gender = models.CharField(max_length=1, blank=True)
    chamber = models.CharField(max_length=3, choices=CHAMBER_CHOICES)
    state = models.CharField(max_length=2, db_index=True)
    # House only; 0 is an at-large seat (also DC's and the territories' single seat).
    district = models.PositiveSmallIntegerField(null=True, blank=True)
    party = models.CharField(max_length=50, blank=True)
    state_rank = models.CharField(max_length=10, blank=True)
    website = models.URLField(max_length=300, blank=True)
    contact_form = models.URLField(max_length=300, blank=True)

    class Meta:
        ordering = ["state", "chamber", "district", "last_name"]
        indexes = [models.Index(fields=["chamber", "state", "district"])]
        verbose_name = _("member of Congress")
        verbose_name_plural = _("members of Congress")

    def __str__(self):
        return f"{self.title} {self.full_name} ({self.seat_label})"

    @property
    def is_senator(self):
        return self.chamber == self.SENATE

    @property
    def role(self):
        if self.is_senator:
            return "senator"
        if self.state == "PR":
            return "commissioner"
        return "delegate" if self.state in TERRITORIES else "representative"

    @property
    def title(self):
        """The form of address, in the visitor's language (Spanish titles follow the member's gender)."""
        return TITLES[self.role, self.gender == "F"]

    @property
    def title_in_sentence(self):
        """The title as it reads mid-sentence: "Senator" in English, "la senadora" in Spanish."""
        return TITLES_IN_SENTENCE[self.role, self.gender == "F"]

    @property
    def salutation(self):
        """How a letter opens: "Dear Senator", "Estimada senadora"."""
        return SALUTATIONS[self.role, self.gender == "F"]

    @property
    def party_label(self):
        return PARTY_LABELS.get(self.party, self.party)

    @property
    def seat_label(self):
        if self.is_senator or self.state in TERRITORIES:
            return self.state
        return f"{self.state}-{self.district}" if self.district else f"{self.state}-AL"

    @property
    def state_name(self):
        return STATE_NAMES.get(self.state, self.state)

    @property
    def write_url(self):
        """Members publish no email address: their contact form, or failing that their website."""
        return self.contact_form or self.website

    @property
    def local_offices(self):
        return [office for office in self.offices.all() if office.kind == Office.LOCAL]

    @property
    def dc_offices(self):
        return [office for office in self.offices.all() if office.kind == Office.WASHINGTON]


class Office(models.Model):
    WASHINGTON = "dc"
    LOCAL = "local"
    KIND_CHOICES = [(WASHINGTON, _("Washington, DC")), (LOCAL, _("Local office"))]

    legislator = models.ForeignKey(Legislator, on_delete=models.CASCADE, related_name="offices")
    kind = models.CharField(max_length=5, choices=KIND_CHOICES)
    source_id = models.CharField(max_length=100, blank=True)
    city = models.CharField(max_length=100, blank=True)
    state = models.CharField(max_length=2, blank=True)
    zip_code = models.CharField(max_length=10, blank=True)
    address = models.CharField(max_length=300, blank=True)
    phone = models.CharField(max_length=30, blank=True)
    hours = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["legislator", "kind", "city", "id"]

    def __str__(self):
        return f"{self.legislator.full_name}: {self.city or self.get_kind_display()}"

    @property
    def tel_href(self):
        return tel_uri(self.phone)


class ZipDistrict(models.Model):
    """One row per (ZIP code tabulation area, state, district): a ZIP may have several."""

    zip_code = models.CharField(max_length=5, db_index=True)
    state = models.CharField(max_length=2)
    district = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["zip_code", "state", "district"]
        constraints = [
            models.UniqueConstraint(fields=["zip_code", "state", "district"], name="legislators_zip_district_unique")
        ]

    def __str__(self):
        return f"{self.zip_code} → {self.state}-{self.district}"
