"""The task type plugin API, `service.plugins`: what a package imports to add task types to the service, without
forking it (`from service.plugins import TaskContext, TaskData, TaskType`). It imports nothing but msgspec.

A plugin defines a `TaskType` and names it in its pyproject under the entry point group `taskservice.task_types`
(the entry point's name is the type's name)::

    [project.entry-points."taskservice.task_types"]
    word_count = "wordcount_plugin:WORD_COUNT"

The API (validation, OpenAPI, /task-types) and the workers (execution) load every installed one at start-up.
Only the names below are the stable surface (kept compatible); the rest of the distribution is the service's
own. The guide is docs/task-types.md.
"""

from service.plugins.context import RetryTask, TaskContext, TaskLogger
from service.plugins.task_type import ENTRY_POINT_GROUP, TaskData, TaskFunction, TaskType

__all__ = ["ENTRY_POINT_GROUP", "RetryTask", "TaskContext", "TaskData", "TaskFunction", "TaskLogger", "TaskType"]
