"""Agreement Studio: draft, sign and keep network continuation agreements."""

from agreement_studio._version import __version__

__all__ = ["__version__"]
