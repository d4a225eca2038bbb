"""Turkish, Indonesian, Vietnamese, Persian and Arabic: their entries of
`cairn.text.language_words.LANGUAGES` (what each list holds is described there)."""

from __future__ import annotations

from cairn.text.language_table_builders import _DECREASE, _INCREASE, _KEEP, _REACH, _same, _verbs

# Twentieth round: "hingga Desember 2020" (until December 2020) is a date, not a value's unit.
_INDONESIAN_MONTHS = {
    "januari": "January", "februari": "February", "maret": "March", "april": "April",
    "mei": "May", "juni": "June", "juli": "July", "agustus": "August",
    "september": "September", "oktober": "October", "november": "November",
    "desember": "December",
}  # fmt: skip
_INDONESIAN_BY_MONTH = {
    f"{word} {month}": f"by {english}"
    for word in ("hingga", "sampai", "pada", "sebelum")
    for month, english in _INDONESIAN_MONTHS.items()
}

ASIA: dict[str, dict[str, dict[str, str]]] = {
    "tr": {
        "verbs": _verbs(
            (
                "artırmak|arttırmak|artır|arttır|artırılması|arttırılması|artırmayı|arttırmayı"
                "|yükseltmek|yükselt|yükseltilmesi|çıkarmak|çıkar|çıkarılması|büyütmek|büyüt"
                "|iyileştirmek|iyileştir",
                _INCREASE,
            ),
            ("iki katına çıkarmak|ikiye katlamak|ikiye katla", "double"),
            (
                "azaltmak|azalt|azaltılması|azaltmayı|düşürmek|düşür|düşürülmesi|düşürmeyi"
                "|indirmek|indir|indirilmesi|kısaltmak|kısalt|kısaltılması",
                _DECREASE,
            ),
            ("yarıya indirmek", "halve"),
            (
                "ulaşmak|ulaş|ulaşması|ulaşmasını|erişmek|eriş|yakalamak|elde etmek|kazanmak|kazan",
                _REACH,
            ),
            ("korumak|koru|sürdürmek|sürdür|tutmak|tut|tutulması", _KEEP),
            ("sağlamak|sağla", "deliver"),
            ("düzenlemek|düzenle|gerçekleştirmek|gerçekleştir|yürütmek", "run"),
            ("başlatmak|başlat|yayına almak|canlıya almak", "launch"),
            ("yayınlamak|yayınla", "publish"),
            ("yazmak|yaz|hazırlamak|hazırla", "write"),
            ("oluşturmak|oluştur|geliştirmek|geliştir|kurmak", "build"),
            ("işe almak", "hire"),
            ("eğitmek", "train"),
            ("tamamlamak|tamamla|bitirmek", "complete"),
            ("belirlemek|belirle|tespit etmek", "identify"),
            ("sunmak|sun", "present"),
            ("entegre etmek", "integrate"),
            ("uygulamak|uygula", "implement"),
        ),  # fmt: skip
        "words": {
            "en az": "at least",
            "asgari": "at least",
            "en fazla": "at most",
            "en çok": "at most",
            "azami": "at most",
            "ve üzeri": "or more",
            "ve altı": "or less",
            "ayda": "per month",
            "aylık": "per month",
            "haftada": "per week",
            "haftalık": "per week",
            "günde": "per day",
            "günlük": "per day",
            "yılda": "per year",
            "yıllık": "per year",
            "yıl sonuna kadar": "by the end of the year",
            "çeyrek sonuna kadar": "by the end of the quarter",
            "artış": "increase",
            # twentieth round: "100 M $ ciro büyümesi gerçekleştir" (revenue growth of $100M)
            "büyümesi": "growth",
            "artışı": "growth",
            "azalma": "reduction",
            "düşüş": "decline",
        },  # fmt: skip
        "before_number": {},
        "units": {
            "saniye": "seconds",
            "saniyenin": "seconds",
            "dakika": "minutes",
            "dakikanın": "minutes",
            "dk": "minutes",
            "saat": "hours",
            "saatin": "hours",
            "saate": "hours",
            "gün": "days",
            "günün": "days",
            "güne": "days",
            "hafta": "weeks",
            "haftanın": "weeks",
            "ay": "months",
            "ayın": "months",
            "yıl": "years",
            "yılın": "years",
            "tl": "TRY",
        },  # fmt: skip
        "scales": {"bin": "thousand", "milyon": "million", "milyar": "billion"},
        "markers": _same(
            "ve|bir|için|ile|en|az|olarak|sayısını|oranını|oranı|yeni|müşteri|süresini"
            "|artırmak|azaltmak|düşürmek|ulaşmak|sağlamak|tamamlamak|içinde|kadar|gibi|daha"
            "|olan|üzerinde|altında|adet|ayın|sonuna",
            "tr",
        ),
    },
    "id": {
        "verbs": _verbs(
            (
                "meningkatkan|tingkatkan|menaikkan|naikkan|menambah|tambah|memperluas|perluas"
                "|menumbuhkan|memperbaiki|perbaiki|naik|meningkat|bertambah|tumbuh"
                # nineteenth round: the passive after its subject ("pendapatan ditingkatkan 20%")
                "|ditingkatkan|dinaikkan|ditambah|diperluas",
                _INCREASE,
            ),
            ("melipatgandakan|menggandakan|gandakan", "double"),
            (
                "mengurangi|kurangi|menurunkan|turunkan|memangkas|pangkas|mempersingkat"
                "|persingkat|menekan|tekan|meminimalkan|turun|menurun|berkurang|mereduksi"
                "|direduksi|dikurangi|diturunkan|dipangkas|dipersingkat|ditekan|diminimalkan",
                _DECREASE,
            ),
            ("mencapai|capai|meraih|raih|mendapatkan|dapatkan", _REACH),
            ("mempertahankan|pertahankan|menjaga|jaga|memastikan|pastikan", _KEEP),
            (
                "mengadakan|adakan|menyelenggarakan|selenggarakan|melaksanakan|laksanakan"
                "|menjalankan|jalankan",
                "run",
            ),
            ("meluncurkan|luncurkan|merilis|rilis", "launch"),
            ("menerbitkan|terbitkan|mempublikasikan|publikasikan", "publish"),
            ("menulis|tulis|menyusun|susun", "write"),
            ("membuat|buat|membangun|bangun|mengembangkan|kembangkan", "build"),
            ("merekrut|rekrut", "hire"),
            ("menyelesaikan|selesaikan", "complete"),
            ("menerapkan|terapkan|mengimplementasikan|implementasikan", "implement"),
            ("melatih|latih", "train"),
        ),  # fmt: skip
        "words": {
            "dua kali lipat": "2x",
            "tiga kali lipat": "3x",
            "minimal": "at least",
            "setidaknya": "at least",
            "paling sedikit": "at least",
            "sekurang-kurangnya": "at least",
            "maksimal": "at most",
            "paling banyak": "at most",
            "tidak lebih dari": "no more than",
            "lebih dari": "more than",
            "kurang dari": "less than",
            "di atas": "above",
            "di bawah": "below",
            "atau lebih": "or more",
            "atau kurang": "or less",
            "per bulan": "per month",
            "setiap bulan": "per month",
            "tiap bulan": "per month",
            "per minggu": "per week",
            "setiap minggu": "per week",
            "per hari": "per day",
            "setiap hari": "per day",
            "per tahun": "per year",
            "per kuartal": "per quarter",
            "akhir tahun": "the end of the year",
            "kenaikan": "increase",
            "peningkatan": "increase",
            "pertumbuhan": "growth",
            "penurunan": "reduction",
            "pengurangan": "reduction",
            **_INDONESIAN_BY_MONTH,
        },  # fmt: skip
        "before_number": {
            "setiap": "every",
            "dari": "from",
            "menjadi": "to",
            "hingga": "to",
            "sampai": "to",
            "ke": "to",
            "sebesar": "by",
            "dalam": "within",
        },  # fmt: skip
        "units": {
            "detik": "seconds",
            "menit": "minutes",
            "jam": "hours",
            "hari": "days",
            "minggu": "weeks",
            "bulan": "months",
            "tahun": "years",
            "persen": "%",
            "poin persentase": "percentage points",
        },  # fmt: skip
        "scales": {
            "ribu": "thousand",
            "rb": "thousand",
            "juta": "million",
            "jt": "million",
            "miliar": "billion",
            "milyar": "billion",
        },  # fmt: skip
        "markers": _same(
            "dan|yang|di|ke|dari|untuk|dengan|pada|dalam|menjadi|sebesar|setidaknya"
            "|pelanggan|penjualan|waktu|bulan|tahun|minggu|hari|meningkatkan|mengurangi"
            "|menurunkan|mencapai|mempertahankan|baru|setiap|hingga|sampai|pengguna|aktif|jumlah"
            "|tingkat|pendapatan|biaya|kepuasan|rata-rata",
            "id",
        ),
    },
    "vi": {
        "verbs": _verbs(
            ("tăng|gia tăng|nâng|nâng cao|cải thiện|mở rộng", _INCREASE),
            ("tăng gấp đôi", "double"),
            ("giảm|cắt giảm|rút ngắn|hạ", _DECREASE),
            ("giảm một nửa", "halve"),
            ("loại bỏ|loại trừ", "eliminate"),
            ("đạt|đạt được", _REACH),
            ("duy trì|giữ|giữ vững|đảm bảo", _KEEP),
            ("tổ chức|thực hiện|tiến hành", "run"),
            ("ra mắt|khởi chạy", "launch"),
            ("xuất bản|đăng", "publish"),
            ("viết", "write"),
            ("tạo|xây dựng|phát triển", "build"),
            ("tuyển dụng|tuyển", "hire"),
            ("hoàn thành|hoàn tất", "complete"),
            ("triển khai", "implement"),
            ("đào tạo", "train"),
        ),  # fmt: skip
        "words": {
            "gấp đôi": "2x",
            "gấp ba": "3x",
            "ít nhất": "at least",
            "tối thiểu": "at least",
            "tối đa": "at most",
            "không quá": "no more than",
            "nhiều hơn": "more than",
            "hơn": "more than",
            "trên": "above",
            "dưới": "under",
            "ít hơn": "less than",
            "trở lên": "or more",
            "trở xuống": "or less",
            "mỗi tháng": "per month",
            "hàng tháng": "per month",
            "mỗi tuần": "per week",
            "hàng tuần": "per week",
            "mỗi ngày": "per day",
            "hàng ngày": "per day",
            "mỗi năm": "per year",
            "mỗi quý": "per quarter",
            "cuối năm": "the end of the year",
            "cuối quý": "the end of the quarter",
        },  # fmt: skip
        "before_number": {
            "mỗi": "every",
            "từ": "from",
            "lên": "to",
            "xuống": "to",
            "xuống còn": "to",
            "còn": "to",
            "đến": "to",
            "tới": "to",
            "thêm": "by",
            "trong vòng": "within",
            "trong": "within",
        },  # fmt: skip
        "units": {
            "giây": "seconds",
            "phút": "minutes",
            "giờ": "hours",
            "ngày": "days",
            "tuần": "weeks",
            "tháng": "months",
            "năm": "years",
            "phần trăm": "%",
            "đồng": "VND",
            "₫": "VND",
        },  # fmt: skip
        "scales": {"nghìn": "thousand", "ngàn": "thousand", "triệu": "million", "tỷ": "billion"},
        # told by its letters; these words tell it without them ("Có 5 khách hàng dùng app")
        "markers": _same("có|các|những|khách|hàng|người|dùng|và|của|được|một", "vi"),
    },
    # Persian and Arabic: told by their script (Persian by its own letters پ چ ژ گ ک ی); their
    # digits are read as ASCII digits (cairn.text.tokens.WIDE_SIGNS). A key result opens with a
    # verbal noun ("افزایش …", "زيادة …": increase …) or ends on the verb (Persian).
    "fa": {
        "verbs": _verbs(
            ("افزایش|افزایش دادن|افزایش دهیم|افزایش یابد|بالا بردن|ارتقا|ارتقای", _INCREASE),
            ("کاهش|کاهش دادن|کاهش دهیم|کاهش یابد|کم کردن|کوتاه کردن|کاستن", _DECREASE),
            ("رسیدن به|رساندن|دستیابی به|دستیابی", _REACH),
            ("حفظ|نگه داشتن|نگهداشتن|حفظ کردن", _KEEP),
            ("بهبود|بهبود دادن", "improve"),
            ("دو برابر کردن|دوبرابر کردن", "double"),
        ),
        "words": {
            "حداقل": "at least",
            "دست کم": "at least",
            "حداکثر": "at most",
            "کمتر از": "under",
            "زیر": "under",
            "بیش از": "more than",
            "بیشتر از": "more than",
            "بالای": "above",
            "در ماه": "per month",
            "در هفته": "per week",
            "در روز": "per day",
            "ماهانه": "per month",
        },  # fmt: skip
        "before_number": {
            "به میزان": "by",
            "ظرف": "within",
            "طی": "within",
            "در عرض": "within",
            "به": "to",
            "تا": "to",
        },  # fmt: skip
        "units": {
            "ثانیه": "seconds",
            "دقیقه": "minutes",
            "ساعت": "hours",
            "روز": "days",
            "هفته": "weeks",
            "ماه": "months",
            "سال": "years",
            "درصد": "%",
            "ریال": "IRR",
        },  # fmt: skip
        "scales": {"هزار": "thousand", "میلیون": "million", "میلیارد": "billion"},
        "markers": {},
    },
    "ar": {
        "verbs": _verbs(
            ("زيادة|رفع|تعزيز|مضاعفة النمو|نزيد|نرفع", _INCREASE),
            ("خفض|تقليل|تخفيض|تقليص|الحد من|نخفض|نقلل", _DECREASE),
            ("الوصول إلى|الوصول الى|تحقيق|بلوغ", _REACH),
            ("الحفاظ على|المحافظة على|الإبقاء على|إبقاء|الحفاظ", _KEEP),
            ("تحسين", "improve"),
            ("مضاعفة", "double"),
        ),
        "words": {
            "على الأقل": "at least",
            "كحد أدنى": "at least",
            "بما لا يقل عن": "at least",
            "لا يقل عن": "at least",
            "بحد أقصى": "at most",
            "كحد أقصى": "at most",
            "بما لا يزيد عن": "at most",
            "لا يزيد عن": "at most",
            "لا يتجاوز": "at most",
            "أقل من": "under",
            "أكثر من": "more than",
            "أعلى من": "above",
            "شهريا": "per month",
            "أسبوعيا": "per week",
            "يوميا": "per day",
            "ارتفاع": "increase",
            "نمو": "increase",
            "انخفاض": "reduction",
            "تراجع": "reduction",
        },  # fmt: skip
        "before_number": {
            "بنسبة": "by",
            "بمقدار": "by",
            "خلال": "within",
            "في غضون": "within",
            "إلى": "to",
            "الى": "to",
        },  # fmt: skip
        "units": {
            "ثانية": "seconds",
            "ثوان": "seconds",
            "دقيقة": "minutes",
            "دقائق": "minutes",
            "ساعة": "hours",
            "ساعات": "hours",
            "يوم": "days",
            "أيام": "days",
            "يوما": "days",
            "أسبوع": "weeks",
            "أسابيع": "weeks",
            "شهر": "months",
            "أشهر": "months",
            "بالمئة": "%",
            "بالمائة": "%",
            "في المئة": "%",
            "ريال": "SAR",
            "درهم": "AED",
            "دولار": "$",
            "جنيه": "EGP",
        },  # fmt: skip
        "scales": {"ألف": "thousand", "مليون": "million", "مليار": "billion"},
        "markers": {},
    },
}
