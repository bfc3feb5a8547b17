"""Entry point of the standalone bundle (PyInstaller): the same as ``agreement-studio``."""

import multiprocessing
import sys

from agreement_studio.cli import main

if __name__ == "__main__":
    # ``verify --jobs`` starts worker processes; a frozen program must let them start here.
    multiprocessing.freeze_support()
    sys.exit(main())
