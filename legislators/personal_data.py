"""Letter forms keep a name, email, city and ZIP when the supporter agreed; call reports keep nobody."""

import datetime

from legislators.models import CallReport, LetterWritten
from privacy.anonymise import days_ago
from privacy.registry import eraser, purger, register_model

register_model(LetterWritten, read_only=True)

BLANKS = {"consent": False, "name": "", "email": "", "city": "", "zip_code": ""}


@eraser("legislators")
def erase(email):
    letters = LetterWritten.objects.filter(email__iexact=email.strip()).update(**BLANKS)
    return {"letter forms anonymised (still counted)": letters}


@purger("legislators")
def purge(now):
    # The duplicate check's hashes (legislators/duplicates.py) serve for a day; nothing needs them after two.
    stale = now - datetime.timedelta(days=2)
    for model in (LetterWritten, CallReport):
        model.objects.filter(created_at__lt=stale).exclude(fingerprint="").update(fingerprint="")
    cutoff = days_ago(now, "SUPPORTER_DATA_RETENTION_DAYS")
    if cutoff is None:
        return {"letter forms: kept (SUPPORTER_DATA_RETENTION_DAYS=0)": 0}
    letters = LetterWritten.objects.filter(created_at__lt=cutoff, consent=True).update(**BLANKS)
    return {f"letter forms older than {cutoff.date()} anonymised": letters}
