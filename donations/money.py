"""Amounts: what donors type (decimal strings) and what Stripe counts (integers in the minor unit)."""

import re
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

# Only two-decimal currencies, so "minor unit" always means hundredths.
CURRENCIES = [("usd", "USD"), ("cad", "CAD"), ("mxn", "MXN"), ("eur", "EUR"), ("gbp", "GBP")]
SYMBOLS = {"usd": "$", "cad": "CA$", "mxn": "MX$", "eur": "€", "gbp": "£"}

# Digits (ASCII only: Python's \d also matches other scripts' digits), optional thousands commas, 0-2 decimals.
AMOUNT_PATTERN = re.compile(r"^(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]{1,2})?$")


# Spanish writing: dots group thousands and a comma marks the decimals ("2.500", "1.234,56", "2,50").
SPANISH_GROUPED = re.compile(r"^[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]{1,2})?$")
DECIMAL_COMMA = re.compile(r"^[0-9]+,[0-9]{1,2}$")
# One comma followed by three digits ("2,500"): two thousand five hundred in Mexico and the US, two and a half
# in Spain. A gift a thousand times too big (or small) is worse than a question, so the donor is asked.
AMBIGUOUS_COMMA = re.compile(r"^[0-9]{1,3},[0-9]{3}$")


class AmountError(ValueError):
    """The text is not an amount of money; the message says what to type instead."""


def _spanish_to_plain(cleaned):
    """A Spanish-page amount rewritten in the plain form ("2.500" -> "2500", "2,50" -> "2.50"); plain amounts
    ("12.50", "1,234.56", "1,234,567") pass through. AmountError when it could be read two ways."""
    if SPANISH_GROUPED.match(cleaned):
        return cleaned.replace(".", "").replace(",", ".")
    if DECIMAL_COMMA.match(cleaned):
        return cleaned.replace(",", ".")
    if AMBIGUOUS_COMMA.match(cleaned):
        whole, part = cleaned.split(",")
        raise AmountError(
            _("Did you mean %(thousands)s or %(decimals)s? Type the amount without a thousands separator.")
            % {"thousands": f"{whole}{part}", "decimals": f"{whole},{part[:2]}"}
        )
    return cleaned


def parse_amount(text, language=None):
    """A donor's amount ("10", "$12.50", "1,000") as a Decimal; AmountError for anything else.

    With `language` "es" the Spanish way of writing numbers is read too: "2.500" is 2500 and "2,50" is 2.50;
    "2,500" could be either, so it is refused with a question. Preset buttons and links always use the plain form.
    """
    cleaned = (text or "").strip().replace(" ", "").replace("\u00a0", "")
    if cleaned.startswith("$"):
        cleaned = cleaned[1:]
    if not cleaned:
        raise AmountError(_("Choose an amount or type one in."))
    if cleaned.startswith("-"):
        raise AmountError(_("Enter an amount greater than zero."))
    if (language or "").startswith("es"):
        cleaned = _spanish_to_plain(cleaned)
    if len(cleaned) > 20 or not AMOUNT_PATTERN.match(cleaned):
        if re.match(r"^[0-9,]*\.[0-9]{3,}$", cleaned):
            raise AmountError(_("Use at most two decimal places, like 10.50."))
        raise AmountError(_("Enter an amount in numbers, like 10 or 12.50."))
    return Decimal(cleaned.replace(",", ""))


def to_minor_units(amount):
    return int((Decimal(amount) * 100).to_integral_value())


def format_amount(minor_units, currency="usd"):
    """$10 for whole amounts, $12.50 otherwise."""
    minor_units = minor_units or 0
    symbol = SYMBOLS.get((currency or "").lower(), "")
    major, cents = divmod(int(minor_units), 100)
    text = f"{major:,}" if cents == 0 else f"{major:,}.{cents:02d}"
    return f"{symbol}{text}" if symbol else f"{text} {(currency or '').upper()}"


def major(minor_units):
    """Minor units as a plain major-unit string ("12.50"): spreadsheets get one unit everywhere."""
    minor_units = int(minor_units or 0)
    sign = "-" if minor_units < 0 else ""
    whole, cents = divmod(abs(minor_units), 100)
    return f"{sign}{whole}.{cents:02d}"


# Stripe's smallest charge per currency (https://docs.stripe.com/currencies#minimum-and-maximum-charge-amounts)
# and its largest: eight digits in the minor unit.
STRIPE_MINIMUMS = {"usd": 50, "cad": 50, "eur": 50, "gbp": 30, "mxn": 1000}
STRIPE_MAXIMUM = 99_999_999


def stripe_minimum(currency):
    return STRIPE_MINIMUMS.get((currency or "").lower(), 50)
