"""The team check-in meeting: its board (Plans / Progress / Problems), decisions, follow-ups, agenda."""
