"""The fixed vocabularies of the resource section: kinds of resource, what organisations offer, where they work.

Fixed in code so their labels are translated with the rest of the interface; topics and languages are
editor-managed lookup snippets instead (see models/lookups.py).
"""

from django.db.models import Case, IntegerField, Value, When
from django.utils.translation import gettext_lazy as _

RESOURCE_KINDS = [
    ("toolkit", _("Toolkit")),
    ("guide", _("Guide")),
    ("factsheet", _("Factsheet")),
    ("legal", _("Legal information")),
    ("template", _("Template")),
]

SERVICES = [
    ("volunteer", _("Volunteer")),
    ("donate", _("Donate")),
    ("legal", _("Legal services")),
    ("social", _("Social services")),
    ("advocacy", _("Advocacy")),
    ("accompaniment", _("Accompaniment")),
]

NATIONWIDE = "national"

# Nationwide first in the admin's drop-down; the directory lists it after the states (see REGION_ORDER).
REGIONS = [
    (NATIONWIDE, _("Nationwide")),
    ("AL", _("Alabama")),
    ("AK", _("Alaska")),
    ("AZ", _("Arizona")),
    ("AR", _("Arkansas")),
    ("CA", _("California")),
    ("CO", _("Colorado")),
    ("CT", _("Connecticut")),
    ("DE", _("Delaware")),
    ("DC", _("District of Columbia")),
    ("FL", _("Florida")),
    ("GA", _("Georgia")),
    ("HI", _("Hawaii")),
    ("ID", _("Idaho")),
    ("IL", _("Illinois")),
    ("IN", _("Indiana")),
    ("IA", _("Iowa")),
    ("KS", _("Kansas")),
    ("KY", _("Kentucky")),
    ("LA", _("Louisiana")),
    ("ME", _("Maine")),
    ("MD", _("Maryland")),
    ("MA", _("Massachusetts")),
    ("MI", _("Michigan")),
    ("MN", _("Minnesota")),
    ("MS", _("Mississippi")),
    ("MO", _("Missouri")),
    ("MT", _("Montana")),
    ("NE", _("Nebraska")),
    ("NV", _("Nevada")),
    ("NH", _("New Hampshire")),
    ("NJ", _("New Jersey")),
    ("NM", _("New Mexico")),
    ("NY", _("New York")),
    ("NC", _("North Carolina")),
    ("ND", _("North Dakota")),
    ("OH", _("Ohio")),
    ("OK", _("Oklahoma")),
    ("OR", _("Oregon")),
    ("PA", _("Pennsylvania")),
    ("PR", _("Puerto Rico")),
    ("RI", _("Rhode Island")),
    ("SC", _("South Carolina")),
    ("SD", _("South Dakota")),
    ("TN", _("Tennessee")),
    ("TX", _("Texas")),
    ("UT", _("Utah")),
    ("VT", _("Vermont")),
    ("VA", _("Virginia")),
    ("WA", _("Washington")),
    ("WV", _("West Virginia")),
    ("WI", _("Wisconsin")),
    ("WY", _("Wyoming")),
]

# The states in the order of their names, then nationwide groups, which serve every region.
REGION_ORDER = [code for code, _label in REGIONS if code != NATIONWIDE] + [NATIONWIDE]


def region_ordering(field="region"):
    """An ORDER BY expression that sorts region codes as REGION_ORDER does, in the database (for pagination)."""
    return Case(
        *(When(**{field: code}, then=Value(position)) for position, code in enumerate(REGION_ORDER)),
        default=Value(len(REGION_ORDER)),
        output_field=IntegerField(),
    )


# (code, English name, name in the language itself). Seeds the Language snippet; editors may add more.
DEFAULT_LANGUAGES = [
    ("en", "English", "English"),
    ("es", "Spanish", "Español"),
    ("ht", "Haitian Creole", "Kreyòl ayisyen"),
    ("pt", "Portuguese", "Português"),
    ("zh", "Chinese", "中文"),
    ("vi", "Vietnamese", "Tiếng Việt"),
    ("ar", "Arabic", "العربية"),
    ("fr", "French", "Français"),
    ("ko", "Korean", "한국어"),
    ("tl", "Tagalog", "Tagalog"),
    ("ru", "Russian", "Русский"),
    ("quc", "K'iche'", "K'iche'"),
    ("mix", "Mixtec", "Tu'un savi"),
]
