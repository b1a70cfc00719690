"""Attack scripts: measurements run by hand against a live service (python -m tests.attacks.<name>)."""
