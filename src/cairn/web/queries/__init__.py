"""Read queries behind the organisation-wide screens: one query per kind of thing, trees in Python."""
