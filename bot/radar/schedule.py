"""When weekly polls open and close, in the team's time zone: pure date arithmetic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class PollSchedule:
    """A poll opens once per ISO week at `weekday` and `at` local time and stays open for `duration`."""

    weekday: int = 0  # Monday
    at: time = time(10, 0)
    timezone: str = "UTC"
    duration: timedelta = timedelta(days=3)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)

    def week_of(self, moment: datetime) -> str:
        """The ISO week a moment falls in, in the team's time zone: the key that keeps one poll per week."""
        year, week, _ = self.local(moment).isocalendar()
        return f"{year}-W{week:02d}"

    def opening_in_week(self, moment: datetime) -> datetime:
        """This week's scheduled opening (past or future), in UTC."""
        day = self.local(moment).date()
        monday = day - timedelta(days=day.weekday())
        return self._at(monday + timedelta(days=self.weekday))

    def next_opening(self, moment: datetime) -> datetime:
        """The first scheduled opening after `moment`."""
        opening = self.opening_in_week(moment)
        if opening > moment:
            return opening
        day = self.local(moment).date()
        next_monday = day - timedelta(days=day.weekday()) + timedelta(days=7)
        return self._at(next_monday + timedelta(days=self.weekday))

    def due_to_open(self, moment: datetime) -> bool:
        """Inside this week's window: after the scheduled opening, before the poll would have closed."""
        opening = self.opening_in_week(moment)
        return opening <= moment < opening + self.duration

    def closes_at(self, opened_at: datetime) -> datetime:
        return opened_at + self.duration

    def describe(self) -> str:
        day, duration = WEEKDAYS[self.weekday].title(), describe_duration(self.duration)
        return f"every {day} at {self.at:%H:%M} {self.timezone}, open for {duration}"

    def _at(self, day: date) -> datetime:
        return datetime.combine(day, self.at, tzinfo=self.zone).astimezone(UTC)


def describe_duration(duration: timedelta) -> str:
    minutes = int(duration.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    parts = [
        f"{n} {unit}{'s' if n != 1 else ''}" for n, unit in ((days, "day"), (hours, "hour"), (minutes, "minute")) if n
    ]
    return " ".join(parts) or "0 minutes"
