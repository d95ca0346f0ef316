"""The production file cache (no Redis) remembers what it read, but never serves what another worker replaced,
deleted or let expire, and never hands two callers the same object."""

import time

from pagecache.file_cache import FileCache


def two_workers(tmp_path):
    return FileCache(str(tmp_path), {}), FileCache(str(tmp_path), {})


def test_a_value_another_worker_writes_or_deletes_is_seen_at_once(tmp_path):
    this, other = two_workers(tmp_path)
    this.set("amparo:content-version", "a" * 32, timeout=None)
    assert this.get("amparo:content-version") == "a" * 32
    for version in ("b" * 32, "c" * 32, "a" * 32):  # same size each time, written back to back
        other.set("amparo:content-version", version, timeout=None)
        assert this.get("amparo:content-version") == version
    other.delete("amparo:content-version")
    assert this.get("amparo:content-version") is None
    assert this.get_many(["amparo:content-version", "missing"]) == {}


def test_an_expired_value_is_gone_even_when_remembered(tmp_path):
    cache = FileCache(str(tmp_path), {})
    cache.set("page", b"<html>", timeout=1)
    assert cache.get("page") == b"<html>"
    time.sleep(1.1)
    assert cache.get("page", "gone") == "gone"
    assert not list(tmp_path.glob("*.djcache"))


def test_each_read_is_a_copy_of_its_own(tmp_path):
    cache = FileCache(str(tmp_path), {})
    cache.set("menu", {"items": ["Home"]})
    first = cache.get("menu")
    first["items"].append("Changed by one request")
    assert cache.get("menu") == {"items": ["Home"]}


def test_a_page_stored_by_django_s_file_cache_reads_the_same(tmp_path):
    """Same files as Django's FileBasedCache: a deploy switching between them keeps the cache readable."""
    from django.core.cache.backends.filebased import FileBasedCache

    page = (time.time(), 200, (("Content-Type", "text/html"),), b"x" * 50_000)
    FileBasedCache(str(tmp_path), {}).set("page", page)
    cache = FileCache(str(tmp_path), {})
    assert cache.get("page") == page == cache.get("page")


def test_the_folder_stays_bounded_without_counting_it_on_every_write(tmp_path, monkeypatch):
    from pagecache import file_cache

    cache = FileCache(str(tmp_path), {"OPTIONS": {"MAX_ENTRIES": 60}})
    listings = []
    original = FileCache._list_cache_files
    monkeypatch.setattr(FileCache, "_list_cache_files", lambda self: listings.append(1) or original(self))
    for number in range(400):
        cache.set(f"page:{number}", b"x")
    assert len(listings) <= 400 // file_cache.CULL_CHECK_EVERY + 1
    assert len(list(tmp_path.glob("*.djcache"))) <= 60 + file_cache.CULL_CHECK_EVERY
