"""One filter value for every frame: countries, companies, models, a date range and a text query."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Filters:
    countries: tuple[str, ...] = ()
    companies: tuple[str, ...] = ()
    models: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    query: str = ""

    def is_empty(self) -> bool:
        return not (self.countries or self.companies or self.models or self.date_from or self.date_to or self.query.strip())

    def slug(self) -> str:
        """A short file-name-safe description, for export names ("country-Iran_model-Tara")."""
        parts = []
        for name, values in (("country", self.countries), ("company", self.companies), ("model", self.models)):
            if values:
                parts.append(f"{name}-" + "+".join(values))
        if self.date_from or self.date_to:
            parts.append(f"{self.date_from or ''}..{self.date_to or ''}")
        if self.query.strip():
            parts.append("q-" + self.query.strip())
        text = "_".join(parts) or "all"
        return re.sub(r"[^\w.+-]+", "-", text)[:120].strip("-")
