"""``python -m kg``: the ``kg`` command."""

import sys

from kg.cli import main

sys.exit(main())
