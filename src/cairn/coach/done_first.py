"""Portuguese and Spanish work written the other way round (docs/coach.md, "Eleventh round"):
a deliverable stated participle first ("Concluído o ciclo …", "Executadas, pelo menos, 20
avaliações …", "Implementado el módulo …"), and work done *in* a share of the team's own items
("Implementar o novo fluxo em 80% dos processos", "Activar el cifrado en el 90% de los
servicios"), which the text layer reads as a change "by 80%"."""

from __future__ import annotations

import re

from cairn.coach.parties import OUTSIDE_PARTIES
from cairn.coach.work_rules import OWN_WORK, Reading
from cairn.text.coach_words import AGREEMENT_STEMS, OUTSIDE_PEOPLE

# A participle first, then what was done: an article, a number, a comma or "e"/"y" ("Simplificado
# e aumentado …"). "Colorado office opened", "Canada market share" stay as they are.
_PARTICIPLE = re.compile(
    r"([A-ZÁÉÍÓÚÂÊÔÃÕÇ][a-záéíóúâêôãõç]{3,}?)(ad|id|íd)(?:o|a|os|as)"
    r"(?=,|\s+(?:o|a|os|as|el|la|los|las|um|uma|un|una|e|y|para|pelo|pela|de|do|da|\d+)\b)"
)
# Participles of a verdict others give: "Aprovado o orçamento", "Aceita a proposta" stay granted.
# Written with no article after it ("Elaborado relatório técnico …", "Publicado Painel …"), the
# participle is read only when a Portuguese or Spanish function word follows in the sentence.
_PARTICIPLE_BARE = re.compile(
    r"([A-ZÁÉÍÓÚÂÊÔÃÕÇ][a-záéíóúâêôãõç]{3,}?)(ad|id|íd)(?:o|a|os|as)(?=\s+[^\W\d_])"
)
_ROMANCE_WORD = re.compile(
    r"\s(?:de|do|da|dos|das|del|com|con|em|nas|nos|para|sobre|pelo|pela|por|ao|aos|à|às|el|la"
    r"|los|las|os|as)\s"
)
_BY_AGENT = re.compile(r"\s+(?:por|pelo|pela|pelos|pelas)\b", re.IGNORECASE)
_GRANTED = frozenset(
    ["aprov", "acept", "certific", "homolog", "reconhec", "reconoc", "premi", "selecion", "valid"]
)
_FLOOR_IN_COMMAS = re.compile(r"^,\s*(pelo menos|no mínimo|al menos|como mínimo),", re.I)
# Work in a share of items: "em 80% dos", "en el 90% de los", "sobre 100% dos".
_SHARE_IN = re.compile(
    r"\b(?:em|en|sobre|no|na|nos|nas)\s+(?:el\s+|la\s+|o\s+|a\s+)?\d+(?:[.,]\d+)?\s?%\s+"
    r"(?:dos|das|do|da|de|del)\b",
    re.IGNORECASE,
)
# A Portuguese or Spanish verb first: an infinitive or a participle.
_ROMANCE_VERB = re.compile(
    r"[A-ZÁÉÍÓÚ][a-záéíóúâêôãõç]{3,}(?:ar|er|ir|ad[oa]s?|id[oa]s?|íd[oa]s?)\b"
)
# Result verbs the text layer does not translate ("Otimizar", "Aprimorar", "Maximizar").
MORE_RESULT_VERBS = frozenset(
    ["otimizar", "optimizar", "aprimorar", "potenciar", "maximizar", "acelerar", "expandir"]
    + ["triplicar", "conquistar", "aprimorad", "otimizad", "optimizad", "maximizad"]
)


def infinitive_first(text: str) -> str | None:
    """Return the sentence with its leading participle made an infinitive ("Executadas, pelo
    menos, 20 avaliações" → "Executar pelo menos 20 avaliações"), or None when it does not
    start with a participle of work (a verdict others give stays as written)."""
    match = _PARTICIPLE.match(text)
    if match is None:
        match = _PARTICIPLE_BARE.match(text)
        if match is None or _ROMANCE_WORD.search(text, match.end()) is None:
            return None
        if _BY_AGENT.match(text, match.end()):
            return None  # "Utilizado por 3 equipos": a passive agent, others did it
    if any(match.group(1).lower().startswith(g) for g in _GRANTED):
        return None
    verb = match.group(1) + ("ar" if match.group(2) == "ad" else "ir")
    rest = _FLOOR_IN_COMMAS.sub(r" \1", text[match.end() :])
    return verb + rest


# What makes a participle-first sentence a result after all: a share, money, a move "de A para B".
_MEASURED = re.compile(r"%|[$€£]|\bde\s+\d[^;:]*?\s(?:para|a|al|até|hasta)\s+\d", re.IGNORECASE)
# A count of people outside the team (or of agents: "agricultores", "participantes") acts itself.
_COUNTED_PEOPLE = re.compile(r"\d[\d.,]*\+?\s+([^\W\d_]+)")
_AGENT_ENDINGS = ("ores", "oras", "antes", "entes", "istas")


def deliverable(rewritten: str, start: float | None, relative_change: bool | None) -> bool:
    """Return True for a participle-first sentence read as an infinitive of work that states
    no result: no share, money, baseline or relative change, and no count of outside people
    ("Elaborar relatório técnico sobre 3 programas", "Implantar sistema … em 3 secretarias" —
    "em 3" is where, not a change). `relative_change`: None without a change."""
    if start is not None or relative_change or _MEASURED.search(rewritten):
        return False
    low = rewritten.lower()
    if any(stem in low for stem in AGREEMENT_STEMS):
        return False  # "Integrar o PPA …, por meio da pactuação de 778 ações": others agree
    counted = _COUNTED_PEOPLE.search(rewritten)
    if counted is None:
        return True
    noun = counted.group(1).lower()
    return (
        noun not in OUTSIDE_PARTIES
        and noun not in OUTSIDE_PEOPLE
        and not noun.endswith(_AGENT_ENDINGS)
    )


def work_in_share(written: str) -> bool:
    """Return True for a Portuguese or Spanish verb of work first, then a share of items it is
    done in ("Implementar o novo fluxo em 80% dos processos"); the caller rules out verbs that
    move a metric ("Aumentar a conversão em 10% dos …")."""
    if "%" not in written or _ROMANCE_VERB.match(written) is None:
        return False
    return _SHARE_IN.search(written) is not None


# A share of items said to be worked on: "que el 100% de las historias … estén implementadas",
# "que 90% dos endpoints estejam documentados". Participles of the team's own work only: "estén
# satisfechos", "sean entregados a tiempo" (a service level) stay results.
_SHARE_WORKED_ON = re.compile(
    r"\bque\s+(?:el\s+|o\s+|a\s+)?\d+(?:[.,]\d+)?\s?%\s+(?:de|dos|das|del)\b[^;:]{0,80}?\b"
    r"(?:estén|esten|estejam|esteja|sean|sejam|seja|está|estão)\s+(?:[a-záéíóúç]+\s+){0,1}?"
    r"(?:implementad|probad|testad|documentad|protegid|migrad|revisad|automatizad|cifrad"
    r"|encriptad|desplegad|integrad|actualizad|atualizad|traducid|traduzid|corregid|corrigid)"
    r"[oa]s?\b",
    re.IGNORECASE,
)


def share_worked_on(written: str) -> bool:
    """Return True for a share of the team's own items said to be worked on ("Asegurar que el
    100% de las historias … estén implementadas y probadas"): work, whatever verb opens it."""
    return "%" in written and _SHARE_WORKED_ON.search(written) is not None


@OWN_WORK.rule("share worked on")
def _share_worked_on_rule(reading: Reading) -> bool:
    return share_worked_on(reading.written)
