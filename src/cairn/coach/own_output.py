"""The team's own output, counted or held (coach, twenty-fifth round).

Rounds 26 and 27's first runs missed activities of five shapes (docs/plaintext.md,
"Twenty-fifth round (issue 15): the coach"):

- **own content grown** (`content_grown`): the team's own made things grown to a count, even
  after a verb that moves a number: what is counted is its own output ("Increase snippet
  collection to 650 snippets", "Grow our recipe library to 120 recipes", "Increase the number
  of tutorials to 30", "Ampliar la biblioteca de recetas a 30 recetas", "Die Rezeptsammlung auf
  30 Rezepte erweitern"). Not others' doings with it ("Increase newsletter subscribers to 650",
  "Grow the catalogue's sales to 650 units", "Increase article views to 3000");
- **events held** (`events_held`): "Have 4 non Hack Night events (1 member meeting and 3 social
  events)", "Have 4 … Meetings": having events is holding them, as "Hold 6 meetups" is. Not
  "Have 300 attendees at our events" (others come). After the first run of round 36, in Spanish,
  Portuguese, French and German too ("Debemos tener al menos 350 cantidad de reuniones por
  país …", "Tener 10 reuniones", "Ter 6 eventos"), "a number of" between count and events, and
  events had across a count of places ("Ter eventos ocorrendo em pelo menos 6 regiões do
  estado.", "Have events in at least 6 regions"); not users, members or customers had in
  places ("Have users in at least 6 countries", "Ter clientes em 6 estados");
- **own made things counted in Japanese and Chinese** (`made_counted`): a count by the counters
  of songs, pictures, books and pieces, then a verb of making ("自分のインスト音源を2曲作曲する",
  "イラストを3枚描く", "创作3首原创歌曲"). Not plays or views of them ("楽曲の再生回数を3000回");
- **things identified** (`identified`): "2 prioritized improvements for UX have been identified
  after analysis of …", "3 Verbesserungen identifiziert": finding them is the team's work; not
  what others found ("… identified by customers");
- **own artefacts adopting own process** (`own_adopted`): "5 forms use the new accessibility
  testing governance", "3 Formulare nutzen die neuen Richtlinien": the team's own things brought
  under its own new standard. Not others using ("50 customers use the new checkout").
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import OWN_WORK, Reading

# The team's own made things (plural forms; several languages).
_MADE = frozenset(
    (
        "snippets", "articles", "posts", "recipes", "templates", "tutorials", "videos", "guides",
        "episodes", "courses", "lessons", "songs", "tracks", "illustrations", "photos", "ebooks",
        "chapters", "examples", "demos", "worksheets", "infographics", "podcasts", "cheatsheets",
        "playbooks", "explainers", "essays", "stories", "poems", "drawings", "paintings", "sketches",
        "designs", "patterns", "samples", "exercises", "quizzes", "recetas", "plantillas",
        "artículos", "tutoriales", "vídeos", "guías", "episodios", "cursos", "lecciones", "canciones",
        "ejemplos", "receitas", "modelos", "artigos", "tutoriais", "guias", "episódios", "aulas",
        "músicas", "exemplos", "recettes", "modèles", "tutoriels", "vidéos", "épisodes", "leçons",
        "chansons", "exemples", "rezepte", "vorlagen", "artikel", "beiträge", "tutorials",
        "leitfäden", "episoden", "kurse", "lektionen", "lieder", "beispiele"
    )
)  # fmt: skip
# Others' doings with the team's things, or others counted: a result.
_OTHERS = re.compile(
    r"\b(?:views?|downloads?|subscribers?|sales|readers?|visits?|visitors?|likes|shares|plays"
    r"|streams|users?|customers?|followers?|installs?|sign-?ups|clients?|members?|revenue"
    r"|readership|traffic|suscriptores|assinantes|abonnés|abonnenten|ventas|vendas|ventes"
    r"|umsatz|aufrufe|visualizaciones|visualizações|vues|usuarios|usuários|utilisateurs"
    r"|nutzer)\b",
    re.IGNORECASE,
)
# Things got, won or received come from others ("Get 75 posts on forum"): not made.
_GOT = frozenset(("get", "gain", "receive", "attract", "earn", "win", "obtain", "collect"))
_WORD_AFTER_COUNT = re.compile(r"\d[\d,.]*\+?\s+(?:new\s+|more\s+|published\s+)?([^\W\d]+)")
_WORD_BEFORE_TARGET = re.compile(
    r"([^\W\d]+)\s+(?:to|a|para|à|auf)\s+(?:at least\s+)?\d[\d,.]*\+?\s*(?:[(.;]|$|by\b|before\b"
    r"|until\b|in\b|antes\b|hasta\b|até\b|d'ici\b|avant\b|bis\b)",
    re.IGNORECASE,
)

_EVENTS = frozenset(
    (
        "events", "meetings", "meetups", "socials", "gatherings", "workshops", "hackathons",
        "webinars", "sessions", "talks", "classes", "retreats", "dinners", "conferences", "panels",
        "networking",
        # es, pt, fr, de (after the first run of round 36: "… al menos 350 … reuniones por país")
        "eventos", "reuniones", "reuniões", "reunioes", "encuentros", "encontros", "talleres",
        "oficinas", "charlas", "palestras", "sesiones", "sessões", "conferencias", "conferências",
        "événements", "réunions", "ateliers", "rencontres", "veranstaltungen", "treffen",
    )
)  # fmt: skip
_ATTENDING = re.compile(
    r"attend|participant|guest|people|sold|visitor|rsvp|asistent|inscrit|público|publico"
    r"|personas|pessoas|pública",
    re.IGNORECASE,
)
# The events named after a count of them ("al menos 350 cantidad de reuniones"), when the parser
# reads no unit: a "number of" between the count and the events.
_EVENTS_AFTER_COUNT = re.compile(
    r"(?<![\d.,])\d[\d.,]*\+?\s+(?:(?:cantidad|número|numero|quantidade|number|nombre)\s+(?:de|of|d')\s*)?"
    r"(?P<events>[^\W\d]+)",
    re.IGNORECASE,
)
# Events had across a count of places (after the first run of round 36: "Ter eventos ocorrendo
# em pelo menos 6 regiões do estado."): the team's events spread, held, work. Not customers,
# users or members had in places ("Have users in at least 6 countries").
_EVENTS_IN_PLACES = re.compile(
    r"^(?:have|tener|ter|avoir|haben)\s+(?:(?:[^\W\d]+\s+){0,2}?)(?:events|meetings|meetups"
    r"|workshops|eventos|reuniones|reuniões|encuentros|encontros|talleres|oficinas|événements"
    r"|réunions|ateliers|veranstaltungen)\s+(?:(?:occurring|happening|taking\s+place|running"
    r"|ocorrendo|acontecendo|ocurriendo|realizándose|realizando-se|sucediendo|organisés)\s+)?"
    r"(?:in|em|en|dans|across|nas|nos|in\s+mindestens)\s+(?:(?:at\s+least|pelo\s+menos"
    r"|al\s+menos|au\s+moins|mindestens)\s+)?\d+\+?\s+(?:[^\W\d]+\s+)?(?:regions|cities"
    r"|countries|states|campuses|provinces|regiões|regioes|cidades|países|paises|estados"
    r"|municípios|municipios|regiones|ciudades|provincias|villes|pays|départements|städten"
    r"|ländern|regionen)(?!\w)",
    re.IGNORECASE,
)

_CJK_NUMBER = r"(?:\d+|[一二两兩三四五六七八九十百]+)"
_MADE_COUNTED = re.compile(
    _CJK_NUMBER + r"\s*(?:曲|枚|冊|本|篇|幅|作品|点)\s*(?:を)?\s*(?:作曲|作詞|描|書|執筆|創作|制作"
    r"|製作|録音|撮影|翻訳|編曲)"
    r"|(?:创作|創作|写|寫|画|畫|录制|錄製|作曲|翻译|翻譯|拍摄|拍攝|制作|製作)\s*(?:了|出)?\s*"
    + _CJK_NUMBER
    + r"\s*(?:首|篇|幅|张|張|部|本|集|支)"
)
_NOT_MADE = re.compile(r"再生|播放|阅读|閱讀|浏览|瀏覽|下载|下載|回数|次数|次數|%|％")

# A deadline may open the sentence: "Bis Ende Q3 9 Formulare nutzen …".
_OPENING = (
    r"^\W*(?:(?:bis(?:\s+ende)?|by(?:\s+the\s+end\s+of)?|until|before|d'ici(?:\s+fin)?)\s+"
    r"(?:Q[1-4]|\d{4}|[^\W\d]{1,12})\s*,?\s+)?"
)
_IDENTIFIED = re.compile(
    _OPENING + r"(?:[≥>]=?\s*)?\d[\d,.]*\+?\s+(?:[^\W\d][\w'-]{0,30}\s+){1,5}?"
    r"(?:(?:have|has)\s+been\s+|(?:were|are|was|is)\s+|(?:wurden|sind|worden)\s+"
    r"|(?:fueron|foram|ont\s+été|sont)\s+)?"
    r"(?:identified|identificad[oa]s|identifi[ée]e?s|identifiziert|ermittelt)\b",
    re.IGNORECASE,
)
_BY_OTHERS = re.compile(
    r"\b(?:by|por|par|von|durch)\s+(?:the\s+|our\s+|los\s+|les\s+|den\s+)?(?:customers?|users?"
    r"|clients?|auditors?|regulators?|partners?|clientes|usuarios|utilisateurs|kunden|nutzern)",
    re.IGNORECASE,
)

_ARTEFACTS = (
    r"(?:forms|services|templates|pages|repos|repositories|components|apps|pipelines|projects"
    r"|dashboards|documents|apis|modules|screens|workflows|courses|formularios|servicios"
    r"|plantillas|páginas|repositorios|componentes|proyectos|formulários|serviços|modelos"
    r"|projetos|formulaires|modèles|dépôts|composants|projets|formulare|dienste|vorlagen"
    r"|seiten|komponenten|projekte|module)"
)
_ADOPTED = re.compile(
    _OPENING + r"\d[\d,.]*\+?\s+(?:[^\W\d][\w'-]{0,30}\s+){0,2}?" + _ARTEFACTS + r"\s+(?:now\s+)?"
    r"(?:use|follow|adopt|comply\s+with|apply|usan|utilizan|siguen|adoptan|aplican|usam"
    r"|utilizam|seguem|adotam|utilisent|suivent|adoptent|appliquent|nutzen|verwenden|folgen"
    r"|befolgen|übernehmen)\s+(?:the|our|la|el|los|las|a|o|os|as|le|les|notre|nos|die|der|den"
    r"|unsere[nr]?)\s+(?:new|nueva|nuevo|nuevas|nuevos|nova|novo|novas|novos|nouvelle|nouveau"
    r"|nouvelles|nouveaux|neue[nr]?)\b",
    re.IGNORECASE,
)


def content_grown(written: str, reading: Reading) -> bool:
    """Return True for the team's own made things grown to a count ("Increase snippet
    collection to 650 snippets"); not others' doings with them ("… article views to 3000")."""
    parsed = reading.parsed
    if parsed.target is None or parsed.start is not None or parsed.change is not None:
        return False
    if "%" in written or reading.verb in _GOT:
        return False
    if (parsed.unit or "").lower() not in _MADE:
        after = _WORD_AFTER_COUNT.search(written)
        if after is None or after.group(1).lower() not in _MADE:
            before = _WORD_BEFORE_TARGET.search(written)
            if before is None or before.group(1).lower() not in _MADE:
                return False
    return _OTHERS.search(written) is None  # the costlier test last: most have no made noun


def events_held(reading: Reading) -> bool:
    """Return True for events had, counted ("Have 4 non Hack Night events"): held, work."""
    parsed, written = reading.parsed, reading.written
    if parsed.start is not None or parsed.change is not None:
        return False
    if _EVENTS_IN_PLACES.match(written):  # "Ter eventos ocorrendo em pelo menos 6 regiões"
        return True
    if reading.verb != "have":
        return False
    unit = (parsed.unit or "").lower()
    if unit not in _EVENTS:
        if unit or (found := _EVENTS_AFTER_COUNT.search(written)) is None:
            return False
        if found.group("events").lower() not in _EVENTS:  # "350 cantidad de reuniones"
            return False
    return _ATTENDING.search(written) is None


def made_counted(written: str) -> bool:
    """Return True for a Japanese or Chinese count of own made things ("2曲作曲する")."""
    return _MADE_COUNTED.search(written) is not None and _NOT_MADE.search(written) is None


def identified(written: str) -> bool:
    """Return True for things the team identified, counted ("2 improvements identified")."""
    return _IDENTIFIED.match(written) is not None and _BY_OTHERS.search(written) is None


def own_adopted(written: str) -> bool:
    """Return True for the team's own artefacts under its own new process ("5 forms use the
    new accessibility testing governance"); people using are others ("50 customers use …")."""
    return _ADOPTED.match(written) is not None


@OWN_WORK.rule("own output")
def _own_output_rule(reading: Reading) -> bool:
    """ "Increase snippet collection to 650 snippets", "Have 4 events", "2曲作曲する" …"""
    written = reading.written
    if not written.isascii() and made_counted(written):
        return True
    if not any(ch.isdigit() for ch in written):
        return False
    if ("identifi" in written or "ermittelt" in written) and identified(written):
        return True
    return events_held(reading) or content_grown(written, reading) or own_adopted(written)
