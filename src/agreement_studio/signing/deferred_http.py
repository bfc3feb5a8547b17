"""pyHanko's HTTP clients (aiohttp), loaded only when a timestamp server or a fetch needs them.

``pyhanko.sign.timestamps`` and ``pyhanko.sign.validation.ades`` import their aiohttp-based
clients when pyHanko loads, and with them aiohttp and asyncio's network stack: about 0.2 s,
a quarter of a command-line signature that never talks to a server. (pyHanko's certificate
validator already defers its own, for the same reason.)

:func:`defer_http_clients`, called before pyHanko is first imported, puts a stand-in module in
place of each client module. A stand-in holds one small class per public name; making an
instance of it (``HTTPTimeStamper(url)``) or reading any other name loads the real module and
hands over to it. pyHanko only ever instantiates these classes, never subclasses them or checks
``isinstance`` against them, so nothing else notices. :func:`load_http_clients` loads the real
modules at once (the timestamp client does, before it makes its client).
"""

from __future__ import annotations

import importlib
import sys
import threading
import types
from typing import Any

__all__ = ["defer_http_clients", "load_http_clients"]

# module -> the names other modules import from it while pyHanko loads. The certificate
# validator's fetchers come first: the timestamp client imports from them.
_DEFERRED: dict[str, tuple[str, ...]] = {
    "pyhanko_certvalidator.fetchers.aiohttp_fetchers": ("AIOHttpFetcherBackend",),
    "pyhanko.sign.timestamps.aiohttp_client": ("HTTPTimeStamper", "AIOHttpTimeStamper"),
}
_STAND_IN = "__agreement_studio_stand_in__"
_lock = threading.RLock()


def defer_http_clients() -> None:
    """Put the stand-ins in place, unless pyHanko (or a client module) is already loaded."""
    with _lock:
        loaded = ("pyhanko.sign", "pyhanko_certvalidator.fetchers", *_DEFERRED)
        if any(name in sys.modules for name in loaded):
            return
        for module_name, class_names in _DEFERRED.items():
            sys.modules[module_name] = _stand_in(module_name, class_names)


def load_http_clients() -> None:
    """Replace the stand-ins (if any) by the real client modules now."""
    for module_name in _DEFERRED:
        _real(module_name)


def _real(module_name: str) -> types.ModuleType:
    """The real module, imported now if a stand-in holds its place."""
    with _lock:
        module = sys.modules.get(module_name)
        if module is not None and not getattr(module, _STAND_IN, False):
            return module
        if module is not None:
            del sys.modules[module_name]
        if module_name.endswith(".aiohttp_client"):  # it imports from the fetchers package
            _real("pyhanko_certvalidator.fetchers.aiohttp_fetchers")
        return importlib.import_module(module_name)


def _stand_in(module_name: str, class_names: tuple[str, ...]) -> types.ModuleType:
    module = types.ModuleType(module_name, f"Stand-in for {module_name}, loaded on first use.")
    setattr(module, _STAND_IN, True)
    for class_name in class_names:
        setattr(module, class_name, _stand_in_class(module_name, class_name))

    def __getattr__(name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(_real(module_name), name)

    module.__getattr__ = __getattr__  # type: ignore[method-assign]  # PEP 562 module hook
    return module


def _stand_in_class(module_name: str, class_name: str) -> type:
    def __new__(cls: type, *args: Any, **kwargs: Any) -> Any:
        # An instance of the real class: not of ``cls``, so Python does not call __init__ again.
        return getattr(_real(module_name), class_name)(*args, **kwargs)

    return type(class_name, (), {"__new__": __new__, "__module__": module_name})
