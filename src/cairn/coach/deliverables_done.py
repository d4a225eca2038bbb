"""A deliverable of the team's own reported made: work (coach, after the first run of round 38).

"1 documento de proposta de valor B2G entregue à Secretaria.", "100% dos papéis e sociedade
formalizados até 13/07." and "ISA calculado com dados reais em ao menos 5 atrativos." (round 38)
were not flagged: a count of one, a share or no number at all, so no rule that counts outputs
spoke. A deliverable the team makes (a document, deck, demo, papers, report, plan, proposal,
study, prototype, calculation) and, in its clause, a participle of having made it (ready,
delivered, formalised, calculated, published, finished; Portuguese "pronto", "entregue",
"formalizado", "calculado", "publicado"; Spanish "listo", "entregado"; French "prêt", "livré",
"formalisé", "publié"; Italian "pronto", "consegnato", "formalizzato"; German "fertig",
"geliefert", "abgeschlossen", "veröffentlicht") is the team's own work, as "3 case studies
shipped" and "Concluído o ciclo …" are labelled; also after a count of one or a share of them
("100% of company papers formalised"), and an acronym naming an index or a product just before
the participle ("ISA calculado", "MVP pronto").

Not a verdict others give ("aprovado", "approved", "validado", "freigegeben": `granted`, as
"Pentest aprovado" is labelled), nor a deliverable made by others ("… entregue pelo fornecedor",
"… delivered by the vendor"), nor what others reach ("90% dos clientes satisfeitos").
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import OWN_WORK, Reading

_NOUN = (
    r"(?:document[oi]?|dokument|deck|demo|démo|one-pager|papers|papéis|papeles|statuts|atti"
    r"|unterlagen|reports?|relatórios?|informes?|rapports?|relazion[ei]|rapport[oi]|berichte?"
    r"|projektbericht|plan|planes|plano|piano|konzept|businessplan|proposals?|propostas?"
    r"|propuestas?|propositions?|angebot|presentations?|apresentaç(?:ão|ões)|presentaci[oó]n"
    r"|présentations?|presentazion[ei]|präsentation|study|studies|estudos?|estudios?|études?"
    r"|studi[oa]?|studie|prototypes?|protótipos?|prototipos?|prototyp|specs?|specifications?"
    r"|c[aá]lculos?|calculs?|calcol[oi]|berechnung|orçamento|presupuesto|budget|whitepapers?"
    r"|playbooks?|manua(?:l|is|les)|roadmap|pitch)(?:s|es)?"
)
_DONE = (
    r"(?:pront[oaie]s?|entregues?|entregad[oa]s?|formalizad[oa]s?|formalizzat[oaie]"
    r"|formalis(?:é|ée|és|ées)|formali[sz]ed|calculad[oa]s?|calcolat[oaie]|calcul(?:é|ée|és|ées)"
    r"|calculated|computed|berechnet|publicad[oa]s?|pubblicat[oaie]|publi(?:é|ée|és|ées)"
    r"|published|veröffentlicht|list[oa]s?|pr[eê]te?s?|livr(?:é|ée|és|ées)|consegnat[oaie]"
    r"|delivered|geliefert|ready|fertig(?:gestellt)?|abgeschlossen|finali[sz]ed"
    r"|finalizad[oa]s?|conclu[íi]d[oa]s?|ensaiad[oa]s?)"
)
# an agent after the participle, not a deadline ("… formalised by the end of Q3")
_BY_OTHERS = (
    r"(?!\s+(?:by|por|pelo|pela|pelos|pelas|par|dal|dalla|dai|von|vom)\s+"
    r"(?!(?:the\s+)?(?:end|close|start|middle|fim|final|fin|Q[1-4]|H[12]|\d|jan|feb|mar|apr|may"
    r"|jun|jul|aug|sep|oct|nov|dec)))"
)
_SHARE_OR_ONE = (
    r"(?:\d+(?:[.,]\d+)?\s?%\s+(?:of|dos|das|do|da|de|des|du|del|degli|delle|dei|der|die)\s+"
    r"(?:(?:the|los|las|la|el|les|le|gli|i|os|as)\s+)?|(?:1|one|um|uma|un|una|une|ein|eine)\s+)"
)
_DELIVERABLE_DONE = re.compile(
    rf"^\W*{_SHARE_OR_ONE}?(?:[^\s.;:]+\s+){{0,3}}?{_NOUN}(?![\w-])"
    rf"(?:\s+[^\s.;:]+){{0,8}}?\s+{_DONE}(?!\w){_BY_OTHERS}",
    re.IGNORECASE,
)
_ACRONYM_DONE = re.compile(rf"^\W*(?-i:[A-Z]{{2,6}})\s+{_DONE}(?!\w){_BY_OTHERS}", re.IGNORECASE)
_ANY_DONE = re.compile(rf"\s{_DONE}(?!\w)", re.IGNORECASE)


def deliverable_done(written: str) -> bool:
    """Return True for "1 documento … entregue à Secretaria", "Plan de negocio listo",
    "ISA calculado com dados reais …"."""
    if not _ANY_DONE.search(written):
        return False  # the usual case: no participle of a deliverable made
    return bool(_DELIVERABLE_DONE.match(written) or _ACRONYM_DONE.match(written))


@OWN_WORK.rule("deliverable done")
def _deliverable_done_rule(reading: Reading) -> bool:
    """ "1 documento de proposta de valor B2G entregue à Secretaria."."""
    return deliverable_done(reading.written)
