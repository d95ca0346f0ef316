"""The one way an email address and a US ZIP code are written before they are stored or compared.

Email: surrounding and stray spaces dropped, lower-cased. Lower case (not casefold) because it is what the
database's case-insensitive unique constraints (`Lower("email")`) compare, and casefold would rewrite
internationalised domains (ß -> ss names another domain under IDNA 2008). ASCII addresses, which are nearly
all of them, come out the same either way, so rows stored by the older casefolding code still match.
"""

import re

ZIP_PATTERN = re.compile(r"([0-9]{5})(?:-?[0-9]{4})?")
MAX_ZIP_INPUT = 32


def normalise_email(address):
    return "".join((address or "").split()).lower()


def normalise_zip(raw):
    """'02139', ' 02139-4307 ', '021394307' and '02139 4307' all give '02139'; anything else gives None.

    Only the five-digit ZIP is kept: it is all any feature needs, and less about where someone lives.
    """
    if raw is None:
        return None
    text = "".join(str(raw).split())
    if len(text) > MAX_ZIP_INPUT:
        return None
    match = ZIP_PATTERN.fullmatch(text)
    return match.group(1) if match else None
