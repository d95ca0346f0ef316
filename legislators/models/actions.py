"""What supporters' actions leave behind: a count of letters and a tally of calls, nothing more than asked.

The pages are cached and shared, so no form carries a token of its own: each record keeps a keyed hash of who
sent what (legislators/duplicates.py), and a unique constraint on it means a reloaded or re-sent form is never
counted twice while two supporters are always two records.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LetterWritten(models.Model):
    """One submitted letter form. Name, email, city and ZIP are kept only when the supporter agreed."""

    # Supporters' records are not content: no row in Wagtail's reference index for each one (a write per save).
    wagtail_reference_index_ignore = True

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    # A keyed hash of the sender and the day (legislators/duplicates.py); blanked by the privacy purge.
    fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    letters = models.PositiveSmallIntegerField(help_text=_("How many members the supporter wrote to."))
    consent = models.BooleanField(default=False)
    name = models.CharField(max_length=100, blank=True)
    email = models.EmailField(blank=True)
    city = models.CharField(max_length=100, blank=True)
    zip_code = models.CharField(max_length=5, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("letter form")
        verbose_name_plural = _("letter forms")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "fingerprint"],
                condition=~models.Q(fingerprint=""),
                name="legislators_letter_once_a_day",
            )
        ]

    def __str__(self):
        return f"{self.letters} letter(s) on page {self.page_id}"


class CallReport(models.Model):
    """One "I made the call" report: which member or target, and how it went. No personal data."""

    # Supporters' records are not content: no row in Wagtail's reference index for each one (a write per save).
    wagtail_reference_index_ignore = True

    REACHED_STAFF = "reached_staff"
    VOICEMAIL = "voicemail"
    NO_ANSWER = "no_answer"
    OUTCOME_CHOICES = [
        (REACHED_STAFF, _("I spoke with a staff member")),
        (VOICEMAIL, _("I left a voicemail")),
        (NO_ANSWER, _("I could not get through")),
    ]

    # How the public tally names each outcome.
    TALLY_LABELS = {
        REACHED_STAFF: _("Reached staff"),
        VOICEMAIL: _("Left a voicemail"),
        NO_ANSWER: _("Could not get through"),
    }

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    # A keyed hash of the client, the target, the outcome and a ten-minute window; blanked by the privacy purge.
    fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    # A bioguide id, or "target-<id>" for an editor's own target; kept as text so tallies outlive a member's term.
    target = models.CharField(max_length=40)
    target_name = models.CharField(max_length=200)
    outcome = models.CharField(max_length=20, choices=OUTCOME_CHOICES)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("call report")
        verbose_name_plural = _("call reports")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "fingerprint"], condition=~models.Q(fingerprint=""), name="legislators_call_once"
            )
        ]

    def __str__(self):
        return f"{self.target_name}: {self.get_outcome_display()}"
