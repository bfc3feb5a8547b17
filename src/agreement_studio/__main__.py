"""``python -m agreement_studio`` runs the command line (or the window, without arguments)."""

import sys

from agreement_studio.cli import main

sys.exit(main())
