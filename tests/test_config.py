"""Settings from the environment: defaults, parsing, and errors that name the variable."""

from __future__ import annotations

import pytest

from service.config import ApiKey, SettingsError, load_settings, parse_api_keys


def test_defaults_need_no_environment() -> None:
    settings = load_settings({})
    assert (settings.task_retention_seconds, settings.max_body_bytes, settings.queue_name) == (
        86400,
        1 << 20,
        "arq:queue",
    )


def test_values_are_converted_from_text() -> None:
    settings = load_settings({"TASK_RETENTION_SECONDS": "3600", "WEBHOOK_ALLOW_PRIVATE": "true", "LOG_LEVEL": "DEBUG"})
    assert (settings.task_retention_seconds, settings.webhook_allow_private, settings.log_level) == (
        3600,
        True,
        "DEBUG",
    )


@pytest.mark.parametrize(
    ("name", "value"),
    [("TASK_RETENTION_SECONDS", "soon"), ("MAX_BODY_BYTES", "10"), ("LOG_LEVEL", "LOUD"), ("MAX_TRIES", "0")],
)
def test_bad_values_name_the_variable(name: str, value: str) -> None:
    with pytest.raises(SettingsError, match=name):
        load_settings({name: value})


def test_api_keys_unrestricted_and_scoped() -> None:
    assert parse_api_keys(" k1 , k2:p1|p2 ,") == (ApiKey("k1"), ApiKey("k2", frozenset({"p1", "p2"})))


@pytest.mark.parametrize("raw", ["k1:", ":p1"])
def test_malformed_api_keys_are_refused_without_echoing_the_key(raw: str) -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings({"API_KEYS": raw})
    assert "k1" not in str(caught.value)


def test_rate_limit_is_off_by_default_and_one_setting_away() -> None:
    assert load_settings({}).rate_limit_per_second == 0
    assert load_settings({"RATE_LIMIT_PER_SECOND": "100"}).rate_limit_per_second == 100
    defaults = load_settings({})  # the throttle of unknown keys stays on
    assert (defaults.unknown_key_limit, defaults.unknown_key_window_seconds) == (20, 60)
