"""Updates that add validation data alone: when the register accepts them, and what the
register's own extend tells the audit event (see :mod:`.long_term`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import datetime as dt

    from agreement_studio.register.plan import Context

__all__ = ["Extension", "validation_only_allowed"]


@dataclass(frozen=True)
class Extension:
    """What the register's extend added, for the audit event."""

    level: str
    timestamp_field: str | None = None
    renew_before: dt.datetime | None = None
    warnings: tuple[str, ...] = ()

    def details(self) -> dict[str, Any]:
        """The audit event's extra details."""
        return {
            "level": self.level,
            "timestamp_field": self.timestamp_field,
            "renew_before": self.renew_before.isoformat() if self.renew_before else None,
            "warnings": list(self.warnings),
        }


def validation_only_allowed(context: Context, base_id: int) -> bool:
    """Whether an update without a signature may extend ``base_id``: every signatory signed it."""
    return bool(context.signatories) and set(context.signatories) <= context.signed_on_line(base_id)
