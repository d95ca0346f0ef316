"""A sample letter as supporters receive it: its paragraphs, filled in for one member, with the supporter's own
words before the closing.

Editors write one paragraph a block (legislators/blocks.py); every line typed is a paragraph of its own, so a
signature never runs into the paragraph before it and a translation keeps the paragraphs of the original.
"""

import re

from django.utils.translation import gettext_lazy as _

from legislators.placeholders import fill_placeholders, member_values, supporter_values


def paragraphs(stream):
    """The letter's paragraphs as plain text: one per line typed, blank lines dropped."""
    lines = []
    for block in stream or []:
        lines.extend(line.strip() for line in str(block.value).splitlines())
    return [line for line in lines if line]


def as_stream(text):
    """A letter typed as text, one paragraph block a line: how code (the demo, the tests) writes a letter."""
    return [("paragraph", line.strip()) for line in (text or "").splitlines() if line.strip()]


def plain_text(stream):
    return "\n\n".join(paragraphs(stream))


def values_for(member):
    return member_values(
        member.title,
        member.full_name,
        member.last_name,
        member.state_name,
        the_title=member.title_in_sentence,
        dear=member.salutation,
    )


def fill(stream, values, note=""):
    """The letter's paragraphs filled with `values`; `note` (the supporter's own words) goes before the closing:
    before the last paragraph that names the supporter (their signature) and a short "Sincerely," above it, or
    at the end."""
    templates = paragraphs(stream)
    filled = [fill_placeholders(text, values) for text in templates]
    note_paragraphs = [line.strip() for line in (note or "").splitlines() if line.strip()]
    if note_paragraphs:
        closing = next((i for i in range(len(templates) - 1, 0, -1) if "{name}" in templates[i]), len(templates))
        if 1 < closing < len(templates) and "{" not in templates[closing - 1] and len(templates[closing - 1]) < 30:
            closing -= 1
        filled[closing:closing] = note_paragraphs
    return filled


# Who the editor's sample letter is from: a made-up supporter, named as the page's language would.
SAMPLE_SUPPORTER = {"name": "Ana Pérez", "email": "ana@example.org", "city": "Cambridge", "zip_code": "02139"}


def sample_member():
    """A real member from the bundled data for the editor's sample: a Massachusetts senator if imported."""
    from legislators.models.congress import Legislator

    members = Legislator.objects.prefetch_related("offices")
    return members.filter(state="MA", chamber=Legislator.SENATE).order_by("last_name").last() or members.first()


def sample(page):
    """(member, subject, paragraphs) for the editor's sample, or None without congress data."""
    member = sample_member()
    if member is None:
        return None
    values = {**supporter_values(**SAMPLE_SUPPORTER), **values_for(member)}
    return member, fill_placeholders(page.subject, values), fill(page.letter, values)


NO_SAMPLE = _("Import the congress data (manage.py import_legislators) to see a sample letter here.")


_BULLET = re.compile(r"^\s*[-*•]\s+")


def script_blocks(text):
    """A call script as paragraphs and lists: lines starting "- ", "* " or "• " are a list's items; other lines
    of a paragraph are kept as lines. Each block is ("p", [lines]) or ("ul", [items])."""
    blocks = []
    for chunk in re.split(r"\n\s*\n", text or ""):
        for line in (line.strip() for line in chunk.splitlines()):
            if not line:
                continue
            kind = "ul" if _BULLET.match(line) else "p"
            line = _BULLET.sub("", line)
            if blocks and blocks[-1][0] == kind and blocks[-1][2] is chunk:
                blocks[-1][1].append(line)
            else:
                blocks.append((kind, [line], chunk))
    return [(kind, lines) for kind, lines, _chunk in blocks]
