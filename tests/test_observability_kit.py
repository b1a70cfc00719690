"""deploy/observability: the alert rules and Prometheus config pass promtool (checks and the rules' unit tests),
the Grafana dashboard is well formed and its queries parse, and every metric the kit names is one the service
exports (a real scrape after a task ran)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from pytest_aiohttp import AiohttpClient
from redis.asyncio import Redis

from service.config import Settings
from tests.api_support import echo, start, submit
from tests.metrics_support import names_of
from tests.processes import ROOT
from tests.worker_support import run_burst

KIT = ROOT / "deploy" / "observability"
PROMTOOL = shutil.which("promtool")
needs_promtool = pytest.mark.skipif(
    PROMTOOL is None,
    reason="PROMTOOL MISSING: rule checks SKIPPED (Debian: apt-get install prometheus; `make test` does it as root)",
)
METRIC = re.compile(r"\btaskservice_[a-z0-9_]+\b")
#: Grafana's variables, as a query sent to Prometheus has them replaced.
GRAFANA_VARIABLES = {"$__rate_interval": "1m", "$task_type": ".*"}


def promtool(*args: str, cwd: Path = KIT) -> str:
    assert PROMTOOL is not None
    done = subprocess.run([PROMTOOL, *args], cwd=cwd, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


def alert_rules() -> list[dict[str, Any]]:
    groups = yaml.safe_load((KIT / "alerts.yml").read_text())["groups"]
    return [rule for group in groups for rule in group["rules"]]


def dashboard() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((KIT / "grafana-dashboard.json").read_text())
    return loaded


def queries() -> list[str]:
    """Every PromQL expression of the dashboard, its variables included."""
    found = [target["expr"] for panel in dashboard()["panels"] for target in panel.get("targets", [])]
    found += [variable["definition"] for variable in dashboard()["templating"]["list"] if "definition" in variable]
    return found


@needs_promtool
def test_alert_rules_pass_promtool_check() -> None:
    assert f"SUCCESS: {len(alert_rules())} rules found" in promtool("check", "rules", "alerts.yml")


@needs_promtool
def test_alert_rules_pass_their_unit_tests() -> None:
    assert "SUCCESS" in promtool("test", "rules", "alerts_test.yml")


@needs_promtool
def test_prometheus_config_is_valid() -> None:
    assert "is valid prometheus config" in promtool("check", "config", "prometheus.yml")


def test_every_alert_is_tested_firing_and_quiet() -> None:
    cases = [
        case
        for test in yaml.safe_load((KIT / "alerts_test.yml").read_text())["tests"]
        for case in test["alert_rule_test"]
    ]
    for rule in alert_rules():
        outcomes = {bool(case["exp_alerts"]) for case in cases if case["alertname"] == rule["alert"]}
        assert outcomes == {True, False}, rule["alert"]
        assert rule["labels"]["severity"] in ("critical", "warning", "info")
        assert {"summary", "description"} <= rule["annotations"].keys()


def test_the_dashboard_is_well_formed() -> None:
    board = dashboard()
    assert board["uid"] and board["title"] and board["schemaVersion"] >= 36
    panels = board["panels"]
    assert len({panel["id"] for panel in panels}) == len(panels)
    cells: set[tuple[int, int]] = set()
    for panel in panels:
        grid = panel["gridPos"]
        assert 0 <= grid["x"] and grid["x"] + grid["w"] <= 24, panel["title"]
        area = {
            (x, y) for x in range(grid["x"], grid["x"] + grid["w"]) for y in range(grid["y"], grid["y"] + grid["h"])
        }
        assert not area & cells, f"{panel['title']} overlaps another panel"
        cells |= area
        if panel["type"] == "row":
            continue
        targets = panel["targets"]
        assert targets and len({target["refId"] for target in targets}) == len(targets), panel["title"]
        for target in [panel, *targets]:
            assert target["datasource"] == {"type": "prometheus", "uid": "${datasource}"}, panel["title"]
        assert all(METRIC.search(target["expr"]) for target in targets), panel["title"]


@needs_promtool
def test_the_dashboard_queries_parse(tmp_path: Path) -> None:
    """promtool has no query checker; a recording rule per query makes `check rules` parse each one."""
    rules = []
    for n, query in enumerate(queries()):
        for variable, value in GRAFANA_VARIABLES.items():
            query = query.replace(variable, value)
        if query.startswith("label_values("):  # Grafana's own function: its argument is the query
            query = query.removeprefix("label_values(").rsplit(",", 1)[0]
        rules.append({"record": f"dashboard:query_{n}", "expr": query})
    (tmp_path / "queries.yml").write_text(yaml.safe_dump({"groups": [{"name": "dashboard", "rules": rules}]}))
    assert f"SUCCESS: {len(rules)} rules found" in promtool("check", "rules", "queries.yml", cwd=tmp_path)


async def test_every_metric_the_kit_names_is_exported(
    aiohttp_client: AiohttpClient, settings: Settings, redis: Redis
) -> None:
    client = await start(aiohttp_client, settings)
    await submit(client, echo())
    await run_burst(settings)  # a run: the queue-wait and run-time histograms get samples
    exported = names_of(await (await client.get("/metrics")).text())
    named = {name for query in queries() for name in METRIC.findall(query)}
    named |= {name for rule in alert_rules() for name in METRIC.findall(rule["expr"])}
    assert named - exported == set()
    assert len(named) > 20  # the kit uses the figures, not a few of them
