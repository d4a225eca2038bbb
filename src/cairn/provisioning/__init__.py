"""Provisioning by identity providers that push (SCIM 2.0): people and teams of one organisation."""
