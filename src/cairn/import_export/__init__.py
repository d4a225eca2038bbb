"""OKR plans in and out of the database (import, export, lint); `cairn.text` does the reading."""
