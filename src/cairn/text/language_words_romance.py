"""Spanish, Portuguese, French and Italian: their entries of `cairn.text.language_words.LANGUAGES`
(what each list holds is described there)."""

from __future__ import annotations

from cairn.text.language_table_builders import _DECREASE, _INCREASE, _KEEP, _REACH, _same, _verbs

ROMANCE: dict[str, dict[str, dict[str, str]]] = {
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
            # after round 38: bringing a count to zero is "Zero X", as "Cero errores críticos"
            ("llevar a cero|lleva a cero|llevamos a cero", "zero"),
            (
                "eliminar todos los|eliminar todas las|elimina todos los|elimina todas las",
                "eliminate all",
            ),
        ),  # fmt: skip
        "words": {
            "al menos": "at least",
            # nineteenth round: "con tendencia creciente" (round 11), a stated trend
            "tendencia creciente": "upward trend",
            "tendencia decreciente": "downward trend",
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
            # fifteenth round: "un tiempo de respuesta menor a 5 segundos" (round 9)
            "menor a": "below",
            "menor que": "below",
            # eighteenth round: a verb of exceeding, denied, is a ceiling
            "no debe superar": "at most",
            "no debe superar los": "at most",
            "no debe superar el": "at most",
            "no debe exceder": "at most",
            "no debe exceder los": "at most",
            "no debe exceder el": "at most",
            "sin superar": "at most",
            "sin superar los": "at most",
            "sin superar el": "at most",
            "mayor a": "above",
            "mayor que": "above",
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
            # eighteenth round: "bajo 2%", "bajo el 2%" (under); "stock bajo" stays a word
            "bajo": "under",
            "bajo el": "under",
            "bajo los": "under",
            "en un": "by",
            "en": "by",
            "entre": "between",
            "al": "to",  # twentieth round: "Incrementar el market share al 40%"
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
            # after round 38: "Zerar erros críticos" (round 38) is "Zero critical errors"
            ("zerar|zere|zera|zeramos", "zero"),
            (
                "eliminar todos os|eliminar todas as|elimine todos os|elimine todas as",
                "eliminate all",
            ),
        ),  # fmt: skip
        "words": {
            "pelo menos": "at least",
            "ao menos": "at least",  # after round 38: "em ao menos 5 atrativos"
            "tendência crescente": "upward trend",
            "tendência decrescente": "downward trend",
            "no mínimo": "at least",
            "no máximo": "at most",
            # eighteenth round: a verb of exceeding, denied, is a ceiling
            "não deve ultrapassar": "at most",
            "não deve exceder": "at most",
            "não deve superar": "at most",
            "sem ultrapassar": "at most",
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
            ("maintenir|maintiens|garantir|garantis|assurer|assure|conserver|garder|gardez", _KEEP),
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
            # after round 38: "Ramener à zéro les incidents critiques": zero incidents
            ("ramener à zéro|ramène à zéro|ramenons à zéro", "zero"),
            (
                "éliminer tous les|éliminer toutes les|élimine tous les|élimine toutes les",
                "eliminate all",
            ),
        ),  # fmt: skip
        "words": {
            "au moins": "at least",
            "tendance croissante": "upward trend",
            "tendance décroissante": "downward trend",
            "au minimum": "at least",
            "au plus": "at most",
            "au maximum": "at most",
            # eighteenth round: a verb of exceeding, denied, is a ceiling
            "ne doit pas dépasser": "at most",
            "ne doit pas excéder": "at most",
            "sans dépasser": "at most",
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
            "|semaine|jusqu'à|être|sur|nos|notre|garder|sous|dessous",
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
            # after round 38: "Azzerare gli incidenti critici": zero incidents
            ("azzerare|azzera|azzeriamo", "zero"),
            (
                "eliminare tutti gli|eliminare tutti i|eliminare tutte le|elimina tutti gli|elimina tutti i"
                "|elimina tutte le",
                "eliminate all",
            ),
            ("chiudere|chiudi", "close"),
            ("convertire", "convert"),
            ("acquisire|acquisisci", "acquire"),
            ("firmare", "sign"),
            ("vendere|vendi", "sell"),
            ("generare", "generate"),
        ),  # fmt: skip
        "words": {
            "almeno": "at least",
            "tendenza crescente": "upward trend",
            "tendenza decrescente": "downward trend",
            "come minimo": "at least",
            "al massimo": "at most",
            "non più di": "no more than",
            # eighteenth round: a verb of exceeding, denied, is a ceiling
            "non deve superare": "at most",
            "non deve superare i": "at most",
            "non deve superare il": "at most",
            "non deve eccedere": "at most",
            "senza superare": "at most",
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
}
