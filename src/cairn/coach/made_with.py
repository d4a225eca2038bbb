"""A thing made, named with a count of its parts (issue 15, twelfth round).

"Dashboard com 5 visualizações", "Tablero con 5 visualizaciones", "Knowledge graph with 100+
entity instances from real projects": no verb, a deliverable and what it is made of, counted.
That is work by the convention (docs/coach.md), like "Mac signing". When the count is of people,
outside parties or what others do or give ("Newsletter with 5000 subscribers", "Repo with 100
stars", "App with 1000 daily active users") it measures a result; an agreement's "with" names
the other side ("Partnership with 3 universities").

After the first run of round 35, a system doing its work over a count of its parts reads the
same ("Sistema de alertas notifica via 3 canais (WebSocket, Telegram, Email)", "Relay controller
funcional controlando 4+ dispositivos via MQTT", round 35; "Alert system notifies via 3
channels", "Bot integra 5 APIs"): the count is of what the team built it to reach (channels,
devices, integrations), no verb of the team's. Not when the count is of people or outside
parties ("App notifica 500 usuarios", "Bot atiende 300 clientes"), and not a load ("handles 150
concurrent users" is a capacity, `system_capacity`).
"""

from __future__ import annotations

import re

from cairn.coach.parties import OTHERS_ACTS, OUTSIDE_PARTIES
from cairn.text.coach_words import AGREEMENT_HEADS, GIVEN_BY_OTHERS, OUTSIDE_PEOPLE

_WITH_PARTS = re.compile(
    r"^(?:[^\W\d][\w-]*\s+){1,4}?(?:with|com|con|mit|avec)\s+(?:at least\s+|pelo menos\s+"
    r"|al menos\s+|mindestens\s+|au moins\s+)?\d[\d,.]*\+?\s+((?:[^\W\d_][\w-]*\s*){1,3})",
    re.IGNORECASE,
)
# A system doing its work over a count of its parts: "Sistema de alertas notifica via 3 canais".
_DOING_PARTS = re.compile(
    r"^(?:[^\W\d][\w-]*\s+){1,4}?(?:notifies|notify|notifica|notifie|sends|envía|envia|envoie"
    r"|controls|controlling|controla|controlando|controle|contrôle|integrates|integrating|integra"
    r"|integrando|intègre|connects|connecting|conecta|conectando|connecte|monitors|monitoring"
    r"|monitora|monitorando|monitorea|monitoreando|supports|supporting|soporta|suporta"
    r"|suportando|syncs|sincroniza)\s+"
    r"(?:(?:via|through|over|across|to|por|em|en|a|para|sur|à|in)\s+)?"
    r"(?:(?:at least|pelo menos|al menos|mindestens|au moins)\s+)?"
    r"\d[\d,.]*\+?\s+((?:[^\W\d_][\w-]*\s*){1,3})",
    re.IGNORECASE,
)
# People named by what they do or undergo: "farmers", "investors", "attendees".
_AGENT_ENDINGS = ("ers", "ors", "ants", "ents", "ists", "ees")
_PEOPLE = frozenset(["users", "members", "people", "staff", "veterans", "vets", "employees"])


def made_with_parts(written: str) -> bool:
    """Return True for a deliverable named with a count of its parts and no verb; the caller
    checks that the parse counts things (not a %, a duration or money)."""
    if "%" in written or " " not in written:
        return False
    match = _WITH_PARTS.match(written)
    if match is None:
        return False
    return _parts_made(written, match)


def system_parts(written: str) -> bool:
    """Return True for a system doing its work over a count of its parts ("Sistema de alertas
    notifica via 3 canais"); the caller checks that the parse counts things or reads no unit."""
    if "%" in written or " " not in written:
        return False
    match = _DOING_PARTS.match(written)
    return match is not None and _parts_made(written, match)


def _parts_made(written: str, match: re.Match[str]) -> bool:
    """Return True unless the head is an agreement or the parts are people or others' acts."""
    head = written[: match.start(1)].lower().split()
    if not AGREEMENT_HEADS.isdisjoint(head):
        return False  # "Partnership with 3 universities": the other side agrees
    parts = match.group(1).lower().split()
    return not any(_others_part(w) or _others_part(f"{w}s") for w in parts)


def _others_part(word: str) -> bool:
    """Return True for people, outside parties or what others do or give ("subscribers",
    "attendees", "stars", "reviews")."""
    return (
        word.endswith(_AGENT_ENDINGS)
        or word in _PEOPLE
        or word in OUTSIDE_PARTIES
        or word in OTHERS_ACTS
        or word in OUTSIDE_PEOPLE
        or word in GIVEN_BY_OTHERS
    )
