"""Settings from the environment: defaults, parsing, and errors that name the variable."""

from __future__ import annotations

import pytest

from service.config import load_settings
from service.setting_values import ApiKey, SettingsError, parse_api_keys


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


def test_a_url_alone_has_no_sentinels_and_no_wait() -> None:
    settings = load_settings({"REDIS_URL": "redis://db.internal:6380/2"})
    target = settings.redis_target()
    assert (target.url, target.sentinels) == ("redis://db.internal:6380/2", ())
    assert settings.durability() is None


def test_sentinels_master_and_their_own_login() -> None:
    settings = load_settings(
        {
            "REDIS_URL": "rediss://app:data-secret@ignored:1/3",
            "REDIS_SENTINELS": "10.0.0.1:26379, sentinel-2:26380,[::1]:26381",
            "REDIS_SENTINEL_MASTER": "orders",
            "REDIS_SENTINEL_PASSWORD": "sentinel-secret",
            "REDIS_WAIT_REPLICAS": "1",
            "REDIS_WAIT_REPLICAS_SECONDS": "0.5",
        }
    )
    target = settings.redis_target()
    assert target.sentinels == (("10.0.0.1", 26379), ("sentinel-2", 26380), ("::1", 26381))
    assert (target.master, dict(target.sentinel_auth)) == ("orders", {"password": "sentinel-secret"})
    assert target.url.startswith("rediss://app:data-secret@") and target.tls is not None
    assert settings.durability() == (1, 500)


@pytest.mark.parametrize(
    ("environ", "named"),
    [
        ({"REDIS_SENTINELS": "sentinel-1"}, "REDIS_SENTINELS"),
        ({"REDIS_SENTINELS": "s1:26379,s2:99999"}, "REDIS_SENTINELS"),
        ({"REDIS_SENTINELS": "s1:26379", "REDIS_URL": "unix:///run/redis.sock"}, "REDIS_URL"),
        ({"REDIS_SENTINEL_MASTER": ""}, "REDIS_SENTINEL_MASTER"),
        ({"REDIS_WAIT_REPLICAS": "-1"}, "REDIS_WAIT_REPLICAS"),
        ({"REDIS_WAIT_REPLICAS_SECONDS": "3"}, "REDIS_WAIT_REPLICAS_SECONDS"),
    ],
)
def test_bad_sentinel_and_wait_settings_name_the_variable(environ: dict[str, str], named: str) -> None:
    with pytest.raises(SettingsError, match=named):
        load_settings(environ)
