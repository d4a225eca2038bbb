"""The thirty-first round's survey (issue 15): the parser in Korean, Japanese and Chinese.

Not shipped, not a test: candidate key results people plausibly write in real OKRs in Korean,
Japanese, Chinese (simplified and traditional), and some Vietnamese, Indonesian, Thai and Turkish,
written before any held-out set, each with the fields the conventions of docs/plaintext.md give it,
grouped by family. `python -m tests.text.key_result_survey_thirty_first [-v]` prints how many of
each family the parser reads right on all five fields (`-v` lists the misses).

Conventions used (docs/plaintext.md): a relative change ("by 20%", "20% 증가", "增长20%") has unit
null; percentage points ("%p", "포인트", "个百分点", "ポイント", "pt") are an absolute change in
"%"; counters (個/件/名/人/本/回/个/篇/次/位/건/개/명/회/편) carry no unit; currencies as written
(원, 円, 元); time units read as "seconds", "minutes", "hours", "days"; a timeframe ("3개월 안에",
"年内", "6月末までに") and a per-one qualifier ("1인당", "人均", "1人あたり") are neither value nor
target; "零" / "ゼロ" / "0건" before or after a trouble is a ceiling of 0; "double" / "2배" / "翻倍"
is +100 %, "halve" / "半減" / "减半" −50 %; 割 and 成 are tenths (3割 = 30 %); keeping a measure
that should rise at a value is a floor ("Keep uptime at 99.999%"). Wordings the conventions leave
open ("前年比120%", "无" before a trouble, "3割にする" as a share, "1億円超", "2배 이상") are not here
(docs, thirty-first round).
"""

from __future__ import annotations

import sys
from dataclasses import replace

from tests.text.key_result_phrasings import ABOVE, BELOW, DECREASE, INCREASE, Phrasing

UP, DOWN = INCREASE, DECREASE
R, A = True, False
M, S, H, D = "minutes", "seconds", "hours", "days"


def _rows(family: str, lang: str, rows) -> list[Phrasing]:
    """Rows (text, way, start, target, change, unit); a change (n, R|A) is relative or absolute."""
    out = []
    for text, way, *rest in rows:
        start, target, change, unit = (list(rest) + [None] * 4)[:4]
        if change is not None:
            change = {"amount": change[0], "relative": change[1]}
        out.append(Phrasing(text, lang, family, way, start, target, change, unit))
    return out


KO = {
    "to target": (
        ("월간 활성 사용자를 10만 명으로 늘린다", UP, None, 100_000),
        ("월 매출 5억 원 달성", UP, None, 500_000_000, None, "원"),
        ("신규 가입자 5,000명 확보하기", UP, None, 5000),
        ("고객 만족도를 4.5점까지 높입니다", UP, None, 4.5),
        ("이탈률을 3%로 낮춘다", DOWN, None, 3, None, "%"),
        ("평균 응답 시간을 2초로 단축한다", DOWN, None, 2, None, S),
        ("전환율 5%까지 향상", UP, None, 5, None, "%"),
        ("결제 전환율을 4%로 올리겠습니다", UP, None, 4, None, "%"),
        ("오류율을 0.5%로 줄여야 한다", DOWN, None, 0.5, None, "%"),
    ),
    "by n": (
        ("매출을 20% 늘리겠다", UP, None, None, (20, R)),
        ("신규 고객을 30% 늘리겠습니다", UP, None, None, (30, R)),
        ("이탈률을 15% 줄인다", DOWN, None, None, (15, R)),
        ("서버 비용 10% 절감", DOWN, None, None, (10, R)),
        ("처리 시간 25% 단축", DOWN, None, None, (25, R)),
        ("월 매출 20% 증가", UP, None, None, (20, R)),
        ("반품률 5% 감소", DOWN, None, None, (5, R)),
        ("앱 다운로드 수를 50% 높이기", UP, None, None, (50, R)),
        ("로딩 시간을 40% 줄여야 합니다", DOWN, None, None, (40, R)),
        ("광고 수익 12% 상승", UP, None, None, (12, R)),
        ("올해 매출 30% 성장", UP, None, None, (30, R)),
        ("유료 구독자 25% 성장 달성", UP, None, None, (25, R)),
    ),
    "from to": (
        ("전환율을 2%에서 4%로 높인다", UP, 2, 4, None, "%"),
        ("이탈률을 8%에서 5%로 낮추기", DOWN, 8, 5, None, "%"),
        ("응답 시간을 3초에서 1초로 단축", DOWN, 3, 1, None, S),
        ("월간 활성 사용자 1만 명에서 3만 명으로 증가", UP, 10_000, 30_000),
        ("NPS를 30점에서 50점까지 올리기", UP, 30, 50),
        ("배포 주기를 14일에서 7일로 줄입니다", DOWN, 14, 7, None, D),
        ("재방문율 20% → 35%", UP, 20, 35, None, "%"),
        ("리드 타임을 5일에서 2일로 단축하겠습니다", DOWN, 5, 2, None, D),
    ),
    "points": (
        ("전환율 3%p 개선", UP, None, None, (3, A), "%"),
        ("리텐션을 5%p 높인다", UP, None, None, (5, A), "%"),
        ("이탈률 2%p 감소", DOWN, None, None, (2, A), "%"),
        ("재구매율 5포인트 상승", UP, None, None, (5, A), "%"),
        ("클릭률을 1.5%p 올리기", UP, None, None, (1.5, A), "%"),
    ),
    "bounds": (
        ("서비스 가용성 99.9% 이상", ABOVE, None, 99.9, None, "%"),
        ("오류율 1% 이하 유지", BELOW, None, 1, None, "%"),
        ("API 응답 시간 200ms 미만", BELOW, None, 200, None, "ms"),
        ("월간 활성 사용자 1만 명 초과 달성", ABOVE, None, 10_000),
        ("주간 배포 횟수 최소 3회", ABOVE, None, 3),
        ("고객 문의 처리 시간 최대 24시간", BELOW, None, 24, None, H),
        ("클라우드 비용이 월 500만 원을 넘지 않도록 관리", BELOW, None, 5_000_000, None, "원"),
        ("고객 만족도 4.5점 이상 유지", ABOVE, None, 4.5),
        ("장애 복구 시간 30분 이내", BELOW, None, 30, None, M),
    ),
    "keep": (
        ("서비스 가용성 99.9% 유지", ABOVE, None, 99.9, None, "%"),
        ("이탈률을 2% 이하로 유지한다", BELOW, None, 2, None, "%"),
        ("고객 만족도를 90% 이상으로 유지하기", ABOVE, None, 90, None, "%"),
    ),
    "factor": (
        ("월간 활성 사용자 2배 증가", UP, None, None, (100, R)),
        ("매출을 2배로 늘리기", UP, None, None, (100, R)),
        ("신규 가입자 3배 달성", UP, None, None, (200, R)),
        ("처리 시간을 절반으로 줄이기", DOWN, None, None, (50, R)),
    ),
    "scale and counters": (
        ("누적 다운로드 100만 건 달성", UP, None, 1_000_000),
        ("연 매출 1억 2천만 원 달성", UP, None, 120_000_000, None, "원"),
        ("블로그 글 20편 발행", UP, None, 20),
        ("고객 인터뷰 30회 진행", UP, None, 30),
        ("신규 파트너사 10개 확보", UP, None, 10),
        ("유료 고객 500명 달성", UP, None, 500),
    ),
    "timeframe": (
        ("3개월 안에 신규 고객 1,000명 확보", UP, None, 1000),
        ("6개월 내 매출 20% 증가", UP, None, None, (20, R)),
        ("Q2까지 이탈률을 3%로 낮추기", DOWN, None, 3, None, "%"),
        ("연내 유료 고객 200명 달성", UP, None, 200),
        ("2주 안에 버그 50건 해결", UP, None, 50),
    ),
    "per one": (
        ("1인당 평균 주문 금액을 3만 원에서 4만 원으로", UP, 30_000, 40_000, None, "원"),
        ("하루 평균 방문자 5,000명 달성", UP, None, 5000),
        ("1인당 월 사용 시간을 20분에서 30분으로 늘리기", UP, 20, 30, None, M),
        ("하루 문의 처리 건수를 100건에서 150건으로 늘린다", UP, 100, 150),
    ),
    "zero": (
        ("중대 장애 0건", BELOW, None, 0),
        ("보안 사고 0건 유지", BELOW, None, 0),
        ("결제 오류 0건 달성", BELOW, None, 0),
    ),
    "growth noun": (
        ("매출 증가", UP),
        ("로딩 속도 향상", UP),
        ("서버 비용 절감", DOWN),
        ("이탈률 감소", DOWN),
        ("응답 시간 단축 필요", DOWN),
        ("고객 만족도 향상합니다", UP),
        ("배포 시간 단축하겠습니다", DOWN),
        ("유료 전환율 개선", UP),
    ),
    "year on year": (
        ("전년 대비 매출 20% 증가", UP, None, None, (20, R)),
        ("전년 대비 비용 10% 절감", DOWN, None, None, (10, R)),
        ("전월 대비 가입자 5% 증가", UP, None, None, (5, R)),
    ),
}

JA = {
    "to target": (
        ("月間アクティブユーザーを10万人に増やす", UP, None, 100_000),
        ("月間売上1億円を達成する", UP, None, 100_000_000, None, "円"),
        ("解約率を3%に下げる", DOWN, None, 3, None, "%"),
        ("平均応答時間を2秒に短縮します", DOWN, None, 2, None, S),
        ("顧客満足度を4.5まで引き上げる", UP, None, 4.5),
        ("コンバージョン率を5%まで向上させる", UP, None, 5, None, "%"),
        ("有料会員数を1万人にしたい", UP, None, 10_000),
        ("エラー率を0.5%まで削減すべき", DOWN, None, 0.5, None, "%"),
    ),
    "by n": (
        ("売上を20%増やす", UP, None, None, (20, R)),
        ("解約率を15%削減する", DOWN, None, None, (15, R)),
        ("問い合わせ件数を30%減らします", DOWN, None, None, (30, R)),
        ("サーバーコスト10%削減", DOWN, None, None, (10, R)),
        ("処理時間を25%短縮", DOWN, None, None, (25, R)),
        ("新規登録数を50%増加させる", UP, None, None, (50, R)),
        ("売上20%増", UP, None, None, (20, R)),
        ("広告費を10%減らしたい", DOWN, None, None, (10, R)),
        ("リピート率を20%向上させる", UP, None, None, (20, R)),
        ("有料会員数を15%伸ばす", UP, None, None, (15, R)),
    ),
    "from to": (
        ("解約率を5%から3%に下げる", DOWN, 5, 3, None, "%"),
        ("コンバージョン率を2%から4%へ引き上げる", UP, 2, 4, None, "%"),
        ("応答時間を3秒から1秒に短縮する", DOWN, 3, 1, None, S),
        ("平均対応時間を30分から15分まで短縮", DOWN, 30, 15, None, M),
        ("NPSを20から40に改善する", UP, 20, 40),
        ("継続率を58%→64%へ", UP, 58, 64, None, "%"),
        ("リードタイムを10日から5日へ短縮します", DOWN, 10, 5, None, D),
        ("月間アクティブユーザーを1万人から3万人へ増やす", UP, 10_000, 30_000),
        ("処理時間を2時間から30分に短縮する", DOWN, 120, 30, None, M),
    ),
    "points": (
        ("コンバージョン率を3ポイント改善", UP, None, None, (3, A), "%"),
        ("継続率を5pt向上させる", UP, None, None, (5, A), "%"),
        ("解約率を2ポイント下げる", DOWN, None, None, (2, A), "%"),
        ("クリック率を1.5ポイント引き上げる", UP, None, None, (1.5, A), "%"),
    ),
    "bounds": (
        ("稼働率99.9%以上", ABOVE, None, 99.9, None, "%"),
        ("エラー率を1%以下に抑える", BELOW, None, 1, None, "%"),
        ("API応答時間200ms未満", BELOW, None, 200, None, "ms"),
        ("月間売上1億円以上を達成", ABOVE, None, 100_000_000, None, "円"),
        ("顧客満足度4.5以上を維持", ABOVE, None, 4.5),
        ("問い合わせへの初回返信を24時間以内にする", BELOW, None, 24, None, H),
        ("月間解約数を50件以下に抑える", BELOW, None, 50),
        ("新規商談を月20件以上創出", ABOVE, None, 20),
    ),
    "keep": (
        ("稼働率99.9%を維持する", ABOVE, None, 99.9, None, "%"),
        ("解約率を2%以下に維持", BELOW, None, 2, None, "%"),
        ("顧客満足度を90%以上に保つ", ABOVE, None, 90, None, "%"),
    ),
    "factor": (
        ("売上を2倍にする", UP, None, None, (100, R)),
        ("有料会員数を倍増させる", UP, None, None, (100, R)),
        ("問い合わせ対応時間を半減する", DOWN, None, None, (50, R)),
        ("リード数を3倍に増やす", UP, None, None, (200, R)),
        ("障害対応時間を半分にする", DOWN, None, None, (50, R)),
    ),
    "tenths": (
        ("解約率を3割削減する", DOWN, None, None, (30, R)),
        ("問い合わせ件数を2割減らす", DOWN, None, None, (20, R)),
        ("売上を3割増やす", UP, None, None, (30, R)),
    ),
    "scale and counters": (
        ("累計ダウンロード100万件を達成", UP, None, 1_000_000),
        ("年間売上12億円を達成する", UP, None, 1_200_000_000, None, "円"),
        ("技術ブログを12本公開する", UP, None, 12),
        ("顧客インタビューを30回実施", UP, None, 30),
        ("新規導入企業を50社獲得", UP, None, 50),
        ("有料会員500名を獲得する", UP, None, 500),
        ("新機能を3個リリースする", UP, None, 3),
    ),
    "timeframe": (
        ("3ヶ月以内に有料会員を1,000人獲得する", UP, None, 1000),
        ("今年度中に解約率を3%に下げる", DOWN, None, 3, None, "%"),
        ("6月末までに売上を20%増やす", UP, None, None, (20, R)),
        ("年内に新規顧客100社を獲得", UP, None, 100),
        ("Q2までに応答時間を2秒に短縮", DOWN, None, 2, None, S),
    ),
    "per one": (
        ("1セッションあたり視聴時間を12分から15分へ", UP, 12, 15, None, M),
        ("1人あたり売上を5万円から8万円に", UP, 50_000, 80_000, None, "円"),
        ("1日あたりの問い合わせ件数を50件から30件に削減", DOWN, 50, 30),
        ("1ユーザーあたりの平均利用時間を20分から30分に伸ばす", UP, 20, 30, None, M),
    ),
    "zero": (
        ("重大障害ゼロ", BELOW, None, 0),
        ("本番環境のバグゼロを達成", BELOW, None, 0),
        ("セキュリティ事故0件", BELOW, None, 0),
        ("重大インシデント0件を維持", BELOW, None, 0),
    ),
    "growth noun": (
        ("売上の増加", UP),
        ("解約率の減少", DOWN),
        ("応答時間の短縮", DOWN),
        ("顧客満足度の向上", UP),
        ("サーバーコストを削減する", DOWN),
        ("ページの表示速度を改善したい", UP),
        ("問い合わせ件数を減らす", DOWN),
    ),
    "year on year": (
        ("売上を前年比20%増やす", UP, None, None, (20, R)),
        ("コストを前年比10%削減", DOWN, None, None, (10, R)),
        ("前月比で新規登録数を5%増加", UP, None, None, (5, R)),
    ),
}

ZH = {
    "to target": (
        ("将月活跃用户提升到10万", UP, None, 100_000),
        ("营收达到500万元", UP, None, 5_000_000, None, "元"),
        ("将流失率降至3%", DOWN, None, 3, None, "%"),
        ("平均响应时间缩短至2秒", DOWN, None, 2, None, S),
        ("用户满意度提高到4.5分", UP, None, 4.5),
        ("转化率提升至5%", UP, None, 5, None, "%"),
        ("付费用户数达到1万", UP, None, 10_000),
        ("錯誤率降低至0.5%", DOWN, None, 0.5, None, "%"),
        ("月營收達到300萬元", UP, None, 3_000_000, None, "元"),
    ),
    "by n": (
        ("营收增长20%", UP, None, None, (20, R)),
        ("流失率降低15%", DOWN, None, None, (15, R)),
        ("服务器成本减少10%", DOWN, None, None, (10, R)),
        ("处理时间缩短25%", DOWN, None, None, (25, R)),
        ("注册用户提升50%", UP, None, None, (50, R)),
        ("将客诉数量减少30%", DOWN, None, None, (30, R)),
        ("营收同比增长20%", UP, None, None, (20, R)),
        ("客單價提升15%", UP, None, None, (15, R)),
        ("退貨率下降5%", DOWN, None, None, (5, R)),
        ("需要将获客成本降低20%", DOWN, None, None, (20, R)),
    ),
    "from to": (
        ("转化率从2%提升到4%", UP, 2, 4, None, "%"),
        ("流失率从8%降至5%", DOWN, 8, 5, None, "%"),
        ("响应时间由3秒缩短到1秒", DOWN, 3, 1, None, S),
        ("月活从1万增长到3万", UP, 10_000, 30_000),
        ("NPS从30分提升到50分", UP, 30, 50),
        ("部署时间从30分钟缩短至10分钟", DOWN, 30, 10, None, M),
        ("將留存率從20%提高到35%", UP, 20, 35, None, "%"),
        ("交付周期由10天降低到5天", DOWN, 10, 5, None, D),
        ("次日留存率40%→50%", UP, 40, 50, None, "%"),
    ),
    "points": (
        ("转化率提升3个百分点", UP, None, None, (3, A), "%"),
        ("留存率提高5个百分点", UP, None, None, (5, A), "%"),
        ("流失率下降2个百分点", DOWN, None, None, (2, A), "%"),
        ("毛利率环比提升1.5个百分点", UP, None, None, (1.5, A), "%"),
        ("轉換率提升3個百分點", UP, None, None, (3, A), "%"),
    ),
    "bounds": (
        ("系统可用性不低于99.9%", ABOVE, None, 99.9, None, "%"),
        ("接口响应时间不超过200ms", BELOW, None, 200, None, "ms"),
        ("每月发布技术文章不少于10篇", ABOVE, None, 10),
        ("至少完成20次用户访谈", ABOVE, None, 20),
        ("严重故障最多2次", BELOW, None, 2),
        ("错误率低于1%", BELOW, None, 1, None, "%"),
        ("客户满意度90%以上", ABOVE, None, 90, None, "%"),
        ("首次响应时间24小时以内", BELOW, None, 24, None, H),
        ("可用性達到99.95%以上", ABOVE, None, 99.95, None, "%"),
    ),
    "keep": (
        ("系统可用性保持在99.9%以上", ABOVE, None, 99.9, None, "%"),
        ("流失率维持在2%以下", BELOW, None, 2, None, "%"),
        ("客戶滿意度保持在90%以上", ABOVE, None, 90, None, "%"),
    ),
    "factor": (
        ("营收翻倍", UP, None, None, (100, R)),
        ("付费用户数翻一番", UP, None, None, (100, R)),
        ("客诉处理时间减半", DOWN, None, None, (50, R)),
        ("线索数量增长到3倍", UP, None, None, (200, R)),
        ("營收翻倍", UP, None, None, (100, R)),
    ),
    "tenths": (
        ("获客成本降低两成", DOWN, None, None, (20, R)),
        ("营收增长三成", UP, None, None, (30, R)),
    ),
    "scale and counters": (
        ("累计下载量突破100万次", UP, None, 1_000_000),
        ("年营收达到1.2亿元", UP, None, 120_000_000, None, "元"),
        ("发布技术文章20篇", UP, None, 20),
        ("完成30次用户访谈", UP, None, 30),
        ("新增付费客户50个", UP, None, 50),
        ("招募10位种子用户", UP, None, 10),
        ("發布技術文章12篇", UP, None, 12),
    ),
    "timeframe": (
        ("本季度内新增付费用户1000名", UP, None, 1000),
        ("年内营收增长20%", UP, None, None, (20, R)),
        ("3个月内将流失率降至3%", DOWN, None, 3, None, "%"),
        ("Q2前完成10次客户拜访", UP, None, 10),
        ("6月底前将响应时间缩短至2秒", DOWN, None, 2, None, S),
    ),
    "per one": (
        ("人均使用时长从20分钟提升到30分钟", UP, 20, 30, None, M),
        ("每日活跃用户达到5000", UP, None, 5000),
        ("人均客单价从100元提升到150元", UP, 100, 150, None, "元"),
        ("每人每周代码评审时间从3小时降至1小时", DOWN, 3, 1, None, H),
    ),
    "zero": (
        ("全年零事故", BELOW, None, 0),
        ("线上故障清零", BELOW, None, 0),
        ("安全漏洞清零", BELOW, None, 0),
        ("严重事故0起", BELOW, None, 0),
        ("實現零當機", BELOW, None, 0),
    ),
    "growth noun": (
        ("营收增长", UP),
        ("流失率下降", DOWN),
        ("提升用户满意度", UP),
        ("缩短响应时间", DOWN),
        ("降低服务器成本", DOWN),
        ("縮短交付週期", DOWN),
        ("提高轉換率", UP),
    ),
    "year on year": (
        ("营收同比增长30%", UP, None, None, (30, R)),
        ("订单量环比提升10%", UP, None, None, (10, R)),
        ("成本同比下降5%", DOWN, None, None, (5, R)),
    ),
}

OTHER = {
    "vi": (
        ("Tăng doanh thu 20%", UP, None, None, (20, R)),
        ("Giảm tỷ lệ rời bỏ từ 8% xuống 5%", DOWN, 8, 5, None, "%"),
        ("Đạt ít nhất 1.000 khách hàng trả phí", ABOVE, None, 1000, None, "khách hàng"),
        ("Giảm thời gian phản hồi xuống dưới 2 giờ", BELOW, None, 2, None, H),
        ("Tăng tỷ lệ chuyển đổi thêm 3 điểm phần trăm", UP, None, None, (3, A), "%"),
        ("Tăng gấp đôi số người dùng", UP, None, None, (100, R)),
        ("Duy trì thời gian hoạt động trên 99,9%", ABOVE, None, 99.9, None, "%"),
    ),
    "id": (
        ("Meningkatkan pendapatan sebesar 20%", UP, None, None, (20, R)),
        ("Menurunkan churn dari 8% menjadi 5%", DOWN, 8, 5, None, "%"),
        ("Minimal 1.000 pelanggan berbayar", ABOVE, None, 1000, None, "pelanggan"),
        ("Waktu respons maksimal 2 jam", BELOW, None, 2, None, H),
        ("Menggandakan jumlah pengguna", UP, None, None, (100, R)),
        ("Mempertahankan uptime di atas 99,9%", ABOVE, None, 99.9, None, "%"),
    ),
    "th": (
        ("เพิ่มยอดขาย 20%", UP, None, None, (20, R)),
        ("ลดอัตราการยกเลิกจาก 8% เหลือ 5%", DOWN, 8, 5, None, "%"),
        ("ลูกค้าที่ชำระเงินอย่างน้อย 1,000 ราย", ABOVE, None, 1000),
        ("ลดเวลาตอบกลับให้ไม่เกิน 2 ชั่วโมง", BELOW, None, 2, None, H),
        ("รักษาอัตราการใช้งานได้ไม่ต่ำกว่า 99.9%", ABOVE, None, 99.9, None, "%"),
    ),
    "tr": (
        ("Satışları %20 artırmak", UP, None, None, (20, R)),
        ("Kayıp oranını %8'den %5'e düşürmek", DOWN, 8, 5, None, "%"),
        ("En az 1.000 ücretli müşteriye ulaşmak", ABOVE, None, 1000),
        ("Yanıt süresini en fazla 2 saate indirmek", BELOW, None, 2, None, H),
        ("Kullanıcı sayısını iki katına çıkarmak", UP, None, None, (100, R)),
        ("Çalışma süresini %99,9'un üzerinde tutmak", ABOVE, None, 99.9, None, "%"),
    ),
}

# A second batch, written after the first batch's rules and measured on them before any rule of
# its own (docs, thirty-first round): more registers of the same families.
SECOND = {
    "ko": (
        ("이탈률 10% 감소 필요", DOWN, None, None, (10, R)),
        ("전환율을 5% 향상합니다", UP, None, None, (5, R)),
        ("매출 30% 성장 달성", UP, None, None, (30, R)),
        ("전년 대비 매출 30% 성장", UP, None, None, (30, R)),
        ("연 매출 10억 원을 목표로 한다", UP, None, 1_000_000_000, None, "원"),
        ("MAU 10만 → 20만", UP, 100_000, 200_000),
        ("평균 응답 시간 3분 이내 유지", BELOW, None, 3, None, M),
        ("매월 블로그 글 4편 이상 발행", ABOVE, None, 4),
        ("주간 활성 사용자 5,000명 돌파", UP, None, 5000),
        ("고객 이탈률 5% 미만으로 감소", BELOW, None, 5, None, "%"),
        ("리뷰 평점 4.5점 이상", ABOVE, None, 4.5),
        ("신규 가입 전환율 20% 향상시키기", UP, None, None, (20, R)),
        ("CS 응답 시간 50% 단축 필요", DOWN, None, None, (50, R)),
        ("버그 발생 건수 30% 줄이기", DOWN, None, None, (30, R)),
        ("3개월 내 MAU 2배 달성", UP, None, None, (100, R)),
        ("장애 0건 달성", BELOW, None, 0),
        ("하루 평균 주문 건수 1,000건 달성", UP, None, 1000),
        ("NPS 40점 이상 달성", ABOVE, None, 40),
        ("월 구독 매출 5,000만 원 달성", UP, None, 50_000_000, None, "원"),
    ),
    "ja": (
        ("売上1億円を目指す", UP, None, 100_000_000, None, "円"),
        ("コストを20%カット", DOWN, None, None, (20, R)),
        ("CVRを20%アップ", UP, None, None, (20, R)),
        ("解約率を20%ダウン", DOWN, None, None, (20, R)),
        ("MAUを10万→20万に", UP, 100_000, 200_000),
        ("月に10本以上の記事を公開する", ABOVE, None, 10),
        ("平均応答時間を3分以内にする", BELOW, None, 3, None, M),
        ("障害ゼロを継続", BELOW, None, 0),
        ("有料会員数1万人突破", UP, None, 10_000),
        ("1人あたりの作業時間を月10時間削減", DOWN, None, None, (10, A), H),
        ("問い合わせ対応時間を前年比30%短縮", DOWN, None, None, (30, R)),
        ("新規顧客獲得数を月50社以上", ABOVE, None, 50),
        ("エンゲージメント率を3%から5%に高める", UP, 3, 5, None, "%"),
        ("アプリのクラッシュ率を0.1%未満に抑える", BELOW, None, 0.1, None, "%"),
        ("ページ表示速度を2秒以内に改善", BELOW, None, 2, None, S),
    ),
    "zh": (
        ("月活用户突破100万", UP, None, 1_000_000),
        ("DAU从10万提升至20万", UP, 100_000, 200_000),
        ("每周至少发布2篇技术文章", ABOVE, None, 2),
        ("每月新增用户不少于5000", ABOVE, None, 5000),
        ("客户满意度达到95%以上", ABOVE, None, 95, None, "%"),
        ("力争营收达到1亿元", UP, None, 100_000_000, None, "元"),
        ("确保系统可用性不低于99.95%", ABOVE, None, 99.95, None, "%"),
        ("页面加载时间控制在2秒以内", BELOW, None, 2, None, S),
        ("将退款率控制在1%以下", BELOW, None, 1, None, "%"),
        ("线上事故数同比下降50%", DOWN, None, None, (50, R)),
        ("NPS提升10分", UP, None, None, (10, A)),
        ("人效提升30%", UP, None, None, (30, R)),
        ("获客成本从200元降到150元", DOWN, 200, 150, None, "元"),
        ("用户留存率提高至40%", UP, None, 40, None, "%"),
        ("營收成長20%", UP, None, None, (20, R)),
        ("客訴率降低至1%以下", BELOW, None, 1, None, "%"),
        ("月活躍用戶突破50萬", UP, None, 500_000),
        ("次月留存率提升5个百分点至35%", UP, 30, 35, None, "%"),
    ),
}

# A third batch, written after the second batch's rules and measured on them before any rule of
# its own: quarters and halves as timeframes, factors and halves in words, changes by an amount.
THIRD = {
    "ko": (
        ("신규 회원 1만 명 유치", UP, None, 10_000),
        ("월 매출 3억 원 돌파", UP, None, 300_000_000, None, "원"),
        ("고객 응대 시간 평균 5분 이하", BELOW, None, 5, None, M),
        ("재구매율 30% 이상 달성", ABOVE, None, 30, None, "%"),
        ("이탈률을 8%에서 5%로 개선", DOWN, 8, 5, None, "%"),
        ("페이지 로딩 속도 2초 이내", BELOW, None, 2, None, S),
        ("광고 ROAS 300% 이상", ABOVE, None, 300, None, "%"),
        ("뉴스레터 오픈율 25% 달성", UP, None, 25, None, "%"),
        ("전환율 1.5배 향상", UP, None, None, (50, R)),
        ("주 2회 이상 배포", ABOVE, None, 2),
        ("1분기 내 신규 고객 100명 확보", UP, None, 100),
        ("상반기까지 MAU 5만 달성", UP, None, 50_000),
        ("연말까지 누적 가입자 10만 명 달성", UP, None, 100_000),
    ),
    "ja": (
        ("第1四半期中に新規顧客を100社獲得", UP, None, 100),
        ("上期中に売上を2割伸ばす", UP, None, None, (20, R)),
        ("年度末までにMAUを5万人にする", UP, None, 50_000),
        ("平均処理時間を5分短縮", DOWN, None, None, (5, A), M),
        ("CVRを1.5倍に向上", UP, None, None, (50, R)),
        ("解約率を半減させる", DOWN, None, None, (50, R)),
        ("顧客満足度90%以上を達成", ABOVE, None, 90, None, "%"),
        ("応答時間を平均3秒以下にする", BELOW, None, 3, None, S),
    ),
    "zh": (
        ("一季度内新增客户100家", UP, None, 100),
        ("上半年完成3次版本发布", UP, None, 3),
        ("年底前DAU突破10万", UP, None, 100_000),
        ("用户投诉率降低50%", DOWN, None, None, (50, R)),
        ("平均处理时长缩短5分钟", DOWN, None, None, (5, A), M),
        ("GMV同比翻倍", UP, None, None, (100, R)),
        ("活跃用户数增长一倍", UP, None, None, (100, R)),
        ("服务器成本下降一半", DOWN, None, None, (50, R)),
        ("库存周转天数从45天降至30天", DOWN, 45, 30, None, D),
        ("客服首次响应时间不超过30秒", BELOW, None, 30, None, S),
        ("每月至少举办2场线下活动", ABOVE, None, 2),
        ("獲客成本降低三成", DOWN, None, None, (30, R)),
        ("系統可用性維持在99.9%以上", ABOVE, None, 99.9, None, "%"),
    ),
}

# A fourth batch, mixed scripts (Latin metric names and abbreviations inside CJK sentences), written
# after the third batch's rules and measured before any rule of its own (none was needed).
FOURTH = {
    "ko": (
        ("DAU 10k 달성", UP, None, 10_000),
        ("NPS 50+ 달성", ABOVE, None, 50),
        ("p95 latency 200ms 이하", BELOW, None, 200, None, "ms"),
        ("MAU 10K → 20K", UP, 10_000, 20_000),
        ("CSAT 4.5/5 이상", ABOVE, None, 4.5),
        ("Lighthouse 점수 90점 이상", ABOVE, None, 90),
        ("테스트 커버리지 80% 이상 유지", ABOVE, None, 80, None, "%"),
        ("KR1: 월 매출 1억 원 달성", UP, None, 100_000_000, None, "원"),
        ("앱 평점 4.0에서 4.5로 상승", UP, 4, 4.5),
        ("ARPU를 1만 원에서 1.5만 원으로 증가", UP, 10_000, 15_000, None, "원"),
        ("주간 리텐션 40% → 50%", UP, 40, 50, None, "%"),
    ),
    "ja": (
        ("MAU 5万人突破", UP, None, 50_000),
        ("p95レイテンシを200ms以下に", BELOW, None, 200, None, "ms"),
        ("テストカバレッジを60%から80%に引き上げる", UP, 60, 80, None, "%"),
        ("KR1：月間売上1,000万円達成", UP, None, 10_000_000, None, "円"),
        ("アプリ評価を4.2から4.5に改善", UP, 4.2, 4.5),
        ("ARPUを1,000円から1,500円へ", UP, 1000, 1500, None, "円"),
        ("CSATを4.5/5以上に維持", ABOVE, None, 4.5),
    ),
    "zh": (
        ("DAU突破10k", UP, None, 10_000),
        ("p95延迟降低到200ms以内", BELOW, None, 200, None, "ms"),
        ("测试覆盖率从60%提升到80%", UP, 60, 80, None, "%"),
        ("KR1：月营收达到100万元", UP, None, 1_000_000, None, "元"),
        ("应用评分从4.2提升至4.5", UP, 4.2, 4.5),
        ("日活跃用户数提升至5万人", UP, None, 50_000),
        ("将P0故障恢复时间缩短到30分钟以内", BELOW, None, 30, None, M),
        ("用户流失率控制在5%以内", BELOW, None, 5, None, "%"),
    ),
}


def survey() -> list[Phrasing]:
    out: list[Phrasing] = []
    for lang, table in (("ko", KO), ("ja", JA), ("zh", ZH)):
        for family, rows in table.items():
            for phrasing in _rows(family, lang, rows):
                if lang == "zh":
                    phrasing = _hant(phrasing)
                out.append(phrasing)
    for lang, rows in OTHER.items():
        out += _rows("other languages", lang, rows)
    for lang, rows in SECOND.items():
        out += [_hant(p) if lang == "zh" else p for p in _rows("second batch", lang, rows)]
    for lang, rows in THIRD.items():
        out += [_hant(p) if lang == "zh" else p for p in _rows("third batch", lang, rows)]
    for lang, rows in FOURTH.items():
        out += _rows("fourth batch", lang, rows)
    return out


_HANT = set("將從達營錯誤滿轉換萬縮週級價發佈術當機數據實現維戶單貨點個")


def _hant(p: Phrasing) -> Phrasing:
    """Tag a Chinese row written in traditional characters as zh-Hant."""
    if any(c in _HANT for c in p.text):
        return replace(p, language="zh-Hant")
    return p


def main(argv: list[str]) -> None:
    from tests.text.test_key_result_phrasings import print_survey

    print_survey(survey(), argv)


if __name__ == "__main__":
    main(sys.argv[1:])
