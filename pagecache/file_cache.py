"""Django's file cache (one server without Redis), with repeated reads made cheap.

Every page-cache hit reads three files (the content version, the last supporter action, the page) and the frame
cache reads more. Django's FileBasedCache hashes the key, opens the file, unpickles the expiry, decompresses
(zlib) and unpickles the value on each read: for a page, decompressing alone costs as much as the rest of the
hit. Here each process remembers, for the files it read last, the bytes it found and the value they held: a
read still opens the file (so another worker's write, a purge or a cull is seen at once), and when the bytes
are the ones it found before, it skips the decompression. Values are kept pickled and unpickled on every read,
so no two callers share a mutable object.

Writes and expiry are Django's. Culling is too, but Django lists the whole folder on every write to count the
files (at 5,000 files, milliseconds per write, and a page re-rendered after a publish writes a dozen frame
parts): here each process counts on one write in CULL_CHECK_EVERY, so the folder may hold that many files per
process above MAX_ENTRIES before a third are dropped.
"""

import io
import pickle
import threading
import time
import zlib
from collections import OrderedDict

from django.core.cache.backends.filebased import FileBasedCache

REMEMBERED_FILES = 256
LARGEST_REMEMBERED = 512 * 1024  # bytes on disk; larger values are read the usual way
KNOWN_NAMES = 4096
CULL_CHECK_EVERY = 32


class FileCache(FileBasedCache):
    def __init__(self, dir, params):
        super().__init__(dir, params)
        self._names = {}  # (key, version) -> the file's name (hashing the key costs as much as opening the file)
        self._seen = OrderedDict()  # file name -> (its bytes, expiry, the value pickled)
        self._lock = threading.Lock()
        self._writes = 0

    def _file_name(self, key, version):
        name = self._names.get((key, version))
        if name is None:
            name = self._key_to_file(key, version)
            if len(self._names) < KNOWN_NAMES:
                self._names[(key, version)] = name
        return name

    def get(self, key, default=None, version=None):
        name = self._file_name(key, version)
        try:
            with open(name, "rb") as f:
                raw = f.read()
        except FileNotFoundError:
            return default
        with self._lock:
            seen = self._seen.get(name)
            if seen is not None and seen[0] == raw:
                self._seen.move_to_end(name)
        if seen is None or seen[0] != raw:
            content = io.BytesIO(raw)
            try:
                expiry = pickle.load(content)  # noqa: S301 (Django's own file format, in the app's own folder)
                value = zlib.decompress(content.read())
            except (EOFError, pickle.UnpicklingError, zlib.error):
                return default  # another worker's write seen half-way on a file system without atomic renames
            seen = (raw, expiry, value)
            if len(raw) <= LARGEST_REMEMBERED:
                with self._lock:
                    self._seen[name] = seen
                    if len(self._seen) > REMEMBERED_FILES:
                        self._seen.popitem(last=False)
        _raw, expiry, value = seen
        if expiry is not None and expiry < time.time():
            self._delete(name)
            return default
        return pickle.loads(value)  # noqa: S301 (as above)

    def _cull(self):
        self._writes += 1
        if self._writes % CULL_CHECK_EVERY == 1 or CULL_CHECK_EVERY <= 1:
            super()._cull()
