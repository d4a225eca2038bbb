"""Peer feedback requests and recognition (kudos), tied to the goal they are about (docs/feedback.md)."""
