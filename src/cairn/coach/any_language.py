"""Work and others' judgement read by their words in any language, without telling the language.

The text layer tells a key result's language by its letters or by two of its common words, then
rewrites it into English (`cairn.text.languages.localise`). Short key results often give no
such sign ("6 ingenieros contratados", "6 casestudies gepubliceerd", "Sicherheitsaudit
bestanden"), so the coach also reads a few kinds of words wherever they come from (issue 15,
ninth round):

- a verb of work at either end of a sentence with a count: German, Dutch, Turkish, Korean and
  Persian put it last or name it by a noun first ("6 Fallstudien schreiben", "Spreken op 6
  conferenties", "6 konferansta konuşmak", "سخنرانی در 6 کنفرانس");
- a participle of work after a count, with no verb before it ("6 ingegneri assunti", "6
  مقاله منتشر شد"): the text layer's `DONE` tables of every language, read together;
- a check by others passed or a certification obtained ("Sicherheitsaudit bestanden",
  "Audit de sécurité réussi", "Аудит безопасности пройден", "安全审计通过", "ISO 27001 인증 획득");
- an agreement with another party, named without a verb of work ("Contract met een regionale
  distributeur", "Umowa z dystrybutorem", "Bölgesel distribütörle sözleşme").

Every word here is a verb, participle or noun of one language that is not an English word the
coach reads otherwise.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from cairn.coach.parties import OTHERS_ACTS, OUTSIDE_PARTIES
from cairn.coach.work_rules import OWN_WORK, RESULT_AFTER_ALL, Reading
from cairn.text import lexicon as lx
from cairn.text.coach_words import DONE
from cairn.text.key_result_parser import ParsedKeyResult, leading_verb
from cairn.text.language_numbers import read_number_words
from cairn.text.languages import language_of

# Verbs of work (infinitives, and verbal nouns where a language names work so): doing, speaking,
# writing, publishing, holding, organising, recording, sending, visiting, hiring, training.
# Not a verb that moves a metric or wins something (gewinnen, conseguir, привлечь …).
# Thirty-second round: conducting, drawing up, finishing, reading and sport in Dutch, doing and
# reading in Polish ("10 klantgesprekken voeren", "12 rapporten opstellen", "12 boeken lezen",
# "Zrobić 100 treningów", "Codziennie czytać 20 stron"); appointments attended ("Mindestens 10
# Kundentermine wahrnehmen", read once the parser told German by "Mindestens").
_WORK_VERBS_WORDS = """
    durchführen veranstalten veröffentlichen schreiben sprechen halten organisieren
    präsentieren machen geben erstellen liefern produzieren besuchen schulen aufzeichnen
    wahrnehmen
    geven spreken publiceren schrijven organiseren houden uitvoeren maken doen opleveren
    lanceren presenteren produceren bezoeken trainen versturen
    réaliser intervenir organiser publier animer rédiger écrire faire donner tenir présenter
    produire livrer visiter recruter mener conduire enregistrer envoyer
    hacer dar organizar publicar realizar escribir impartir celebrar presentar producir
    entregar visitar contratar grabar enviar
    fazer palestrar publicar escrever ministrar apresentar produzir entregar visitar contratar
    treinar gravar conduzir
    fare parlare organizzare pubblicare condurre scrivere tenere presentare produrre
    consegnare visitare assumere realizzare registrare inviare
    przeprowadzić wystąpić zorganizować opublikować napisać wygłosić zrealizować nagrać
    wysłać odwiedzić zatrudnić przeszkolić dostarczyć
    провести выступить организовать опубликовать написать выпустить записать отправить
    посетить нанять обучить подготовить сделать
    виступити організувати опублікувати написати
    yapmak konuşmak düzenlemek yayınlamak yazmak gerçekleştirmek sunmak göndermek
    kaydetmek hazırlamak vermek
    intervjua skriva publicera genomföra anordna organisera besöka anställa utbilda skicka
    leverera presentera hålla
    ausliefern führen opnemen zaprezentować prezentować
    voeren opstellen afronden lezen sporten zrobić czytać
    verhandeln onderhandelen négocier negociar negoziare negocjować
    발표 개최 진행 작성 발행 실시 운영 제작 게시 채용 교육
    برگزاری انتشار انجام سخنرانی نوشتن تولید ارسال ضبط استخدام تحویل آموزش
    """
WORK_VERBS = frozenset(_WORK_VERBS_WORDS.split())
# Participles of work that the `DONE` tables do not hold, and Persian's two-word past tense.
_MORE_DONE_WORDS = """
    eingestellt gehalten veranstaltet gegeben aangenomen gegeven gehouden georganiseerd
    assunti assunte tenuti tenute contratados contratadas dados impartidos
    przeprowadzone napisane wygłoszone zorganizowane
    """
_MORE_DONE = frozenset(_MORE_DONE_WORDS.split())
_DONE_PHRASES = ("منتشر شد", "استخدام شد", "برگزار شد", "انجام شد", "işe alındı")
# Nouns of a check or certification others carry out, read inside compounds ("Sicherheitsaudit").
_CHECK_STEMS = (
    "audit", "audyt", "pentest", "penetrationstest", "prüfung", "exam", "esame", "egzamin", "inspect",
    "assessment", "certif", "zertifi", "sertifika", "certyfik", "аудит", "экзамен",
    "проверк", "сертифик", "denetim", "審計", "审计", "監査", "감사", "认证", "認證", "認証", "인증",
    # a checklist or an acceptance check passed (twelfth round): "一致性检查清单通过"
    "checklist", "检查", "檢查", "验收", "驗收", "评审", "評審", "审查", "審查",
)  # fmt: skip
# Passed, or (a certification) obtained, as the sentence's last word.
_PASSED_WORDS = """
    passed bestanden réussi réussie aprovado aprovada aprobado aprobada superato superata
    geslaagd behaald zaliczony zaliczona zaliczone пройден пройдена пройдено сдан сдана
    geçildi geçti obtained erhalten obtenue obtenu obtenida obtenido obtida obtido ottenuta
    ottenuto uzyskany uzyskana получен получена alındı 획득 통과
    """
_PASSED = frozenset(_PASSED_WORDS.split())
_CHECK_NOUN = re.compile("|".join(_CHECK_STEMS))
_CJK_PASSED = ("合格", "通过", "通過", "取得", "통과", "획득")
_CJK_PASS_CHECK = re.compile(r"(?:通过|通過)[^，,;；]{0,20}?(?:认证|認證|审计|審計)$")
# An agreement noun first, then "with" in one of the languages: the other party signs it.
_AGREEMENT_WITH = re.compile(
    r"(?:^|\b(?:q[1-4]|\d{4}|jaar|jahr|roku?|año|ano|anno|année)\s+)\W*(?:(?:a|an|the|een|de|un|una|uma|um|o)\s+)?(?:contracts?|agreements?|contratto"
    r"|accordo|umowa|umowy|porozumienie|overeenkomst|contracten|vertrag|vereinbarung|contrato"
    r"|acuerdo|acordo|contrat|accord|договор|соглашение|\w+vertrag|\w+vereinbarung)\s+(?:\S+\s+){0,2}?"
    r"(?:with|met|mit|con|com|avec|z|ze|с|со)\s+\S",
    re.IGNORECASE,
)
_WITH = frozenset(["with", "met", "mit", "con", "com", "avec", "z", "ze", "с", "со"])
_TURKISH_AGREEMENT = frozenset(["sözleşme", "anlaşma", "ortaklık", "sözleşmesi", "anlaşması"])
# Turkish says "with" as a suffix on the other party: "distribütörle sözleşme".
_TURKISH_WITH = re.compile(r"\w(?:y?l[ae])\s+(?:sözleşme|anlaşma|ortaklık)\w*\s*$", re.IGNORECASE)
# A past participle by its ending, where the language makes one (the count's noun, then it):
# Spanish and Portuguese "grabados", "gravadas"; French "tournées"; Italian "registrati"; Dutch
# "opgenomen", "gepubliceerd"; Polish "nagrane"; Russian "записано"; Turkish "kaydedildi".
_PARTICIPLE = re.compile(
    r"^(?:\w{3,}(?:ados|adas|idos|idas)|\w{3,}(?:ées|és|ée)|\w{3,}(?:ati|iti|uti)"
    r"|(?:op|uit|aan|af|in|mee|over|door|voor|na|om|toe)?ge\w{3,}(?:d|t|en)"
    r"|\w{3,}(?:ane|one|ęte|ete)|\w{2,}(?:ано|ено|ены|аны|ото|ыто|ито|ана|ена)"
    r"|\w{2,}(?:ldı|ldi|ldu|ldü|lmış|lmiş|ndı|ndi))$"
)
# English words with those endings.
_NOT_PARTICIPLES = frozenset(
    ["milestone", "someone", "anyone", "everyone", "backbone", "standalone", "timezone", "ozone",
     "complete", "delete", "compete", "athlete", "concrete", "obsolete", "general", "geometric"]
)  # fmt: skip
# Others' decisions and people registering, in the languages: not work the team did.
_DECIDED = re.compile(
    r"(?:firmad|assinad|sign[ée]|firmat|podpisan|подписан|imzala|ondertekend|unterschrieben"
    r"|unterzeichnet|ganad|vencid|gagn[ée]|vint|wygran|выигран|cerrad|fechad|conclu|chius"
    r"|zamkni|закрыт|aprobad|aprovad|approuv|approvat|zatwierdz|одобрен|goedgekeurd"
    r"|genehmigt|onaylan|registrad|inscrit|iscritt|zarejestr|зарегистр|kayıt|activad|ativad"
    r"|adquirid|acquis|acquisit|gewonnen|geworven|gesloten|geschlossen)",
    re.IGNORECASE,
)
# People named by what they do: "agricultores", "utilisateurs", "sviluppatori" act themselves.
_AGENT = re.compile(r"(?:ores|eurs|euses|ori|antes|entes|istas|istes|isti|anten|enten)$")
# A floor before a count, in the languages: "at least 6", "mindestens 6", "не менее 6", "حداقل 6".
FLOORS = (
    "at least", "mindestens", "minstens", "ten minste", "au moins", "al menos", "pelo menos",
    "no mínimo", "almeno", "co najmniej", "не менее", "не меньше", "минимум", "щонайменше",
    "en az", "حداقل", "최소", "至少", "少なくとも", "more than", "over",
)  # fmt: skip
_FLOOR = "|".join(re.escape(f) for f in FLOORS)
_NUMBER = re.compile(r"(?<!\w)\d[\d.,]*\+?\s+")
_FLOOR_RE = re.compile(_FLOOR, re.IGNORECASE)
# A floor on a whole count of things: "mindestens 6 Fallstudien", "至少6名", "최소 6회".
_FLOORED_COUNT = re.compile(
    rf"(?:{_FLOOR}|[≥>]=?)\s*\d+\+?\s*(?!(?:in|on|of|at|for|per|out)\b)[^\W\d_]", re.I
)
# A floor written after the count, in Korean, Japanese and Chinese: "3종 이상", "3本以上".
_FLOOR_AFTER = re.compile(r"\d+\s*[^\W\d_]{1,2}\s*(?:이상|以上)")
_STRIP = ".,;:!?()'\"«»*"
_DIGIT = re.compile(r"\d")


@cache
def _done_words() -> frozenset[str]:
    """Return every participle of work of the `DONE` tables (one word each) and the extras."""
    words = {word for table in DONE.values() for word in table if " " not in word}
    return frozenset(words) | _MORE_DONE


_SPACES = str.maketrans(dict.fromkeys(_STRIP, " "))


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    return tuple(text.lower().translate(_SPACES).split())


words = _words  # the sentence's words, lower case, punctuation dropped (memoised)


# Verbs of work written as two words or inside Japanese and Chinese text.
_WORK_PHRASE = re.compile("teslim etmek|sunum yapmak|işe almak|育成|研修を実施", re.IGNORECASE)


def work_verb(text: str) -> bool:
    """Return True when a verb of work stands in the sentence, first, last or after a deadline
    ("6 Fallstudien schreiben", "Voor eind Q3 spreken op 6 conferenties", "برگزاری 6 وبینار")."""
    if not WORK_VERBS.isdisjoint(_words(text)):
        return True
    return _WORK_PHRASE.search(text) is not None


def counted_work(text: str, unit: str | None) -> bool:
    """Return True for a count of things with a verb of work at either end, when the things
    counted are not outside parties or what they do ("6 meetup düzenlemek"; "Onboard 10 …"
    and "Process 1000 payments" are others' acts, read before this)."""
    low = (unit or "").lower()
    if low in OUTSIDE_PARTIES or low in OTHERS_ACTS or "%" in text:
        return False
    return _DIGIT.search(text) is not None and work_verb(text)


def work_by_count(text: str, parsed: ParsedKeyResult) -> bool:
    """Return True when a verb of work opens the sentence and what was read as a change is a
    plain count ("Выступить на 6 конференциях", "Palestrar em 6 conferências": "на" and "em"
    also mean "by"); "Увеличить выручку на 6 млн" opens with a verb that moves a metric."""
    change = parsed.change
    if change is None or change.relative or parsed.start is not None or "%" in text:
        return False
    words = _words(text)
    return bool(words) and words[0] in WORK_VERBS and (parsed.unit or "").lower() not in OTHERS_ACTS


def floor_on_work(text: str, english: str) -> bool:
    """Return True when a floor bounds a count of work ("mindestens 6 Fallstudien schreiben",
    "Не менее 6 статей опубликовано", "Organizzare almeno 6 meetup"): still work, not a level
    to hold. `english` is the sentence as the text layer rewrote it."""
    if not (_FLOORED_COUNT.search(text) or _FLOOR_AFTER.search(text)):
        return False  # "scoring ≥90 in usability tests", "AUC ≥ 0.70": a level, not a count
    return leading_verb(english) in lx.ACTIVITY_VERBS or work_verb(text) or done_after_count(text)


def done_after_count(text: str) -> bool:
    """Return True for a count, a noun, then a participle of work ("6 ingenieros contratados",
    "6 مقاله منتشر شد"); people outside the team counted so act themselves."""
    if not any(ch.isdigit() for ch in text) and (language := language_of(text)):
        text = read_number_words(text, language)  # "Пять новых приложений, разработанных …"
    match = _NUMBER.search(text)
    before = len(_words(text[: match.start()])) if match else 0
    if match is None or before > 4 and (before > 6 or _FLOOR_RE.search(text) is None):
        return False  # a count after at most four words ("Yıl sonuna kadar en az 12 …")
    rest = _words(text[match.end() :])[:5]
    if not rest or rest[0] in OUTSIDE_PARTIES or rest[0] in OTHERS_ACTS:
        return False
    joined = " ".join(rest)
    if any(word in _done_words() for word in rest[1:]) or any(
        phrase in joined for phrase in _DONE_PHRASES
    ):
        return True
    if _AGENT.search(rest[0]) or any(_DECIDED.match(word) for word in rest[1:]):
        return False  # "1000 agricultores registrados", "3 contratos firmados": others act
    return any(_PARTICIPLE.match(word) and word not in _NOT_PARTICIPLES for word in rest[1:4])


def check_passed(text: str) -> bool:
    """Return True for a check by others passed or a certification obtained, in any language:
    "Sicherheitsaudit bestanden", "Audit di sicurezza superato", "セキュリティ監査に合格"."""
    words = _words(text)
    if not words or len(words) > 12:
        return False
    low = text.lower().strip(" .!。")
    if _PASSED.isdisjoint(words[1:]) and not low.endswith(_CJK_PASSED):
        return bool(_CJK_PASS_CHECK.search(low))  # "通过ISO 27001认证"
    return _CHECK_NOUN.search(low) is not None  # "… superato entro fine anno": a deadline after


def agreement_with(text: str) -> bool:
    """Return True for an agreement with another party named without a verb of work:
    "Contract met een regionale distributeur", "Accordo con un distributore"."""
    words = _words(text)
    if _WITH.isdisjoint(words) and _TURKISH_AGREEMENT.isdisjoint(words):
        return False  # no "with" in any of the languages: the cheap test first
    if not (_AGREEMENT_WITH.search(text) or _TURKISH_WITH.search(text)):
        return False
    return not work_verb(text)  # "Verträge mit 5 Händlern verhandeln": the team negotiates


def judged_by_others(text: str, verb: str | None) -> bool:
    """Return True for a check passed or an agreement with another party, in any language,
    unless a verb of work leads ("Prepare the contract with …"; "Audit …" names the check)."""
    if verb in lx.ACTIVITY_VERBS and verb != "audit":
        return False
    return check_passed(text) or agreement_with(text)


# Verbs of winning, first or (Dutch, German, Turkish) last (tenth round): a win is a result
# others decide ("Ganar cada partido", "Het kampioenschap winnen", "Выиграть чемпионат").
_WIN_VERBS = frozenset(
    ["ganar", "ganhar", "vencer", "vincere", "gagner", "remporter", "gewinnen", "winnen",
     "wygrać", "zwyciężyć", "выиграть", "победить", "виграти", "kazanmak"]
)  # fmt: skip


def wins(text: str) -> bool:
    """Return True when a verb of winning opens or closes the sentence, in any language
    ("Ganar 3 torneos", "Die Meisterschaft gewinnen"); "Ganar" in mid-sentence is left."""
    words = _words(text)
    return bool(words) and (words[0] in _WIN_VERBS or words[-1] in _WIN_VERBS)


@OWN_WORK.rule("counted, not changed")
def _counted_not_changed_rule(reading: Reading) -> bool:
    return reading.parsed.change is not None and work_by_count(reading.written, reading.parsed)


@RESULT_AFTER_ALL.rule("wins")
def _wins_rule(written: str, verb: str | None) -> bool:
    return wins(written)
