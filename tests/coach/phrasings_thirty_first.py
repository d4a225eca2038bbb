"""A twenty-first batch of composed key results (docs/plaintext.md, "Thirty-first round (issue 15,
session 19): the coach beyond English"): the families the thirty-first round's survey
(`tests/coach/survey_thirty_first.py`) found missed in Korean, Japanese, Chinese, Vietnamese,
Indonesian, Thai, Hindi and Arabic, written as patterns and measured before any rule.

- ``counted_done`` (activity): a Korean or Japanese count, then a verbal noun of work at the end
  ("PoC {n}건 완료", "뉴스레터 {n}회 발송", "オンライン講座を{n}つ修了", "{n}サービスをクラウドへ
  移行"), Chinese documents counted by 份 ("输出{n}份技术方案") and a Japanese version released;
- ``met_counted`` (activity): people visited or interviewed, counted ("面试{n}名候选人", "고객사
  방문 {n}회", "Phỏng vấn {n} khách hàng", "Melakukan {n} wawancara pengguna");
- ``work_named`` (activity): a verb of work first (Vietnamese, Indonesian, Thai, Arabic) or last
  (Hindi, in Devanagari and in Latin letters: ``hi_latn``), and a Korean routine of one's own
  ("주 {n}회 헬스장 가기");
- ``own_count_kept`` (activity): the team's own outputs set to a number in the shape of a
  Japanese level ("記事数を{n}0本にする"): near misses of the levels rule, still work.

Near misses (``abroad_kept``, outcomes): customers secured, contracts signed, customers
onboarded, partners added, customers moving to a paid plan, visitors and returning customers,
offers received, orders and capacities set to a number, users reached, revenue and churn moved, in the same languages ("신규 고객 {n}곳 확보", "受注件数を月{n}件にする", "秋招{n}份
以上offer", "زيادة الإيرادات بنسبة {n}%", "churn {hi}% se {lo}% tak kam karna").

`python -m tests.coach.phrasings_thirty_first [-v]` prints the coach's figures per language and
family.
"""

from __future__ import annotations

import sys

from tests.coach import phrasings
from tests.coach.phrasings import DECOR, KIND

THIRTY_FIRST: dict[str, dict[str, tuple[str, ...]]] = {
    "ko": {
        "counted_done": (
            "PoC {n}건 완료",
            "제안서 {n}건 제출",
            "뉴스레터 {n}회 발송",
            "서비스 {n}개 클라우드 이전",
            "온라인 강의 {n}개 수료",
            "기술 문서 {n}건 번역",
            "AWS 자격증 {n}개 취득",
            "논문 {n}편 투고",
        ),
        "met_counted": (
            "고객사 방문 {n}회",
            "후보자 {n}명 면접",
            "고객 {n}명 인터뷰",
            "매장 방문 {n}0곳 달성",
        ),
        "work_named": (
            "주 {n}회 헬스장 가기",
            "매주 {n}회 블로그 글 쓰기",
            "한 달에 {n}번 등산 가기",
        ),
        "abroad_kept": (
            "신규 고객 {n}곳 확보",
            "계약 {n}건 체결",
            "고객 온보딩 {n}0건 완료",
            "유료 회원 {n}00명 달성",
            "주문 {n}00건 처리 완료",
            "월 방문자 {n}0000명 달성",
            "재방문 고객 {n}00명",
            "파트너사 {n}곳 추가",
            "도입 기업 {n}0곳 달성",
        ),
    },
    "ja": {
        "counted_done": (
            "オンライン講座を{n}つ修了",
            "{n}サービスをクラウドへ移行",
            "LeetCodeを{n}0問解く",
            "AWS認定資格を{n}つ取得する",
            "マニュアルを{n}本翻訳する",
            "アプリ{n}.0をリリース",
        ),
        "met_counted": (
            "候補者{n}名と面接する",
            "ユーザー{n}名にヒアリング",
            "顧客{n}社を訪問する",
        ),
        "own_count_kept": ("記事数を{n}0本にする", "テストケース数を{n}00件にする"),
        "abroad_kept": (
            "新規顧客を{n}社獲得",
            "受注件数を月{n}件にする",
            "処理能力を毎秒{n}000件にする",
            "顧客単価を{n}000円に引き上げる",
            "有料会員を{n}00人獲得",
            "有料プランへ{n}0社移行",
            "サイト訪問者数を{n}万人にする",
            "導入企業を{n}0社にする",
        ),
    },
    "zh": {
        "counted_done": (
            "输出{n}份技术方案",
            "完成{n}份竞品分析报告",
            "撰写{n}份设计文档",
            "开发{n}个内部工具",
        ),
        "met_counted": ("面试{n}0名候选人", "对{n}0位用户进行深度访谈", "拜访{n}家重点客户"),
        "abroad_kept": (
            "秋招{n}份以上offer",
            "新增付费客户{n}0家",
            "签约{n}家企业客户",
            "市场份额达到{n}%",
        ),
    },
    "vi": {
        "met_counted": ("Phỏng vấn {n} khách hàng", "Phỏng vấn {n} ứng viên"),
        "work_named": ("Di chuyển {n} dịch vụ lên cloud", "Đào tạo {n} nhân viên mới"),
        "abroad_kept": ("Ký hợp đồng với {n} khách hàng mới", "Đạt {n}0.000 người dùng"),
    },
    "id": {
        "met_counted": ("Melakukan {n} wawancara pengguna", "Mewawancarai {n} pelanggan"),
        "work_named": ("Pelatihan {n} kali untuk karyawan baru",),
        "abroad_kept": ("Mencapai {n}0.000 pengguna aktif", "Mendapatkan {n} pelanggan baru"),
    },
    "th": {
        "met_counted": ("สัมภาษณ์ผู้ใช้ {n} คน",),
        "work_named": ("อ่านหนังสือ {n} เล่ม",),
        "abroad_kept": ("ผู้ใช้งานรายเดือน {n}0,000 คน", "รายได้เพิ่มขึ้น {n}%"),
    },
    "ar": {
        "work_named": (
            "نشر {n} مقالات تقنية",
            "تنظيم {n} ورش عمل",
            "إطلاق {n} ميزات جديدة",
            "تدريب {n}0 موظفا جديدا",
            "قراءة {n} كتب",
        ),
        "abroad_kept": (
            "زيادة الإيرادات بنسبة {n}%",
            "خفض معدل التسرب من {hi}% إلى {lo}%",
            "الوصول إلى {n}000 مستخدم نشط",
            "عقد {n} شراكات جديدة",
        ),
    },
    "hi": {
        "work_named": (
            "{n} ब्लॉग पोस्ट लिखना",
            "{n} कार्यशालाएं आयोजित करना",
            "{n} किताबें पढ़ना",
            "{n} उपयोगकर्ता साक्षात्कार करना",
        ),
        "abroad_kept": ("मासिक सक्रिय उपयोगकर्ता {n}0,000 तक पहुंचाना", "राजस्व में {n}% वृद्धि"),
    },
    "hi_latn": {
        "work_named": (
            "{n} blog post likhna",
            "{n} workshop aayojit karna",
            "{n} naye feature launch karna",
        ),
        "abroad_kept": ("churn {hi}% se {lo}% tak kam karna", "revenue {n} crore tak pahunchana"),
    },
}

FAMILIES = ("counted_done", "met_counted", "work_named", "own_count_kept", "abroad_kept")
KIND.update(
    {
        "counted_done": "activity",
        "met_counted": "activity",
        "work_named": "activity",
        "own_count_kept": "activity",
        "abroad_kept": "outcome",
    }
)
# A floor and a deadline in the languages no earlier batch wrote (the deadline first where the
# verb comes last).
DECOR.update(
    {
        "vi": ("ít nhất {n}", "trước cuối quý 3", False),
        "id": ("minimal {n}", "sebelum akhir Q3", False),
        "th": ("อย่างน้อย {n}", "ภายในสิ้นปี", False),
        "ar": ("على الأقل {n}", "بحلول نهاية الربع الثالث", False),
        "hi": ("कम से कम {n}", "साल के अंत तक", True),
        "hi_latn": ("kam se kam {n}", "Saal ke ant tak", True),
    }
)


def main(argv: list[str] | None = None) -> int:
    """Print the share right per language and family (and the misses with -v)."""
    args = sys.argv[1:] if argv is None else argv
    return phrasings.main(args, THIRTY_FIRST, FAMILIES)


if __name__ == "__main__":
    raise SystemExit(main())
