"""The one-pager's PDF, rendered by `cairn worker` and kept until the one-pager changes."""
