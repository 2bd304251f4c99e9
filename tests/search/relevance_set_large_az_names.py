"""Azerbaijani queries of the large relevance set on the names of donors and organisations, in
Azerbaijani, English, acronyms and the Georgian spelling (see ``relevance_set_large_az.py``)."""

from .relevance_set_large import AZ_SUFFIX, MULTI_WORD, NAME, NAME_ACROSS, az

# Judgements shared by several queries -------------------------------------------------------

_USAID = {
    "usaid": 2,
    "usaid-rural-program": 2,
    "lankaran-women-entrepreneurs": 1,
    "lankaran-women-grants": 1,
    "cross-border-women-entrepreneurs": 1,
    "inclusion-local-decisions": 1,
    # not: ABŞ səfirliyi (us-embassy-small-grants)
}
_OSF = {"osf": 2, "osf-information-freedom": 2, "information-freedom": 1}
_EU = {"eu": 2, "eu-delegation-shamakhi": 2, "ganja-youth-councils": 1, "shamakhi-vineyards": 1}
_YLN = {
    "yln": 2,
    "ganja-youth-forum": 1,
    "ganja-youth-camp": 1,
    "voters-guide": 1,
    "osf-information-freedom": 1,
    "kura-river-cleanup": 1,
    "information-freedom": 1,
    "ganja-youth-councils": 1,
    # not: şəbəkə, the lattice craft (sheki-crafts-fair)
}

NAME_QUERIES = [
    # Names across languages, scripts and acronyms.
    az("USAID", _USAID, [NAME_ACROSS]),
    az("ABŞ Beynəlxalq İnkişaf Agentliyi", _USAID, [NAME, MULTI_WORD]),
    az("ABŞ səfirliyi", {"us-embassy-small-grants": 2}, [NAME, MULTI_WORD], "the US Embassy, not USAID"),
    az("Open Society Foundations", _OSF, [NAME_ACROSS, MULTI_WORD]),
    az("Açıq Cəmiyyət", _OSF, [NAME, MULTI_WORD], "not açıq hökumət"),
    az("Avropa İttifaqı", _EU, [NAME, MULTI_WORD], "one page says Avropa Birliyi"),
    az("Avropa Birliyi", _EU, [NAME_ACROSS, MULTI_WORD], "the other Azerbaijani name of the EU"),
    az("European Union", _EU, [NAME_ACROSS, MULTI_WORD]),
    az("EU", _EU, [NAME_ACROSS]),
    az("Council of Europe", {"coe": 2, "coe-charter-experts": 2}, [NAME_ACROSS, MULTI_WORD]),
    az(
        "UNDP",
        {"undp": 2, "undp-gabala-fair": 2, "sumgait-coast-clean": 1, "gabala-community-tourism": 1},
        [NAME_ACROSS],
    ),
    az("UNICEF", {"children-rights-lankaran": 1}, [NAME_ACROSS], "named only as BMT-nin Uşaq Fondu"),
    az("GIZ", {"giz": 2, "giz-khachmaz-water": 2, "khachmaz-drinking-water": 1}, [NAME_ACROSS]),
    az(
        "Sida", {"sida": 2, "sida-gender-report": 2, "sheki-women-decisions": 1, "telavi-womens-room": 1}, [NAME_ACROSS]
    ),
    az(
        "Tanadgoma",
        {"tanadgoma": 2, "telavi-womens-room": 1, "cross-border-women-entrepreneurs": 1},
        [NAME_ACROSS],
        "the Georgian name, which the pages spell Tanadqoma",
    ),
    az(
        "SWIC",
        {
            "swic": 2,
            "sheki-women-council-meetings": 1,
            "sheki-women-decisions": 1,
            "gabala-community-tourism": 1,
            "cross-border-women-entrepreneurs": 1,
        },
        [NAME_ACROSS],
        "acronym of Şəki Qadın Təşəbbüsləri Mərkəzi",
    ),
    az("Young Leaders Network", _YLN, [NAME_ACROSS, MULTI_WORD]),
    az("Gənc Liderlər Şəbəkəsi", _YLN, [NAME, AZ_SUFFIX, MULTI_WORD]),
    az(
        "RDPU",
        {
            "rdpu": 2,
            "lankaran-tea-farmers": 1,
            "lankaran-women-entrepreneurs": 1,
            "shamakhi-vineyards": 1,
            "cross-border-women-entrepreneurs": 1,
            "lankaran-partners-visit": 1,
        },
        [NAME_ACROSS],
        "acronym of Regional İnkişaf İctimai Birliyi",
    ),
    az("Road Safety Association", {"rsa": 2, "school-crossings-batumi": 1}, [NAME_ACROSS, MULTI_WORD]),
    az("Zugdidi", {"ganja-youth-camp": 2}, [NAME_ACROSS], "Zuqdidi"),
    az("Gori", {"gori-village-water": 2}, [NAME_ACROSS], "Qori"),
    az(
        "Telavidə",
        {"lankaran-partners-visit": 2, "telavi-womens-room": 2, "cross-border-women-entrepreneurs": 1},
        [AZ_SUFFIX, NAME],
        "in Telavi",
    ),
]
