"""Which query parameters a page read while it rendered, so a copy is shared only by URLs that differ in
parameters the page never looked at.

The page cache keys a page by its path and the parameters in PAGECACHE_QUERY_PARAMS (pagecache/keys.py). A
view that reads another parameter (or walks the whole query) makes a page that depends on something the key
leaves out: such a page is served but not stored.
"""

from django.http import QueryDict

EVERYTHING = "*"


class ReadRecordingQueryDict(QueryDict):
    """`request.GET` that remembers the names asked for."""

    def __init__(self, query_string, encoding=None):
        self.names_read = set()
        super().__init__(query_string, encoding=encoding)
        self.names_read.clear()  # what building it touched is no read of the page

    def __getitem__(self, key):
        self.names_read.add(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        self.names_read.add(key)
        return super().get(key, default)

    def getlist(self, key, default=None):
        self.names_read.add(key)
        return super().getlist(key, default)

    def __contains__(self, key):
        self.names_read.add(key)
        return super().__contains__(key)

    def _read_everything(self):
        self.names_read.add(EVERYTHING)

    def items(self):
        self._read_everything()
        return super().items()

    def lists(self):
        self._read_everything()
        return super().lists()

    def keys(self):
        self._read_everything()
        return super().keys()

    def values(self):
        self._read_everything()
        return super().values()

    def __iter__(self):
        self._read_everything()
        return super().__iter__()

    def dict(self):
        self._read_everything()
        return super().dict()

    def urlencode(self, safe=None):
        self._read_everything()
        return super().urlencode(safe)

    def copy(self):
        self._read_everything()
        return super().copy()


def record_reads(request):
    """Gives the request a `GET` that records what the page reads; returns it."""
    recorder = ReadRecordingQueryDict(request.META.get("QUERY_STRING", ""), encoding=request.encoding)
    request.GET = recorder
    return recorder


def reads_only(recorder, allowed):
    """True when the page asked for no parameter outside `allowed` and did not walk the whole query. Asking for
    one the URL lacks counts too: the next URL, with it, would share the key and get this copy."""
    return recorder.names_read <= allowed
