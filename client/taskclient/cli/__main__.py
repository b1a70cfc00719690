"""`python -m taskclient.cli ...`: the same as the `taskctl` console script."""

import sys

from taskclient.cli import main

sys.exit(main())
