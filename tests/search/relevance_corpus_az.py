"""Azerbaijani projects, news and events of the large relevance set (see ``relevance_corpus.py``).

Near-misses on purpose: çay (tea) and Kür çayı (the Kura river), Şəki and şəkil (picture), Gəncə
and gənclər (young people), Qəbələ and qəbul (reception), bələdçi (guide) and bələdiyyə,
suvarma beside su, the US Embassy beside USAID, açıq hökumət beside the Open Society
Foundations, the Council of Europe beside the European Union (which the press calls both Avropa
İttifaqı and Avropa Birliyi).

A project's "org" is its implementer (its parent page).
"""

from .relevance_corpus_az_news import NEWS  # noqa: F401 (part of the corpus)

# The slugs of the pages that translate the Georgian page of the same slug and type (the two
# share a translation key); other pages sharing a slug across the languages are different stories.
TRANSLATIONS = {
    "cross-border-women-entrepreneurs",
    "inclusion-local-decisions",
    "sumgait-coast-clean",
    "school-crossings-batumi",
    "telavi-womens-room",
    "lankaran-partners-visit",
    "ganja-youth-camp",
    "sumgait-beach-volunteers",
    "gori-village-water",
    "coe-charter-experts",
    "inclusion-forum-kutaisi",
}

PROJECTS = [
    dict(
        slug="lankaran-women-entrepreneurs",
        org="rdpu",
        title="Lənkəran-Astara bölgəsində qadın sahibkarlığının inkişafı",
        summary="Lənkəran, Masallı və Astarada 120 qadın sahibkar biznes planı hazırlamağı öyrənir.",
        goal="Regional İnkişaf İctimai Birliyi ABŞ Beynəlxalq İnkişaf Agentliyinin maliyyəsi ilə kənd "
        "qadınlarının kiçik bizneslərini dəstəkləyir.",
        places=["lankaran", "masalli", "astara"],
        donors=["usaid"],
    ),
    dict(
        slug="sheki-women-decisions",
        org="swic",
        title="Şəki və Zaqatalada qadınların yerli qərarlarda iştirakı",
        summary="Qadın təşəbbüs qrupları bələdiyyə iclaslarında kənd problemlərini qaldırır.",
        goal="Şəki Qadın Təşəbbüsləri Mərkəzi İsveç Beynəlxalq İnkişaf Əməkdaşlığı Agentliyinin dəstəyi "
        "ilə qadınların bələdiyyə qərarlarına təsirini artırır.",
        places=["sheki", "zaqatala"],
        donors=["sida"],
    ),
    dict(
        slug="sumgait-coast-clean",
        org="eea",
        title="Sumqayıt sahilinin təmizlənməsi",
        summary="Ekoloji Maarifləndirmə Assosiasiyası könüllülərlə Sumqayıt sahilindən zibil toplayır və "
        "əhalini sənaye tullantıları barədə məlumatlandırır.",
        goal="Layihə BMT-nin İnkişaf Proqramının maliyyəsi ilə həyata keçirilir.",
        places=["sumgait"],
        donors=["undp"],
    ),
    dict(
        slug="ganja-youth-councils",
        org="yln",
        title="Gəncə və Mingəçevirdə gənclər şuraları",
        summary="Gənclər şuraları bələdiyyələrə gənclər üçün xidmətlərə dair təkliflər verir.",
        goal="Gənc Liderlər Şəbəkəsi Avropa İttifaqının dəstəyi ilə gənclərin yerli idarəçilikdə "
        "iştirakını gücləndirir.",
        places=["ganja", "mingachevir"],
        donors=["eu"],
    ),
    dict(
        slug="khachmaz-drinking-water",
        org="eea",
        title="Xaçmaz kəndlərində içməli su monitorinqi",
        summary="Xaçmaz və Qubanın 25 kəndində sakinlər içməli suyun keyfiyyətini və verilmə qrafikini qiymətləndirir.",
        goal="Ekoloji Maarifləndirmə Assosiasiyası Almaniya Beynəlxalq Əməkdaşlıq Cəmiyyətinin dəstəyi ilə "
        "kənd sakinlərinə su xidmətlərinin monitorinqini öyrədir.",
        places=["khachmaz", "quba"],
        donors=["giz"],
    ),
    dict(
        slug="gabala-community-tourism",
        org="swic",
        title="Qəbələdə icma turizmi",
        summary="Qəbələ kəndlərində ailələr qonaq evləri açır, yerli bələdçilər hazırlanır.",
        goal="Şəki Qadın Təşəbbüsləri Mərkəzi BMT-nin İnkişaf Proqramı ilə birlikdə qadınların turizm "
        "bizneslərini dəstəkləyir.",
        places=["gabala"],
        donors=["undp"],
    ),
    dict(
        slug="shamakhi-vineyards",
        org="rdpu",
        title="Şamaxı üzümçülərinin kooperativi",
        summary="Şamaxı və İsmayıllının kiçik üzüm bağı sahibləri kooperativdə birləşib məhsulu birlikdə satır.",
        goal="Regional İnkişaf İctimai Birliyi Avropa İttifaqının maliyyəsi ilə kənd təsərrüfatı "
        "kooperativlərini dəstəkləyir.",
        places=["shamakhi", "ismayilli"],
        donors=["eu"],
    ),
    dict(
        slug="information-freedom",
        org="yln",
        title="Bələdiyyələrdə məlumat azadlığı",
        summary="Gəncə və Şəki bələdiyyələrinə 150 məlumat sorğusu göndərilib, cavablar barədə hesabat dərc olunub.",
        goal="Gənc Liderlər Şəbəkəsi Açıq Cəmiyyət Fondlarının dəstəyi ilə məlumat əldə etmək haqqında "
        "qanunun icrasını yoxlayır.",
        places=["ganja", "sheki"],
        donors=["osf"],
    ),
    dict(
        slug="cross-border-women-entrepreneurs",
        org="tanadgoma",
        title="Sərhədin hər iki tərəfində qadın sahibkarlar",
        summary="Gürcüstan və Azərbaycanın qadın sahibkarları — Telavi, Marneuli, Şəki və Lənkərandan — "
        "bir-birinin təcrübəsini öyrənir.",
        goal="Layihəni “Tanadqoma” Qadın Fondu Regional İnkişaf İctimai Birliyi və Şəki Qadın Təşəbbüsləri "
        "Mərkəzi ilə birlikdə ABŞ Beynəlxalq İnkişaf Agentliyinin maliyyəsi ilə həyata keçirir.",
        places=["telavi", "marneuli", "sheki", "lankaran"],
        donors=["usaid"],
        partners=["rdpu", "swic"],
    ),
    dict(
        slug="inclusion-local-decisions",
        org="cid",
        title="Əlilliyi olan şəxslərin yerli qərarların qəbuluna cəlb edilməsi",
        summary="Kutaisi və Zestafonidə əlilliyi olan şəxslər və onların ailələri bələdiyyə şuralarında iştirak edir.",
        goal="İnklüziv İnkişaf Mərkəzi ABŞ Beynəlxalq İnkişaf Agentliyinin maliyyəsi ilə meriyalara kömək "
        "edir ki, əlilliyi olan şəxslərin cəlb edilməsi gündəlik təcrübəyə çevrilsin.",
        places=["kutaisi", "zestaponi"],
        donors=["usaid"],
    ),
]

EVENTS = [
    dict(
        slug="masalli-farmers-fair",
        title="Masallıda kənd məhsulları yarmarkası",
        lead="Yarmarkada Lənkəran və Masallı fermerləri bal, çay və tərəvəz satacaq.",
        place="masalli",
    ),
    dict(
        slug="sheki-crafts-fair",
        title="Şəki sənətkarlıq yarmarkası",
        lead="Şəkili ustalar kəlağayı və şəbəkə nümunələrini nümayiş etdirəcək; gəlirin bir hissəsi qadın "
        "sənətkarlara gedəcək.",
        place="sheki",
    ),
    dict(
        slug="ganja-youth-council-election",
        title="Gəncə gənclər şurasına seçkilər",
        lead="16–29 yaşlı gənclər şuranın 15 üzvünü seçəcək.",
        place="ganja",
    ),
    dict(
        slug="sumgait-waste-sorting-lesson",
        title="Sumqayıt məktəblərində tullantıların çeşidlənməsi dərsi",
        lead="Ekoloji Maarifləndirmə Assosiasiyası şagirdlərə plastik, kağız və şüşəni ayrı toplamağı öyrədəcək.",
        place="sumgait",
    ),
    dict(
        slug="ismayilli-wine-route",
        title="İsmayıllı şərab marşrutu: kənd turizmi seminarı",
        lead="Seminarda Şamaxı və İsmayıllı üzümçüləri qonaq qəbulu təcrübəsini bölüşəcək.",
        place="ismayilli",
    ),
    dict(
        slug="gabala-guides-training",
        title="Qəbələdə yerli bələdçilər üçün təlim",
        lead="Gənclər dağ marşrutları və ilk tibbi yardım üzrə hazırlanacaq.",
        place="gabala",
    ),
    dict(
        slug="inclusion-forum-kutaisi",
        title="Forum: əlilliyi olan şəxslərin yerli özünüidarəyə cəlb edilməsi",
        lead="Forumda meriyaların, bələdiyyə şuralarının və əlillər təşkilatlarının nümayəndələri yaxşı "
        "təcrübələrini bölüşəcək.",
        place="kutaisi",
    ),
    dict(
        slug="baku-coalition-conference",
        title="Koalisiyanın illik konfransı Bakıda",
        lead="Gürcüstan və Azərbaycandan 60 təşkilatın nümayəndələri yerli demokratiya mövzusunu müzakirə edəcək.",
    ),
    dict(
        slug="sumgait-ecology-camp",
        title="Ekoloji məktəb: Sumqayıtda yay düşərgəsi",
        lead="Düşərgədə yeniyetmələr dəniz sahilinin ekologiyasını öyrənəcək.",
        place="sumgait",
    ),
]
