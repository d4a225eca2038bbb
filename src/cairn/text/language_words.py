"""The words of other languages that the English key result rules need, language by language.

Each language lists, in lower case:

- `verbs`: the verbs that say which way a number moves or what work is done (increase,
  reduce, reach, keep, run, publish …), each read as the English verb; the verb is moved to
  the front of the sentence, where the English rules look for it (Turkish, German, Japanese
  and Korean write it last);
- `words`: bound, trend, rate and timeframe words read anywhere ("mindestens" → at least,
  "pro Monat" → per month, "снижение" → reduction);
- `before_number`: prepositions read only before a number ("von 5 auf 3" → from 5 to 3,
  "на 30%" → by 30%, "até 40%" → to 40%);
- `units`: time units, percent words and currencies read only after a number ("3 Stunden" →
  3 hours, "5 минут" → 5 minutes);
- `scales`: thousand, million and billion words after a number ("5 млн", "2 Mio.", "3 juta");
- `markers`: words that tell the language apart in text written in the Latin alphabet (they
  are not English words).

The lists come from each language's grammar, not from any labelled set: a form that is not
listed is simply left as it is.
"""

from __future__ import annotations

from cairn.text.coach_words import APPROVAL, DONE, WORK_NOUNS
from cairn.text.language_table_builders import _same
from cairn.text.language_words_asia import ASIA
from cairn.text.language_words_germanic import GERMANIC
from cairn.text.language_words_romance import ROMANCE
from cairn.text.language_words_slavic import SLAVIC

# Each family's module holds its languages' entries, in this order.
LANGUAGES: dict[str, dict[str, dict[str, str]]] = {**GERMANIC, **ROMANCE, **SLAVIC, **ASIA}
# The coach's participles of work done, nouns of work and words of approval
# (`cairn.text.coach_words`) are read as words by the parser too.
for _language, _done in DONE.items():
    LANGUAGES[_language]["words"].update(_done)
for _language, _nouns in WORK_NOUNS.items():
    LANGUAGES[_language]["words"].update(_nouns)
for _language, _words in APPROVAL.items():
    LANGUAGES[_language]["words"].update(_words)


# Bounds written with the article joined to the preposition ("por debajo del 2%", "abaixo
# do", "au-dessus du", "sotto il 3%").
_JOINED_BOUNDS = {
    "es": {"por debajo del": "below", "por encima del": "above", "inferior al": "below",
           "superior al": "above", "menos del": "less than", "más del": "more than"},
    "pt": {"abaixo do": "below", "abaixo da": "below", "acima do": "above", "acima da": "above",
           "inferior a": "below", "superior a": "above"},
    "fr": {"au-dessus du": "above", "en dessous du": "below", "au-dessous du": "below",
           "au-dessus de": "above", "en dessous de": "below"},
    "it": {"sotto il": "under", "sotto la": "under", "sopra il": "over", "sopra la": "over",
           "al di sotto del": "below", "al di sopra del": "above", "meno del": "less than",
           "più del": "more than"},
    "de": {"unter dem": "under", "über dem": "over", "unterhalb der": "below",
           "oberhalb der": "above"},
    "nl": {"onder de": "under", "boven de": "above"},
}  # fmt: skip
for _language, _bounds in _JOINED_BOUNDS.items():
    LANGUAGES[_language]["words"].update(_bounds)

# A change named by a noun, then "of" ("un aumento del 20%", "une baisse de 20 %", "riduzione
# del 25%"): the English "an increase of 20%", a stated change.
_CHANGE_OF = {
    "es": {"aumento del": "increase of", "incremento del": "increase of",
           "crecimiento del": "growth of", "reducción del": "reduction of",
           "disminución del": "reduction of", "aumento de": "increase of",
           "reducción de": "reduction of"},
    "pt": {"aumento de": "increase of", "crescimento de": "growth of",
           "redução de": "reduction of", "diminuição de": "reduction of"},
    "fr": {"hausse de": "increase of", "augmentation de": "increase of",
           "croissance de": "growth of", "baisse de": "reduction of",
           "réduction de": "reduction of", "diminution de": "reduction of"},
    "it": {"aumento del": "increase of", "incremento del": "increase of",
           "crescita del": "growth of", "riduzione del": "reduction of",
           "diminuzione del": "reduction of", "calo del": "decline of"},
}  # fmt: skip
for _language, _words in _CHANGE_OF.items():
    if _language in LANGUAGES:
        LANGUAGES[_language]["words"].update(_words)
LANGUAGES["es"]["before_number"]["sobre"] = "out of"
LANGUAGES["it"]["before_number"]["su"] = "out of"

# German "gewinnen" gains what it names ("Zahlende Kunden gewinnen": more paying customers, as
# English "gain"); "besetzen" fills positions, that is hiring ("Zwei Schlüsselpositionen
# besetzen"). Currency words after a number: "960 reais" is R$960, "500 dólares" $500.
LANGUAGES["de"]["verbs"].update(
    {"gewinnen": "gain", "gewinne": "gain", "besetzen": "hire", "besetze": "hire"}
)
LANGUAGES["pt"]["units"].update({"reais": "R$", "dólares": "$"})
LANGUAGES["es"]["units"].update({"dólares": "$"})

# German time words after a number tell German as "stunden" and "tagen" already do ("Zeit bis
# Empfehlung <2 Minuten"); none is an English word.
LANGUAGES["de"]["markers"].update(
    dict.fromkeys(["sekunden", "minuten", "tage", "wochen", "monate", "monaten", "jahre"], "de")
)

# Spanish and Portuguese "captar" wins what it names ("Captar 600 nuevos clientes": customers
# acquired, as English "acquire"); "triplicar" triples it (the thirteenth round's block below).
LANGUAGES["es"]["verbs"].update({"captar": "acquire", "capta": "acquire"})
LANGUAGES["pt"]["verbs"].update({"captar": "acquire", "capte": "acquire"})

# Thirteenth round: factor verbs read as English "double"/"triple" ("Triplicar la cantidad de
# pedidos": +200%), "adquirir"/"acquérir" as "acquire" (Italian "acquisire" already is).
LANGUAGES["es"]["verbs"].update(_same("triplicar|triplica", "triple"))
LANGUAGES["es"]["verbs"].update(_same("adquirir|adquiere", "acquire"))
LANGUAGES["pt"]["verbs"].update(_same("triplicar|triplique", "triple"))
LANGUAGES["pt"]["verbs"].update(_same("adquirir|adquira", "acquire"))
LANGUAGES["fr"]["verbs"].update(_same("tripler|triple", "triple"))
LANGUAGES["fr"]["verbs"].update(_same("acquérir|acquiers", "acquire"))
LANGUAGES["it"]["verbs"].update(_same("triplicare|triplica", "triple"))


# "from A to B" in each language: the words that open and close it, read only around numbers
# ("de 5 a 3 días", "von 5 auf 3", "с 5 до 3", "dari 5 menjadi 3").
FROM_TO = {
    "de": ("von", "auf|bis|zu"), "nl": ("van", "naar|tot"), "es": ("de|del|desde", "a|al|hasta"),
    "pt": ("de|desde", "para|a|até"), "fr": ("de|depuis", "à|a"), "it": ("da|dal", "a|al"),
    "pl": ("z|od", "do"), "ru": ("с|со|от", "до|на"), "uk": ("з|із|від", "до"),
    "id": ("dari", "menjadi|ke|hingga|sampai"), "vi": ("từ", "lên|xuống còn|xuống|đến|còn"),
    "fa": ("از", "به|تا"), "ar": ("من", "إلى|الى|لـ|حتى"),
}  # fmt: skip
# (twenty-third round: Arabic "لـ" and "حتى" close a move too, "من 3.8 لـ 4.5": from 3.8 to 4.5)
# "N% more X" in each language ("40% mais solicitações", "un 40% más de tickets", "40% mehr
# Anfragen"): English "40% more requests", a relative change (twelfth round).
PERCENT_MORE = {"pt": "mais", "es": "más", "de": "mehr", "it": "in più", "fr": "de plus"}
# "current" and "now" before a baseline in an aside, in each language above: "(текущий: 35)",
# "(atual: 8%)", "(aktuell: 40)", "(当前：75%)". Read like the English "(current: 35)".
BASELINE_WORDS = (
    "aktuell|derzeit|bisher|huidig|huidige|momenteel|actual|actualmente|hoy|atual|atualmente"
    "|hoje|actuel|actuelle|actuellement|attuale|attualmente|oggi|obecnie|aktualnie|obecny"
    "|текущий|текущая|текущее|текущие|сейчас|поточний|поточна|поточне|зараз|mevcut"
    "|şu an|saat ini|sekarang|hiện tại|hiện nay|当前|目前|现在|現在|현재"
    "|فعلی|کنونی|در حال حاضر|حاليا|حاليًا|الحالي|الحالية"
    # sixteenth round: "(partendo dagli attuali 60.000)", "(partiendo de los 60.000 actuales)",
    # "(partindo dos atuais 60.000)": starting from the current level
    "|partendo dagli attuali|partendo dai|partendo da|partiendo de los|partiendo de"
    "|partindo dos atuais|partindo dos|partindo de"
    # nineteenth round: "(desde ~110)", Spanish and Portuguese "from" opening an aside
    "|desde(?!\\s*(?:19|20)\\d\\d\\b)"
    # twenty-second round: French and Spanish "against" ("(contre 30 aujourd’hui)", "(contra 30%
    # hoy)"), as "vs"; not before a year compared with
    "|contre(?!\\s*(?:19|20)\\d\\d\\b)|contra(?!\\s*(?:19|20)\\d\\d\\b)"
)


# Adjectives Spanish, Portuguese, French and Italian write before the noun: "500 nuevos
# clientes" counts clients.
PREPOSED_ADJECTIVES = frozenset(
    [
        "nuevos",
        "nuevas",
        "novos",
        "novas",
        "nouveaux",
        "nouvelles",
        "nuovi",
        "nuove",
        "primeros",
        "primeras",
        "primeiros",
        "primeiras",
        "premiers",
        "premières",
        "primi",
        "prime",
        "mejores",
        "melhores",
        "meilleurs",
        "migliori",
        "grandes",
        "pequeños",
        "pequenos",
        "petits",
        "piccoli",
        "otros",
        "outros",
        "autres",
        "altri",
    ]  # noqa: SIM905
)
# Indonesian and Vietnamese write the counted noun after the number, uninflected ("1.000
# subscriber berbayar", "5 hợp đồng pilot"): the noun as written is the unit. Counter words
# ("5 orang pelanggan", "3 lần") are not units, as Chinese measure words are not.
_COUNTERS = "orang buah kali ekor lembar biji lần cái chiếc con lượt"
UNINFLECTED_COUNTERS = frozenset(_COUNTERS.split())
# Words that are not a counted noun, or (Vietnamese) follow one without being part of it:
# conjunctions, prepositions, adjectives and the first syllables of verbs ("NPS ≥ 45 và …",
# "5 người tham gia", "khách hàng mới", "điều dưỡng trực tại", "10 dan 20").
_NOT_COUNTED = "mới đầu trả trực tại của có và hoặc được đã để trong trên dưới với cho từ đến mỗi"
_NOT_COUNTED += " tham hoàn sử đăng hoạt đạt thực là ở dan atau di ke dari untuk dengan yang pada"
NOT_COUNTED_NOUNS = frozenset((_NOT_COUNTED + " dalam sebagai oleh per").split())
# Vietnamese counted nouns of OKRs, written in several syllables separated by spaces (after round
# 33: "200 doanh nghiệp đăng ký …" counts doanh nghiệp, not "doanh nghiệp đăng ký"): the noun ends
# where the lexicon's entry ends. Read before the two-syllable rule of language_counted_nouns.uninflected_noun,
# whose first syllable must not be ASCII ("doanh"; "lượt" alone is a counter). "50 sinh viên" is
# left open (twelfth round's near miss), "50 người tham gia" counts người (seventeenth round's).
_VI_COUNTED = """doanh nghiệp|khách hàng|người dùng|đối tác|học viên|nhân viên|đơn hàng|lượt tải
|bài viết|sản phẩm|cửa hàng|thành viên|lượt truy cập|giáo viên|kỹ sư|lập trình viên
|người theo dõi|lượt xem|lượt đăng ký|hợp đồng|dự án|tính năng|ứng viên|nhà đầu tư|đại lý
|bệnh nhân|phụ huynh|trường học|công ty|video|khóa học|bài giảng|đánh giá"""
VIETNAMESE_COUNTED_NOUNS = frozenset(n.strip() for n in _VI_COUNTED.split("|"))

# Thirty-second round: personal goals and goals-file labels in a line without another common
# word ("24 Bücher lesen", "24 boeken lezen", "Ziel: 1.000 zahlende Kunden", "Obiettivo: 200
# clienti paganti", "Doel: 500 betalende klanten"): the verbs of reading and the label words
# tell the language (`language_telltales.SOLE_WORDS`), so that the noun after the count is the
# unit as written. The verbs stay out of the verb lists, and Italian "leggere" out of the
# telltales: the coach reads "Leggere 12 libri" as work by its unlisted infinitive, which it
# tells by the parser reading no unit there (twenty-seventh round).
LANGUAGES["de"]["markers"].update({"lesen": "de"})
LANGUAGES["nl"]["markers"].update({"lezen": "nl"})
LANGUAGES["de"]["markers"].update({"ziel": "de"})
LANGUAGES["it"]["markers"].update({"obiettivo": "it", "tasso": "it"})
LANGUAGES["fr"]["markers"].update({"taux": "fr"})
LANGUAGES["nl"]["markers"].update({"doel": "nl"})
