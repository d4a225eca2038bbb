"""The team's own work counted in Korean, Japanese, Chinese, Vietnamese, Indonesian, Thai, Hindi
and Arabic, named by a verb or verbal noun the text layer leaves as written (issue 15,
thirty-first round: wordings a survey found before a held-out set, `tests/coach/
survey_thirty_first.py`).

- **A Korean or Japanese count, then a verbal noun of work at the end** (`_KO_DONE`,
  `_JA_DONE`): "PoC 3건 완료", "제안서 8건 제출", "뉴스레터 12회 발송", "서비스 30개 클라우드
  이전", "オンライン講座を3つ修了", "30サービスをクラウドへ移行", "LeetCodeを100問解く"; a
  qualification obtained, counted ("AWS 자격증 2개 취득", "AWS認定資格を2つ取得する"). Near
  misses: customers, users, orders, contracts or sales counted ("신규 고객 50곳 확보", "계약 20건
  체결", "고객 온보딩 30건 완료", "新規顧客を50社獲得") are others acting; a share or a move from a
  start is a metric.
- **A visit or an interview, counted** (`_VISITS`): "고객사 방문 30회", "面试40名候选人", "对20位
  用户进行深度访谈", "候補者40名と面接する", "Phỏng vấn 20 khách hàng", "Melakukan 20 wawancara
  pengguna", "สัมภาษณ์ผู้ใช้ 20 คน": the people counted are met by the team, whoever they are.
- **Chinese documents written, counted by 份** (`_ZH_DOCUMENTS`): "输出4份技术方案", "完成2份竞品
  分析报告"; "秋招3份以上offer" (offers others make) is not a document. Thirty-second round: résumés
  sent and reports made ("投递50份简历", "生成12份周报"); the writer's own entries handled, counted by
  条 after a verb of clearing, sorting or writing (`_ZH_ENTRIES`: "清理200条过期记忆", "年底前整理100条
  笔记"; not "获得100条好评", "客户删除100条数据"); words written, counted by 字 (`_ZH_WORDS`: "写完10万
  字小说"; not "用户写500字评价"); a course completed in Korean ("온라인 강의 3개 완강하기"); emails
  sent in Vietnamese ("Gửi 500 email chào hàng").
- **A Japanese version released** (`_JA_VERSION`): "アプリ2.0をリリース", as "앱 2.0 출시" and
  "发布App 2.0版本" already are.
- **A Korean routine of one's own** (`_KO_ROUTINE`, after a deadline or not): "주 3회 헬스장
  가기", "연말까지 매주 2회 블로그 쓰기",
  as "週3回ジムに通う" and "每周健身4天" already are.
- **A verb of work first** (Vietnamese, Indonesian, Thai, Arabic: `_FIRST`) or **last** (Hindi
  in Devanagari or Latin letters: `_HINDI_LAST`): "Di chuyển 30 dịch vụ lên cloud", "Pelatihan 5
  kali untuk karyawan baru", "อ่านหนังสือ 12 เล่ม", "نشر 10 مقالات تقنية", "تدريب 30 موظفا
  جديدا", "10 ब्लॉग पोस्ट लिखना", "4 workshop aayojit karna". Near misses: the verbs that move
  a metric or reach a level stay unlisted ("زيادة الإيرادات", "خفض معدل التسرب", "churn 5% se 2%
  tak kam karna", "... तक पहुंचाना").

Every word here is a verb or verbal noun of one language; none is an English word.
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import OWN_WORK, Reading

# Others counted, in these languages: customers, users, members, subscribers, partners and
# stores signed up, orders, contracts, sales, downloads, sign-ups, paid plans, customer reviews,
# and companies counted ("50곳", "50社", "50家"). What the team does to them is theirs to decide
# ("고객 온보딩 30건 완료" onboards customers, "有料プランへ100社移行" is customers upgrading).
_OTHERS = re.compile(
    r"고객|사용자|회원|유저|구독자|가입|매출|주문|계약|다운로드|판매|수주|파트너|제휴|가맹|입점|유료"
    r"|요금제|후기|평점|顧客|ユーザー|会員|利用者|登録者|売上|受注|契約|ダウンロード|フォロワー|販売"
    r"|件数|パートナー|提携|加盟|有料|プラン|口コミ|客户|客戶|用户|用戶|会员|會員|订单|訂單|签约"
    r"|簽約|销售|銷售|下载|下載|合作伙伴|付费|付費|好评|好評|\d\s*(?:곳|社|家)"
)
_KO_COUNT = r"(?<![\d,])\d[\d,]*\s*(?:개|건|편|회|권|종|번|차례|과목|강좌|페이지|장)"
# Korean verbal nouns of work closing the sentence (then 하기/하다/완료): done, added, submitted,
# sent, moved, completed (a course), obtained (a qualification), translated.
_KO_DONE = re.compile(
    rf"{_KO_COUNT}(?:\s+\S+){{0,3}}?\s*(?P<verb>완료|추가|제출|투고|기고|발송|이전|수료|번역|이관"
    r"|취득|완강)(?:\s*완료)?(?:하기|하다|한다|함)?\s*$"
)
# Japanese: a count (with or without its counter), then a verb of work at the end.
_JA_DONE = re.compile(
    r"(?<![\d,])\d[\d,]*[^\d。]{0,14}?(?P<verb>移行|移管|修了|解く|解きます|翻訳|制作|取得)"
    r"(?:する|します|した|しました|させる|を完了|完了)?\s*$"
)
# Chinese copies of a document written, counted by 份: "输出4份技术方案", "完成2份竞品分析报告"
# ("3份offer" counts offers others make).
_ZH_DOCUMENTS = re.compile(
    r"(?<!\d)\d+\s*份[^\d，,。]{0,8}?(?:文档|文檔|方案|报告|報告|文件|材料|课件|課件|提案|规范|規範|手册"
    r"|手冊|计划|計劃|总结|總結|白皮书|白皮書|说明|說明|需求|设计|設計|PPT|ppt|简历|簡歷|周报|週報"
    r"|日报|日報|月报|月報)"
)
# Thirty-second round: the writer's own entries handled, counted by 条, after a verb of clearing,
# sorting or writing ("清理200条过期记忆", "整理100条笔记", "编写50条测试用例"); others' entries
# gathered stay results ("获得100条好评", "收集200条用户反馈" names no verb here), and so do leads.
_ZH_ENTRIES = re.compile(
    r"(?:^|[\s:：，,前后後内內底])(?:清理|删除|刪除|整理|归档|歸檔|标注|標注|录入|錄入|撰写|撰寫|编写"
    r"|編寫|修剪)\s*\d+\s*条"
)
# Words of one's own written, counted by 字 after a verb of writing: "写完10万字小说", "撰写5000字
# 报告" (as "每天写500字" is); "阅读量10万" names no writing.
_ZH_WORDS = re.compile(r"(?:写完|寫完|写|寫|撰写|撰寫)\s*\d+(?:\.\d+)?\s*[万萬千]?\s*字")
# A Japanese version released: "アプリ2.0をリリース", "v3.1を公開する".
_JA_VERSION = re.compile(
    r"(?<![\d.])\d{1,4}\.\d{1,4}(?:\.\d{1,4})?[^\d\s]{0,3}?を?(?:リリース|公開|提供開始)(?:する|します|した)?$"
)
_QUALIFICATION = re.compile(r"資格|認定|検定|免許|자격|인증서")
# Visits and interviews; not visitors or returning customers ("방문자 1만 명", "재방문 고객
# 500명", "訪問者数"), who come on their own.
_VISITS = re.compile(
    r"(?<!재)방문(?![자객율률])|면접|인터뷰|面试|面試|访谈|訪談|采访|採訪|拜访|拜訪|走访|走訪|面接"
    r"|面談|インタビュー"
    r"|ヒアリング|訪問(?![者数])|phỏng vấn|wawancara|mewawancarai|สัมภาษณ์",
    re.IGNORECASE,
)
_PEOPLE_COUNT = re.compile(
    r"(?<![\d,])\d[\d,]*\s*(?:회|건|명|곳|번|位|名|人|家|次|场|場|件|回|社|kali|buổi|khách|người|pengguna"
    r"|pelanggan|orang|คน|ครั้ง|\s)"
)
_KO_ROUTINE = re.compile(
    r"^(?:\S+까지\s+)?(?:주|매주|월|매월|한\s*달에|하루|매일|일)\s*\d+\s*(?:회|번)\s+(?:\S+\s+){0,3}?\S+기\s*$"
)
# A verb of work first: Vietnamese (move, train, translate), Indonesian (training), Thai (read,
# interview), Arabic verbal nouns (publish, organise, launch, conduct, read, train, write, give,
# prepare, build, migrate, translate, host; not عقد, which holds a meeting or concludes a deal:
# "عقد 5 شراكات جديدة").
_FIRST = re.compile(
    r"^(?:di chuyển|đào tạo|tập huấn|dịch|gửi|pelatihan|อ่าน|نشر|تنظيم|إطلاق|اطلاق|إجراء|اجراء"
    r"|قراءة|تدريب|كتابة|تقديم|إعداد|اعداد|بناء|ترحيل|نقل|ترجمة|استضافة)(?=\s|\d|$|[^\W\d])",
    re.IGNORECASE,
)
# Hindi verbs of work closing the sentence, in Devanagari or Latin letters: write, read,
# organise, publish, launch, interview, prepare, give (training), hold.
_HINDI_LAST = re.compile(
    r"(?:लिखना|पढ़ना|पढ़ना|(?:आयोजित|प्रकाशित|लॉन्च|तैयार|साक्षात्कार|प्रशिक्षित|पूरा|पूरे)\s+करना"
    r"|देना|likhna|padhna|parhna|(?:aayojit|ayojit|publish|launch|taiyar|interview|organise"
    r"|organize|complete|poora|pura)\s+karna|dena)\s*$",
    re.IGNORECASE,
)


@OWN_WORK.rule("own work abroad")
def own_work_abroad(reading: Reading) -> bool:
    """Return True for the team's own work counted in the languages above (see the module)."""
    written, parsed = reading.written, reading.parsed
    if parsed.target is None or parsed.start is not None or parsed.change is not None:
        return False
    if "%" in written or "％" in written:
        return False
    if written.isascii():  # only Hindi in Latin letters and two Indonesian words are read here
        low = written.lower()
        if "wawancara" not in low and not low.startswith("pelatihan"):
            return low[-1:] == "a" and _HINDI_LAST.search(low) is not None
    text = written.strip().rstrip("。.!！")
    if _VISITS.search(text) and _PEOPLE_COUNT.search(text):
        return True
    if _FIRST.match(text) or _HINDI_LAST.search(text) or _KO_ROUTINE.match(text):
        return True
    if _JA_VERSION.search(text):
        return True
    if "份" in text and _ZH_DOCUMENTS.search(text):
        return True
    if ("条" in text and _ZH_ENTRIES.search(text)) or ("字" in text and _ZH_WORDS.search(text)):
        return not _OTHERS.search(text)  # "清理200条过期记忆", "写完10万字小说"
    done = _KO_DONE.search(text) or _JA_DONE.search(text)
    if done is None or _OTHERS.search(text):
        return False
    return done.group("verb") not in ("取得", "취득") or _QUALIFICATION.search(text) is not None
