"""The outside channels a delivery goes through: email (Django's backend) and chat (apprise)."""


class DeliveryError(Exception):
    """A send failed; `retry` says whether trying again later may succeed."""

    def __init__(self, message: str, *, retry: bool = True) -> None:
        super().__init__(message)
        self.retry = retry
