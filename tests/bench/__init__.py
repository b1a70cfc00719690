"""`make bench`: the task service measured against baselines taken in the same run (`python -m tests.bench`)."""
