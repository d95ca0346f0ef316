"""The scheduler service runs the README's jobs on their intervals, in the site's time zone."""

import datetime
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.test import override_settings

from ops.schedule import Job, Scheduler, default_jobs, parse_weekly

NEW_YORK = ZoneInfo("America/New_York")


def at(*args):
    return datetime.datetime(*args, tzinfo=NEW_YORK)


class Clock:
    def __init__(self, start):
        self.now = start

    def __call__(self):
        return self.now


@override_settings(TIME_ZONE="America/New_York")
def test_the_weekly_issue_goes_out_on_tuesday_morning_local_time_across_a_clock_change():
    weekly = Job("send_weekly_actions", weekday=1, at=datetime.time(8, 0))

    # Sunday 2 November 2025: clocks went back an hour in New York overnight.
    first = weekly.next_run(at(2025, 10, 29, 9, 0))  # Wednesday, after this week's send
    second = weekly.next_run(first)

    assert first == at(2025, 11, 4, 8, 0) and first.astimezone(NEW_YORK).hour == 8
    assert second == at(2025, 11, 11, 8, 0)
    assert weekly.next_run(at(2025, 11, 4, 7, 59)) == at(2025, 11, 4, 8, 0)


@override_settings(TIME_ZONE="America/New_York")
def test_interval_jobs_run_at_start_and_every_interval_and_timed_jobs_only_at_their_time():
    clock = Clock(at(2026, 11, 16, 23, 0))  # a Monday night
    ran = []
    scheduler = Scheduler(default_jobs("tuesday 08:00"), now=clock, run=lambda job: ran.append((clock(), str(job))))

    for _ in range(12 * 60):  # twelve hours, a minute at a time
        scheduler.run_pending()
        clock.now += datetime.timedelta(minutes=1)

    def times(command):
        return [when for when, job in ran if job.startswith(command)]

    assert len(times("publish_scheduled")) == 12 * 12  # every five minutes, the first at start
    assert times("reconcile_donations --since 3d")[:2] == [at(2026, 11, 16, 23, 0), at(2026, 11, 17, 0, 0)]
    assert times("send_weekly_actions") == [at(2026, 11, 17, 8, 0)]
    assert times("purge_supporter_data") in ([], [at(2026, 11, 17, 3, 30)])  # scheduled once the command exists


def test_a_job_whose_command_does_not_exist_is_skipped_with_a_warning(caplog):
    scheduler = Scheduler([Job("no_such_command", every=datetime.timedelta(minutes=1))], run=pytest.fail)

    assert scheduler.due == {}
    assert scheduler.run_pending() == []
    assert "Not scheduling no_such_command" in caplog.text


@pytest.mark.django_db
def test_a_failing_job_is_logged_and_the_scheduler_goes_on(caplog):
    scheduler = Scheduler([Job("send_weekly_actions", ("--issue", "999999"), every=datetime.timedelta(hours=1))])

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("ops.schedule.call_command", lambda *args: 1 / 0)
        ran = scheduler.run_pending()

    assert [str(job) for job in ran] == ["send_weekly_actions --issue 999999"]
    assert "Scheduled job send_weekly_actions --issue 999999 failed" in caplog.text
    assert 0 < scheduler.seconds_until_next() <= 60


@pytest.mark.django_db
def test_an_expected_refusal_is_one_log_line_without_a_traceback(caplog, monkeypatch):
    # Inside the test's transaction, closing "old" connections would close the test database's.
    monkeypatch.setattr("ops.schedule.close_old_connections", lambda: None)
    scheduler = Scheduler([Job("send_weekly_actions", ("--issue", "999999"), every=datetime.timedelta(hours=1))])

    scheduler.run_pending()

    assert "Scheduled job send_weekly_actions --issue 999999: No live weekly actions page with id 999999." in (
        caplog.text
    )
    assert "Traceback" not in caplog.text


def test_without_a_stripe_key_there_is_nothing_to_reconcile():
    commands = [job.command for job in default_jobs("tuesday 08:00", stripe_configured=False)]
    assert "reconcile_donations" not in commands and "send_weekly_actions" in commands


@pytest.mark.parametrize("value", ["someday 08:00", "tuesday 25:00", "tuesday", ""])
def test_a_bad_weekly_time_is_refused_with_an_example(value):
    with pytest.raises(ValueError, match="such as 'tuesday 08:00'"):
        parse_weekly(value)


@override_settings(WEEKLY_ACTIONS_SEND_AT="Friday 17:30", STRIPE_SECRET_KEY="sk_test_123")
def test_run_scheduler_lists_the_timetable():
    out = StringIO()
    call_command("run_scheduler", "--list", stdout=out)

    lines = out.getvalue().splitlines()
    assert lines[0].startswith("publish_scheduled: next at ")
    assert any(line.startswith("send_weekly_actions: next at ") and "T17:30" in line for line in lines)
    assert any(line.startswith("reconcile_donations --since 3d: ") for line in lines)
