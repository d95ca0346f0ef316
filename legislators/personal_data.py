"""Letter forms keep a name, email, city and ZIP when the supporter agreed; call reports keep nobody."""

from legislators.models import LetterWritten
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
    cutoff = days_ago(now, "SUPPORTER_DATA_RETENTION_DAYS")
    if cutoff is None:
        return {"letter forms: kept (SUPPORTER_DATA_RETENTION_DAYS=0)": 0}
    letters = LetterWritten.objects.filter(created_at__lt=cutoff, consent=True).update(**BLANKS)
    return {f"letter forms older than {cutoff.date()} anonymised": letters}
