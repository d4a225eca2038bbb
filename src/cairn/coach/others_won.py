"""Others' acts and things won, counted, as results (coach, twentieth round).

Rounds 19 and 20 write a result as a count of what others do or give, after a verb of winning,
generating or expanding, or bare before a participle of others' doing (docs/plaintext.md,
"Twentieth round (issue 15): the coach"). Read by `wording._result_after_all`, only on what would
be flagged:

- **won after a verb** (`_WON`): "Generate 400 applications", "Generare 50 nuovi lead
  qualificati", "Captar 200 leads qualificados", "Conquistar 10 menções em sites do setor",
  "Attract 300 sign-ups"; "Expandirse a 3 nuevos mercados" (markets entered). What the team writes
  or sends stays work: "Generate 10 blog posts", "Write 40 grant applications", "Send 50
  inquiries to prospects" (neither the verb nor the noun is a win);
- **others' acts counted bare** (`_BARE`): "30 students registered to participate", "15
  inquiries from new qualified prospects", "Newsletter subscriptions have reached 10,000";
- **positive feedback received** (`_PRAISED`): "Obtener un feedback positivo en el 90% de las
  evaluaciones"; collecting feedback stays work ("Thu thập phản hồi từ 50% khách hàng");
- **in Chinese and Japanese** (`_CJK_WON`): readers' reads reached ("每篇文章阅读量达到5000次"),
  defects or incidents kept under a count ("产品因测试遗漏产生的bug少于3个"), candidates' pass rates
  ("一次面接通過率を40パーセント以上に"); from the twenty-first round, others' sign-ups or leads
  counted ("展示会でのリード数300件", "三个月内用户注册量突破10万");
- **deals won** (`_DEALS`, twenty-first round): deals, agreements, partnerships or contracts
  closed or signed, counted ("Cerrar 10 nuevos acuerdos con partners regionales", "Firmar 3
  parcerias estratégicas", "Signer 3 partenariats"); what the team closes of its own stays work
  ("Cerrar 20 incidencias abiertas"). Leads found count as leads won ("trouver 4 leads");
- **others engaged, counted bare** (`_BARE`, twenty-first round): "30 territoires engagés via
  leurs documents d'urbanisme", "40 escolas engajadas no projeto"; the team's own outputs done
  stay work ("30 documents rédigés", "20 tests automatisés ajoutés");
- **users' adherence had** (`_ADHERENCE`, twenty-first round): "Ter no mínimo 70% de aderência
  no lançamento"; the team's own coverage stays work ("Ter 70% de cobertura de testes").
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import RESULT_AFTER_ALL

_THINGS = (
    r"leads?|applications|applicants|sign-?ups|registrations|subscriptions|subscribers|mentions"
    r"|inquiries|enquiries|referrals|bookings|solicitudes|inscripciones|suscriptores|menciones"
    r"|consultas|candidaturas|inscrições|assinantes|menções|indicações|iscrizioni|iscritti"
    r"|menzioni|candidature|richieste"
)
_WON = re.compile(
    r"^(?:generate|generar|gerar|generare|win|ganar|conquistar|conquer|captar|capture|attract"
    r"|atraer|atrair|attrarre|obtain|obtener|obter|ottenere|conseguir|earn|drive"
    r"|find|trouver|encontrar|trovare)\s+"
    r"(?:(?:at least|al menos|pelo menos|almeno|over|more than|au moins|\+)\s+)?"
    r"(?:\d[\d.,]*\s*k?|two|three|four|five|ten|deux|trois|quatre|cinq|dix|dos|tres|cuatro"
    r"|cinco|diez|três|quatro|dez)\s+"
    r"(?:[^\W\d]+\s+){0,2}?(?:" + _THINGS + r")\b"
    r"|^(?:expand(?:irse)?|expandir(?:se)?|expandere|expandirmos|enter|entrar)\s+"
    r"(?:a|en|into|to|in|em)\s+\d+\s+(?:new\s+|nuevos\s+|novos\s+|nuovi\s+)?"
    r"(?:(?:international|internacionales|internacionais)\s+)?"
    r"(?:markets|mercados|mercati|countries|países|paesi)\b",
    re.IGNORECASE,
)
_DEALS = re.compile(
    r"^(?:close|sign|cerrar|firmar|fechar|assinar|chiudere|firmare|siglare|signer|conclure"
    r"|concluir|concretar)\s+(?:(?:at least|al menos|pelo menos|almeno|au moins)\s+)?"
    r"\d[\d.,]*\s+(?:[^\W\d]+\s+){0,2}?"
    r"(?:deals|agreements|partnerships|contracts|acuerdos|alianzas|contratos|convenios"
    r"|parcerias|acordos|accordi|partnership|contratti|partenariats|contrats|accords)\b",
    re.IGNORECASE,
)
_BARE = re.compile(
    r"^\d[\d.,]*\s*k?\s+(?:[^\W\d]+\s+){0,2}?"
    r"(?:students|participants|attendees|people|parents|families|candidates)\s+"
    r"(?:registered|signed up|enrolled|applied)\b"
    r"|^\d[\d.,]*\s*k?\s+(?:inquiries|enquiries|leads|applications|referrals|sign-?ups)\s+from\b"
    r"|\b(?:subscriptions|subscribers|sign-?ups|registrations|applications)\s+(?:have\s+|has\s+)?"
    r"(?:reached|grown to|hit)\s+\d"
    r"|^\d[\d.,]*\s+(?:[^\W\d]+\s+)?(?:territoires|territories|territorios|territórios|communes"
    r"|municipios|municípios|municipalities|cities|villes|ciudades|cidades|schools|écoles"
    r"|escuelas|escolas|scuole|comuni|partners|partenaires|socios|parceiros|companies"
    r"|entreprises|empresas|aziende)\s+(?:engagés|engagées|engaged|committed|comprometidos"
    r"|comprometidas|engajados|engajadas|adheridos|adheridas|aderidos|aderidas|impliqués"
    r"|impliquées|impegnati|impegnate|aderenti)\b",
    re.IGNORECASE,
)
_ADHERENCE = re.compile(
    r"^(?:ter|tener|have|avoir|avere|atingir|alcanzar|alcançar|achieve|reach|lograr|atteindre"
    r"|raggiungere)\s+(?:(?:no mínimo|al menos|at least|pelo menos|au moins|almeno)\s+)?"
    r"(?:uma?\s+|an?\s+)?\d+(?:[.,]\d+)?\s*%\s+(?:de\s+|of\s+|d')?"
    r"(?:aderência|adesão|adhesión|adherence|adoption|adopción|adoção|adhésion|adozione)\b",
    re.IGNORECASE,
)
_PRAISED = re.compile(  # opening the key result: "…, logrando un feedback positivo" closes work
    r"^(?:obtener|obter|ottenere|get|receive|recibir|receber|ricevere|earn)\s+"
    r"(?:(?:un|una|a|o|um|uma)\s+)?"
    r"(?:feedback\s+positiv[oa]|comentarios\s+positivos|valoraciones\s+positivas"
    r"|avaliações\s+positivas|positive\s+(?:feedback|reviews|ratings))\b",
    re.IGNORECASE,
)
_CJK_WON = re.compile(
    r"(?:阅读量|浏览量|播放量|阅读数)(?:达到|超过|突破)"
    r"|(?:bug|缺陷|故障|事故|问题)[^。，,；;]{0,4}(?:少于|低于|不超过)\s*\d"
    r"|通過率を?\s*\d"
    r"|(?:リード|登録|注册|线索)(?:数量?|量|件数)(?:を|が)?\s*(?:达到|超过|突破)?\s*\d"
)


def others_won(written: str) -> bool:
    """Return True for a count of others' acts or things won, bare or after a verb of winning,
    deals closed or signed, users' adherence had, positive feedback received, or (Chinese, Japanese) reads, defects,
    pass rates, sign-ups or leads counted."""
    if not written.isascii() and _CJK_WON.search(written):
        return True
    if _WON.search(written) or _BARE.search(written) or _DEALS.search(written):
        return True
    if "%" in written and _ADHERENCE.search(written):
        return True
    return "ositiv" in written and _PRAISED.search(written) is not None


@RESULT_AFTER_ALL.rule("others won")
def _others_won_rule(written: str, verb: str | None) -> bool:
    """ "Generate 400 applications", "30 students registered to participate"."""
    return others_won(written)
