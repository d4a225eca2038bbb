"""German and Dutch: their entries of `cairn.text.language_words.LANGUAGES` (what each list holds
is described there)."""

from __future__ import annotations

from cairn.text.language_table_builders import _DECREASE, _INCREASE, _KEEP, _REACH, _same, _verbs

GERMANIC: dict[str, dict[str, dict[str, str]]] = {
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
            "zunahme": "increase",  # twenty-third round: "eine Zunahme der Kommentarbeteiligung"
            "anstieg": "increase",
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
            "toename": "increase",  # twenty-third round, as German "Zunahme"
            "verhoging": "increase",
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
}
