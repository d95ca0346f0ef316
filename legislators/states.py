"""US states, DC and the territories: names, and the ZIP ranges of territories the ZCTA file leaves out."""

from django.utils.translation import gettext_lazy as _

STATE_NAMES = {
    "AL": _("Alabama"),
    "AK": _("Alaska"),
    "AZ": _("Arizona"),
    "AR": _("Arkansas"),
    "CA": _("California"),
    "CO": _("Colorado"),
    "CT": _("Connecticut"),
    "DE": _("Delaware"),
    "DC": _("the District of Columbia"),
    "FL": _("Florida"),
    "GA": _("Georgia"),
    "HI": _("Hawaii"),
    "ID": _("Idaho"),
    "IL": _("Illinois"),
    "IN": _("Indiana"),
    "IA": _("Iowa"),
    "KS": _("Kansas"),
    "KY": _("Kentucky"),
    "LA": _("Louisiana"),
    "ME": _("Maine"),
    "MD": _("Maryland"),
    "MA": _("Massachusetts"),
    "MI": _("Michigan"),
    "MN": _("Minnesota"),
    "MS": _("Mississippi"),
    "MO": _("Missouri"),
    "MT": _("Montana"),
    "NE": _("Nebraska"),
    "NV": _("Nevada"),
    "NH": _("New Hampshire"),
    "NJ": _("New Jersey"),
    "NM": _("New Mexico"),
    "NY": _("New York"),
    "NC": _("North Carolina"),
    "ND": _("North Dakota"),
    "OH": _("Ohio"),
    "OK": _("Oklahoma"),
    "OR": _("Oregon"),
    "PA": _("Pennsylvania"),
    "RI": _("Rhode Island"),
    "SC": _("South Carolina"),
    "SD": _("South Dakota"),
    "TN": _("Tennessee"),
    "TX": _("Texas"),
    "UT": _("Utah"),
    "VT": _("Vermont"),
    "VA": _("Virginia"),
    "WA": _("Washington"),
    "WV": _("West Virginia"),
    "WI": _("Wisconsin"),
    "WY": _("Wyoming"),
    "PR": _("Puerto Rico"),
    "GU": _("Guam"),
    "VI": _("the US Virgin Islands"),
    "AS": _("American Samoa"),
    "MP": _("the Northern Mariana Islands"),
}

# Places with a non-voting member of the House and no senators.
TERRITORIES = {"DC", "PR", "GU", "VI", "AS", "MP"}

# The Census ZCTA file covers only the states, DC and Puerto Rico; these USPS ranges place the other territories.
TERRITORY_ZIP_RANGES = [
    ("00801", "00851", "VI"),
    ("96799", "96799", "AS"),
    ("96910", "96932", "GU"),
    ("96950", "96952", "MP"),
]


def territory_for_zip(zip_code):
    for first, last, state in TERRITORY_ZIP_RANGES:
        if first <= zip_code <= last:
            return state
    return None
