"""Being featured, recommended or awarded by a third party (coach, after round 33's first run).

"在 App Store 上获得“精选”推荐" (round 33, labelled an outcome), "Get featured on Product Hunt",
"被 App Store 推荐", "App Storeで特集される", "앱스토어 추천 선정", "Ser destacado en la App
Store", "Être mis en avant sur l'App Store", "Được App Store giới thiệu", "Ditampilkan di App
Store": a store, a site or a jury grants it, so it is a result (`RESULT_AFTER_ALL`, not KR102),
and it is met or not at the end of the cycle (review: no KR101, as a milestone). Asking for it is
the team's own work and stays flagged: "Apply for the App Store feature", "Submit to Product
Hunt", "Launch on Product Hunt" name no being featured.
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import RESULT_AFTER_ALL

_FEATURED = re.compile(
    # en: "get / be featured on|in|by", "featured by Apple", "Product of the Day", "App of the Day"
    r"\b(?:get|gets|getting|be|being|become|is|are)\s+(?:[\w-]+\s+)?featured\b"
    r"|\bfeatured\s+(?:on|in|by)\s+(?:the\s+)?[A-Z]"
    r"|\b(?:product|app|game)\s+of\s+the\s+(?:day|week|month|year)\b"
    r"|\b(?:win|wins|won|receive|get)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,4}?awards?\b"
    # es, pt, fr, de
    r"|\b(?:ser|estar|aparecer)\s+(?:destacad[oa]s?|em\s+destaque|en\s+portada|recomendad[oa]s?)"
    r"|\b(?:être|etre)\s+(?:mise?s?\s+en\s+avant|recommandée?s?)\b"
    r"|\bmise?s?\s+en\s+avant\s+(?:sur|par|dans)\b"
    r"|\b(?:gefeatured|als\s+empfehlung\s+ausgewählt)\b"
    # vi, id
    r"|được\s+(?:[\w.]+\s+){0,3}?(?:giới\s+thiệu|đề\s+xuất|vinh\s+danh|nổi\s+bật)"
    r"|\b(?:ditampilkan|direkomendasikan|di-feature)\b"
    # zh, ja, ko
    r"|(?:获得|獲得|被|入选|入選|登上)[^，,。；;\d]{0,16}?(?:精选|精選|推荐|推薦|奖|獎)"
    r"(?!\s*(?:用户|用戶|客户|客戶|人|码|碼|位|名|量|数|數))"
    r"|(?:荣获|榮獲)[^，,。；;]{0,16}?(?:奖|獎)"
    r"|(?:特集|おすすめ|ピックアップ)(?:に選ばれ|され|掲載)|(?:に|で)特集される|(?:を)?受賞"
    r"|(?:추천|피처드|투데이)\s*(?:에\s*)?(?:선정|되기|받기|됨|획득)",
    re.IGNORECASE,
)
# Asking for it, or putting something out there: the team's own work.
_ASKING = re.compile(
    r"^\s*(?:apply|submit|pitch|nominate|enter|launch|post|prepare|request|申请|申請|提交|応募|申請する"
    r"|신청|제출|postular|solicitar|candidatar|soumettre|postuler|einreichen|nộp|đăng\s+ký|mengajukan)",
    re.IGNORECASE,
)


def granted_recognition(written: str) -> bool:
    """Return True when the key result is being featured, recommended or awarded by others."""
    return _FEATURED.search(written) is not None and _ASKING.match(written) is None


@RESULT_AFTER_ALL.rule("recognition granted")
def _recognition_rule(written: str, verb: str | None) -> bool:
    return granted_recognition(written)
