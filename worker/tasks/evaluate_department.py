"""`evaluate_department`: score a department's gathered items against five documented criteria.

Each criterion yields a fraction 0..1; the score is their weighted sum (the weights total 100), rounded.
An item is a JSON object; the first non-empty string among each field's aliases is read:
  title ("title", "name"), content ("content", "text", "body", "summary"),
  source ("source", "url"; a URL counts by its host), kind ("kind", "type", "category").
Criteria and weights:
  volume (20)        number of items; full marks from TARGET_ITEMS items on
  completeness (25)  share of the four fields each item fills, averaged over the items
  relevance (25)     share of items about this department: tagged with its slug or number
                     ("department", "department_slug", "department_number"), or naming it in title or
                     content (every word of the slug, or "department N" / "dept N")
  depth (20)         words of content per item, full marks from DEPTH_WORDS on, averaged over the items
  diversity (10)     distinct sources and distinct kinds, full marks from DIVERSITY_TARGET of each
Every criterion below WEAK gets an entry in `issues`; no items at all scores 0.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from statistics import fmean
from typing import Any
from urllib.parse import urlsplit

from service.plugins import TaskContext, TaskType
from service.task_types import EvaluateDepartment

WEIGHTS = {"volume": 20, "completeness": 25, "relevance": 25, "depth": 20, "diversity": 10}
TARGET_ITEMS = 10
DEPTH_WORDS = 100
DIVERSITY_TARGET = 3
WEAK = 0.6
FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "name"),
    "content": ("content", "text", "body", "summary"),
    "source": ("source", "url"),
    "kind": ("kind", "type", "category"),
}
TAG_FIELDS = ("department", "department_slug", "department_number")
NO_ITEMS = "no items gathered: nothing to evaluate"
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Item:
    fields: dict[str, str]  # the four FIELDS, "" when absent
    tags: frozenset[str]  # explicit department tags, lower-case
    words: frozenset[str]  # words of title and content
    numbers: frozenset[str]  # N of every "department N" / "dept N" in title and content
    content_words: int


def words_of(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def read_item(raw: dict[str, Any]) -> Item:
    fields = {name: _first_text(raw, aliases) for name, aliases in FIELDS.items()}
    text = words_of(f"{fields['title']} {fields['content']}")
    numbers = {b for a, b in itertools.pairwise(text) if a in ("department", "dept") and b.isdigit()}
    tags = {str(raw[name]).strip().lower() for name in TAG_FIELDS if isinstance(raw.get(name), str | int)}
    return Item(fields, frozenset(tags), frozenset(text), frozenset(numbers), len(words_of(fields["content"])))


def _first_text(raw: dict[str, Any], aliases: tuple[str, ...]) -> str:
    values = (raw.get(name) for name in aliases)
    return next((v.strip() for v in values if isinstance(v, str) and v.strip()), "")


Check = Callable[[list[Item], EvaluateDepartment], tuple[float, str]]


def volume(items: list[Item], data: EvaluateDepartment) -> tuple[float, str]:
    return min(len(items) / TARGET_ITEMS, 1.0), f"volume: {len(items)} item(s) gathered, {TARGET_ITEMS}+ expected"


def completeness(items: list[Item], data: EvaluateDepartment) -> tuple[float, str]:
    fraction = fmean(sum(map(bool, item.fields.values())) / len(FIELDS) for item in items)
    missing = Counter(name for item in items for name, value in item.fields.items() if not value)
    detail = ", ".join(f"{name} in {count}" for name, count in sorted(missing.items(), key=lambda p: (-p[1], p[0])))
    return fraction, f"completeness: items fill {fraction:.0%} of title/content/source/kind (missing {detail})"


def relevance(items: list[Item], data: EvaluateDepartment) -> tuple[float, str]:
    hits = sum(is_relevant(item, data) for item in items)
    slug, number = data.department_slug, data.department_number
    return hits / len(items), f"relevance: {hits} of {len(items)} item(s) are about department '{slug}' (#{number})"


def is_relevant(item: Item, data: EvaluateDepartment) -> bool:
    number = str(data.department_number)
    if data.department_slug.lower() in item.tags or number in item.tags or number in item.numbers:
        return True
    slug_words = set(words_of(data.department_slug))
    return bool(slug_words) and slug_words <= item.words


def depth(items: list[Item], data: EvaluateDepartment) -> tuple[float, str]:
    fraction = fmean(min(item.content_words / DEPTH_WORDS, 1.0) for item in items)
    average = fmean(item.content_words for item in items)
    return fraction, f"depth: items average {average:.0f} words of content, {DEPTH_WORDS}+ expected"


def diversity(items: list[Item], data: EvaluateDepartment) -> tuple[float, str]:
    sources = {_source_key(item.fields["source"]) for item in items if item.fields["source"]}
    kinds = {item.fields["kind"].lower() for item in items if item.fields["kind"]}
    fraction = (min(len(sources) / DIVERSITY_TARGET, 1.0) + min(len(kinds) / DIVERSITY_TARGET, 1.0)) / 2
    detail = f"{len(sources)} distinct source(s) and {len(kinds)} kind(s), {DIVERSITY_TARGET}+ of each expected"
    return fraction, f"diversity: {detail}"


def _source_key(source: str) -> str:
    try:
        host = urlsplit(source).hostname
    except ValueError:  # not a URL after all (e.g. an unbalanced "[")
        host = None
    return (host or source).lower()


CRITERIA: dict[str, Check] = {
    "volume": volume,
    "completeness": completeness,
    "relevance": relevance,
    "depth": depth,
    "diversity": diversity,
}


def evaluate(data: EvaluateDepartment) -> dict[str, Any]:
    """The result of an evaluation: deterministic, a pure function of task_data."""
    items = [read_item(raw) for raw in data.gather_data]
    scored = {name: check(items, data) for name, check in CRITERIA.items()} if items else {}
    fractions = {name: scored[name][0] if items else 0.0 for name in WEIGHTS}
    score = round(sum(WEIGHTS[name] * fraction for name, fraction in fractions.items()))
    issues = [text for fraction, text in scored.values() if fraction < WEAK] if items else [NO_ITEMS]
    passed = score >= data.threshold
    if not passed:
        issues.append(f"score {score} is below the threshold {data.threshold}")
    return {
        "department_slug": data.department_slug,
        "department_number": data.department_number,
        "score": score,
        "passed": passed,
        "threshold": data.threshold,
        "criteria": {name: round(fraction * 100) for name, fraction in fractions.items()},
        "issues": issues,
        "evaluated_items": len(items),
    }


async def run(context: TaskContext, data: EvaluateDepartment) -> dict[str, Any]:
    return evaluate(data)


EVALUATE_DEPARTMENT = TaskType(
    name="evaluate_department",
    run=run,
    task_data=EvaluateDepartment,
    description="Score a department's gathered items against five weighted criteria (0-100).",
)
