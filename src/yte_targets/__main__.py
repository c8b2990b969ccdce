"""``python -m yte_targets``: the command line (see :mod:`yte_targets.cli`)."""

from .cli import main

raise SystemExit(main())
