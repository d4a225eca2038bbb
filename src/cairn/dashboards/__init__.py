"""Dashboards: pure aggregation (`figures`) fed by one module that loads rows (`selectors`)."""
