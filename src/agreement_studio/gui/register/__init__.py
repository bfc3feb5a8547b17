"""The register in the window: the table of agreements, the selected one in full, its actions.

:func:`install_register` is the door; it imports nothing heavy (the register itself, and so
SQLAlchemy, loads in the background once the window is on screen).
"""

from agreement_studio.gui.register.controller import RegisterController, install_register

__all__ = ["RegisterController", "install_register"]
