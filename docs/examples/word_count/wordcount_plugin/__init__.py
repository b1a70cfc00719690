"""`word_count`: count the words of a text, the most frequent first, reporting progress as it goes.

An example task type plugin (docs/task-types.md walks through it). It has its own queue, "text": only workers that
have this package installed listen there, so a worker without it never takes one of its jobs.
"""

from __future__ import annotations

import asyncio
import math
import re
from collections import Counter
from typing import Annotated

import msgspec

from service.plugins import TaskContext, TaskData, TaskType

WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


class WordCount(TaskData):
    """What a submit's task_data holds; every limit here is checked by the API (422) and shown in its schemas."""

    text: Annotated[str, msgspec.Meta(max_length=1_000_000, description="The text to count")]
    top: Annotated[int, msgspec.Meta(ge=0, le=100, description="How many of the most frequent words to list")] = 10
    #: progress is reported after each of this many parts of the text
    steps: Annotated[int, msgspec.Meta(ge=1, le=100)] = 4
    #: a pause after each part (seconds): lets a demo (or a test) watch the progress move
    pause_seconds: Annotated[float, msgspec.Meta(ge=0, le=5)] = 0.0
    case_sensitive: bool = False


class Frequency(msgspec.Struct, kw_only=True):
    word: str
    count: int


class WordCountResult(msgspec.Struct, kw_only=True):
    """The result, as published in the OpenAPI document and GET /api/v1/task-types."""

    words: int
    distinct: int
    lines: int
    top: list[Frequency]


async def count_words(context: TaskContext, data: WordCount) -> WordCountResult:
    """Count part by part, reporting progress after each: a re-run (after a crash) starts over and gives the same
    result, so running twice is harmless."""
    lines = data.text.splitlines()
    size = max(1, math.ceil(len(lines) / data.steps))  # lines per part
    counts: Counter[str] = Counter()
    parts = [lines[i : i + size] for i in range(0, len(lines), size)] or [[]]
    for done, part in enumerate(parts, start=1):
        for line in part:
            counts.update(WORD.findall(line if data.case_sensitive else line.lower()))
        await context.progress(100 * done / len(parts))
        await asyncio.sleep(data.pause_seconds)  # also yields to the event loop between parts
    context.log.info("counted %d words in %d lines", sum(counts.values()), len(lines))
    top = [Frequency(word=word, count=count) for word, count in counts.most_common(data.top)]
    return WordCountResult(words=sum(counts.values()), distinct=len(counts), lines=len(lines), top=top)


WORD_COUNT = TaskType(
    name="word_count",
    run=count_words,
    task_data=WordCount,
    result=WordCountResult,
    description="Count the words of a text, the most frequent first (example plugin).",
    timeout_seconds=60,
    max_tries=3,
    queue="text",
)
