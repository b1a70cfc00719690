"""arq's wire format, the one copy of it: job payload, job and queue keys, and the abort marker.

Storage writes arq jobs inside its own scripts (create.lua enqueues a task's job, finish.lua its webhook job and a
cancel's abort marker), so that a task's record and its job change in one step. What those scripts write must be
what `ArqRedis.enqueue_job` and `Job.abort` of the installed arq write; this module and lua/_arq.lua are the only
places that know it, and tests/test_arqwire.py compares both byte for byte with arq on a real Redis.
"""

from __future__ import annotations

from typing import Any

from arq.constants import (
    abort_jobs_ss,
    in_progress_key_prefix,
    job_key_prefix,
    result_key_prefix,
    retry_key_prefix,
)
from arq.jobs import serialize_job

#: Sorted set of job ids a cancel asked arq to abort, scored by the time of the request (ms).
ABORT_SET = abort_jobs_ss


def job_key(job_id: str) -> str:
    return job_key_prefix + job_id


def result_key(job_id: str) -> str:
    return result_key_prefix + job_id


def in_progress_key(job_id: str) -> str:
    return in_progress_key_prefix + job_id


def retry_key(job_id: str) -> str:
    """arq's try counter of a job (incremented at every start; arq gives up past max_tries)."""
    return retry_key_prefix + job_id


def payload(function: str, args: tuple[Any, ...], enqueue_ms: int) -> bytes:
    """The job key's value as enqueue_job writes it (default pickle serializer, no _job_try, no kwargs)."""
    return serialize_job(function, args, {}, None, enqueue_ms)
