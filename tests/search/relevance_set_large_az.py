"""Azerbaijani queries of the large relevance set (see ``relevance_set_large.py``), judged on the
Azerbaijani pages of ``relevance_corpus.py`` and ``relevance_corpus_az.py``."""

from .relevance_set_large import (
    AZ_CAPITALS,
    AZ_ENGLISH,
    AZ_NO_DIACRITICS,
    AZ_SUFFIX,
    MULTI_WORD,
    NAME,
    PHRASE,
    az,
)
from .relevance_set_large_az_names import NAME_QUERIES

# Judgements shared by several queries -------------------------------------------------------

_LANKARAN = {
    "lankaran-tea-farmers": 2,
    "lankaran-youth-volunteers": 2,
    "lankaran-women-grants": 2,
    "children-rights-lankaran": 2,
    "lankaran-partners-visit": 2,
    "budget-hearings-lankaran-sheki": 2,
    "lankaran-women-entrepreneurs": 2,
    "rdpu": 1,
    "cross-border-women-entrepreneurs": 1,
    "masalli-farmers-fair": 1,
    "masalli-honey-producers": 1,
}
_SHEKI = {
    "sheki-women-council-meetings": 2,
    "sheki-women-mentoring": 2,
    "sheki-kindergarten-inclusion": 2,
    "sheki-crafts-fair": 2,
    "budget-hearings-lankaran-sheki": 2,
    "sheki-women-decisions": 2,
    "swic": 1,
    "information-freedom": 1,
    "cross-border-women-entrepreneurs": 1,
    "sheki-zaqatala-municipalities": 1,  # the region named after it
    # not: şəkil (ganja-photo-contest)
}
_GANJA = {
    "ganja-youth-forum": 2,
    "ganja-students-voters": 2,
    "ganja-photo-contest": 2,
    "ganja-pedestrian-crossings": 2,
    "open-government-ganja": 2,
    "ganja-youth-council-election": 2,
    "ganja-youth-councils": 2,
    "ganja-youth-camp": 2,  # Gəncəli
    "yln": 1,
    "information-freedom": 1,
    "citizens-reception-days": 1,
    # not: gənclər elsewhere (sumgait-vocational-courses, lankaran-youth-volunteers)
}
_SUMGAIT = {
    "sumgait-coast-clean": 2,
    "sumgait-vocational-courses": 2,
    "sumgait-industrial-waste": 2,
    "sumgait-beach-volunteers": 2,
    "sumgait-ramps": 2,
    "sumgait-waste-sorting-lesson": 2,
    "sumgait-ecology-camp": 2,
    "eea": 1,
    "citizens-reception-days": 1,
}
_SHAMAKHI = {
    "shamakhi-vineyards": 2,
    "shamakhi-cooperative": 2,
    "shamakhi-observatory": 2,
    "eu-delegation-shamakhi": 2,
    "ismayilli-wine-route": 1,
}
_KHACHMAZ = {
    "khachmaz-drinking-water": 2,
    "khachmaz-water-schedule": 2,
    "khachmaz-village-roads": 2,
    "giz-khachmaz-water": 2,
}
_GABALA = {
    "gabala-community-tourism": 2,
    "gabala-guest-houses": 2,
    "undp-gabala-fair": 2,
    "gabala-guides-training": 2,
    # not: qəbul (citizens-reception-days)
}
_DRINKING_WATER = {
    "khachmaz-drinking-water": 2,
    "khachmaz-water-schedule": 2,
    "giz-khachmaz-water": 2,
    "gori-village-water": 2,
    "sheki-women-council-meetings": 1,  # water problems
    # not: suvarma (quba-apple-irrigation)
}
_WOMEN_ENTREPRENEURS = {
    "lankaran-women-entrepreneurs": 2,
    "lankaran-women-grants": 2,
    "sheki-women-mentoring": 2,
    "cross-border-women-entrepreneurs": 2,
    "tanadgoma": 1,
    "rdpu": 1,
    "usaid": 1,
    "gabala-community-tourism": 1,  # women's tourism businesses
}
_WASTE = {
    "sumgait-industrial-waste": 2,
    "waste-law-changes": 2,
    "sumgait-waste-sorting-lesson": 2,
    "sumgait-coast-clean": 1,
    "eea": 1,
    "sumgait-beach-volunteers": 1,  # zibil
    "kura-river-cleanup": 1,  # zibil
    "green-wave": 1,
}
_WOMENS_ROOM = {"telavi-womens-room": 2, "lankaran-partners-visit": 2, "tanadgoma": 1}
_DISABILITY = {
    "inclusion-local-decisions": 2,
    "inclusion-forum-kutaisi": 2,
    "sumgait-ramps": 2,
    "cid": 1,
    "sheki-kindergarten-inclusion": 1,
}
_YOUTH_COUNCILS = {"mingachevir-youth-council": 2, "ganja-youth-council-election": 2, "ganja-youth-councils": 2}

AZ_QUERIES = [
    # Azerbaijani typed in English spelling, and the places in their other forms.
    az("Lankaran", _LANKARAN, [AZ_ENGLISH, NAME]),
    az("lenkeranda", _LANKARAN, [AZ_NO_DIACRITICS, AZ_SUFFIX, NAME], "in Lankaran"),
    az(
        "Lankaran qadin sahibkarlar",
        {
            "lankaran-women-entrepreneurs": 2,
            "lankaran-women-grants": 2,
            "cross-border-women-entrepreneurs": 1,
            "rdpu": 1,
        },
        [AZ_ENGLISH, AZ_NO_DIACRITICS, AZ_SUFFIX, MULTI_WORD],
        "women entrepreneurs in Lankaran",
    ),
    az("Shaki", _SHEKI, [AZ_ENGLISH, NAME]),
    az("Sheki", _SHEKI, [AZ_ENGLISH, NAME]),
    az("Şəkidə", _SHEKI, [AZ_SUFFIX, NAME], "in Shaki"),
    az("ŞƏKİ", _SHEKI, [AZ_CAPITALS, NAME]),
    az("şəkil müsabiqəsi", {"ganja-photo-contest": 2}, [AZ_SUFFIX, MULTI_WORD], "photo contest, not Şəki"),
    az("Ganja", _GANJA, [AZ_ENGLISH, NAME]),
    az("Gəncədə", _GANJA, [AZ_SUFFIX, NAME], "in Ganja"),
    az("gence", _GANJA, [AZ_NO_DIACRITICS, NAME], "Ganja without diacritics, not gənc (young)"),
    az(
        "Gəncə gənclər şurası",
        {"ganja-youth-council-election": 2, "ganja-youth-councils": 2},
        [AZ_SUFFIX, MULTI_WORD, NAME],
        "Ganja youth council",
    ),
    az("Sumgait", _SUMGAIT, [AZ_ENGLISH, NAME]),
    az("Sumgayit", _SUMGAIT, [AZ_ENGLISH, NAME]),
    az("sumqayitda", _SUMGAIT, [AZ_NO_DIACRITICS, AZ_SUFFIX, NAME], "in Sumgait"),
    az("Shamakhi", _SHAMAKHI, [AZ_ENGLISH, NAME]),
    az("SAMAXI", _SHAMAKHI, [AZ_CAPITALS, AZ_NO_DIACRITICS, NAME]),
    az(
        "Şamaxıda üzümçülər",
        {
            "shamakhi-cooperative": 2,
            "eu-delegation-shamakhi": 2,
            "shamakhi-vineyards": 2,
            "ismayilli-wine-route": 1,
        },
        [AZ_SUFFIX, MULTI_WORD, NAME],
        "grape growers in Shamakhi",
    ),
    az("Khachmaz", _KHACHMAZ, [AZ_ENGLISH, NAME]),
    az("Guba", {"quba-apple-irrigation": 2, "khachmaz-drinking-water": 1}, [AZ_ENGLISH, NAME], "Quba"),
    az("Gabala", _GABALA, [AZ_ENGLISH, NAME]),
    az("Qabala", _GABALA, [AZ_ENGLISH, AZ_NO_DIACRITICS, NAME], "not qəbul (reception)"),
    az(
        "Mingachevir",
        {
            "kura-river-cleanup": 2,
            "mingachevir-voters-meetings": 2,
            "mingachevir-youth-council": 2,
            "ganja-youth-councils": 2,
            "yln": 1,
        },
        [AZ_ENGLISH, NAME],
    ),
    az(
        "Ismayilli",
        {"ismayilli-mountain-roads": 2, "ismayilli-wine-route": 2, "shamakhi-vineyards": 1},
        [AZ_ENGLISH, AZ_NO_DIACRITICS, NAME],
    ),
    az(
        "Masalli",
        {
            "masalli-honey-producers": 2,
            "masalli-farmers-fair": 2,
            "lankaran-women-entrepreneurs": 1,
            "rdpu": 1,
        },
        [AZ_NO_DIACRITICS, NAME],
    ),
    az("Baku", {"baku-coalition-conference": 2}, [AZ_ENGLISH, NAME], "Bakı"),
    az(
        "chay fermerleri",
        {"lankaran-tea-farmers": 2, "masalli-farmers-fair": 1},
        [AZ_ENGLISH, AZ_SUFFIX, MULTI_WORD],
        "tea farmers, not Kür çayı",
    ),
    az("ichmeli su", _DRINKING_WATER, [AZ_ENGLISH, MULTI_WORD], "drinking water"),
    az(
        "qadinlarin ishtiraki",
        {"sheki-women-decisions": 2, "swic": 1},
        [AZ_ENGLISH, AZ_NO_DIACRITICS, AZ_SUFFIX, MULTI_WORD],
        "women's participation, sh for ş",
    ),
    # The case forms and suffixes, capitals, no diacritics.
    az(
        "çay fermerləri", {"lankaran-tea-farmers": 2, "masalli-farmers-fair": 1}, [AZ_SUFFIX, MULTI_WORD], "tea farmers"
    ),
    az("Kür çayı", {"kura-river-cleanup": 2}, [AZ_SUFFIX, MULTI_WORD, NAME], "the Kura river, not tea"),
    az("İÇMƏLİ SU", _DRINKING_WATER, [AZ_CAPITALS, MULTI_WORD], "DRINKING WATER"),
    az(
        "içməli suyun keyfiyyəti",
        {"khachmaz-drinking-water": 2, "giz-khachmaz-water": 2},
        [AZ_SUFFIX, MULTI_WORD],
        "the quality of drinking water",
    ),
    az("tullantılar", _WASTE, [AZ_SUFFIX], "waste"),
    az(
        "tullantilarin idare edilmesi",
        {"waste-law-changes": 2, "green-wave": 1},
        [AZ_NO_DIACRITICS, AZ_SUFFIX, MULTI_WORD],
        "waste management",
    ),
    az(
        "zibil toplayan könüllülər",
        {
            "sumgait-beach-volunteers": 2,
            "kura-river-cleanup": 2,
            "sumgait-coast-clean": 2,
        },
        [AZ_SUFFIX, MULTI_WORD],
        "volunteers collecting rubbish",
    ),
    az(
        "icma turizmi",
        {
            "gabala-community-tourism": 2,
            "gabala-guest-houses": 2,
            "undp-gabala-fair": 1,
            "ismayilli-wine-route": 1,
            "gabala-guides-training": 1,
        },
        [AZ_SUFFIX, MULTI_WORD],
        "community tourism",
    ),
    az(
        "qonaq evləri",
        {"gabala-guest-houses": 2, "gabala-community-tourism": 2, "undp-gabala-fair": 1},
        [AZ_SUFFIX, MULTI_WORD],
        "guest houses",
    ),
    az(
        "kənd yolları",
        {
            "khachmaz-village-roads": 2,
            "ismayilli-mountain-roads": 2,
            "sheki-women-council-meetings": 1,
        },
        [AZ_SUFFIX, MULTI_WORD],
        "village roads",
    ),
    az(
        "yol təhlükəsizliyi",
        {
            "rsa": 2,
            "school-crossings-batumi": 2,
            "ganja-pedestrian-crossings": 2,
            "uk-embassy": 1,
        },
        [AZ_SUFFIX, MULTI_WORD],
        "road safety",
    ),
    az(
        "piyada keçidləri",
        {"ganja-pedestrian-crossings": 2, "school-crossings-batumi": 2},
        [AZ_SUFFIX, MULTI_WORD],
        "pedestrian crossings",
    ),
    az(
        "seçicilər",
        {"voters-guide": 2, "mingachevir-voters-meetings": 2, "ganja-students-voters": 2, "lda": 1},
        [AZ_SUFFIX],
        "voters",
    ),
    az("seçicilər üçün bələdçi", {"voters-guide": 2}, [MULTI_WORD], "a voters' guide, not bələdiyyə"),
    az("qadın sahibkarlar", _WOMEN_ENTREPRENEURS, [AZ_SUFFIX, MULTI_WORD], "women entrepreneurs"),
    az("QADIN SAHİBKARLIĞI", _WOMEN_ENTREPRENEURS, [AZ_CAPITALS, AZ_SUFFIX, MULTI_WORD], "WOMEN'S ENTREPRENEURSHIP"),
    az("qadin otagi", _WOMENS_ROOM, [AZ_NO_DIACRITICS, AZ_SUFFIX, MULTI_WORD], "women's room"),
    az("əlilliyi olan şəxslər", _DISABILITY, [AZ_SUFFIX, MULTI_WORD], "persons with disabilities"),
    az(
        "elilliyi olan usaqlar",
        {"sheki-kindergarten-inclusion": 2},
        [AZ_NO_DIACRITICS, AZ_SUFFIX, MULTI_WORD],
        "children with disabilities",
    ),
    az(
        "uşaq bağçası",
        {"zaqatala-kindergarten": 2, "sheki-kindergarten-inclusion": 2},
        [AZ_SUFFIX, MULTI_WORD],
        "kindergarten",
    ),
    az("uşaq hüquqları", {"children-rights-lankaran": 2}, [MULTI_WORD], "children's rights"),
    az(
        "bələdiyyə büdcəsi",
        {"budget-hearings-lankaran-sheki": 2, "sheki-zaqatala-municipalities": 1},
        [AZ_SUFFIX, MULTI_WORD],
        "municipal budget",
    ),
    az(
        "məlumat azadlığı",
        {"information-freedom": 2, "osf-information-freedom": 2, "lda": 1, "osf": 1},
        [MULTI_WORD],
        "freedom of information",
    ),
    az("qanun", {"waste-law-changes": 2, "information-freedom": 1}, [AZ_SUFFIX], "law: qanuna, qanunun"),
    az("gənclər şurası", _YOUTH_COUNCILS, [AZ_SUFFIX, MULTI_WORD], "youth council"),
    az("GƏNCLƏR ŞURALARI", _YOUTH_COUNCILS, [AZ_CAPITALS, AZ_SUFFIX, MULTI_WORD], "YOUTH COUNCILS"),
    az(
        "könüllülər",
        {
            "lankaran-youth-volunteers": 2,
            "sumgait-beach-volunteers": 2,
            "kura-river-cleanup": 2,
            "sumgait-coast-clean": 1,
            "ganja-students-voters": 1,
            "mingachevir-voters-meetings": 1,
        },
        [AZ_SUFFIX],
        "volunteers",
    ),
    az("arıçılar", {"masalli-honey-producers": 2}, [AZ_SUFFIX], "beekeepers"),
    az("rəsədxana", {"shamakhi-observatory": 2}, [AZ_SUFFIX], "observatory: Rəsədxanasında"),
    az(
        "Şəki-Zaqatala",
        {
            "sheki-zaqatala-municipalities": 2,
            "sheki-women-decisions": 1,
            "swic": 1,
            "zaqatala-kindergarten": 1,
        },
        [NAME],
        "the region",
    ),
    az("vətəndaş qəbulu", {"citizens-reception-days": 2}, [MULTI_WORD], "citizens' reception"),
    az('"Məktəbə təhlükəsiz yol"', {"school-crossings-batumi": 2}, [PHRASE], "Safe Road to School"),
    az('"gender büdcələşdirməsi"', {"sheki-zaqatala-municipalities": 2}, [PHRASE], "gender budgeting"),
    *NAME_QUERIES,
]
