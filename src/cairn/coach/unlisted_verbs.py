"""Work named by a verb no table holds, and customers won by verbs the text layer leaves
untranslated (issue 15, twenty-seventh round: wordings a survey found before a held-out set).

- **A count of things after a verb no table holds** (`unlisted_work`): where the parser reads
  no unit after the count (Italian, Russian, Ukrainian, Indonesian verb first; German and
  Turkish verb last), an unknown word shaped as an infinitive, a count and the things counted
  are work, as an unknown English verb before a count already is ("Leggere 12 libri",
  "Отключить 5 старых систем", "Memigrasikan 30 layanan ke cloud", "5 Altsysteme
  abschalten", "12 kitap okumak"). The verb is told by its shape (the infinitive endings of
  each language, a German verb in lower case after a capitalised noun), not by a list. Near
  misses: customers, users, downloads or reviews counted ("10 Neukunden akquirieren",
  "Fidelizzare 200 clienti") are others acting, a share or a move from a start is a metric.
- **Customers reached, added, kept or signed** (`others_won_abroad`): "Llegar a 3000 usuarios
  activos", "Llegar a 10.000 seguidores en Instagram" (followers, thirty-second round), "Sumar
  200 clientes nuevos", "Fidéliser 200 clients", "Firmar 10 nuevos clientes",
  "25 Neukunden akquirieren" are results, as English "Reach 3000 users", "Retain 200
  customers", "Sign 10 new customers" already are. Near misses: customers called or
  interviewed ("Llamar a 20 clientes", "Entrevistar a 20 clientes") stay work. After the
  first run of round 36, a verb of exceeding too, with "the barrier/mark of" before the count,
  and participants among the people counted: "Ultrapassar a barreira dos 2000 participantes
  durante um único calendário." (round 36, as "Ter mais de 1000 participantes durante o
  calendário." there is an outcome), "Superar 2000 participantes", "Surpass 500 customers".
  Near misses: the team's own outputs exceeded ("Ultrapassar 20 eventos", "Superar 50
  artículos publicados") stay work.
- **A rank reached** (`rank_reached_abroad`, after the first run of round 36): "Llegar a rango
  Diamante en Immunotec" (round 36, an outcome), "Chegar ao nível Diamante", "Llegar a la
  categoría Oro": a rank, level or tier reached, as "Reach Diamond rank" and "Alcanzar el rango
  Diamante" already are (the text layer leaves "llegar a" untranslated where it does not tell
  the language). Near misses: the team's own work reached ("Llegar a 20 talleres", "Chegar ao
  fim do curso") is not read here.
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import OWN_WORK, RESULT_AFTER_ALL, Reading
from cairn.text import lexicon as lx

# An infinitive first, by its ending: Italian -are/-ere/-ire, Russian and Ukrainian -ть/-ти/-чь,
# Indonesian me- verbs (membaca, memigrasikan, mematikan).
_INFINITIVE_FIRST = re.compile(
    r"^(?:[^\W\d]{3,}(?:are|ere|ire|ть|ти|чь|тися|ться)|me(?:m|n|ng|ny)?[a-z]{3,})$"
)
_COUNT_FIRST = re.compile(r"^\S+\s+(?:[^\s\d]+\s+){0,2}?\d[\d.,]*\+?\s+(?P<things>\S+(?:\s+\S+)?)")
# An infinitive last after a count: German (lower case, after a capitalised noun) or Turkish.
_GERMAN_LAST = re.compile(
    r"(?<!\S)\d[\d.,]*\+?\s+(?P<things>(?:\S+\s+){0,4}?)[a-zäöüß]{3,}(?:en|ern|eln)\s*$"
)
_TURKISH_LAST = re.compile(r"(?<!\S)\d[\d.,]*\+?\s+(?P<things>(?:\S+\s+){1,4}?)\w{2,}m[ae]k\s*$")
_CAPITALISED = re.compile(r"(?<!\S)[A-ZÄÖÜ]")
# Others counted: people outside the team and what they do (download, review, subscribe).
_OTHERS = re.compile(
    r"client|klient|kund|klant|user|utent|usuar|utilisat|nutzer|gebruiker|użytkow|пользоват"
    r"|користувач|клиент|клієнт|müşteri|kullanıcı|pelanggan|pengguna|abbonat|iscritt|subscri"
    r"|abonn|member|mitglied|follower|download|lizenz|licen|review|recension|bewertung|отзыв"
    r"|відгук|ulasan|yorum|lead|partner|партн|лиценз|ліценз|lisans|lisens|provider|провайдер"
    r"|anbieter|fornitor|dostawc|sağlayıcı|penyedia",
    re.IGNORECASE,
)

# Infinitives of winning, keeping or exceeding that the text layer leaves untranslated, per
# language: what they count is won, a result ("10 neue Projekte sichern").
_RESULT_INFINITIVES = {
    "de": "sichern akquirieren binden halten erzielen abschließen überschreiten übertreffen "
    "verbuchen generieren einwerben",
    "tr": "kazanmak aşmak ulaşmak toplamak",
    "it": "conquistare superare chiudere firmare fidelizzare generare raccogliere totalizzare "
    "ottenere",
    "ru": "заключить удержать превысить собрать набрать заработать получить",
    "uk": "залучити утримати перевищити зібрати заробити отримати укласти",
    "id": "mendapatkan meraih mencapai mengumpulkan memperoleh melampaui",
}
_RESULT_WORDS = frozenset(" ".join(_RESULT_INFINITIVES.values()).split())


@OWN_WORK.rule("unlisted verb")
def unlisted_work(reading: Reading) -> bool:
    """Return True for a count of things after (or, verb last, before) an unknown infinitive."""
    written, parsed, verb = reading.written, reading.parsed, reading.verb
    if parsed.target is None or "%" in written or parsed.start is not None:
        return False
    if parsed.change is not None:
        return False
    if verb is not None:  # the parser reads a unit after a verb it knows the language of
        if parsed.unit is not None or verb in lx.ALL_VERBS or verb in _RESULT_WORDS:
            return False
        if not _INFINITIVE_FIRST.match(verb):
            return False
        found = _COUNT_FIRST.match(written)
        return found is not None and not _OTHERS.search(found.group("things"))
    found = _GERMAN_LAST.search(written)
    if found is None or not _CAPITALISED.search(found.group("things")):
        found = _TURKISH_LAST.search(written)
    if found is None or _OTHERS.search(found.group("things")):
        return False
    return written[found.end("things") :].strip().lower() not in _RESULT_WORDS


# Verbs of reaching, adding, keeping or signing customers, per language, that the text layer
# leaves as written (its own tables translate "alcanzar", "atteindre", "gagner", "conseguir").
_WON_FIRST = re.compile(
    r"^(?:llegar\s+a|chegar\s+a|sumar|fidelizar|firmar|assinar|fidéliser|signer|fidelizzare"
    r"|firmare|ultrapassar|superar|sobrepasar|surpass|exceed|dépasser)\s+"
    r"(?:(?:a|la|le|the)\s+(?:barreira|marca|barrera|barre|cap|mark|barrier|threshold)\s+"
    r"(?:dos|das|de\s+los|de\s+las|de|des|of)\s+)?"
    r"(?:(?:al\s+menos|pelo\s+menos|au\s+moins|almeno|más\s+de|mais\s+de)\s+)?"
    r"\d[\d.,]*\+?\s+(?:\S+\s+){0,2}?\S*(?:client|usuar|usuár|utilisat|utent|abonad|assinant"
    r"|suscript|abonn|seguidor|inscrit|follower|particip|customer|user|subscriber)",
    re.IGNORECASE,
)
_WON_LAST = re.compile(
    r"(?<!\S)\d[\d.,]*\+?\s+(?:\S+\s+){0,2}?\S*(?:kunden|nutzer|abonnenten)\s+"
    r"(?:akquirieren|binden|halten|gewinnen)\s*$",
    re.IGNORECASE,
)


_RANK_REACHED = re.compile(
    r"^(?:llegar\s+(?:a|al)|chegar\s+(?:a|ao|à)|arriver\s+(?:à|au)|arrivare\s+(?:a|al))\s+"
    r"(?:(?:el|la|o|a|le|il|l')\s*)?(?:rango|nivel|nível|categoría|categoria|estatus|status|tier"
    r"|posto|patamar|grado|rang|niveau|catégorie|livello)\s+\S",
    re.IGNORECASE,
)


@RESULT_AFTER_ALL.rule("rank reached abroad")
def rank_reached_abroad(written: str, verb: str | None) -> bool:
    """Return True for a rank, level or tier reached ("Llegar a rango Diamante en Immunotec")."""
    return _RANK_REACHED.match(written) is not None


@RESULT_AFTER_ALL.rule("others won abroad")
def others_won_abroad(written: str, verb: str | None) -> bool:
    """Return True for customers or users reached, added, kept or signed (see above)."""
    return _WON_FIRST.match(written) is not None or _WON_LAST.search(written) is not None
