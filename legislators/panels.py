"""The letter editor's sample: the saved text filled in for a real member, as a supporter would send it."""

from django.utils import translation
from wagtail.admin.panels import Panel

from legislators.letters import NO_SAMPLE, sample


class SampleLetterPanel(Panel):
    """Read-only: the letter as last saved, filled in for a real member of Congress and a made-up supporter, in
    the page's language (a Spanish letter greets "Estimada senadora")."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "legislators/panels/sample_letter.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            context["has_text"] = bool(page.subject or page.letter)
            context["found"] = False
            if context["has_text"]:
                language = page.locale.language_code if page.locale_id else translation.get_language()
                with translation.override(language):
                    found = sample(page)
                    if found:
                        member, subject, paragraphs = found
                        context.update(
                            found=True,
                            member_name=f"{member.title} {member.full_name}",
                            subject=subject,
                            paragraphs=paragraphs,
                        )
            context["no_sample"] = NO_SAMPLE
            return context
