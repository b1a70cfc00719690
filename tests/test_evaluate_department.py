"""The department evaluator: documented criteria, deterministic, explained."""

from __future__ import annotations

import random
from typing import Any

import pytest

from service.task_types import EvaluateDepartment
from worker.tasks.evaluate_department import DEPTH_WORDS, NO_ITEMS, WEIGHTS, evaluate

KINDS = ("report", "interview", "dataset")
SOURCES = ("https://archive.example.org/a", "https://news.example.com/b", "field notes")
LONG_TEXT = " ".join(["the story department shaped this chapter"] * 25)  # 150 words


def rich_items(count: int = 12) -> list[dict[str, Any]]:
    return [
        {
            "title": f"Story research {i}",
            "content": LONG_TEXT,
            "source": SOURCES[i % 3],
            "kind": KINDS[i % 3],
        }
        for i in range(count)
    ]


def run(items: list[dict[str, Any]], *, slug: str = "story", number: int = 1, threshold: int = 80) -> dict[str, Any]:
    data = EvaluateDepartment(department_slug=slug, department_number=number, gather_data=items, threshold=threshold)
    return evaluate(data)


def test_empty_gather_data_scores_zero() -> None:
    result = run([])
    assert result == {
        "department_slug": "story",
        "department_number": 1,
        "score": 0,
        "passed": False,
        "threshold": 80,
        "criteria": dict.fromkeys(WEIGHTS, 0),
        "issues": [NO_ITEMS, "score 0 is below the threshold 80"],
        "evaluated_items": 0,
    }


def test_empty_passes_only_a_zero_threshold() -> None:
    assert run([], threshold=0)["passed"] is True


def test_rich_relevant_data_passes_with_no_issues() -> None:
    result = run(rich_items())
    assert (result["score"], result["passed"], result["issues"]) == (100, True, [])
    assert result["criteria"] == dict.fromkeys(WEIGHTS, 100)
    assert result["evaluated_items"] == 12


def test_deterministic_and_independent_of_item_order() -> None:
    items = rich_items(7) + [{"title": "unrelated", "content": "short"}, {"text": "department 1 budget"}]
    shuffled = items[:]
    random.Random(4).shuffle(shuffled)
    first = run(items)
    assert run(items) == first and run(shuffled) == first


def test_score_is_the_weighted_sum_of_the_criteria() -> None:
    items = rich_items(5)  # half the expected volume, everything else perfect
    result = run(items)
    assert result["criteria"]["volume"] == 50
    assert result["score"] == 100 - WEIGHTS["volume"] // 2
    assert result["issues"] == ["volume: 5 item(s) gathered, 10+ expected"]


def test_weak_criteria_are_explained() -> None:
    items = [{"title": f"Quarterly budget {i}", "content": "numbers only", "source": "ledger"} for i in range(10)]
    result = run(items)
    # volume 1, completeness 0.75 (no kind), relevance 0, depth 2/100, diversity (1/3 sources + 0 kinds) / 2
    assert result["score"] == round(20 + 25 * 0.75 + 0 + 20 * 0.02 + 10 * (1 / 3) / 2) == 41
    issues = {issue.split(":")[0]: issue for issue in result["issues"]}
    assert set(issues) == {"relevance", "depth", "diversity", "score 41 is below the threshold 80"}
    assert "0 of 10 item(s) are about department 'story' (#1)" in issues["relevance"]
    assert "average 2 words" in issues["depth"]
    assert "1 distinct source(s) and 0 kind(s)" in issues["diversity"]
    # completeness is 75 % (kind missing everywhere): not weak, so not listed
    assert result["criteria"]["completeness"] == 75 and result["passed"] is False


def test_incomplete_items_name_the_missing_fields() -> None:
    result = run([{"title": "story notes"}, {"content": "story draft"}])
    completeness = next(issue for issue in result["issues"] if issue.startswith("completeness"))
    assert "25%" in completeness and "kind in 2, source in 2" in completeness


@pytest.mark.parametrize(
    ("item", "relevant"),
    [
        ({"title": "About the story team"}, True),
        ({"content": "Notes for Department 1, draft"}, True),
        ({"content": "dept 1 minutes"}, True),
        ({"content": "department 12 minutes"}, False),
        ({"title": "x", "department": "Story"}, True),
        ({"title": "x", "department_number": 1}, True),
        ({"title": "x", "department_slug": "finance"}, False),
        ({"title": "history of storytelling"}, False),  # words, not substrings
    ],
)
def test_relevance(item: dict[str, Any], relevant: bool) -> None:
    assert run([item])["criteria"]["relevance"] == (100 if relevant else 0)


def test_multi_word_slug_needs_every_word() -> None:
    assert run([{"title": "Human resources plan"}], slug="human-resources")["criteria"]["relevance"] == 100
    assert run([{"title": "Human stories"}], slug="human-resources")["criteria"]["relevance"] == 0


def test_depth_counts_words_of_content() -> None:
    half = " ".join(["word"] * (DEPTH_WORDS // 2))
    assert run([{"content": half}])["criteria"]["depth"] == 50
    assert run([{"summary": half + " " + half}])["criteria"]["depth"] == 100  # an alias of content


def test_diversity_counts_hosts_and_kinds() -> None:
    same_host = [
        {"url": "https://a.example/1", "type": "memo"},
        {"url": "https://A.example/2", "type": "Memo"},
        {"source": "interview", "category": "audio"},
    ]
    # sources: a.example, interview (2 of 3); kinds: memo, audio (2 of 3)
    assert run(same_host)["criteria"]["diversity"] == 67


def test_odd_values_do_not_break_it() -> None:
    items = [{"title": 5, "content": ["list"], "source": "http://[bad", "kind": None}, {}]
    result = run(items)
    assert 0 <= result["score"] <= 100 and result["evaluated_items"] == 2
