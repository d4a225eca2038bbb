"""Cairn: a self-hosted OKR platform."""

__version__ = "0.1.0"
