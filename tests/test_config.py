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
    [("PORT", "eighty"), ("PORT", "70000"), ("SLACK_API_URL", "slack.com/api"), ("SLACK_BOT_TOKEN", "xoxp-user"), ("SLACK_APP_TOKEN", "xoxb-1"), ("LOG_LEVEL", "LOUD")],
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
    settings = Settings.from_env({"SLACK_BOT_TOKEN": "xoxb-secret", "SLACK_SIGNING_SECRET": "sshh", "SLACK_APP_TOKEN": "xapp-secret"})
    assert "secret" not in repr(settings) and "sshh" not in repr(settings)
