"""Responses every app sends the same way."""

from django.http import HttpResponseRedirect


def see_other(url):
    """303 See Other: after a successful post, the browser GETs the next page (a reload never posts again)."""
    return HttpResponseRedirect(url, status=303)


def parse_id(value, max_digits=12):
    """A database id from a query string or a form (`?campaign=12`), or None for anything else."""
    value = str(value or "").strip()
    if not value.isascii() or not value.isdigit() or len(value) > max_digits:
        return None
    return int(value)
