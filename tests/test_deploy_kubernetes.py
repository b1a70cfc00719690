"""deploy/kubernetes: every manifest against the Kubernetes schemas (kubernetes-validate, offline), and the
cross-references no schema sees: selectors, probes, ports, settings, grace periods, scaling targets."""

from __future__ import annotations

import copy
import shutil
import subprocess

import kubernetes_validate
import pytest
import yaml

from service.api.prometheus import render as render_metrics
from service.config import Settings, load_settings
from service.models import QueueStats
from tests.deploy_support import KUBERNETES, Doc, find, render, yaml_docs

#: The oldest and newest minor versions checked (kubernetes-validate ships schemas for 1.25 and later).
VERSIONS = ["1.29.0", kubernetes_validate.latest_version()]
BASE = render(KUBERNETES / "base")
SECRET = yaml_docs(KUBERNETES / "base" / "secret.example.yaml")[0]
#: The fields of KEDA's ScaledObjectSpec (keda.sh/v1alpha1): a misspelt one is refused by the cluster.
SCALED_OBJECT_SPEC_FIELDS = {
    *("scaleTargetRef", "pollingInterval", "initialCooldownPeriod", "cooldownPeriod", "idleReplicaCount"),
    *("minReplicaCount", "maxReplicaCount", "advanced", "fallback", "triggers"),
}
#: Seconds a worker needs past SHUTDOWN_GRACE_SECONDS to hand back what still runs and exit.
HAND_BACK_S = 5


@pytest.fixture(autouse=True)
def clean_redis() -> None:
    """These tests read files only: no Redis (replaces conftest's fixture)."""


def _pod_spec(docs: list[Doc], name: str) -> Doc:
    return find(docs, "Deployment", name)["spec"]["template"]["spec"]


def _settings() -> Settings:
    secrets = {key: str(value) for key, value in SECRET["stringData"].items()}
    return load_settings({**find(BASE, "ConfigMap", "taskservice-config")["data"], **secrets})


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("directory", ["base", "redis", "prometheus-adapter"])
def test_manifests_match_the_kubernetes_schemas(directory: str, version: str) -> None:
    docs = [*render(KUBERNETES / directory), *([SECRET] if directory == "base" else [])]
    for doc in docs:  # strict: an unknown or misspelt field fails too
        kubernetes_validate.validate(doc, version, strict=True)


def test_the_schema_check_catches_a_misspelt_field() -> None:
    doc = copy.deepcopy(find(BASE, "Deployment", "taskservice-api"))
    container = doc["spec"]["template"]["spec"]["containers"][0]
    container["readynessProbe"] = container.pop("readinessProbe")
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(doc, VERSIONS[-1], strict=True)


def test_config_and_secret_hold_valid_settings_only() -> None:
    config = find(BASE, "ConfigMap", "taskservice-config")["data"]
    fields = {name.upper() for name in Settings.__struct_fields__}
    assert set(config) <= fields and set(SECRET["stringData"]) <= fields
    _settings()  # SettingsError on a bad value
    assert {"API_KEYS", "WEBHOOK_SECRET"} <= set(SECRET["stringData"]) and not {"API_KEYS", "WEBHOOK_SECRET"} & set(
        config
    )


def test_pods_read_the_config_map_and_existing_secret_keys() -> None:
    for name in ("taskservice-api", "taskservice-worker"):
        container = _pod_spec(BASE, name)["containers"][0]
        assert container["envFrom"] == [{"configMapRef": {"name": "taskservice-config"}}]
        for variable in container["env"]:
            ref = variable["valueFrom"]["secretKeyRef"]
            assert ref["name"] == SECRET["metadata"]["name"] and ref["key"] in SECRET["stringData"]
            assert variable["name"] == ref["key"]


def test_api_probes_port_and_service() -> None:
    spec = _pod_spec(BASE, "taskservice-api")
    (container,) = spec["containers"]
    (port,) = container["ports"]
    command = container["command"]
    assert command[:3] == ["python", "-m", "service"] and command[command.index("--port") + 1] == str(
        port["containerPort"]
    )
    probes = {kind: container[kind]["httpGet"] for kind in ("startupProbe", "livenessProbe", "readinessProbe")}
    assert {kind: probe["path"] for kind, probe in probes.items()} == {
        "startupProbe": "/api/v1/health",
        "livenessProbe": "/api/v1/health",
        "readinessProbe": "/api/v1/ready",
    }
    assert all(probe["port"] == port["name"] for probe in probes.values())
    service = find(BASE, "Service", "taskservice-api")["spec"]
    labels = find(BASE, "Deployment", "taskservice-api")["spec"]["template"]["metadata"]["labels"]
    assert service["selector"].items() <= labels.items()
    assert [p["targetPort"] for p in service["ports"]] == [port["name"]]


def test_worker_grace_covers_the_graceful_stop() -> None:
    spec = _pod_spec(BASE, "taskservice-worker")
    (container,) = spec["containers"]
    assert container["command"] == ["python", "-m", "worker"] and "ports" not in container
    assert spec["terminationGracePeriodSeconds"] >= _settings().shutdown_grace_seconds + HAND_BACK_S


def test_every_container_requests_resources_and_runs_unprivileged() -> None:
    for docs in (BASE, render(KUBERNETES / "redis")):
        for doc in docs:
            if doc["kind"] not in ("Deployment", "StatefulSet"):
                continue
            spec = doc["spec"]["template"]["spec"]
            assert spec["securityContext"]["runAsNonRoot"] is True and spec["securityContext"]["runAsUser"] > 0
            for container in spec["containers"]:
                assert {"cpu", "memory"} <= container["resources"]["requests"].keys(), container["name"]
                assert container["securityContext"]["allowPrivilegeEscalation"] is False


def test_each_disruption_budget_selects_one_deployment() -> None:
    deployments = [doc for doc in BASE if doc["kind"] == "Deployment"]
    for pdb in (doc for doc in BASE if doc["kind"] == "PodDisruptionBudget"):
        selector = pdb["spec"]["selector"]["matchLabels"]
        chosen = [d for d in deployments if selector.items() <= d["spec"]["template"]["metadata"]["labels"].items()]
        assert [d["metadata"]["name"] for d in chosen] == [pdb["metadata"]["name"]]


def test_api_autoscaler_owns_the_api_replica_count() -> None:
    hpa = find(BASE, "HorizontalPodAutoscaler", "taskservice-api")["spec"]
    deployment = find(BASE, "Deployment", hpa["scaleTargetRef"]["name"])
    assert "replicas" not in deployment["spec"]  # `kubectl apply` would reset the autoscaler's count
    assert [m["resource"]["name"] for m in hpa["metrics"]] == ["cpu"]
    assert find(BASE, "PodDisruptionBudget", "taskservice-api")["spec"]["minAvailable"] < hpa["minReplicas"]


def _exported_queue_depth() -> str:
    """The queue depth series GET /metrics serves for the configured queue, as the service renders it."""
    queue = _settings().queue_name
    text = render_metrics({}, {queue: QueueStats(depth=7, workers=1)}, []).decode()
    (line,) = [line for line in text.splitlines() if line.startswith("taskservice_queue_depth{")]
    return line.removesuffix(" 7.0")


def test_keda_scales_the_worker_on_the_exported_queue_depth() -> None:
    docs = render(KUBERNETES / "keda")
    assert "replicas" not in find(docs, "Deployment", "taskservice-worker")["spec"]
    scaled = find(docs, "ScaledObject", "taskservice-worker")
    # ScaledObject is KEDA's CRD, outside the Kubernetes schemas: the fields used here, checked by hand
    assert scaled["apiVersion"] == "keda.sh/v1alpha1"
    spec = scaled["spec"]
    assert set(spec) <= SCALED_OBJECT_SPEC_FIELDS
    assert spec["scaleTargetRef"] == {"name": "taskservice-worker"}
    assert 1 <= spec["minReplicaCount"] <= spec["maxReplicaCount"]
    (trigger,) = spec["triggers"]
    assert trigger["type"] == "prometheus"
    metadata = trigger["metadata"]
    assert set(metadata) == {"serverAddress", "query", "threshold"}
    assert all(isinstance(value, str) for value in metadata.values())  # the CRD wants strings
    assert float(metadata["threshold"]) > 0
    assert metadata["query"] == f"max({_exported_queue_depth()})"


def test_prometheus_adapter_hpa_reads_the_adapter_metric() -> None:
    docs = render(KUBERNETES / "prometheus-adapter")
    assert "replicas" not in find(docs, "Deployment", "taskservice-worker")["spec"]
    hpa = find(docs, "HorizontalPodAutoscaler", "taskservice-worker")["spec"]
    assert hpa["scaleTargetRef"]["name"] == "taskservice-worker"
    (metric,) = hpa["metrics"]
    (rule,) = yaml.safe_load((KUBERNETES / "prometheus-adapter" / "adapter-values.yaml").read_text())["rules"][
        "external"
    ]
    assert metric["external"]["metric"]["name"] == rule["name"]["as"]
    series = _exported_queue_depth()
    assert series.startswith(rule["name"]["as"] + "{") and series.partition("{")[2].rstrip("}") in rule["metricsQuery"]


@pytest.mark.skipif(shutil.which("kubectl") is None, reason="no kubectl (with kustomize) on this machine")
@pytest.mark.parametrize("directory", ["base", "keda", "prometheus-adapter", "redis"])
def test_kubectl_kustomize_renders_the_same(directory: str) -> None:
    built = subprocess.run(
        ["kubectl", "kustomize", str(KUBERNETES / directory)], capture_output=True, text=True, timeout=60
    )
    assert built.returncode == 0, built.stderr

    def key(doc: Doc) -> tuple[str, str]:
        return doc["kind"], doc["metadata"]["name"]

    assert sorted(yaml.safe_load_all(built.stdout), key=key) == sorted(render(KUBERNETES / directory), key=key)
