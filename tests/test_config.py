"""Settings come from one mapping; a bad value is one clear line naming the variable."""

from pathlib import Path

import pytest

from bot.config import Settings, SettingsError


def test_defaults_need_no_environment():
    settings = Settings.from_env({})
    assert settings.mode == "console" and settings.db_path == Path("./radar.db") and settings.port == 3000
    assert settings.api_url == "https://slack.com/api/" and settings.catalog_dir is None


def test_modes():
    assert Settings.from_env({"SLACK_BOT_TOKEN": "xoxb-1"}).mode == "http"
    assert Settings.from_env({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"}).mode == "socket"


def test_api_url_gets_its_trailing_slash():
    assert Settings.from_env({"SLACK_API_URL": "http://127.0.0.1:9/api"}).api_url == "http://127.0.0.1:9/api/"


@pytest.mark.parametrize(
    "name, value",
    [
        ("PORT", "eighty"),
        ("PORT", "70000"),
        ("SLACK_API_URL", "slack.com/api"),
        ("SLACK_BOT_TOKEN", "xoxp-user"),
        ("SLACK_APP_TOKEN", "xoxb-1"),
        ("LOG_LEVEL", "LOUD"),
    ],
)
def test_malformed_setting_names_the_variable(name, value):
    with pytest.raises(SettingsError) as caught:
        Settings.from_env({name: value})
    message = str(caught.value)
    assert message.startswith(name) and "\n" not in message
    if "TOKEN" in name:
        assert value not in message  # tokens are never echoed back


def test_http_and_socket_requirements_name_what_is_missing():
    with pytest.raises(SettingsError, match="SLACK_SIGNING_SECRET must be set"):
        Settings.from_env({"SLACK_BOT_TOKEN": "xoxb-1"}).require_http()
    with pytest.raises(SettingsError, match="SLACK_APP_TOKEN must be set"):
        Settings.from_env({"SLACK_BOT_TOKEN": "xoxb-1"}).require_socket()


def test_repr_never_shows_secrets():
    settings = Settings.from_env(
        {"SLACK_BOT_TOKEN": "xoxb-secret", "SLACK_SIGNING_SECRET": "sshh", "SLACK_APP_TOKEN": "xapp-secret"}
    )
    assert "secret" not in repr(settings) and "sshh" not in repr(settings)


@pytest.mark.parametrize(
    "name, value",
    [
        ("RADAR_POLL_CHANNEL", "two words"),
        ("RADAR_POLL_DAY", "someday"),
        ("RADAR_POLL_DAY", "t"),
        ("RADAR_POLL_TIME", "25:00"),
        ("RADAR_POLL_TIME", "10am"),
        ("RADAR_POLL_TIMEZONE", "Mars/Olympus"),
        ("RADAR_POLL_DURATION", "8d"),
        ("RADAR_POLL_DURATION", "soon"),
        ("RADAR_POLL_SIZE", "0"),
        ("RADAR_POLL_SIZE", "11"),
        ("RADAR_POLL_QUORUM", "0"),
        ("RADAR_POLL_MAJORITY", "100%"),
        ("RADAR_POLL_MAJORITY", "half"),
        ("RADAR_POLL_SCHEDULE", "sometimes"),
        ("RADAR_ADMINS", "alice,bob"),
    ],
)
def test_malformed_poll_setting_names_the_variable(name, value):
    with pytest.raises(SettingsError) as caught:
        Settings.from_env({name: value})
    message = str(caught.value)
    assert message.startswith(name) and "\n" not in message


def test_poll_settings_defaults_and_spellings():
    from datetime import time, timedelta

    default = Settings.from_env({})
    assert (default.poll_channel, default.poll_day, default.poll_time, default.poll_timezone) == (
        "",
        0,
        time(10, 0),
        "UTC",
    )
    assert (
        default.poll_duration,
        default.poll_size,
        default.poll_quorum,
        default.poll_majority,
        default.poll_schedule,
    ) == (timedelta(days=3), 5, 3, 0.5, True)
    custom = Settings.from_env(
        {
            "RADAR_POLL_DAY": "Wed",
            "RADAR_POLL_DURATION": "1d12h",
            "RADAR_POLL_MAJORITY": "0.66",
            "RADAR_POLL_SCHEDULE": "off",
            "RADAR_ADMINS": "U1AB, W2CD",
        }
    )
    assert (custom.poll_day, custom.poll_duration, custom.poll_majority, custom.poll_schedule) == (
        2,
        timedelta(days=1, hours=12),
        0.66,
        False,
    )
    assert custom.admins == frozenset({"U1AB", "W2CD"})


def test_each_variable_is_declared_once_with_its_parser_default_and_help():
    from bot.config import SETTINGS

    names = [var.name for var in SETTINGS]
    assert len(names) == len(set(names)) and len({var.attr for var in SETTINGS}) == len(SETTINGS)
    defaults = Settings()
    for var in SETTINGS:
        assert var.what and var.shown
        assert getattr(defaults, var.attr) == var.parse(var.default)  # every default parses
        if not var.expected:  # a variable that can be malformed says what it expects
            var.parse("not a valid value, ?")


def test_lazy_settings_check_each_value_when_it_is_read():
    settings = Settings.lazy({"PORT": "abc", "RADAR_DB": "/tmp/x.db"})
    assert settings.db_path == Path("/tmp/x.db") and settings.log_level == "INFO"
    with pytest.raises(SettingsError, match="^PORT must be a port number"):
        _ = settings.port
    with pytest.raises(SettingsError, match="^PORT"):
        settings.check(["PORT"])
    settings.check(["RADAR_DB", "LOG_LEVEL"])  # the others are fine


def test_settings_are_read_only_and_copied_from_the_environment():
    env = {"PORT": "8080"}
    settings = Settings.lazy(env)
    env["PORT"] = "9090"
    assert settings.port == 8080
    with pytest.raises(AttributeError):
        settings.port = 1  # type: ignore[misc]
    assert Settings.from_env({"PORT": "8080"}) == settings and Settings() != settings
