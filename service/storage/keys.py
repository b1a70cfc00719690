"""Key names: the only place a Redis key string is built."""

from service.storage import arqwire

METRICS = "task_metrics"  # the seed's global counters; also holds per-type fields "{type}:{counter}"
#: the workers' own figures (service/storage/upkeep.py): liveness counters and what reconcile passes did
UPKEEP_METRICS = "upkeep_metrics"
ACTIVE_TASKS = "active_tasks"  # zset of queued/processing task ids, scanned by the reconciler
ARQ_ABORT = arqwire.ABORT_SET


def task(task_id: str) -> str:
    return f"task:{task_id}"


def project_index(project_id: str, status: str | None = None, task_type: str | None = None) -> str:
    """Sorted set of a project's task ids scored by creation time (µs), optionally filtered."""
    key = f"project_tasks:{project_id}"
    if status:
        key += f":status:{status}"
    if task_type:
        key += f":type:{task_type}"
    return key


def deferred(task_type: str) -> str:
    """Sorted set of a type's deferred tasks still waiting for their time, scored by it (ms): /ready counts those
    not due yet, the promoter re-scores the due ones by priority (schedule.py). An entry leaves when promoted, when
    its task is cancelled, or (promoter) when its task is gone; so it holds at most the type's queued tasks."""
    return f"deferred_tasks:{task_type}"


PROJECTS = "projects"  # zset of project ids scored by their last task creation (ms); a project leaves with its tasks
INDEX_TRIM_LOCK = "index_trim:lock"  # held (then left to expire) by the worker running an index-trimming pass
INDEX_TRIM_CURSOR = "index_trim:cursor"  # ZSCAN cursor over PROJECTS, so that successive passes visit every project


def project_metrics(project_id: str) -> str:
    return f"project_metrics:{project_id}"


PROJECT_EVENTS_PREFIX = "project_events:"


def project_events(project_id: str) -> str:
    """Stream of a project's task changes (service/storage/events.py), trimmed and deleted with the project."""
    return PROJECT_EVENTS_PREFIX + project_id


#: Pub/sub channels announcing that a task reached a final state (the waiter subscribes to the pattern).
TASK_EVENTS_PREFIX = "task_events:"


def task_events(task_id: str) -> str:
    return TASK_EVENTS_PREFIX + task_id


def workers(queue_name: str) -> str:
    """Sorted set of live worker ids on a queue, scored by last heartbeat (ms)."""
    return f"workers:{queue_name}"


def typed_workers(queue_name: str) -> str:
    """Sorted set of the live workers of a queue that say which task types they run (as `workers`). A worker
    missing from it (an earlier version's) is taken to run every type of its queue."""
    return f"typed_workers:{queue_name}"


def type_workers(task_type: str, queue_name: str) -> str:
    """Sorted set of the live workers of a queue that run one task type (a type name holds no ':')."""
    return f"type_workers:{task_type}:{queue_name}"


def type_slots(task_type: str) -> str:
    """Sorted set of the job ids of a capped task type that hold a run slot, scored by lease expiry (ms of Redis
    TIME): at most the type's limit of members; expires when no worker renews or takes a slot (slots.py)."""
    return f"type_slots:{task_type}"


def type_line(task_type: str) -> str:
    """The due time (ms) given to the latest job of a capped task type sent back for want of a slot: the back of
    its line (slot_defer.lua); expires once that time has passed."""
    return f"type_line:{task_type}"


def type_queue(queue_name: str, queue: str) -> str:
    """The arq queue of task types that name their own `queue`, beside QUEUE_NAME."""
    return f"{queue_name}:{queue}"


# arq's own keys of a job (the task's job id is its task id): arqwire.py holds arq's format
arq_job = arqwire.job_key
arq_result = arqwire.result_key
arq_in_progress = arqwire.in_progress_key
arq_retry = arqwire.retry_key

#: arq job ids of webhook deliveries start with this; a task's own job id is its task id (a UUID)
WEBHOOK_JOB_PREFIX = "webhook:"


def webhook_job_id(task_id: str) -> str:
    """arq job id of a task's webhook delivery (arq refuses a second job with the same id)."""
    return WEBHOOK_JOB_PREFIX + task_id


def idempotency(key_id: str, key_digest: str) -> str:
    """Claim of an Idempotency-Key by one API key: the sha256 of the header, never the header itself."""
    return f"idempotency:{key_id}:{key_digest}"


API_KEY_IDS = "api_keys"  # set of the ids of keys created at run time (for `keys list`)


def api_key(key_id: str) -> str:
    """Hash of a key created at run time: its sha256, name, projects, created_at, revoked; never the key."""
    return f"api_key:{key_id}"


def rate_limit(key_id: str) -> str:
    """Token bucket of one API key (tokens, last refill in µs of Redis TIME)."""
    return f"rate_limit:{key_id}"


def unknown_key_failures(address: str) -> str:
    """Counter of requests with an unknown API key from one client address in the current window."""
    return f"unknown_key_failures:{address}"


#: zset of every enabled schedule's id scored by its next run (unix ms): what the workers' schedule loop reads
SCHEDULES_DUE = "schedules_due"


def schedule(schedule_id: str) -> str:
    """Hash of one schedule (service/storage/schedules.py); deleted with it."""
    return f"schedule:{schedule_id}"


def project_schedules(project_id: str) -> str:
    """zset of a project's schedule ids scored by creation (ms); bounded by MAX_SCHEDULES_PER_PROJECT, gone with
    its last schedule."""
    return f"project_schedules:{project_id}"
