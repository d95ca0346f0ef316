"""The frame's shared parts (menus, the donate link, the site) never outlive the change that made them stale."""

import pytest

from home.frame_cache import bump_frame_version, cached_frame_part, frame_version


@pytest.mark.django_db
def test_a_part_rebuilt_before_the_change_commits_is_not_kept(django_capture_on_commit_callbacks):
    assert cached_frame_part("menu", lambda: "published menu") == "published menu"
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        bump_frame_version()  # an editor saves the menu: the transaction is still open
        # Another process serves a page now: it still reads the menu as committed before the save.
        assert cached_frame_part("menu", lambda: "menu before the save") == "menu before the save"
        version_before_commit = frame_version()
    for callback in callbacks:  # the editor's transaction commits
        callback()
    assert frame_version() != version_before_commit
    assert cached_frame_part("menu", lambda: "menu after the save") == "menu after the save"
