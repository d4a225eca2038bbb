"""A batch of composed key results after round 33's first run (docs/plaintext.md, "After the
first run of round 33 (issue 15, session 19): the parser and the coach"), written as patterns and
measured before the rules (`cairn.coach.own_hiring`, `cairn.coach.recognition`):

- ``staff_hired`` (activity): a count of staff hired, "more" of them or not ("Tuyển thêm {n}
  senior engineers", "Hire {n} more engineers", "Rekrut tambahan {n} engineer", "Contratar otros
  {n} ingenieros", "รับสมัครพนักงาน {n} คน", "增聘{n}名工程师", "엔지니어 {n}명 추가 채용");
- ``queue_worked`` (activity): a count of the team's own work items worked through ("Process
  {n}0+ scraped leads through outreach system", "Xử lý {n}0 hồ sơ", "Memproses {n}0 lamaran");
- ``featured`` (outcome): being featured, recommended or awarded by a third party ("Get featured
  on Product Hunt", "被 App Store 推荐", "App Storeで特集される", "앱스토어 추천 선정");
- ``asked_featured`` (activity, near misses of ``featured``): applying or submitting for it
  ("Apply for the App Store feature", "Submit to Product Hunt");
- ``others_joined`` (outcome, near misses of ``staff_hired``): customers acquired, users signed
  up, members who join ("Acquire {n}0 more customers", "Thu hút thêm {n}0 khách hàng");
- ``capacity_kept`` (outcome, near misses of ``queue_worked``): a capacity or a rate ("Handle
  {n},000 concurrent users", "Resolve 9{n}% of tickets within 24h", "Process {n}000+ payments").

`python -m tests.coach.phrasings_after_round33 [-v]` prints the coach's figures per language and
family.
"""

from __future__ import annotations

import sys

from tests.coach import phrasings, phrasings_thirty_first  # noqa: F401 (its DECOR: vi, id, th)
from tests.coach.phrasings import KIND

AFTER_ROUND33: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "staff_hired": (
            "Hire {n} more senior engineers",
            "Hire {n} more engineers",
            "Recruit {n} more developers",
            "Hire {n} additional sales reps",
        ),
        "queue_worked": (
            "Process {n}0+ scraped leads through outreach system",
            "Triage {n}0 bug reports",
            "Review {n}0 pull requests",
            "Process {n}00 support tickets",
        ),
        "featured": (
            "Get featured on Product Hunt",
            "Be featured in the App Store",
            "Get featured by Apple",
            "Win the Best App award",
        ),
        "asked_featured": (
            "Apply for the App Store feature",
            "Submit to Product Hunt",
            "Launch on Product Hunt",
        ),
        "others_joined": (
            "Acquire {n}0 more customers",
            "Sign up {n},000 more users",
            "Gain {n}0 more members who join the community",
            "Grow community to {n}00 members",
        ),
        "capacity_kept": (
            "Handle {n},000 concurrent users",
            "Resolve 9{n}% of tickets within 24h",
            "Process {n}000+ payments with 99.9% uptime",
            "Handle {n},000 requests per second",
        ),
    },
    "vi": {
        "staff_hired": (
            "Tuyển thêm {n} senior engineers",
            "Tuyển thêm {n} kỹ sư",
            "Tuyển dụng thêm {n} nhân viên kinh doanh",
            "Tuyển {n} lập trình viên",
        ),
        "queue_worked": ("Xử lý {n}0 hồ sơ", "Xử lý {n}00 yêu cầu hỗ trợ"),
        "featured": ("Được App Store giới thiệu", "Được Apple đề xuất trên App Store"),
        "others_joined": ("Thu hút thêm {n}0 khách hàng", "Đạt thêm {n}00 người dùng đăng ký"),
    },
    "id": {
        "staff_hired": (
            "Rekrut tambahan {n} engineer",
            "Merekrut {n} karyawan baru",
            "Rekrut {n} developer",
        ),
        "queue_worked": ("Memproses {n}0 lamaran", "Menangani {n}00 tiket"),
        "featured": ("Ditampilkan di App Store", "Direkomendasikan oleh Google Play"),
        "others_joined": ("Mendapatkan {n}0 pelanggan baru", "Menambah {n}00 pengguna baru"),
    },
    "es": {
        "staff_hired": ("Contratar otros {n} ingenieros", "Contratar {n} ingenieros más"),
        "queue_worked": ("Procesar {n}00 solicitudes", "Revisar {n}0 candidaturas"),
        "featured": ("Ser destacado en la App Store",),
        "asked_featured": ("Postular a la App Store para ser destacados",),
        "others_joined": ("Conseguir {n}0 clientes nuevos",),
        "capacity_kept": ("Procesar {n}000 pagos al mes",),
    },
    "pt": {
        "staff_hired": ("Contratar mais {n} engenheiros", "Recrutar {n} desenvolvedores"),
        "queue_worked": ("Processar {n}00 solicitações", "Analisar {n}0 currículos"),
        "featured": ("Ser destacado na App Store",),
        "capacity_kept": ("Processar {n}0.000+ saques no primeiro mês",),
    },
    "fr": {
        "staff_hired": ("Recruter {n} ingénieurs de plus", "Embaucher {n} développeurs"),
        "queue_worked": ("Traiter {n}00 demandes", "Traiter {n}0 dossiers"),
        "featured": ("Être mis en avant sur l'App Store",),
        "asked_featured": ("Soumettre l'app à l'App Store pour être mise en avant",),
    },
    "th": {
        "staff_hired": ("รับสมัครพนักงาน {n} คน", "รับพนักงานใหม่ {n} คน", "จ้างวิศวกรเพิ่ม {n} คน"),
    },
    "zh": {
        "staff_hired": ("增聘{n}名工程师", "招聘{n}名工程师", "新招{n}名开发人员"),
        "featured": (
            "在 App Store 上获得“精选”推荐",
            "被 App Store 推荐",
            "获得苹果年度最佳应用奖",
        ),
        "asked_featured": ("提交 App Store 精选申请",),
    },
    "ja": {
        "staff_hired": ("エンジニアを{n}名追加採用", "{n}名採用"),
        "featured": ("App Storeで特集される", "App Storeのおすすめに選ばれる"),
    },
    "ko": {
        "staff_hired": ("엔지니어 {n}명 추가 채용", "채용 {n}명"),
        "featured": ("앱스토어 추천 선정",),
        "asked_featured": ("앱스토어 추천 신청",),
    },
}

FAMILIES = (
    "staff_hired",
    "queue_worked",
    "featured",
    "asked_featured",
    "others_joined",
    "capacity_kept",
)
KIND.update(
    {
        "staff_hired": "activity",
        "queue_worked": "activity",
        "featured": "outcome",
        "asked_featured": "activity",
        "others_joined": "outcome",
        "capacity_kept": "outcome",
    }
)


def main(argv: list[str] | None = None) -> int:
    """Print the share right per language and family (and the misses with -v)."""
    args = sys.argv[1:] if argv is None else argv
    return phrasings.main(args, AFTER_ROUND33, FAMILIES)


if __name__ == "__main__":
    raise SystemExit(main())
