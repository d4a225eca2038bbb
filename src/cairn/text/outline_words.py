"""The words that name objectives, key results and what is reported on them, in the languages
OKR documents are written in (issue 15, seventh round).

Each is a regular-expression alternation, matched case-blind by the patterns that use it
(`cairn.text.outline_markers` for marker lines, `cairn.text.outline_rules` for sections and
context lines, `cairn.text.doc_clean` for table columns). The lists are systematic, not only
the words seen in the labelled set: English, Portuguese, Spanish, French, Italian, German,
Dutch, Swedish / Norwegian / Danish, Polish, Czech, Russian, Ukrainian, Turkish, Indonesian /
Malay, Vietnamese, Thai, Hindi, Chinese (simplified and traditional), Japanese, Korean,
Romanian, Hungarian, Finnish, Greek, Arabic, Persian and Hebrew. Words that are also ordinary
words of another language's documents are left out where a line would start with them for
another reason: "Meta" (a target in Portuguese and Spanish), "Hedef" (a goal, and a target
value in Turkish KR details) and Dutch "Doel" (a goal) unless a number follows, "Goal", "Meta"
and French "But" unless a number and a separator follow.
"""

from __future__ import annotations

# One objective ("Objective 2:", "Objetivo:", "Ziel 1:", "Цель:", "目標：", "Amaç 1 -"; "О1:" and
# "КР 1.1:" typed in Cyrillic).
OBJECTIVE_WORD = (
    r"(?:o|obj|objective|okr|о|окр|objetivo|objectif|obiettivo|doelstelling|ziel|цель|ціль|cel|cíl"
    r"|amaç|mål|sasaran|tujuan|mục\s+tiêu|วัตถุประสงค์|उद्देश्य|目标|目標|목표|obiectiv|cél|tavoite"
    r"|στόχος|الهدف|هدف|מטרה"
    # twenty-fourth round: Dutch "Doel 1:" and Turkish "Hedef 1:" / "Hedef 1 – …", numbered only:
    # "Doel:" alone is a goal statement under the objective ("Goal:", fifteenth round), "Doel: 35%"
    # and "Hedef: %35" a target value
    r"|doel(?=\s*\d)|hedef(?=\s*\d)"
    # after round 34's first run: "G1:" / "### G2: …", a goal's id as "O1:" is an objective's
    r"|(?-i:G)(?=\d{1,2}\s*[:：])"
    # thirty-second round, part A: a goal file's numbered goal, "## Goal 1: …", "Meta 2 — …"
    # (es, pt), "But 1 : …" (fr); numbered and followed by a separator only: "Goal: …" stays a
    # goal statement, "Meta: 35%" and "Meta 10.000 descargas" a target
    r"|(?:goal|meta|but)(?=\s*\d{1,2}\s*(?:[:：]|[.)]\s|[\-–—]\s)))"
)
# The same, for a heading or label that holds no title ("## Objective", "### Цель 2").
OBJECTIVE_ALONE_WORD = (
    r"(?:objective|objetivo|objectif|obiettivo|doelstelling|ziel|цель|ціль|amaç|mục\s+tiêu"
    r"|วัตถุประสงค์|उद्देश्य|目标|目標|목표|obiectiv|cél|tavoite|στόχος|الهدف|هدف|מטרה|mål)"
)
# One key result ("KR 1.2:", "Resultado clave 1:", "Schlüsselergebnis 1:", "Ключевой результат";
# "RC1:" for "resultado clave" / "résultat clé", and "Resultado Principal 1 –" (Portuguese),
# only with its number: "Resultado principal: …" is also "the main result").
KEY_RESULT_WORD = (
    r"(?:kr|кр|rc(?=\s*[#\-]?\s*\d)|key\s*result|resultado[-\s]chave|resultado\s+clave|r[ée]sultat\s+cl[ée]"
    r"|resultado\s+principal(?=\s*[#\-]?\s*\d)"
    r"|risultato\s+chiave|schlüsselergebnis|kernresultaat|sleutelresultaat|nyckelresultat"
    r"|n[øo]kkelresultat|n[øo]gleresultat|kluczowy\s+(?:rezultat|wynik)|klíčový\s+výsledek"
    r"|ключевой\s+результат|ключовий\s+результат|anahtar\s+sonuç|temel\s+sonuç"
    r"|hasil\s+(?:utama|kunci)|kết\s+quả\s+(?:then\s+chốt|chính)|ผลลัพธ์หลัก|मुख्य\s+परिणाम"
    r"|关键成果|关键结果|關鍵成果|關鍵結果|主要な成果|主要な結果|主要成果|成果指標|キーリザルト"
    r"|핵심\s*결과|핵심\s*성과|rezultat\s+cheie|kulcseredmény|avaintulos|βασικό\s+αποτέλεσμα"
    r"|النتيجة\s+الرئيسية|نتيجة\s+رئيسية|نتیجه\s+کلیدی|תוצאת\s+מפתח)"
)
# A header over a list of key results ("Key results:", "Resultados clave", "Ключевые результаты").
KEY_RESULTS_HEADER = (
    r"(?:关键成果|关键结果|關鍵成果|關鍵結果|主要な成果|主要な結果|主要成果|成果指標|キーリザルト"
    r"|핵심\s*결과|핵심\s*성과|resultados[-\s]chave|resultados\s+clave|r[ée]sultats\s+cl[ée]s"
    r"|risultati\s+chiave|schlüsselergebnisse|kernresultaten|sleutelresultaten|nyckelresultat"
    r"|n[øo]kkelresultater|n[øo]gleresultater|kluczowe\s+(?:rezultaty|wyniki)"
    r"|klíčové\s+výsledky|ключевые\s+результаты|ключові\s+результати"
    r"|anahtar\s+sonuçlar|temel\s+sonuçlar|hasil\s+(?:utama|kunci)"
    r"|kết\s+quả\s+(?:then\s+chốt|chính)|ผลลัพธ์หลัก|मुख्य\s+परिणाम|rezultate\s+cheie"
    r"|kulcseredmények|avaintulokset|βασικά\s+αποτελέσματα|النتائج\s+الرئيسية|نتایج\s+کلیدی"
    r"|תוצאות\s+מפתח)"
)
# A header over the objectives ("Objectives", "Objetivos", "Ziele", "Цели", "目標と成果").
OBJECTIVES_HEADER = (
    r"(?:objectives?|okrs?|objetivos|objectifs|obiettivi|doelstellingen|ziele|цели|цілі"
    r"|amaçlar|hedefler|mục\s+tiêu|目标|目標|목표|目標と成果|目標と主要な成果|目标与关键成果"
    r"|目标与关键结果|目標與關鍵結果)"
)
# Table columns: the key result's, the objective's, the owner's, a status's, a score's.
KEY_RESULT_COLUMN = rf"(?:kr|krs|key\s*results?|{KEY_RESULT_WORD}|{KEY_RESULTS_HEADER})"
OBJECTIVE_COLUMN = (
    r"(?:objectives?|o|objetivos?|objectifs?|obiettivi|obiettivo|doelstellingen|doelstelling"
    r"|ziele|ziel|цели|цель|цілі|ціль|cele|cel|cíle|cíl|amaçlar|amaç|mål"
    r"|sasaran|tujuan|mục\s+tiêu|วัตถุประสงค์|उद्देश्य|目标|目標|목표|obiective|obiectiv|célok|cél"
    r"|tavoitteet|tavoite|στόχοι|στόχος|الأهداف|أهداف|الهدف|اهداف|هدف|מטרות|מטרה)"
)
OWNER_WORD = (
    r"(?:owners?|owner\(s\)|dri|respons[áa]vel|responsables?|responsabile|propriétaire|dono"
    r"|dueño|verantwortlich|eigentümer|eigenaar|ansvarig|ansvarlig|odpowiedzialny"
    r"|odpovědná\s+osoba|odpovědný|vlastník"
    r"|ответственный|владелец|відповідальний|sorumlu|penanggung\s+jawab|người\s+phụ\s+trách"
    r"|ผู้รับผิดชอบ|负责人|負責人|担当者|担当|담당자|책임자|مالک|مسئول|المالك|المسؤول|אחראי|בעלים)"
)
STATUS_WORD = (
    r"(?:status|state|estado|statut|stato|stan|stav|статус|состояние|стан|durum|trạng\s+thái"
    r"|สถานะ|स्थिति|状态|狀態|ステータス|状態|상태|وضعیت|الحالة|סטטוס|מצב)"
)
PROGRESS_WORD = (
    r"(?:progress|progresso|progreso|avance|progression|avancement|avanzamento|fortschritt"
    r"|voortgang|framsteg|postęp|pokrok|прогресс|прогрес|[İi]lerleme|kemajuan|progres|tiến\s+độ"
    r"|ความคืบหน้า|प्रगति|进度|進度|進捗|진행률|진척도|پیشرفت|التقدم|התקדמות)"
)
SCORE_WORD = (
    r"(?:score|grade|pontuação|puntuación|punteggio|bewertung|wynik\s+końcowy|оценка|оцінка"
    r"|puan|skor|คะแนน|得分|评分|評分|スコア|점수|امتیاز|ציון"
    # thirty-second round, part A: "Nilai awal" / "Nilai dasar" (id) and "Điểm xuất phát" (vi)
    # head a baseline column, "Nilai target" a target column: no score
    r"|nilai(?!\s+(?:awal|dasar|target|sasaran)\b)|điểm(?!\s+(?:xuất\s+phát|khởi\s+đầu|bắt\s+đầu)))"
)
# Sections named for something other than OKRs, in other languages (the English words are in
# outline_rules._SECTION): notes, references, links, background, glossary, appendix, FAQ,
# timeline, schedule, metrics, KPIs, examples, methodology, non-goals.
OTHER_SECTION = (
    r"\b(?:примечани[ея]|заметки|ссылки|источники|контекст|предыстория|глоссарий|приложение"
    r"|сроки|расписание|метрики|примеры|методология|вопросы"
    r"|notizen|anmerkungen|hinweise|referenzen|quellen|hintergrund|glossar|anhang|zeitplan"
    r"|metriken|beispiele|methodik|nicht-ziele"
    r"|notas|referencias|referências|enlaces|contexto|glosario|glossário|apéndice|apêndice"
    r"|anexo|cronograma|calendario|métricas|ejemplos|exemplos|metodología"
    r"|metodologia|preguntas|perguntas|remarques|références|liens|contexte|glossaire|annexe"
    r"|calendrier|métriques|exemples|méthodologie|riferimenti|glossario"
    r"|appendice|esempi|notlar|kaynaklar|bağlantılar|sözlük|ekler|takvim|metrikler"
    r"|örnekler|yöntem|ghi\s+chú|tài\s+liệu\s+tham\s+khảo|bối\s+cảnh|lịch\s+trình"
    r"|ví\s+dụ|catatan|referensi|latar\s+belakang|jadwal|metrik|contoh"
    r"|link\s+utili|collegamenti|linki|odnośniki|tautan|полезные\s+ссылки)\b"
)
# The same in Chinese, Japanese and Korean, where a heading is the word alone ("## 背景")
OTHER_SECTION_ALONE = (
    r"(?:备注|注意事项|参考|参考资料|参考文献|相关链接|链接|背景|术语|术语表|附录|时间线|时间表"
    r"|日程|指标|示例|例子|常见问题|方法论|備註|參考資料|附錄|時間表|指標|範例|備考|注記|参考文献"
    r"|用語集|付録|スケジュール|指標一覧|例|よくある質問|메모|참고|참고\s*자료|배경|용어|부록|일정"
    r"|지표|예시|자주\s*묻는\s*질문|リンク|参考リンク|関連リンク|(?:유용한\s*|관련\s*)?링크"
    r"|(?:年度)?愿景|願景|ビジョン|비전|vision|visión|visão|visione|visie|wizja|vizyon|visi|видение)"
)
# A heading about the OKR process in Korean, Japanese and Chinese, next to "OKR" ("OKR이란?",
# "OKR 활용 방법", "OKRとは", "OKRの使い方", "什么是OKR", "OKR使用方法"; English in outline_rules)
OKR_PROCESS_WORD = (
    r"(?:이란|란\s*[?？]|(?:활용|사용|운영|작성)\s*(?:방법|가이드)|작성법|とは|使い方|運用方法|書き方"
    r"|什么是|是什么|使用方法|如何|指南|怎么写)"
)
# A section reporting progress ("📊 Progress (2026-04-11)", "Current status", "현재 진행 상황"):
# the words its heading holds, in any position
PROGRESS_SECTION_WORD = rf"(?:{PROGRESS_WORD}|{STATUS_WORD}|status\s+update|진행\s*상황|현황|進捗状況|进展|進展|check-?in)"
# A retrospective of the period before, as a whole heading ("Q1 retrospective", "Achieved",
# "Not achieved / carried over", "미달성 / 이월", "できなかったこと"): done and missed items, no OKRs
RETROSPECTIVE_WORD = (
    r"(?:retrospective|retro|what\s+went\s+well|what\s+(?:didn'?t|did\s+not)\s+go\s+well"
    r"|lessons(?:\s+learned|\s+learnt)?|learnings|achieved|not\s+achieved|carried\s+over|carry-?over"
    r"|done|not\s+done|missed|회고|달성한\s*것|달성|미달성|이월|교훈|振り返り|反省|できたこと"
    r"|できなかったこと|教訓|复盘|回顾|已完成|未完成|经验教训|rückblick|erreicht|nicht\s+erreicht"
    r"|lektionen|rétrospective|atteint|non\s+atteint|leçons|retrospectiva|logrado|no\s+logrado"
    r"|lecciones\s+aprendidas|alcançado|não\s+alcançado|lições\s+aprendidas)"
)
# Context lines in other languages ("Примечание: …", "Begründung: …", "备注：…"): a note, a
# rationale, a comment, never a key result (the English words are in outline_rules._CONTEXT).
OTHER_CONTEXT = (
    r"(?:примечание|заметка|обоснование|комментарий|контекст|hinweis|anmerkung|begründung"
    r"|kommentar|hintergrund|nota|notas|justificación|justificativa|comentario|comentário"
    r"|remarque|justification|commentaire|açıklama|gerekçe|yorum|ghi\s+chú|lý\s+do|catatan"
    r"|alasan|备注|说明|注|理由|背景|備註|說明|備考|注記|補足|참고|비고|이유"
    # thirty-second round, part A: a goal file's next action ("Next action: …" in outline_rules)
    r"|próxim[ao]\s+(?:acci[óo]n|paso|a[çc][ãa]o|passo)|prochaine\s+(?:action|étape)"
    r"|nächster\s+schritt|nächste\s+schritte|volgende\s+stap|następny\s+krok|следующий\s+шаг"
    r"|下一步|次のアクション|次のステップ|다음\s+행동|다음\s+단계|langkah\s+berikutnya)\s*(?:[:]\s|：)"
)
# A table column right of the key results holding the value aimed at ("Target", "Meta", "Ziel").
TARGET_WORD = (
    r"(?:targets?|target\s+value|goal|zielwert|ziel|meta|valor\s+objetivo|objetivo|cible"
    r"|valeur\s+cible|objectif|obiettivo|valore\s+obiettivo|doel|streefwaarde|målvärde|mål"
    r"|wartość\s+docelowa|cel|целевое\s+значение|цель|цільове\s+значення|hedef|hedef\s+değer"
    r"|nilai\s+target|giá\s+trị\s+mục\s+tiêu|mục\s+tiêu|ค่าเป้าหมาย|เป้าหมาย|目标值|目标|目標値"
    r"|目標|목표치|목표값|목표)"
)
# A header over the initiatives ("Initiatives:", "Iniciativas", "Initiativen", "举措", "施策").
INITIATIVES_HEADER = (
    r"(?:initiatives?|projects?|actions?|tasks?|iniciativas|projetos|proyectos|acciones|ações"
    r"|tareas|tarefas|projets|tâches|iniziative|progetti|azioni|initiativen|projekte|maßnahmen"
    r"|aufgaben|initiatieven|acties|uppgifter|initiativ|åtgärder|aktiviteter|inicjatywy|działania|iniciativy|инициативы|проекты"
    r"|мероприятия|ініціативи|проєкти|girişimler|inisiyatifler|projeler|eylemler|inisiatif"
    r"|proyek|tindakan|sáng\s+kiến|hành\s+động|dự\s+án|โครงการ|举措|关键举措|行动|项目|任务"
    r"|舉措|行動|專案|施策|アクション|タスク|이니셔티브|실행\s*과제|과제)"
)
# A numbered step of a process ("Step 1 –", "Passo 2:", "Schritt 3.", "Шаг 4 —", "步骤5："): a list
# whose items are all steps describes how OKRs are made, not key results (twelfth round).
STEP_WORD = (
    r"(?:step|passo|paso|[ée]tape|etapa|schritt|stap|steg|trin|krok|шаг|крок|adım|langkah"
    r"|bước|ขั้นตอน(?:ที่)?|चरण|步骤|步驟|第|ステップ|단계|pas|lépés|vaihe|βήμα|خطوة|مرحله|שלב)"
)
# A section of advice on writing OKRs, as a whole heading ("Common Mistakes", "Pitfalls to avoid",
# "Best practices", "Errores comunes", "Bonnes pratiques"): its bullets are tips, not key results
# (thirteenth round). A goal about mistakes ("Fewer billing mistakes") says more than the word.
ADVICE_SECTION = (
    r"(?:(?:common|typical|frequent)\s+)?(?:mistakes|pitfalls|errors)(?:\s+to\s+avoid)?"
    r"|(?:okr\s+)?(?:best\s+practices|tips(?:\s+and\s+tricks)?|do'?s\s+and\s+don'?ts)"
    r"|errores\s+(?:comunes|frecuentes|a\s+evitar)|buenas\s+prácticas|consejos"
    r"|erros\s+(?:comuns|frequentes|a\s+evitar)|boas\s+práticas|dicas"
    r"|erreurs\s+(?:courantes|fréquentes|à\s+éviter)|bonnes\s+pratiques|conseils"
    r"|häufige\s+fehler|typische\s+fehler|tipps|errori\s+(?:comuni|frequenti|da\s+evitare)"
    r"|buone\s+pratiche|consigli|veelgemaakte\s+fouten|veelvoorkomende\s+fouten"
    r"|goede\s+praktijken|vanliga\s+misstag|bästa\s+praxis"
    # twenty-third round: anti-patterns, pitfalls and what to avoid, in more languages
    r"|(?:okr\s+)?anti-?patterns?(?:\s+to\s+avoid)?|(?:things\s+|what\s+)?to\s+avoid"
    r"|(?:common\s+)?traps(?:\s+to\s+avoid)?|antipatrones|antipadrões|anti-?modèles"
    r"|pièges(?:\s+(?:courants|à\s+éviter))?|à\s+éviter|qué\s+evitar|trampas\s+comunes"
    r"|o\s+que\s+evitar|armadilhas(?:\s+comuns)?|fallstricke|stolperfallen|was\s+(?:zu\s+)?vermeiden(?:\s+ist)?"
    r"|anti-?pattern|cosa\s+evitare|da\s+evitare|trappole(?:\s+comuni)?|valkuilen|wat\s+te\s+vermijden"
    r"|(?:typowe|częste|najczęstsze)\s+błędy|czego\s+unikać|antywzorce"
    r"|(?:sık\s+yapılan|yaygın)\s+hatalar|kaçınılması\s+gerekenler|kaçınılacaklar|anti-?desenler"
    r"|kesalahan\s+(?:umum|yang\s+(?:harus|perlu)\s+dihindari)|yang\s+harus\s+dihindari|praktik\s+terbaik"
    r"|(?:типичные|частые|распространённые|распространенные)\s+ошибки|чего\s+избегать|антипаттерны"
    r"|лучшие\s+практики|советы"
    r"|常见(?:错误|误区|陷阱|问题与误区)|(?:需要|应)?避免的(?:误区|错误|做法)|反模式|最佳实践|误区"
    r"|常見(?:錯誤|誤區)|よくある(?:間違い|失敗|落とし穴)|アンチパターン|避けるべき(?:こと|点)"
    r"|ベストプラクティス|落とし穴|흔한\s*실수|자주\s*하는\s*실수|안티\s*패턴|피해야\s*할\s*(?:것|실수|점)"
    r"|모범\s*사례"
)
# A page's own metadata fields in other languages ("Última actualización:", "Versión:",
# "Dernière mise à jour:"; the English ones are in outline_markers._DOC_FIELD).
DOC_FIELD_WORD = (
    r"(?:última\s+actualización|actualizado|versión|fecha|última\s+atualização|atualizado"
    r"|versão|dernière\s+mise\s+à\s+jour|mis\s+à\s+jour|zuletzt\s+aktualisiert"
    r"|letzte\s+aktualisierung|aktualisiert|stand|ultimo\s+aggiornamento|aggiornato|versione"
    r"|laatst\s+bijgewerkt|bijgewerkt|versie|senast\s+uppdaterad|uppdaterad"
    # thirty-third reader round: a kept-up page's date in more languages
    r"|ostatnia\s+aktualizacja|обновлено|последнее\s+обновление|terakhir\s+diperbarui"
    r"|最后更新|最近更新|更新日期|更新时间|最終更新|更新日|최종\s*업데이트|최종\s*수정)"
)
# An example's label ("Example:", "Ejemplo:", "Beispiel:", "例："): in a primer's sections on the
# terms, what follows it is the OKR, the lines before it define the term (thirteenth round).
EXAMPLE_WORD = (
    r"(?:(?:for\s+)?examples?|e\.\s?g\.|(?:por\s+)?ejemplos?|(?:por\s+)?exemplos?|(?:par\s+)?exemples?"
    r"|(?:zum\s+)?beispiele?|(?:ad\s+|per\s+)?esempi[oi]|voorbeeld(?:en)?|exempel|przykłady?|примеры?"
    r"|ví\s+dụ|contoh|例|示例|예시|例え?ば?)"
)
