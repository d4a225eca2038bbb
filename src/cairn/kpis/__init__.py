"""KPIs: the health metrics a team keeps steady, beside the OKRs it changes (docs/kpis.md)."""
