"""The coach's words in each language: work done and named (`DONE`, `WORK_NOUNS`), approval
others give, the team's own shares, records and outputs, and what others give or are. `DONE`,
`WORK_NOUNS` and `APPROVAL` are also read by the key result parser (merged into
`cairn.text.language_words.LANGUAGES`)."""

from __future__ import annotations

# "Have" in Vietnamese and Indonesian, opening a count ("Có ít nhất 120 người dùng hoàn tất …"):
# a state to reach, as English "Have 15 repeat customers" (read by the coach). Spanish and
# Portuguese too, after the first run of round 36 ("Tener 1000 usuarios" is a state to reach,
# "Ter 6 eventos" events held, as "Have 4 events" is).
HAVE_VERBS = {
    "có": "have",
    "memiliki": "have",
    "mempunyai": "have",
    "punya": "have",
    "tener": "have",
    "ter": "have",
}


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
        # fifteenth round: after a count of five or more the participle is genitive plural
        # ("Пять новых приложений, разработанных и принятых …"), and "разработать" (develop)
        "опубликованных": "published", "запущенных": "launched", "проведенных": "held",
        "завершенных": "completed", "выпущенных": "released", "внедренных": "deployed",
        "написанных": "written", "разработано": "developed", "разработаны": "developed",
        "разработан": "developed", "разработана": "developed", "разработанных": "developed",
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
