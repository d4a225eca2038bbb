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

# Each entry: (verb forms, English verb). Forms are the infinitive and the forms key results
# are written in (imperative, first person plural, nominalised infinitive).
_INCREASE, _DECREASE, _REACH, _KEEP = "increase", "reduce", "reach", "keep"


def _verbs(*groups: tuple[str, str]) -> dict[str, str]:
    table: dict[str, str] = {}
    for forms, english in groups:
        for form in forms.split("|"):
            table[form] = english
    return table


def _same(forms: str, english: str) -> dict[str, str]:
    return dict.fromkeys(forms.split("|"), english)


_TIME = {
    "seconds": "seconds",
    "minutes": "minutes",
    "hours": "hours",
    "days": "days",
    "weeks": "weeks",
    "months": "months",
    "years": "years",
}

LANGUAGES: dict[str, dict[str, dict[str, str]]] = {
    "de": {
        "verbs": _verbs(
            (
                "erhöhen|erhöhe|erhöht|steigern|steigere|steigert|vergrößern|vergrößere|ausbauen"
                "|wachsen|anheben|hebe|verbessern|verbessere",
                _INCREASE,
            ),
            ("verdoppeln|verdopple|verdoppelt", "double"),
            (
                "senken|senke|senkt|reduzieren|reduziere|reduziert|verringern|verringere|verkürzen"
                "|verkürze|minimieren|minimiere|abbauen",
                _DECREASE,
            ),
            ("halbieren|halbiere|halbiert", "halve"),
            ("erreichen|erreiche|erreicht|erzielen|erziele|gewinnen|gewinne", _REACH),
            ("halten|halte|beibehalten|sicherstellen|gewährleisten", _KEEP),
            ("durchführen|führe|veranstalten|veranstalte|abhalten", "run"),
            ("veröffentlichen|veröffentliche|publizieren", "publish"),
            ("einführen|führe ein|starten|starte|launchen", "launch"),
            ("organisieren|organisiere", "organise"),
            ("schreiben|schreibe|verfassen", "write"),
            ("erstellen|erstelle|entwickeln|entwickle|bauen|baue", "build"),
            ("einstellen|rekrutieren|rekrutiere", "hire"),
            ("abschließen|schließe|fertigstellen", "complete"),
            ("umsetzen|implementieren|implementiere", "implement"),
            ("migrieren|migriere", "migrate"),
            ("schulen|schule", "train"),
        ),  # fmt: skip
        "words": {
            "mindestens": "at least",
            "wenigstens": "at least",
            "höchstens": "at most",
            "maximal": "at most",
            "mehr als": "more than",
            "weniger als": "less than",
            "oberhalb von": "above",
            "unterhalb von": "below",
            "oder mehr": "or more",
            "oder weniger": "or less",
            "pro monat": "per month",
            "im monat": "per month",
            "monatlich": "per month",
            "pro woche": "per week",
            "pro tag": "per day",
            "pro jahr": "per year",
            "pro quartal": "per quarter",
            "jährlich": "per year",
            "bis ende des jahres": "by the end of the year",
            "bis jahresende": "by the end of the year",
            "bis ende des quartals": "by the end of the quarter",
            "bis zum ende des jahres": "by the end of the year",
            "bis zum ende des quartals": "by the end of the quarter",
            "steigerung": "increase",
            "erhöhung": "increase",
            "wachstum": "growth",
            # tenth round: "liegt in 95% der Fälle unter den Zielwerten"
            "der fälle": "of cases",
            "unter den zielwerten": "under the target values",
            "unter dem zielwert": "under the target",
            "über den zielwerten": "above the target values",
            "über dem zielwert": "above the target",
            "senkung": "reduction",
            "reduktion": "reduction",
            "reduzierung": "reduction",
            "verringerung": "reduction",
            "rückgang": "decline",
        },  # fmt: skip
        "before_number": {
            "alle": "every",  # tenth round: "alle 2 Wochen", a cadence
            "auf": "to",
            "um": "by",
            "bis zu": "to",
            "bis": "to",
            "über": "over",
            "unter": "under",
            "innerhalb von": "within",
            "innerhalb": "within",
            "in": "in",
        },  # fmt: skip
        "units": {
            "sekunden": "seconds",
            "sekunde": "seconds",
            "sek.": "seconds",
            "minuten": "minutes",
            "minute": "minutes",
            "min.": "minutes",
            "stunden": "hours",
            "stunde": "hours",
            "std.": "hours",
            "tage": "days",
            "tagen": "days",
            "tag": "days",
            "wochen": "weeks",
            "woche": "weeks",
            "monate": "months",
            "monaten": "months",
            "monat": "months",
            "jahre": "years",
            "jahren": "years",
            "jahr": "years",
            "prozent": "%",
            "prozentpunkte": "percentage points",
        },  # fmt: skip
        "scales": {
            "tsd.": "thousand",
            "tausend": "thousand",
            "mio.": "million",
            "mio": "million",
            "millionen": "million",
            "million": "million",
            "mrd.": "billion",
            "mrd": "billion",
            "milliarden": "billion",
        },  # fmt: skip
        "markers": _same(
            "und|der|das|dem|des|mit|von|auf|um|für|bis|zu|zum|zur|mindestens|höchstens"
            "|eine|einen|einer|im|wir|unsere|unser|neue|neuen|kunden|umsatz|ist|sind|über"
            "|unter|bei|nach|aus|jahr|monat|woche|stunden|tagen|prozent",
            "de",
        ),
    },
    "nl": {
        "verbs": _verbs(
            (
                "verhogen|verhoog|verhoogt|vergroten|vergroot|laten groeien|groeien|laat groeien"
                "|groeit|stijgen|stijgt|verbeteren|verbetert|opvoeren|voer op|verbeter",
                _INCREASE,
            ),
            ("verdubbelen|verdubbel", "double"),
            (
                "verlagen|verlaag|verlaagt|verminderen|verminder|vermindert|verkorten|verkort"
                "|reduceren|reduceer|terugbrengen|breng terug|dalen|daalt",
                _DECREASE,
            ),
            ("halveren|halveer", "halve"),
            (
                "bereiken|bereik|behalen|behaal|behaald|halen|haal|gehaald|realiseren|realiseer"
                "|gerealiseerd",
                _REACH,
            ),
            ("verdrievoudigen|verdrievoudig", "triple"),
            ("behouden|handhaven|handhaaf|houden|houd", _KEEP),
            ("organiseren|organiseer", "organise"),
            ("lanceren|lanceer", "launch"),
            ("publiceren|publiceer", "publish"),
            ("schrijven|schrijf", "write"),
            ("ontwikkelen|ontwikkel|bouwen|bouw", "build"),
            ("uitvoeren|voer uit", "run"),
            ("aannemen|werven", "hire"),
            ("afronden|rond af|opleveren|lever op", "complete"),
            ("implementeren|implementeer", "implement"),
        ),  # fmt: skip
        "words": {
            "minstens": "at least",
            "ten minste": "at least",
            "minimaal": "at least",
            "maximaal": "at most",
            "hoogstens": "at most",
            "ten hoogste": "at most",
            "meer dan": "more than",
            "minder dan": "less than",
            "lager dan": "below",
            "hoger dan": "above",
            "of meer": "or more",
            "of minder": "or less",
            "per maand": "per month",
            "per kwartaal": "per quarter",
            "per jaar": "per year",
            "per dag": "per day",
            "eind dit jaar": "by the end of the year",
            "einde van het jaar": "end of the year",
            "stijging": "increase",
            "groei": "growth",
            "daling": "decline",
            "verlaging": "reduction",
            "vermindering": "reduction",
        },  # fmt: skip
        "before_number": {
            "elke": "every",
            "naar": "to",
            "tot": "to",
            "met": "by",
            "binnen": "within",
            "boven": "above",
            "onder": "under",
        },  # fmt: skip
        "units": {
            "seconden": "seconds",
            "minuten": "minutes",
            "uur": "hours",
            "uren": "hours",
            "dagen": "days",
            "dag": "days",
            "weken": "weeks",
            "maanden": "months",
            "maand": "months",
            "jaar": "years",
            "jaren": "years",
            "procent": "%",
            "procentpunt": "percentage points",
            "procentpunten": "percentage points",
        },  # fmt: skip
        "scales": {
            "duizend": "thousand",
            "miljoen": "million",
            "mln": "million",
            "miljard": "billion",
            "mld": "billion",
        },  # fmt: skip
        "markers": _same(
            "en|het|een|van|naar|tot|voor|binnen|minstens|minimaal|maximaal|ons|onze"
            "|nieuwe|klanten|omzet|maand|jaar|uur|dagen|procent|verhogen|verlagen"
            "|bereiken|behalen|op|bij|uit|zijn|wordt|worden|onder|boven",
            "nl",
        ),
    },
    "es": {
        "verbs": _verbs(
            (
                "aumentar|aumenta|aumentamos|incrementar|incrementa|crecer|crece|elevar|eleva"
                "|subir|sube|ampliar|amplía|mejorar|mejora",
                _INCREASE,
            ),
            ("duplicar|duplica", "double"),
            ("reducir a la mitad|reduce a la mitad", "halve"),
            (
                "reducir|reduce|reducimos|disminuir|disminuye|bajar|baja|recortar|recorta|acortar"
                "|acorta|minimizar|minimiza",
                _DECREASE,
            ),
            ("alcanzar|alcanza|lograr|logra|conseguir|consigue|obtener|obtén|llegar a", _REACH),
            ("mantener|mantén|mantiene|garantizar|garantiza|asegurar|asegura", _KEEP),
            ("realizar|realiza|llevar a cabo|celebrar|celebra", "run"),
            ("organizar|organiza", "organise"),
            ("lanzar|lanza", "launch"),
            ("publicar|publica", "publish"),
            ("escribir|escribe", "write"),
            ("crear|crea|desarrollar|desarrolla|construir|construye", "build"),
            ("contratar|contrata", "hire"),
            ("completar|completa|terminar|termina|finalizar|finaliza", "complete"),
            ("implementar|implementa|implantar", "implement"),
            ("capacitar|capacita|formar|forma", "train"),
            ("entregar|entrega", "deliver"),
        ),  # fmt: skip
        "words": {
            "al menos": "at least",
            "como mínimo en": "at least",
            "como mínimo": "at least",
            "como máximo en": "at most",
            "por lo menos": "at least",
            "como máximo": "at most",
            "a lo sumo": "at most",
            # eleventh round: a deadline year ("hasta finales de 2025") is a date, not a value
            "hasta finales de": "by the end of",
            "a finales de": "by the end of",
            "para finales de": "by the end of",
            "hasta el final de": "by the end of",
            "antes de finales de": "by the end of",
            "más de": "more than",
            "menos de": "less than",
            "por encima de": "above",
            "por debajo de": "below",
            "inferior a": "below",
            "superior a": "above",
            "o más": "or more",
            "o menos": "or less",
            "por semana": "per week",
            "a la semana": "per week",
            "al año": "per year",
            "por año": "per year",
            "al día": "per day",
            "por día": "per day",
            "por trimestre": "per quarter",
            "mensuales": "per month",
            "a fin de año": "by the end of the year",
            "para fin de año": "by the end of the year",
            "aumento": "increase",
            "incremento": "increase",
            "crecimiento": "growth",
            "reducción": "reduction",
            "disminución": "reduction",
        },  # fmt: skip
        "before_number": {
            "cada": "every",  # "cada 2 semanas"
            "desde": "from",
            "hasta": "to",
            "a": "to",
            "en un plazo de": "within",
            "en un plazo máximo de": "within",
            "en un": "by",
            "en": "by",
            "entre": "between",
        },  # fmt: skip
        "units": {
            "por ciento": "%",
            "horas": "hours",
            "hora": "hours",
            "minutos": "minutes",
            "segundos": "seconds",
            "puntos porcentuales": "percentage points",
            "de euros": "€",
            "de dólares": "$",
        },  # fmt: skip
        "scales": {"millones": "million", "millón": "million", "mil millones": "billion"},
        "markers": _same(
            "el|la|los|las|del|de|y|con|para|por|en|un|una|al|menos|más|nuevos|nuevas|clientes"
            "|ventas|tiempo|aumentar|reducir|lograr|alcanzar|mantener|mes|año|semana",
            "es",
        ),
    },
    "pt": {
        "verbs": _verbs(
            (
                "aumentar|aumente|aumentamos|crescer|cresça|ampliar|amplie|elevar|eleve|melhorar"
                "|melhore|incrementar|incremente",
                _INCREASE,
            ),
            ("dobrar|dobre|duplicar|duplique", "double"),
            ("reduzir pela metade|reduzir à metade|reduza pela metade", "halve"),
            (
                "reduzir|reduza|diminuir|diminua|baixar|baixe|cortar|corte|encurtar|minimizar",
                _DECREASE,
            ),
            ("alcançar|alcance|atingir|atinja|conseguir|chegar a|obter", _REACH),
            ("manter|mantenha|garantir|garanta|assegurar", _KEEP),
            ("realizar|realize|conduzir", "run"),
            ("organizar|organize", "organise"),
            ("lançar|lance", "launch"),
            ("publicar|publique", "publish"),
            ("escrever|escreva", "write"),
            ("criar|crie|desenvolver|desenvolva|construir|construa", "build"),
            ("contratar|contrate", "hire"),
            ("concluir|conclua|completar|finalizar", "complete"),
            ("implementar|implemente|implantar", "implement"),
            ("treinar|capacitar", "train"),
            ("entregar|entregue", "deliver"),
        ),  # fmt: skip
        "words": {
            "pelo menos": "at least",
            "no mínimo": "at least",
            "no máximo": "at most",
            "mais de": "more than",
            "menos de": "less than",
            "acima de": "above",
            "abaixo de": "below",
            "ou mais": "or more",
            "ou menos": "or less",
            "por semana": "per week",
            "por ano": "per year",
            "por dia": "per day",
            "por trimestre": "per quarter",
            "mensais": "per month",
            "até o fim do ano": "by the end of the year",
            # eleventh round: a deadline year ("até o final de 2024") is a date, not a value
            "até o final de": "by the end of",
            "até o fim de": "by the end of",
            "até ao final de": "by the end of",
            "até ao fim de": "by the end of",
            "aumento": "increase",
            "crescimento": "growth",
            "redução": "reduction",
            "diminuição": "reduction",
        },  # fmt: skip
        "before_number": {
            "a cada": "every",
            "cada": "every",
            "para": "to",
            "até": "to",
            "em até": "within",
            "no prazo de": "within",
            "em": "by",
            "entre": "between",
        },  # fmt: skip
        "units": {
            "por cento": "%",
            "horas": "hours",
            "hora": "hours",
            "minutos": "minutes",
            "segundos": "seconds",
            "pontos percentuais": "percentage points",
            "de euros": "€",
            "de reais": "R$",
        },  # fmt: skip
        "scales": {
            "milhões": "million",
            "milhão": "million",
            "bilhões": "billion",
            "bilhão": "billion",
        },
        "markers": _same(
            "o|os|do|dos|das|da|de|e|para|por|em|um|uma|ao|menos|mais|novos|novas"
            "|clientes|vendas|tempo|aumentar|reduzir|alcançar|atingir|manter|mês|ano|até|não",
            "pt",
        ),
    },
    "fr": {
        "verbs": _verbs(
            (
                "augmenter|augmente|augmentons|accroître|accroitre|accroît|améliorer|améliore"
                "|développer",
                _INCREASE,
            ),
            ("doubler|double", "double"),
            (
                "réduire|réduis|réduisons|diminuer|diminue|baisser|baisse|abaisser|raccourcir"
                "|minimiser",
                _DECREASE,
            ),
            ("diviser par deux|réduire de moitié|réduisons de moitié", "halve"),
            ("atteindre|atteins|atteignons|obtenir|obtiens|décrocher|gagner", _REACH),
            ("maintenir|maintiens|garantir|garantis|assurer|assure|conserver", _KEEP),
            ("réaliser|réalise|mener|mène|conduire|animer|anime|tenir", "run"),
            ("organiser|organise", "organise"),
            ("lancer|lance", "launch"),
            ("publier|publie", "publish"),
            ("écrire|écris|rédiger|rédige", "write"),
            ("créer|crée|construire|construis|concevoir", "build"),
            ("recruter|recrute|embaucher|embauche", "hire"),
            ("terminer|termine|finaliser|finalise|achever", "complete"),
            ("mettre en place|mettre en œuvre|déployer|déploie|implémenter", "implement"),
            ("former|forme", "train"),
            ("livrer|livre", "deliver"),
        ),  # fmt: skip
        "words": {
            "au moins": "at least",
            "au minimum": "at least",
            "au plus": "at most",
            "au maximum": "at most",
            "plus de": "more than",
            "moins de": "less than",
            "au-dessus de": "above",
            "en dessous de": "below",
            "au-dessous de": "below",
            "inférieur à": "below",
            "supérieur à": "above",
            "ou plus": "or more",
            "ou moins": "or less",
            "par semaine": "per week",
            "par jour": "per day",
            "par an": "per year",
            "par trimestre": "per quarter",
            "mensuels": "per month",
            "d'ici la fin de l'année": "by the end of the year",
            "d'ici la fin du trimestre": "by the end of the quarter",
            "hausse": "increase",
            "augmentation": "increase",
            "croissance": "growth",
            "baisse": "reduction",
            "réduction": "reduction",
            "diminution": "reduction",
        },  # fmt: skip
        "before_number": {
            "toutes les": "every",  # "toutes les 2 semaines"
            "tous les": "every",
            "jusqu'à": "to",
            "dans un délai de": "within",
            "sous": "under",
            "sur": "out of",
            "à": "to",
            "en": "in",
            "entre": "between",
        },  # fmt: skip
        "units": {
            "pour cent": "%",
            "d'euros": "€",
            "millions d'euros": "million €",
            "points de pourcentage": "percentage points",
            "années": "years",
            "ans": "years",
            "heures": "hours",
            "heure": "hours",
            "secondes": "seconds",
        },  # fmt: skip
        "scales": {"milliers": "thousand", "milliards": "billion", "milliard": "billion"},
        "markers": _same(
            "le|la|les|du|des|de|et|avec|pour|dans|un|une|au|aux|moins|nouveaux"
            "|nouvelles|clients|ventes|temps|augmenter|réduire|atteindre|maintenir|mois"
            "|semaine|jusqu'à|être|sur|nos|notre",
            "fr",
        ),
    },
    "it": {
        "verbs": _verbs(
            (
                "aumentare|aumenta|aumentiamo|incrementare|incrementa|crescere|migliorare"
                "|migliora|ampliare|amplia|elevare",
                _INCREASE,
            ),
            ("raddoppiare|raddoppia", "double"),
            (
                "ridurre|riduci|riduciamo|diminuire|diminuisci|abbassare|abbassa|tagliare|taglia"
                "|accorciare|minimizzare",
                _DECREASE,
            ),
            ("dimezzare|dimezza", "halve"),
            ("raggiungere|raggiungi|ottenere|ottieni|conseguire", _REACH),
            ("mantenere|mantieni|garantire|garantisci|assicurare", _KEEP),
            ("condurre|svolgere|tenere|realizzare|realizza", "run"),
            ("organizzare|organizza", "organise"),
            ("lanciare|lancia", "launch"),
            ("pubblicare|pubblica", "publish"),
            ("scrivere|scrivi", "write"),
            ("creare|crea|sviluppare|sviluppa|costruire", "build"),
            ("assumere|assumi", "hire"),
            ("completare|completa|terminare|concludere", "complete"),
            ("implementare|implementa", "implement"),
            ("formare", "train"),
            ("consegnare", "deliver"),
            ("chiudere|chiudi", "close"),
            ("convertire", "convert"),
            ("acquisire|acquisisci", "acquire"),
            ("firmare", "sign"),
            ("vendere|vendi", "sell"),
            ("generare", "generate"),
        ),  # fmt: skip
        "words": {
            "almeno": "at least",
            "come minimo": "at least",
            "al massimo": "at most",
            "non più di": "no more than",
            "più di": "more than",
            "meno di": "less than",
            "oltre": "over",
            "al di sopra di": "above",
            "al di sotto di": "below",
            "inferiore a": "below",
            "superiore a": "above",
            "o più": "or more",
            "o meno": "or less",
            "al mese": "per month",
            "al giorno": "per day",
            "all'anno": "per year",
            "a settimana": "per week",
            "al trimestre": "per quarter",
            "entro fine anno": "by the end of the year",
            "aumento": "increase",
            "incremento": "increase",
            "crescita": "growth",
            "riduzione": "reduction",
            "diminuzione": "reduction",
            "calo": "decline",
        },  # fmt: skip
        "before_number": {
            "ogni": "every",  # "ogni 2 settimane"
            "a": "to",
            "al": "to",
            "fino a": "to",
            "del": "by",
            "di": "by",
            "entro": "within",
            "sotto": "under",
            "sopra": "over",
        },  # fmt: skip
        "units": {
            "secondi": "seconds",
            "minuti": "minutes",
            "ore": "hours",
            "giorni": "days",
            "giorno": "days",
            "settimane": "weeks",
            "mesi": "months",
            "mese": "months",
            "anni": "years",
            "per cento": "%",
            "di euro": "€",
            "punti percentuali": "percentage points",
        },  # fmt: skip
        "scales": {
            "mila": "thousand",
            "milioni": "million",
            "mln": "million",
            "miliardi": "billion",
            "mld": "billion",
        },  # fmt: skip
        "markers": _same(
            "il|lo|gli|le|del|della|dei|delle|di|e|con|nel|nella|un|una|almeno|più|nuovi"
            "|nuove|clienti|vendite|tempo|aumentare|ridurre|raggiungere|mantenere|mese|anno"
            "|settimana|entro|fino|da|che",
            "it",
        ),
    },
    "pl": {
        "verbs": _verbs(
            (
                "zwiększyć|zwiększ|zwiększenie|podnieść|podnieś|podniesienie|poprawić|popraw"
                "|poprawa|rozwinąć|wzmocnić",
                _INCREASE,
            ),
            ("podwoić|podwój", "double"),
            ("zmniejszyć o połowę|obniżyć o połowę|skrócić o połowę", "halve"),
            (
                "zmniejszyć|zmniejsz|zmniejszenie|obniżyć|obniż|obniżenie|ograniczyć|ogranicz"
                "|ograniczenie|skrócić|skróć|skrócenie|zredukować|zredukuj",
                _DECREASE,
            ),
            ("osiągnąć|osiągnij|osiągnięcie|uzyskać|uzyskanie|zdobyć|pozyskać|pozyskanie", _REACH),
            ("utrzymać|utrzymaj|utrzymanie|zapewnić|zapewnienie", _KEEP),
            ("przeprowadzić|przeprowadź|zorganizować|zorganizuj|zorganizowanie", "run"),
            ("uruchomić|uruchom|uruchomienie|wprowadzić|wprowadzenie", "launch"),
            ("opublikować|opublikuj|opublikowanie", "publish"),
            ("napisać|napisz|napisanie", "write"),
            ("stworzyć|stwórz|stworzenie|zbudować|zbuduj|opracować|opracuj", "build"),
            ("zatrudnić|zatrudnij|zatrudnienie|zrekrutować", "hire"),
            ("ukończyć|ukończ|ukończenie|zakończyć|zakończ|zakończenie", "complete"),
            ("wdrożyć|wdróż|wdrożenie", "implement"),
            ("przeszkolić|przeszkol|przeszkolenie", "train"),
            ("dostarczyć|dostarcz|dostarczenie", "deliver"),
        ),  # fmt: skip
        "words": {
            "co najmniej": "at least",
            "przynajmniej": "at least",
            "minimum": "at least",
            "co najwyżej": "at most",
            "najwyżej": "at most",
            "maksymalnie": "at most",
            "więcej niż": "more than",
            "mniej niż": "less than",
            "powyżej": "above",
            "poniżej": "below",
            "ponad": "over",
            "lub więcej": "or more",
            "lub mniej": "or less",
            "miesięcznie": "per month",
            "na miesiąc": "per month",
            "tygodniowo": "per week",
            "na tydzień": "per week",
            "dziennie": "per day",
            "rocznie": "per year",
            "do końca roku": "by the end of the year",
            "do końca kwartału": "by the end of the quarter",
            "wzrost": "increase",
            "spadek": "decline",
            "redukcja": "reduction",
        },  # fmt: skip
        "before_number": {
            "co": "every",  # "co 2 tygodnie"
            "z": "from",
            "od": "from",
            "do": "to",
            "o": "by",
            "w ciągu": "within",
            "w ciagu": "within",
        },  # fmt: skip
        "units": {
            "sekund": "seconds",
            "sekundy": "seconds",
            "minut": "minutes",
            "minuty": "minutes",
            "godzin": "hours",
            "godziny": "hours",
            "godzinę": "hours",
            "dni": "days",
            "dzień": "days",
            "dnia": "days",
            "tygodni": "weeks",
            "tygodnie": "weeks",
            "tydzień": "weeks",
            "miesięcy": "months",
            "miesiące": "months",
            "miesiąc": "months",
            "lat": "years",
            "lata": "years",
            "rok": "years",
            "procent": "%",
            "punktów procentowych": "percentage points",
            "zł": "PLN",
        },  # fmt: skip
        "scales": {"tys.": "thousand", "tys": "thousand", "mln": "million", "mld": "billion"},
        "markers": _same(
            "od|dla|przez|się|co|najmniej|nowych|klientów|sprzedaży|czas"
            "|miesięcznie|rocznie|roku|kwartału|zwiększyć|zmniejszyć|osiągnąć|utrzymać|oraz",
            "pl",
        ),
    },
    "ru": {
        "verbs": _verbs(
            (
                "увеличить|увеличивать|увеличим|повысить|повышать|повысим|нарастить|поднять"
                "|вырастить|расширить|улучшить|улучшать|ускорить",
                _INCREASE,
            ),
            ("удвоить|удвоим", "double"),
            ("сократить вдвое|снизить вдвое|уменьшить вдвое", "halve"),
            ("утроить", "triple"),
            (
                "сократить|сокращать|сократим|снизить|снижать|снизим|уменьшить|уменьшать"
                "|понизить|минимизировать|свести",
                _DECREASE,
            ),
            ("достичь|достигнуть|достигать|достигнем|добиться|охватить|получить|привлечь", _REACH),
            ("обеспечить", "deliver"),
            ("поддерживать|сохранить|сохранять|удерживать|удержать", _KEEP),
            ("поддержать", "support"),
            ("провести|проводить|проведем|проведём", "run"),
            ("запустить|запускать|запустим", "launch"),
            ("внедрить|внедрять|внедрим", "implement"),
            ("разработать|разрабатывать|создать|создавать|создадим|построить", "build"),
            ("написать|подготовить", "write"),
            ("опубликовать|публиковать|выпустить|выпускать", "publish"),
            ("организовать|организовывать", "organise"),
            ("нанять|нанимать", "hire"),
            ("обучить|обучать", "train"),
            ("завершить|завершать|закончить|выполнить", "complete"),
            ("мигрировать|перенести", "migrate"),
        ),  # fmt: skip
        "words": {
            "не менее": "at least",
            "не меньше": "at least",
            "как минимум": "at least",
            "минимум": "at least",
            "не ниже": "at least",
            "не более": "no more than",
            "не больше": "no more than",
            "не выше": "no more than",
            "максимум": "at most",
            "более чем": "more than",
            "больше чем": "more than",
            "менее чем": "less than",
            "меньше чем": "less than",
            "более": "more than",
            "больше": "more than",
            "свыше": "over",
            "выше": "above",
            "менее": "less than",
            "меньше": "less than",
            "ниже": "below",
            "и более": "or more",
            "или более": "or more",
            "и менее": "or less",
            "или менее": "or less",
            "в течение первого года": "this year",
            "в течение года": "this year",
            "в течение квартала": "this quarter",
            "в течение месяца": "this month",
            "до конца года": "by the end of the year",
            "к концу года": "by the end of the year",
            "до конца квартала": "by the end of the quarter",
            "к концу квартала": "by the end of the quarter",
            "в первые": "within the first",
            "в месяц": "per month",
            "ежемесячно": "per month",
            "в неделю": "per week",
            "еженедельно": "per week",
            "в день": "per day",
            "ежедневно": "per day",
            "в год": "per year",
            "в квартал": "per quarter",
            "рост": "increase",
            "увеличение": "increase",
            "повышение": "increase",
            "снижение": "reduction",
            "сокращение": "reduction",
            "уменьшение": "reduction",
        },  # fmt: skip
        "before_number": {
            "каждые": "every",
            "с": "from",
            "со": "from",
            "от": "from",
            "до": "to",
            "на": "by",
            "в течение": "within",
            "за": "within",
            "в пределах": "within",
        },  # fmt: skip
        "units": {
            "секунд": "seconds",
            "секунды": "seconds",
            "секунду": "seconds",
            "сек": "seconds",
            "минут": "minutes",
            "минуты": "minutes",
            "минуту": "minutes",
            "мин": "minutes",
            "часов": "hours",
            "часа": "hours",
            "час": "hours",
            "ч": "hours",
            "дней": "days",
            "дня": "days",
            "день": "days",
            "недель": "weeks",
            "недели": "weeks",
            "неделю": "weeks",
            "месяцев": "months",
            "месяца": "months",
            "месяц": "months",
            "лет": "years",
            "года": "years",
            "год": "years",
            "мс": "ms",
            "процентов": "%",
            "процента": "%",
            "процент": "%",
            "п.п.": "percentage points",
            "₽": "RUB",
            "руб.": "RUB",
            "руб": "RUB",
            "рублей": "RUB",
            "рубля": "RUB",
        },  # fmt: skip
        "scales": {
            "тыс.": "thousand",
            "тыс": "thousand",
            "тысяч": "thousand",
            "млн": "million",
            "миллионов": "million",
            "миллиона": "million",
            "млрд": "billion",
        },  # fmt: skip
        "markers": {},
    },
    "uk": {
        "verbs": _verbs(
            (
                "збільшити|збільшувати|підвищити|підвищувати|наростити|покращити|розширити",
                _INCREASE,
            ),
            ("подвоїти", "double"),
            ("зменшити|зменшувати|скоротити|скорочувати|знизити|знижувати|мінімізувати", _DECREASE),
            ("досягти|досягнути|охопити|отримати", _REACH),
            ("забезпечити", "deliver"),
            ("підтримувати|зберегти|зберігати|утримувати", _KEEP),
            ("провести|проводити", "run"),
            ("запустити|запускати", "launch"),
            ("впровадити|впроваджувати", "implement"),
            ("розробити|створити|побудувати", "build"),
            ("написати|підготувати", "write"),
            ("опублікувати|випустити", "publish"),
            ("організувати", "organise"),
            ("найняти", "hire"),
            ("навчити", "train"),
            ("завершити|виконати", "complete"),
        ),  # fmt: skip
        "words": {
            "щонайменше": "at least",
            "не менше": "at least",
            "як мінімум": "at least",
            "мінімум": "at least",
            "не більше": "no more than",
            "максимум": "at most",
            "більше ніж": "more than",
            "менше ніж": "less than",
            "понад": "over",
            "більше": "more than",
            "менше": "less than",
            "нижче": "below",
            "вище": "above",
            "і більше": "or more",
            "або більше": "or more",
            "протягом першого року": "this year",
            "протягом року": "this year",
            "до кінця року": "by the end of the year",
            "до кінця кварталу": "by the end of the quarter",
            "у перші": "within the first",
            "в перші": "within the first",
            "на місяць": "per month",
            "щомісяця": "per month",
            "на тиждень": "per week",
            "щотижня": "per week",
            "на день": "per day",
            "щодня": "per day",
            "на рік": "per year",
            "зростання": "increase",
            "збільшення": "increase",
            "зниження": "reduction",
            "скорочення": "reduction",
            "зменшення": "reduction",
        },  # fmt: skip
        "before_number": {
            "кожні": "every",
            "з": "from",
            "із": "from",
            "від": "from",
            "до": "to",
            "на": "by",
            "протягом": "within",
            "за": "within",
        },  # fmt: skip
        "units": {
            "секунд": "seconds",
            "секунди": "seconds",
            "хвилин": "minutes",
            "хвилини": "minutes",
            "хвилину": "minutes",
            "годин": "hours",
            "години": "hours",
            "годину": "hours",
            "днів": "days",
            "дні": "days",
            "день": "days",
            "тижнів": "weeks",
            "тижні": "weeks",
            "тиждень": "weeks",
            "місяців": "months",
            "місяці": "months",
            "місяць": "months",
            "років": "years",
            "роки": "years",
            "рік": "years",
            "відсотків": "%",
            "грн": "UAH",
            "₴": "UAH",
        },  # fmt: skip
        "scales": {"тис.": "thousand", "тис": "thousand", "млн": "million", "млрд": "billion"},
        "markers": {},
    },
    "tr": {
        "verbs": _verbs(
            (
                "artırmak|arttırmak|artır|arttır|artırılması|arttırılması|artırmayı|arttırmayı"
                "|yükseltmek|yükselt|yükseltilmesi|çıkarmak|çıkar|çıkarılması|büyütmek|büyüt"
                "|iyileştirmek|iyileştir",
                _INCREASE,
            ),
            ("iki katına çıkarmak|ikiye katlamak|ikiye katla", "double"),
            (
                "azaltmak|azalt|azaltılması|azaltmayı|düşürmek|düşür|düşürülmesi|düşürmeyi"
                "|indirmek|indir|indirilmesi|kısaltmak|kısalt|kısaltılması",
                _DECREASE,
            ),
            ("yarıya indirmek", "halve"),
            (
                "ulaşmak|ulaş|ulaşması|ulaşmasını|erişmek|eriş|yakalamak|elde etmek|kazanmak|kazan",
                _REACH,
            ),
            ("korumak|koru|sürdürmek|sürdür|tutmak|tut|tutulması", _KEEP),
            ("sağlamak|sağla", "deliver"),
            ("düzenlemek|düzenle|gerçekleştirmek|gerçekleştir|yürütmek", "run"),
            ("başlatmak|başlat|yayına almak|canlıya almak", "launch"),
            ("yayınlamak|yayınla", "publish"),
            ("yazmak|yaz|hazırlamak|hazırla", "write"),
            ("oluşturmak|oluştur|geliştirmek|geliştir|kurmak", "build"),
            ("işe almak", "hire"),
            ("eğitmek", "train"),
            ("tamamlamak|tamamla|bitirmek", "complete"),
            ("belirlemek|belirle|tespit etmek", "identify"),
            ("sunmak|sun", "present"),
            ("entegre etmek", "integrate"),
            ("uygulamak|uygula", "implement"),
        ),  # fmt: skip
        "words": {
            "en az": "at least",
            "asgari": "at least",
            "en fazla": "at most",
            "en çok": "at most",
            "azami": "at most",
            "ve üzeri": "or more",
            "ve altı": "or less",
            "ayda": "per month",
            "aylık": "per month",
            "haftada": "per week",
            "haftalık": "per week",
            "günde": "per day",
            "günlük": "per day",
            "yılda": "per year",
            "yıllık": "per year",
            "yıl sonuna kadar": "by the end of the year",
            "çeyrek sonuna kadar": "by the end of the quarter",
            "artış": "increase",
            "azalma": "reduction",
            "düşüş": "decline",
        },  # fmt: skip
        "before_number": {},
        "units": {
            "saniye": "seconds",
            "saniyenin": "seconds",
            "dakika": "minutes",
            "dakikanın": "minutes",
            "dk": "minutes",
            "saat": "hours",
            "saatin": "hours",
            "saate": "hours",
            "gün": "days",
            "günün": "days",
            "güne": "days",
            "hafta": "weeks",
            "haftanın": "weeks",
            "ay": "months",
            "ayın": "months",
            "yıl": "years",
            "yılın": "years",
            "tl": "TRY",
        },  # fmt: skip
        "scales": {"bin": "thousand", "milyon": "million", "milyar": "billion"},
        "markers": _same(
            "ve|bir|için|ile|en|az|olarak|sayısını|oranını|oranı|yeni|müşteri|süresini"
            "|artırmak|azaltmak|düşürmek|ulaşmak|sağlamak|tamamlamak|içinde|kadar|gibi|daha"
            "|olan|üzerinde|altında|adet|ayın|sonuna",
            "tr",
        ),
    },
    "id": {
        "verbs": _verbs(
            (
                "meningkatkan|tingkatkan|menaikkan|naikkan|menambah|tambah|memperluas|perluas"
                "|menumbuhkan|memperbaiki|perbaiki|naik|meningkat|bertambah|tumbuh",
                _INCREASE,
            ),
            ("melipatgandakan", "double"),
            (
                "mengurangi|kurangi|menurunkan|turunkan|memangkas|pangkas|mempersingkat"
                "|persingkat|menekan|tekan|meminimalkan|turun|menurun|berkurang",
                _DECREASE,
            ),
            ("mencapai|capai|meraih|raih|mendapatkan|dapatkan", _REACH),
            ("mempertahankan|pertahankan|menjaga|jaga|memastikan|pastikan", _KEEP),
            (
                "mengadakan|adakan|menyelenggarakan|selenggarakan|melaksanakan|laksanakan"
                "|menjalankan|jalankan",
                "run",
            ),
            ("meluncurkan|luncurkan|merilis|rilis", "launch"),
            ("menerbitkan|terbitkan|mempublikasikan|publikasikan", "publish"),
            ("menulis|tulis|menyusun|susun", "write"),
            ("membuat|buat|membangun|bangun|mengembangkan|kembangkan", "build"),
            ("merekrut|rekrut", "hire"),
            ("menyelesaikan|selesaikan", "complete"),
            ("menerapkan|terapkan|mengimplementasikan|implementasikan", "implement"),
            ("melatih|latih", "train"),
        ),  # fmt: skip
        "words": {
            "dua kali lipat": "2x",
            "tiga kali lipat": "3x",
            "minimal": "at least",
            "setidaknya": "at least",
            "paling sedikit": "at least",
            "sekurang-kurangnya": "at least",
            "maksimal": "at most",
            "paling banyak": "at most",
            "tidak lebih dari": "no more than",
            "lebih dari": "more than",
            "kurang dari": "less than",
            "di atas": "above",
            "di bawah": "below",
            "atau lebih": "or more",
            "atau kurang": "or less",
            "per bulan": "per month",
            "setiap bulan": "per month",
            "tiap bulan": "per month",
            "per minggu": "per week",
            "setiap minggu": "per week",
            "per hari": "per day",
            "setiap hari": "per day",
            "per tahun": "per year",
            "per kuartal": "per quarter",
            "akhir tahun": "the end of the year",
            "kenaikan": "increase",
            "peningkatan": "increase",
            "pertumbuhan": "growth",
            "penurunan": "reduction",
            "pengurangan": "reduction",
        },  # fmt: skip
        "before_number": {
            "setiap": "every",
            "dari": "from",
            "menjadi": "to",
            "hingga": "to",
            "sampai": "to",
            "ke": "to",
            "sebesar": "by",
            "dalam": "within",
        },  # fmt: skip
        "units": {
            "detik": "seconds",
            "menit": "minutes",
            "jam": "hours",
            "hari": "days",
            "minggu": "weeks",
            "bulan": "months",
            "tahun": "years",
            "persen": "%",
            "poin persentase": "percentage points",
        },  # fmt: skip
        "scales": {
            "ribu": "thousand",
            "rb": "thousand",
            "juta": "million",
            "jt": "million",
            "miliar": "billion",
            "milyar": "billion",
        },  # fmt: skip
        "markers": _same(
            "dan|yang|di|ke|dari|untuk|dengan|pada|dalam|menjadi|sebesar|setidaknya"
            "|pelanggan|penjualan|waktu|bulan|tahun|minggu|hari|meningkatkan|mengurangi"
            "|menurunkan|mencapai|mempertahankan|baru|setiap|hingga|sampai|pengguna|aktif|jumlah"
            "|tingkat|pendapatan|biaya|kepuasan|rata-rata",
            "id",
        ),
    },
    "vi": {
        "verbs": _verbs(
            ("tăng|gia tăng|nâng|nâng cao|cải thiện|mở rộng", _INCREASE),
            ("tăng gấp đôi", "double"),
            ("giảm|cắt giảm|rút ngắn|hạ", _DECREASE),
            ("giảm một nửa", "halve"),
            ("loại bỏ|loại trừ", "eliminate"),
            ("đạt|đạt được", _REACH),
            ("duy trì|giữ|giữ vững|đảm bảo", _KEEP),
            ("tổ chức|thực hiện|tiến hành", "run"),
            ("ra mắt|khởi chạy", "launch"),
            ("xuất bản|đăng", "publish"),
            ("viết", "write"),
            ("tạo|xây dựng|phát triển", "build"),
            ("tuyển dụng|tuyển", "hire"),
            ("hoàn thành|hoàn tất", "complete"),
            ("triển khai", "implement"),
            ("đào tạo", "train"),
        ),  # fmt: skip
        "words": {
            "gấp đôi": "2x",
            "gấp ba": "3x",
            "ít nhất": "at least",
            "tối thiểu": "at least",
            "tối đa": "at most",
            "không quá": "no more than",
            "nhiều hơn": "more than",
            "hơn": "more than",
            "trên": "above",
            "dưới": "under",
            "ít hơn": "less than",
            "trở lên": "or more",
            "trở xuống": "or less",
            "mỗi tháng": "per month",
            "hàng tháng": "per month",
            "mỗi tuần": "per week",
            "hàng tuần": "per week",
            "mỗi ngày": "per day",
            "hàng ngày": "per day",
            "mỗi năm": "per year",
            "mỗi quý": "per quarter",
            "cuối năm": "the end of the year",
            "cuối quý": "the end of the quarter",
        },  # fmt: skip
        "before_number": {
            "mỗi": "every",
            "từ": "from",
            "lên": "to",
            "xuống": "to",
            "xuống còn": "to",
            "còn": "to",
            "đến": "to",
            "tới": "to",
            "thêm": "by",
            "trong vòng": "within",
            "trong": "within",
        },  # fmt: skip
        "units": {
            "giây": "seconds",
            "phút": "minutes",
            "giờ": "hours",
            "ngày": "days",
            "tuần": "weeks",
            "tháng": "months",
            "năm": "years",
            "phần trăm": "%",
            "đồng": "VND",
            "₫": "VND",
        },  # fmt: skip
        "scales": {"nghìn": "thousand", "ngàn": "thousand", "triệu": "million", "tỷ": "billion"},
        # told by its letters; these words tell it without them ("Có 5 khách hàng dùng app")
        "markers": _same("có|các|những|khách|hàng|người|dùng|và|của|được|một", "vi"),
    },
    # Persian and Arabic: told by their script (Persian by its own letters پ چ ژ گ ک ی); their
    # digits are read as ASCII digits (cairn.text.tokens.WIDE_SIGNS). A key result opens with a
    # verbal noun ("افزایش …", "زيادة …": increase …) or ends on the verb (Persian).
    "fa": {
        "verbs": _verbs(
            ("افزایش|افزایش دادن|افزایش دهیم|افزایش یابد|بالا بردن|ارتقا|ارتقای", _INCREASE),
            ("کاهش|کاهش دادن|کاهش دهیم|کاهش یابد|کم کردن|کوتاه کردن|کاستن", _DECREASE),
            ("رسیدن به|رساندن|دستیابی به|دستیابی", _REACH),
            ("حفظ|نگه داشتن|نگهداشتن|حفظ کردن", _KEEP),
            ("بهبود|بهبود دادن", "improve"),
            ("دو برابر کردن|دوبرابر کردن", "double"),
        ),
        "words": {
            "حداقل": "at least",
            "دست کم": "at least",
            "حداکثر": "at most",
            "کمتر از": "under",
            "زیر": "under",
            "بیش از": "more than",
            "بیشتر از": "more than",
            "بالای": "above",
            "در ماه": "per month",
            "در هفته": "per week",
            "در روز": "per day",
            "ماهانه": "per month",
        },  # fmt: skip
        "before_number": {
            "به میزان": "by",
            "ظرف": "within",
            "طی": "within",
            "در عرض": "within",
            "به": "to",
            "تا": "to",
        },  # fmt: skip
        "units": {
            "ثانیه": "seconds",
            "دقیقه": "minutes",
            "ساعت": "hours",
            "روز": "days",
            "هفته": "weeks",
            "ماه": "months",
            "سال": "years",
            "درصد": "%",
            "ریال": "IRR",
        },  # fmt: skip
        "scales": {"هزار": "thousand", "میلیون": "million", "میلیارد": "billion"},
        "markers": {},
    },
    "ar": {
        "verbs": _verbs(
            ("زيادة|رفع|تعزيز|مضاعفة النمو|نزيد|نرفع", _INCREASE),
            ("خفض|تقليل|تخفيض|تقليص|الحد من|نخفض|نقلل", _DECREASE),
            ("الوصول إلى|الوصول الى|تحقيق|بلوغ", _REACH),
            ("الحفاظ على|المحافظة على|الإبقاء على|إبقاء|الحفاظ", _KEEP),
            ("تحسين", "improve"),
            ("مضاعفة", "double"),
        ),
        "words": {
            "على الأقل": "at least",
            "كحد أدنى": "at least",
            "بما لا يقل عن": "at least",
            "لا يقل عن": "at least",
            "بحد أقصى": "at most",
            "كحد أقصى": "at most",
            "بما لا يزيد عن": "at most",
            "لا يزيد عن": "at most",
            "لا يتجاوز": "at most",
            "أقل من": "under",
            "أكثر من": "more than",
            "أعلى من": "above",
            "شهريا": "per month",
            "أسبوعيا": "per week",
            "يوميا": "per day",
            "ارتفاع": "increase",
            "نمو": "increase",
            "انخفاض": "reduction",
            "تراجع": "reduction",
        },  # fmt: skip
        "before_number": {
            "بنسبة": "by",
            "بمقدار": "by",
            "خلال": "within",
            "في غضون": "within",
            "إلى": "to",
            "الى": "to",
        },  # fmt: skip
        "units": {
            "ثانية": "seconds",
            "ثوان": "seconds",
            "دقيقة": "minutes",
            "دقائق": "minutes",
            "ساعة": "hours",
            "ساعات": "hours",
            "يوم": "days",
            "أيام": "days",
            "يوما": "days",
            "أسبوع": "weeks",
            "أسابيع": "weeks",
            "شهر": "months",
            "أشهر": "months",
            "بالمئة": "%",
            "بالمائة": "%",
            "في المئة": "%",
            "ريال": "SAR",
            "درهم": "AED",
            "دولار": "$",
            "جنيه": "EGP",
        },  # fmt: skip
        "scales": {"ألف": "thousand", "مليون": "million", "مليار": "billion"},
        "markers": {},
    },
}

# Eleventh round: a count written in words, in lower case, before a word ("publicação de cinco
# relatórios", "no mínimo dois relatórios") is that number. "um"/"uma"/"un"/"una" stay articles;
# Spanish "dos" is left out (Portuguese "dos" is "of the", and the two are told apart by a few
# words only); a capital ("Lean Seis Sigma", "Sete Lagoas") is a name.
NUMBER_WORDS = {
    "pt": {
        "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7,
        "oito": 8, "nove": 9, "dez": 10, "doze": 12, "vinte": 20,
    },
    "es": {
        "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
        "diez": 10, "doce": 12, "veinte": 20,
    },
}  # fmt: skip

# Chinese (simplified and traditional), Japanese and Korean: verbs and words inside the
# script, read where they stand (no spaces between words).
CJK_VERBS = {
    # Chinese
    "提升": _INCREASE, "提高": _INCREASE, "增加": _INCREASE, "增长": _INCREASE,
    "增長": _INCREASE, "扩大": _INCREASE, "擴大": _INCREASE, "翻倍": "double",
    "降低": _DECREASE, "减少": _DECREASE, "減少": _DECREASE, "缩短": _DECREASE,
    "縮短": _DECREASE, "下降": _DECREASE, "削减": _DECREASE, "削減": _DECREASE,
    "减半": "halve", "減半": "halve", "达到": _REACH, "達到": _REACH, "达成": _REACH,
    "達成": _REACH, "保持": _KEEP, "维持": _KEEP, "維持": _KEEP, "举办": "run",
    "舉辦": "run", "发布": "publish", "發布": "publish", "撰写": "write", "撰寫": "write",
    "招聘": "hire", "培训": "train", "培訓": "train", "上线": "launch", "上線": "launch",
    "编写": "write", "編寫": "write", "组织": "organise",
    "組織": "organise", "开展": "run", "開展": "run", "举行": "run", "舉行": "run",
    # Japanese
    "増やす": _INCREASE, "高める": _INCREASE, "引き上げる": _INCREASE, "減らす": _DECREASE,
    "下げる": _DECREASE, "短縮": _DECREASE, "低減": _DECREASE, "開催": "run",
    "実施": "run", "採用": "hire", "公開": "publish", "作成": "build", "執筆": "write",
    "導入": "implement", "開発": "develop", "倍増": "double", "半減": "halve",
    # Korean
    "늘리기": _INCREASE, "늘린다": _INCREASE, "확대": _INCREASE, "높이기": _INCREASE,
    "줄이기": _DECREASE, "줄인다": _DECREASE, "단축": _DECREASE, "절감": _DECREASE,
    "낮추기": _DECREASE, "달성": _REACH, "유지": _KEEP, "개최": "run", "출시": "launch",
    "채용": "hire", "진행": "run", "작성": "write", "발행": "publish", "도입": "implement",
    "개발": "develop", "두 배 증가": "double", "두 배로 증가": "double", "두 배로 늘리기": "double",
    "절반으로 감소": "halve", "절반으로 줄이기": "halve", "절반으로 단축": "halve",
}  # fmt: skip
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
# "N% more X" in each language ("40% mais solicitações", "un 40% más de tickets", "40% mehr
# Anfragen"): English "40% more requests", a relative change (twelfth round).
PERCENT_MORE = {"pt": "mais", "es": "más", "de": "mehr", "it": "in più", "fr": "de plus"}
# "Have" in Vietnamese and Indonesian, opening a count ("Có ít nhất 120 người dùng hoàn tất …"):
# a state to reach, as English "Have 15 repeat customers" (read by the coach).
HAVE_VERBS = {"có": "have", "memiliki": "have", "mempunyai": "have", "punya": "have"}
# Chinese one-character verbs written right before 到/至 ("降到 8%", "升至 95%"): a move to a value.
CJK_VERBS_BEFORE_TO = {
    "降": _DECREASE, "减": _DECREASE, "減": _DECREASE, "跌": _DECREASE, "升": _INCREASE,
    "增": _INCREASE, "涨": _INCREASE, "漲": _INCREASE,
}  # fmt: skip
CJK_WORDS = {
    "增加了": "increase", "增幅": "increase", "降幅": "reduction", "未満": "or less", "超過": "or more",
    "少なくとも": "at least", "最大": "at most", "最低": "at least", "最小": "at least",
    "増加": "increase", "減少": "reduction", "向上": "improvement", "최소": "at least",
    "적어도": "at least", "최대": "at most", "只有一个": "at most 1", "只有一個": "at most 1",
    "仅有一个": "at most 1", "僅有一個": "at most 1", "已完成": " completed", "已发布": " published",
    "已上线": " launched", "완료": " completed", "済み": " completed",
}  # fmt: skip
CJK_SCALES = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "만": 1e4, "억": 1e8, "천": 1e3}
CJK_UNITS = {
    "秒": "seconds", "分钟": "minutes", "分鐘": "minutes", "小時": "hours", "時間": "hours",
    "週間": "weeks", "ヶ月": "months", "か月": "months", "カ月": "months", "개월": "months",
    "元": "CNY", "円": "JPY", "원": "KRW",
}  # fmt: skip

# "from A to B" in each language: the words that open and close it, read only around numbers
# ("de 5 a 3 días", "von 5 auf 3", "с 5 до 3", "dari 5 menjadi 3").
FROM_TO = {
    "de": ("von", "auf|bis|zu"), "nl": ("van", "naar|tot"), "es": ("de|del|desde", "a|al|hasta"),
    "pt": ("de|desde", "para|a|até"), "fr": ("de|depuis", "à|a"), "it": ("da|dal", "a|al"),
    "pl": ("z|od", "do"), "ru": ("с|со|от", "до"), "uk": ("з|із|від", "до"),
    "id": ("dari", "menjadi|ke|hingga|sampai"), "vi": ("từ", "lên|xuống còn|xuống|đến|còn"),
    "fa": ("از", "به|تا"), "ar": ("من", "إلى|الى"),
}  # fmt: skip
# Verb forms that are also English words: they do not tell a language apart.
_NOT_MARKERS = "double former assure organise organize realize reduce forme lance anime sun minimum"
_NOT_MARKERS += " maximal minimal hausse entrega calo groei rok lat ore dag bin mil million"
NOT_MARKERS = frozenset(_NOT_MARKERS.split())


# Participles that report work done ("3 Fallstudien veröffentlicht", "5 статей опубликовано",
# "10 entrevistas realizadas"): the English participles the coach reads as work done.
DONE = {
    "de": {
        "veröffentlicht": "published", "gestartet": "launched", "gelauncht": "launched",
        "durchgeführt": "conducted", "abgeschlossen": "completed", "ausgeliefert": "delivered",
        "geliefert": "delivered", "eingeführt": "launched", "geschrieben": "written",
        "organisiert": "organised", "veranstaltet": "held", "migriert": "migrated",
        "implementiert": "deployed", "umgesetzt": "deployed",
        "eingestellt und eingearbeitet": "hired",
    },
    "nl": {
        "gepubliceerd": "published", "gelanceerd": "launched", "uitgevoerd": "conducted",
        "aangenomen": "hired", "afgerond": "completed", "opgeleverd": "delivered",
        "georganiseerd": "organised", "geschreven": "written", "geïmplementeerd": "deployed",
    },
    "es": {
        "publicados": "published", "publicadas": "published", "publicado": "published",
        "publicada": "published", "lanzados": "launched", "lanzadas": "launched",
        "lanzado": "launched", "lanzada": "launched", "realizados": "conducted",
        "realizadas": "conducted", "realizado": "conducted", "realizada": "conducted",
        "contratados": "hired", "contratadas": "hired", "completados": "completed",
        "completadas": "completed", "completado": "completed", "completada": "completed",
        "entregados": "delivered", "entregadas": "delivered", "organizados": "organised",
        "organizadas": "organised", "escritos": "written", "implementados": "deployed",
        "implementadas": "deployed",
    },
    "pt": {
        "publicados": "published", "publicadas": "published", "publicado": "published",
        "publicada": "published", "lançados": "launched", "lançadas": "launched",
        "lançado": "launched", "lançada": "launched", "realizados": "conducted",
        "realizadas": "conducted", "realizado": "conducted", "realizada": "conducted",
        "contratados": "hired", "contratadas": "hired", "concluídos": "completed",
        "concluídas": "completed", "concluído": "completed", "concluída": "completed",
        "entregues": "delivered", "organizados": "organised", "escritos": "written",
        "implementados": "deployed", "implantados": "deployed",
    },
    "fr": {
        "publiés": "published", "publiées": "published", "publié": "published",
        "publiée": "published", "lancés": "launched", "lancées": "launched",
        "lancé": "launched", "lancée": "launched", "réalisés": "conducted",
        "réalisées": "conducted", "réalisé": "conducted", "réalisée": "conducted",
        "recrutés": "hired", "recrutées": "hired", "embauchés": "hired",
        "terminés": "completed", "terminées": "completed", "terminé": "completed",
        "livrés": "delivered", "livrées": "delivered", "livré": "delivered",
        "organisés": "organised", "organisées": "organised", "animés": "held",
        "animées": "held", "rédigés": "written", "déployés": "deployed",
    },
    "it": {
        "pubblicati": "published", "pubblicate": "published", "pubblicato": "published",
        "lanciati": "launched", "lanciate": "launched", "realizzati": "conducted",
        "realizzate": "conducted", "assunti": "hired", "assunte": "hired",
        "completati": "completed", "completate": "completed", "completato": "completed",
        "consegnati": "delivered", "consegnate": "delivered", "organizzati": "organised",
        "organizzate": "organised", "scritti": "written",
    },
    "pl": {
        "opublikowane": "published", "opublikowanych": "published", "opublikowano": "published",
        "uruchomione": "launched", "uruchomiono": "launched", "przeprowadzone": "conducted",
        "przeprowadzono": "conducted", "zatrudnieni": "hired", "zatrudniono": "hired",
        "ukończone": "completed", "ukończono": "completed", "zakończone": "completed",
        "dostarczone": "delivered", "wdrożone": "deployed", "wdrożono": "deployed",
        "zorganizowane": "organised",
    },
    "ru": {
        "опубликовано": "published", "опубликованы": "published", "опубликован": "published",
        "опубликована": "published", "запущено": "launched", "запущены": "launched",
        "запущен": "launched", "запущена": "launched", "проведено": "held", "проведены": "held",
        "проведен": "held", "проведена": "held", "нанято": "hired", "наняты": "hired",
        "завершено": "completed", "завершены": "completed", "завершен": "completed",
        "завершена": "completed", "выпущено": "released", "выпущены": "released",
        "выпущен": "released", "внедрено": "deployed", "внедрены": "deployed",
        "внедрен": "deployed", "внедрена": "deployed", "написано": "written",
        "написаны": "written",
    },
    "uk": {
        "опубліковано": "published", "запущено": "launched", "проведено": "held",
        "найнято": "hired", "завершено": "completed", "випущено": "released",
        "впроваджено": "deployed", "написано": "written",
    },
    "tr": {
        "yayınlandı": "published", "yayınlanmış": "published", "başlatıldı": "launched",
        "tamamlandı": "completed", "tamamlanmış": "completed", "gerçekleştirildi": "held",
        "düzenlendi": "held", "işe alındı": "hired",
    },
    "id": {
        "diterbitkan": "published", "dipublikasikan": "published", "diluncurkan": "launched",
        "dilaksanakan": "held", "diadakan": "held", "diselenggarakan": "held",
        "direkrut": "hired", "diselesaikan": "completed", "dikirim": "delivered",
    },
    "vi": {
        "đã hoàn thành": "completed", "đã xuất bản": "published", "được xuất bản": "published",
        "đã ra mắt": "launched", "đã tuyển": "hired", "đã tổ chức": "held",
    },
}  # fmt: skip
for _language, _done in DONE.items():
    LANGUAGES[_language]["words"].update(_done)


# Work named by a noun ("Durchführung von 6 Workshops", "Запуск мобильного приложения",
# "Lanzamiento de la nueva web"): the English nouns the coach reads as work.
WORK_NOUNS = {
    "de": {
        "durchführung": "implementation", "einführung": "introduction",
        "veröffentlichung": "publication", "erstellung": "creation",
        "entwicklung": "development", "migration": "migration",
        "implementierung": "implementation", "umsetzung": "implementation",
        "bereitstellung": "deployment", "fertigstellung": "completion",
    },
    "nl": {
        "lancering": "launch", "implementatie": "implementation", "migratie": "migration",
        "ontwikkeling": "development", "publicatie": "publication",
        "uitvoering": "implementation", "invoering": "introduction", "oplevering": "delivery",
    },
    "es": {
        "lanzamiento": "launch", "implementación": "implementation", "migración": "migration",
        "creación": "creation", "desarrollo": "development", "publicación": "publication",
        "realización": "implementation", "entrega": "delivery",
    },
    "pt": {
        "lançamento": "launch", "implementação": "implementation", "migração": "migration",
        "criação": "creation", "desenvolvimento": "development", "publicação": "publication",
        "realização": "implementation", "entrega": "delivery",
    },
    "fr": {
        "lancement": "launch", "mise en place": "implementation", "migration": "migration",
        "création": "creation", "développement": "development", "publication": "publication",
        "réalisation": "implementation", "livraison": "delivery", "refonte": "redesign",
    },
    "it": {
        "lancio": "launch", "implementazione": "implementation", "migrazione": "migration",
        "creazione": "creation", "sviluppo": "development", "pubblicazione": "publication",
        "realizzazione": "implementation", "consegna": "delivery",
    },
    "pl": {
        "migracja": "migration", "stworzenie": "creation", "opracowanie": "development",
        "publikacja": "publication", "przeprowadzenie": "implementation",
        "organizacja": "setup",
    },
    "ru": {
        "проведение": "implementation", "запуск": "launch", "внедрение": "implementation",
        "разработка": "development", "создание": "creation", "публикация": "publication",
        "миграция": "migration", "организация": "setup", "переход": "migration",
    },
    "uk": {
        "проведення": "implementation", "запуск": "launch", "впровадження": "implementation",
        "розробка": "development", "створення": "creation", "публікація": "publication",
        "міграція": "migration",
    },
    "tr": {
        "lansman": "launch", "geçiş": "migration", "geliştirilmesi": "development",
        "oluşturulması": "creation", "yayınlanması": "publication",
    },
    "id": {
        "peluncuran": "launch", "implementasi": "implementation", "migrasi": "migration",
        "pembuatan": "creation", "pengembangan": "development", "publikasi": "publication",
        "penyelenggaraan": "implementation", "pelaksanaan": "implementation",
    },
    "vi": {
        "việc triển khai": "implementation", "việc xây dựng": "development",
        "việc ra mắt": "launch",
    },
}  # fmt: skip
for _language, _nouns in WORK_NOUNS.items():
    LANGUAGES[_language]["words"].update(_nouns)


# Approval others give ("ekibin onayını almak", "obtener la aprobación del comité"): the coach
# reads approval gained as a result others grant, not as work.
APPROVAL = {
    "de": {"freigabe": "approval", "zustimmung": "approval", "erhalten": "get", "bekommen": "get"},
    "nl": {"goedkeuring": "approval", "krijgen": "get"},
    "es": {"aprobación": "approval", "visto bueno": "approval"},
    "pt": {"aprovação": "approval"},
    "fr": {"approbation": "approval", "accord": "approval"},
    "it": {"approvazione": "approval"},
    "pl": {"akceptację": "approval", "akceptacja": "approval", "zatwierdzenie": "approval"},
    "ru": {"одобрение": "approval", "одобрения": "approval", "согласование": "approval"},
    "uk": {"схвалення": "approval", "погодження": "approval"},
    "tr": {
        "onayını almak": "get approval",
        "onayı almak": "get approval",
        "onay almak": "get approval",
    },
    "id": {"persetujuan": "approval", "mendapatkan": "get"},
    "vi": {"phê duyệt": "approval", "sự đồng ý": "approval", "nhận được": "get"},
}
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


# Thai writes no spaces between words: its words are read inside the script, like Chinese.
# Verbs are put first; "จาก A เป็น B" is from A to B.
THAI_VERBS = {
    "เพิ่มขึ้น": "increase", "เพิ่ม": "increase", "ยกระดับ": "increase", "ลดลง": "reduce",
    "ลด": "reduce", "บรรลุ": "reach", "รักษา": "keep", "จัด": "run", "เปิดตัว": "launch",
    "เผยแพร่": "publish", "เขียน": "write", "สร้าง": "build", "จ้าง": "hire",
}  # fmt: skip
THAI_WORDS = {
    "อย่างน้อย": "at least", "ไม่น้อยกว่า": "at least", "ไม่เกิน": "no more than",
    "สูงสุด": "at most", "มากกว่า": "more than", "น้อยกว่า": "less than", "ต่ำกว่า": "below",
    "สูงกว่า": "above", "ขึ้นไป": "or more",
}  # fmt: skip
THAI_BEFORE_NUMBER = {"จาก": "from", "เป็น": "to", "ภายใน": "within", "ถึง": "to"}
THAI_UNITS = {
    "วินาที": "seconds", "นาที": "minutes", "ชั่วโมง": "hours", "วัน": "days",
    "สัปดาห์": "weeks", "เดือน": "months", "ปี": "years", "บาท": "THB",
}  # fmt: skip

# "current" and "now" before a baseline in an aside, in each language above: "(текущий: 35)",
# "(atual: 8%)", "(aktuell: 40)", "(当前：75%)". Read like the English "(current: 35)".
BASELINE_WORDS = (
    "aktuell|derzeit|bisher|huidig|huidige|momenteel|actual|actualmente|hoy|atual|atualmente"
    "|hoje|actuel|actuelle|actuellement|attuale|attualmente|oggi|obecnie|aktualnie|obecny"
    "|текущий|текущая|текущее|текущие|сейчас|поточний|поточна|поточне|зараз|mevcut"
    "|şu an|saat ini|sekarang|hiện tại|hiện nay|当前|目前|现在|現在|현재"
    "|فعلی|کنونی|در حال حاضر|حاليا|حاليًا|الحالي|الحالية"
)

# The team's own share of work (coach, twelfth round): the planned work or training a share of
# which gets completed ("100% of planned sprint work", "conclusão do treinamento"), the words
# that say it is completed, the verbs (or "com"/"con") by which the team's own items have or
# capture something ("100% dos formulários capturam UTM", "el 100% de los leads tienen …",
# "100% das transações com log de auditoria"), the reviews the
# team's own items pass, and the people outside the team whose share acts on its own.
OWN_WORK_NOUNS = frozenset(
    ["work", "tasks", "task", "plans", "plan", "planned", "sprint", "sprints", "backlog", "roadmap", "stories", "milestones", "deliverables", "checklist", "training", "trainings", "trabalho", "tarefas", "tarefa", "planos", "plano", "planejado", "planejadas", "planejados", "treinamento", "treinamentos", "capacitação", "capacitações", "entregas", "marcos", "trabajo", "tareas", "tarea", "planes", "planificado", "planificadas", "planificados", "formación", "formaciones", "capacitación", "entregables", "hitos", "historias"]
)  # fmt: skip
COMPLETION_WORDS = frozenset(
    ["complete", "completes", "completed", "completion", "conclusão", "concluídas", "concluídos", "concluída", "concluído", "concluem", "conclui", "cumprimento", "finalización", "finalizadas", "finalizados", "completa", "completan", "completadas", "completados", "completado", "completada", "cumplimiento"]
)  # fmt: skip
HAVING_VERBS = frozenset(
    ["possuem", "possui", "têm", "tem", "capturam", "captura", "incluem", "inclui", "contêm", "contém", "tienen", "tiene", "poseen", "posee", "capturan", "incluyen", "incluye", "contienen", "contiene", "com", "con"]
)  # fmt: skip
# A share of people having access is their state, not the team's deliverable.
ACCESS_WORDS = frozenset(["acesso", "acceso", "access"])
# A rate named as such is a metric tracked ("Sprint completion rate ≥ 90%"), not a share of work.
RATE_WORDS = frozenset(["rate", "taxa", "tasa", "índice", "indice"])
REVIEW_PASS_VERBS = frozenset(
    ["pass", "passes", "passe", "passem", "passa", "passam", "pase", "pasen", "pasa", "pasan"]
)
REVIEW_WORDS = frozenset(["review", "reviews", "revisão", "revisões", "revisión", "revisiones"])
OUTSIDE_PEOPLE = frozenset(
    ["visitors", "readers", "players", "students", "patients", "participants", "learners", "citizens", "people", "usuário", "usuária", "usuárias", "usuario", "usuaria", "usuarias", "clientes", "cliente", "alunos", "alumnos", "estudantes", "estudiantes", "pacientes", "cidadãos", "ciudadanos", "pessoas", "personas", "visitantes", "leitores", "lectores", "jogadores", "jugadores", "participantes", "compradores", "assinantes", "suscriptores", "membros", "miembros", "membres", "mitglieder", "seguidores", "lojas", "tiendas", "comercios", "parceiros", "socios", "escolas", "escuelas"]
)  # fmt: skip
# Articles of Portuguese, Spanish, French and Italian: "El 30% de los usuarios …" opens with one,
# not with a verb.
ROMANCE_ARTICLES = frozenset(
    ["el", "la", "los", "las", "le", "les", "il", "lo", "gli", "os", "as", "um", "uma", "un", "una"]
)
# An agreement made with other parties is their decision too ("por meio da pactuação de 778
# ações", "convênio com 5 municípios"): read by its stem in Portuguese and Spanish.
AGREEMENT_STEMS = ("pactua", "pacto", "acordo", "acuerdo", "convênio", "convenio", "parceria")
# Japanese outputs of one's own, counted (coach, twelfth round): the counters of things made or
# times done, and the verbs of making, releasing or publishing that close the sentence
# ("1日1記事発信", "Webサービスを1つリリース", "月に4本の動画を公開"). People (人, 名) and
# companies (社) counted are others, and are not here.
JA_OWN_COUNTERS = "つ|本|件|回|記事|個|冊|曲|枚|章|作品|品|機能"
JA_OUTPUT_VERBS = (
    "発信",
    "リリース",
    "投稿",
    "公開",
    "執筆",
    "作成",
    "開発",
    "配信",
    "出版",
    "開催",
    "実施",
    "制作",
    "発表",
    "登壇",
    "提出",
    "書く",
    "作る",
)
# What others give a made thing, counted after "with": visits, reviews, ratings, stars, views
# ("Store with 50 reviews", "Repo with 100 stars"); and the agreements whose "with" names the
# other side ("Partnership with 3 universities"). Read beside `cairn.coach.parties.OTHERS_ACTS`.
GIVEN_BY_OTHERS = frozenset(
    ["visits", "visit", "reviews", "review", "ratings", "rating", "stars", "star", "views", "view", "votes", "testimonials", "attendees", "visitas", "avaliações", "reseñas", "valoraciones", "estrellas", "estrelas", "votos"]
)  # fmt: skip
AGREEMENT_HEADS = frozenset(
    ["partnership", "partnerships", "contract", "contracts", "agreement", "agreements", "deal", "deals", "mou", "parceria", "parcerias", "contrato", "contratos", "acordo", "acordos", "convênio", "alianza", "alianzas", "acuerdo", "acuerdos", "convenio"]
)  # fmt: skip
# Names of metrics whose value a closing "(40%)" gives ("Activation rate (40%)"): not a note of
# progress on a deliverable (coach, twelfth round).
METRIC_NAMES = frozenset(
    ["rate", "rates", "share", "score", "nps", "csat", "uptime", "availability", "coverage", "satisfaction", "retention", "churn", "conversion", "accuracy", "adoption", "engagement", "margin", "utilization", "utilisation", "occupancy", "growth", "taxa", "tasa", "índice", "indice", "cobertura", "satisfação", "satisfacción", "retenção", "retención", "conversão", "conversión", "precisão", "precisión", "adoção", "adopción", "disponibilidade", "disponibilidad", "margem", "margen", "crescimento", "crecimiento", "participação", "participación"]
)  # fmt: skip


# --- Twelfth round, part B (issue 15): Portuguese told from Spanish, numbers in words -------
# Portuguese and Spanish share most of the common words a key result is told by ("Aumentar",
# "de", "para"). When both are counted, what only one of them writes decides
# (`cairn.text.languages_iberian`): spellings (Portuguese "ã", "ç", "ê", "nh", "lh", "-gem",
# an accent before a final "-io/-ia" as in "relatórios"; Spanish "ñ", "-ción", "-dad",
# "-ía"), the grammar words only one writes, and each language's own multi-word phrases of
# `words` ("pelo menos", "no mínimo"; "por lo menos", "como mínimo").
_PT_OWN = "com sem nem também pela pelo pelas pelos na nas num numa à às ou já muito muitos muita"
_PT_OWN += " seu sua seus suas nosso nossa nossos nossas isso isto esse essa são"
_ES_OWN = "con sin ni muy también hasta su sus nuestro nuestra nuestros nuestras eso esto ese esa"
_ES_OWN += " son uno una unos unas"
# Thirteenth round: words that one language alone writes among the tables' languages and
# English, so that one of them tells the language of a key result mostly in English words
# ("abandonment rate onder 60%", "30% groei behaald").
SOLE_WORDS = {
    "nl": frozenset(
        [
            "onder",
            "boven",
            "minstens",
            "minimaal",
            "maximaal",
            "procent",
            "behaald",
            "gehaald",
            "stijgt",
            "daalt",
            "groeit",
            "naar",
            "verhogen",
            "verlagen",
            "verminderen",
        ]
    ),
}
IBERIAN_OWN_WORDS = {"pt": frozenset(_PT_OWN.split()), "es": frozenset(_ES_OWN.split())}
# Numbers written in several words (Portuguese "vinte e cinco", "novecentos e sessenta", "mil e
# duzentos"; Spanish "veinticinco", "treinta y cinco", "mil doscientos"): each part's value;
# the parts join larger to smaller with "e"/"y" or a space, "mil" multiplies what comes before.
# Every part also stands alone, except a lone article, Spanish "dos", "cento", "ciento" and "mil"
# (`cairn.text.language_numbers`); only NUMBER_WORDS (above) also tell the language.
NUMBER_PARTS = {
    "pt": {
        "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6,
        "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13,
        "catorze": 14, "quatorze": 14, "quinze": 15, "dezesseis": 16, "dezasseis": 16,
        "dezessete": 17, "dezassete": 17, "dezoito": 18, "dezenove": 19, "dezanove": 19,
        "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60,
        "setenta": 70, "oitenta": 80, "noventa": 90, "cem": 100, "cento": 100,
        "duzentos": 200, "duzentas": 200, "trezentos": 300, "trezentas": 300,
        "quatrocentos": 400, "quatrocentas": 400, "quinhentos": 500, "quinhentas": 500,
        "seiscentos": 600, "seiscentas": 600, "setecentos": 700, "setecentas": 700,
        "oitocentos": 800, "oitocentas": 800, "novecentos": 900, "novecentas": 900,
        "mil": 1000,
    },
    "es": {
        "uno": 1, "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
        "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13,
        "catorce": 14, "quince": 15, "dieciséis": 16, "diecisiete": 17, "dieciocho": 18,
        "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiún": 21, "veintiuna": 21,
        "veintidós": 22, "veintitrés": 23, "veinticuatro": 24, "veinticinco": 25,
        "veintiséis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
        "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
        "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100, "doscientos": 200,
        "doscientas": 200, "trescientos": 300, "trescientas": 300, "cuatrocientos": 400,
        "cuatrocientas": 400, "quinientos": 500, "quinientas": 500, "seiscientos": 600,
        "seiscientas": 600, "setecientos": 700, "setecientas": 700, "ochocientos": 800,
        "ochocientas": 800, "novecientos": 900, "novecientas": 900, "mil": 1000,
    },
    "de": {
        "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
        "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20,
    },
}  # fmt: skip
# The word that joins the parts of a number: "vinte e cinco", "treinta y cinco".
NUMBER_JOINS = {"pt": "e", "es": "y"}
# German counts in words also tell German ("Zwei Schlüsselpositionen besetzen"); "vier",
# "acht", "elf" are also Dutch or English words and are read but do not tell the language.
NUMBER_WORDS["de"] = {
    w: n for w, n in NUMBER_PARTS["de"].items() if w not in ("eins", "vier", "acht", "elf")
}
# German "gewinnen" gains what it names ("Zahlende Kunden gewinnen": more paying customers, as
# English "gain"); "besetzen" fills positions, that is hiring ("Zwei Schlüsselpositionen
# besetzen"). Currency words after a number: "960 reais" is R$960, "500 dólares" $500.
LANGUAGES["de"]["verbs"].update(
    {"gewinnen": "gain", "gewinne": "gain", "besetzen": "hire", "besetze": "hire"}
)
LANGUAGES["pt"]["units"].update({"reais": "R$", "dólares": "$"})
LANGUAGES["es"]["units"].update({"dólares": "$"})
# Chinese "增强" (strengthen) raises what it names, as "提升" does.
CJK_VERBS.update({"增强": _INCREASE, "增強": _INCREASE})
# German time words after a number tell German as "stunden" and "tagen" already do ("Zeit bis
# Empfehlung <2 Minuten"); none is an English word.
LANGUAGES["de"]["markers"].update(
    dict.fromkeys(["sekunden", "minuten", "tage", "wochen", "monate", "monaten", "jahre"], "de")
)
# Spanish and Portuguese "captar" wins what it names ("Captar 600 nuevos clientes": customers
# acquired, as English "acquire"); "triplicar" triples it (the thirteenth round's block below).
LANGUAGES["es"]["verbs"].update({"captar": "acquire", "capta": "acquire"})
LANGUAGES["pt"]["verbs"].update({"captar": "acquire", "capte": "acquire"})
# The team's own records: documentation, standard procedures and their training material
# ("100% de decisiones documentadas", "95% procesos críticos con SOP vigente").
DOCUMENTED_WORDS = frozenset(
    ["documented", "documentado", "documentada", "documentados", "documentadas", "sop", "sops", "runbook", "runbooks", "playbook", "playbooks", "microtraining", "ghi vào", "tài liệu hóa"]
)  # fmt: skip
# Verbs that gather what others say, opening the key result ("Thu thập phản hồi từ 50% khách
# hàng", "Recoger feedback del 80% de los clientes"), and the words for what is gathered.
GATHER_VERBS = frozenset(
    ["collect", "gather", "get", "obtain", "receive", "solicit", "recoger", "recolectar", "obtener", "recibir", "reunir", "coletar", "obter", "receber", "thu thập", "nhận", "lấy"]
)  # fmt: skip
FEEDBACK_WORDS = frozenset(
    ["feedback", "phản hồi", "retroalimentación", "comentarios", "opiniones", "opiniões", "ý kiến"]
)  # fmt: skip
# Verbs that look at something, opening the key result: the look is the work ("Medir impacto
# en 15 proyectos", "Xem xét chính sách bảo mật của 5 công ty").
OBSERVE_VERBS = frozenset(
    ["measure", "review", "assess", "analyse", "analyze", "medir", "mensurar", "revisar", "evaluar", "avaliar", "analizar", "analisar", "xem xét", "đánh giá", "phân tích"]
)  # fmt: skip
# Time the team gives to its own work: "time spent on", "thời gian dành cho", "tiempo dedicado a".
TIME_SPENT = ("time spent on", "time dedicated to", "thời gian dành cho", "tiempo dedicado a", "tempo dedicado a", "tiempo invertido en", "tempo investido em")  # fmt: skip
# A trend stated with no number: "Ticket promedio con tendencia creciente vs 2025".
TREND_PHRASES = ("tendencia creciente", "tendencia al alza", "tendencia positiva", "tendencia decreciente", "tendencia a la baja", "tendência de alta", "tendência crescente", "tendência positiva", "tendência de queda", "trending up", "trending down", "growing trend", "upward trend", "downward trend", "positive trend", "xu hướng tăng", "xu hướng giảm", "xu hướng tích cực")  # fmt: skip

# Thirteenth round: factor verbs read as English "double"/"triple" ("Triplicar la cantidad de
# pedidos": +200%), "adquirir"/"acquérir" as "acquire" (Italian "acquisire" already is).
LANGUAGES["es"]["verbs"].update(_same("triplicar|triplica", "triple"))
LANGUAGES["es"]["verbs"].update(_same("adquirir|adquiere", "acquire"))
LANGUAGES["pt"]["verbs"].update(_same("triplicar|triplique", "triple"))
LANGUAGES["pt"]["verbs"].update(_same("adquirir|adquira", "acquire"))
LANGUAGES["fr"]["verbs"].update(_same("tripler|triple", "triple"))
LANGUAGES["fr"]["verbs"].update(_same("acquérir|acquiers", "acquire"))
LANGUAGES["it"]["verbs"].update(_same("triplicare|triplica", "triple"))
# Counts in words in French, Italian and Dutch before a counted noun ("Recruter trois
# ingénieurs", "Assumere tre ingegneri", "Twee ontwikkelaars aannemen"); read, as the German
# ones, only once the sentence's language is told (they do not tell it: "six", "due", "vier",
# "acht" are also English or German words).
NUMBER_PARTS["fr"] = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "cinquante": 50,
}  # fmt: skip
NUMBER_PARTS["it"] = {
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sette": 7, "otto": 8, "nove": 9,
    "dieci": 10, "dodici": 12, "quindici": 15, "venti": 20, "trenta": 30, "cinquanta": 50,
}  # fmt: skip
NUMBER_PARTS["nl"] = {
    "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    "tien": 10, "twaalf": 12, "vijftien": 15, "twintig": 20, "dertig": 30, "vijftig": 50,
}  # fmt: skip
