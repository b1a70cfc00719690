"""Values the tests share: the API keys every test's settings (and every test process's environment) accept."""

from __future__ import annotations

#: Sees every project.
ADMIN_KEY = "test-admin-key"
#: Sees SCOPED_PROJECT only.
SCOPED_KEY = "test-scoped-key"
SCOPED_PROJECT = "scoped-project"
