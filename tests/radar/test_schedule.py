"""Poll opening times: weekday, time and time zone, one ISO week each."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from bot.radar.schedule import PollSchedule, describe_duration

UTC = UTC


def test_default_opens_monday_ten_utc_for_three_days():
    schedule = PollSchedule()
    wednesday = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
    assert schedule.opening_in_week(wednesday) == datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    assert schedule.due_to_open(wednesday)
    assert not schedule.due_to_open(datetime(2026, 3, 5, 10, 0, tzinfo=UTC))  # the window has passed
    assert not schedule.due_to_open(datetime(2026, 3, 2, 9, 59, tzinfo=UTC))
    assert schedule.next_opening(wednesday) == datetime(2026, 3, 9, 10, 0, tzinfo=UTC)
    assert schedule.next_opening(datetime(2026, 3, 2, 9, 0, tzinfo=UTC)) == datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def test_time_zone_moves_the_opening_with_daylight_saving():
    berlin = PollSchedule(weekday=1, at=time(9, 30), timezone="Europe/Berlin")
    winter = berlin.opening_in_week(datetime(2026, 1, 14, tzinfo=UTC))
    summer = berlin.opening_in_week(datetime(2026, 7, 15, tzinfo=UTC))
    assert winter == datetime(2026, 1, 13, 8, 30, tzinfo=UTC)
    assert summer == datetime(2026, 7, 14, 7, 30, tzinfo=UTC)


def test_week_key_follows_the_local_calendar():
    tokyo = PollSchedule(timezone="Asia/Tokyo")
    sunday_evening_utc = datetime(2026, 3, 8, 20, 0, tzinfo=UTC)  # already Monday in Tokyo
    assert PollSchedule().week_of(sunday_evening_utc) == "2026-W10"
    assert tokyo.week_of(sunday_evening_utc) == "2026-W11"


def test_closing_and_description():
    schedule = PollSchedule(duration=timedelta(days=1, hours=12))
    opened = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    assert schedule.closes_at(opened) == datetime(2026, 3, 3, 22, 0, tzinfo=UTC)
    assert schedule.describe() == "every Monday at 10:00 UTC, open for 1 day 12 hours"
    assert describe_duration(timedelta(minutes=90)) == "1 hour 30 minutes"
