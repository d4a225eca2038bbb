"""Data sources: key results fed by an HTTP JSON URL, a CSV URL, a SQL query or a push (docs/data_sources.md)."""
