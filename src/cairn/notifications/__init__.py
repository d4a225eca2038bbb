"""Notifications: one record per event and person, delivered by email, chat and the inbox.

Features send through `cairn.notifications.services.notify`; docs/notifications.md explains the
kinds, when each is sent, the dedupe and retry rules and how to add a kind.
"""
