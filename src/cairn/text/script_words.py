"""Words of the languages written without spaces between words (Chinese, Japanese, Korean and
Thai), read where they stand inside the script by `cairn.text.languages`."""

from __future__ import annotations

from cairn.text.language_table_builders import _DECREASE, _INCREASE, _KEEP, _REACH

# Chinese (simplified and traditional), Japanese and Korean: verbs and words inside the
# script, read where they stand (no spaces between words).
CJK_VERBS = {
    # Chinese
    "提升": _INCREASE, "提高": _INCREASE, "增加": _INCREASE, "增长": _INCREASE,
    "增長": _INCREASE, "扩大": _INCREASE, "擴大": _INCREASE, "翻倍": "double",
    "降低": _DECREASE, "减少": _DECREASE, "減少": _DECREASE, "缩短": _DECREASE,
    "縮短": _DECREASE, "下降": _DECREASE, "削减": _DECREASE, "削減": _DECREASE,
    "缩减": _DECREASE, "縮減": _DECREASE, "减低": _DECREASE, "減低": _DECREASE,
    "减半": "halve", "減半": "halve", "达到": _REACH, "達到": _REACH, "达成": _REACH,
    "達成": _REACH, "保持": _KEEP, "维持": _KEEP, "維持": _KEEP, "举办": "run",
    "舉辦": "run", "发布": "publish", "發布": "publish", "撰写": "write", "撰寫": "write",
    "招聘": "hire", "培训": "train", "培訓": "train", "上线": "launch", "上線": "launch",
    "编写": "write", "編寫": "write", "组织": "organise",
    "組織": "organise", "开展": "run", "開展": "run", "举行": "run", "舉行": "run",
    "发送": "send", "發送": "send",
    # Japanese
    "増やす": _INCREASE, "高める": _INCREASE, "引き上げる": _INCREASE, "減らす": _DECREASE,
    "下げる": _DECREASE, "痩せる": _DECREASE, "短縮": _DECREASE, "低減": _DECREASE, "開催": "run",
    "実施": "run", "採用": "hire", "公開": "publish", "作成": "build", "執筆": "write",
    "導入": "implement", "開発": "develop", "倍増": "double", "半減": "halve",
    # Korean
    "늘리기": _INCREASE, "늘린다": _INCREASE, "확대": _INCREASE, "높이기": _INCREASE,
    "줄이기": _DECREASE, "줄인다": _DECREASE, "단축": _DECREASE, "절감": _DECREASE,
    "낮추기": _DECREASE, "달성": _REACH, "유지": _KEEP, "개최": "run", "출시": "launch",
    "채용": "hire", "진행": "run", "작성": "write", "발행": "publish", "도입": "implement",
    "개발": "develop", "두 배 증가": "double", "두 배로 증가": "double", "두 배로 늘리기": "double",
    "절반으로 감소": "halve", "절반으로 줄이기": "halve", "절반으로 단축": "halve",
    # twenty-fifth round: the plain, the "-ㄴ다" and the noun forms ("2%까지 낮춘다", "98%로 높임")
    "낮춘다": _DECREASE, "낮추다": _DECREASE, "낮춤": _DECREASE, "줄이다": _DECREASE,
    "줄임": _DECREASE, "높인다": _INCREASE, "높이다": _INCREASE, "높임": _INCREASE,
    "늘리다": _INCREASE, "늘림": _INCREASE,
    # after round 30's first run: the polite forms ("-ㅂ니다") of raise, increase, reduce, lower
    "높입니다": _INCREASE, "늘립니다": _INCREASE, "줄입니다": _DECREASE, "낮춥니다": _DECREASE,
}  # fmt: skip
# After round 32's first run: the future forms ("-겠다", "-겠습니다": "신규고객을 20% 늘리겠다").
CJK_VERBS.update(
    {
        f"{stem}{ending}": verb
        for stem, verb in (
            ("늘리", _INCREASE),
            ("높이", _INCREASE),
            ("줄이", _DECREASE),
            ("낮추", _DECREASE),
        )
        for ending in ("겠다", "겠습니다")
    }
)
# Thirty-first round: the obligation ("-아야/-어야 한다": "로딩 시간을 40% 줄여야 합니다") and the
# intent ("-고자": "매출을 20% 늘리고자 합니다") of the same verbs, and the Japanese polite and wish
# forms ("問い合わせ件数を30%減らします", "広告費を10%減らしたい").
CJK_VERBS.update(
    {
        form: verb
        for forms, verb in (
            (("늘려야", "높여야", "늘리고자", "높이고자"), _INCREASE),
            (("줄여야", "낮춰야", "줄이고자", "낮추고자"), _DECREASE),
            (("増やします", "増やしたい", "高めます", "高めたい", "引き上げます"), _INCREASE),
            (("引き上げたい", "伸ばします", "伸ばしたい"), _INCREASE),
            (("減らします", "減らしたい", "下げます", "下げたい", "引き下げます"), _DECREASE),
            (("引き下げたい", "引き下げる"), _DECREASE),
        )
        for form in forms
    }
)
# Chinese "增强" (strengthen) raises what it names, as "提升" does.
CJK_VERBS.update({"增强": _INCREASE, "增強": _INCREASE})
# Chinese one-character verbs written right before 到/至 ("降到 8%", "升至 95%"): a move to a value.
CJK_VERBS_BEFORE_TO = {
    "降": _DECREASE, "减": _DECREASE, "減": _DECREASE, "跌": _DECREASE, "升": _INCREASE,
    "增": _INCREASE, "涨": _INCREASE, "漲": _INCREASE,
    # twenty-fifth round: losing weight and shrinking ("瘦到 125", "包体积缩到 20 MB") move down
    "瘦": _DECREASE, "缩": _DECREASE, "縮": _DECREASE,
}  # fmt: skip
CJK_WORDS = {
    "增加了": "increase", "增幅": "increase", "降幅": "reduction", "未満": "or less", "超過": "or more",
    "少なくとも": "at least", "最大": "at most", "最低": "at least", "最小": "at least",
    "増加": "increase", "減少": "reduction", "向上": "improvement", "최소": "at least", "최소한": "at least",
    "적어도": "at least", "최대": "at most", "只有一个": "at most 1", "只有一個": "at most 1",
    "仅有一个": "at most 1", "僅有一個": "at most 1", "已完成": " completed", "已发布": " published",
    "已上线": " launched", "완료": " completed", "済み": " completed",
}  # fmt: skip
CJK_SCALES = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "만": 1e4, "억": 1e8, "천": 1e3}
CJK_UNITS = {
    "毫秒": "ms", "秒": "seconds", "分钟": "minutes", "分鐘": "minutes", "小時": "hours", "時間": "hours",
    "週間": "weeks", "ヶ月": "months", "か月": "months", "カ月": "months", "개월": "months",
    "元": "元", "円": "円", "원": "원",  # seventeenth round: a currency as written (round-15 label)
    # twenty-first round: the Chinese names of other currencies, as written (round-21 label)
    "美元": "美元", "欧元": "欧元", "歐元": "歐元", "港元": "港元", "日元": "日元",
    # twenty-second round: the renminbi, the pound, the won and the new Taiwan dollar by name
    "人民币": "人民币", "人民幣": "人民幣", "英镑": "英镑", "英鎊": "英鎊", "韩元": "韩元", "韓元": "韓元",
    "新台币": "新台币", "新台幣": "新台幣", "台币": "台币", "台幣": "台幣", "澳元": "澳元", "加元": "加元",
    # round 34: the Singapore dollar by name ("百万新元以上"), as written
    "新元": "新元", "新币": "新币", "新幣": "新幣",
}  # fmt: skip

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
THAI_BEFORE_NUMBER = {
    "จาก": "from",
    "เป็น": "to",
    "ภายใน": "within",
    "ถึง": "to",
    "เหลือ": "to",
}  # thirty-first round: "จาก 8% เหลือ 5%" (down to)
THAI_UNITS = {
    "วินาที": "seconds", "นาที": "minutes", "ชั่วโมง": "hours", "วัน": "days",
    "สัปดาห์": "weeks", "เดือน": "months", "ปี": "years", "บาท": "THB",
}  # fmt: skip
