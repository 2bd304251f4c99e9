"""Georgian queries of the large relevance set on names and places: names across languages,
scripts and acronyms, case forms, capitals, Latin typing and phrases (see
``relevance_set_large_ka.py``)."""

from .relevance_set_large import (
    KA_AMBIGUOUS,
    KA_CASE,
    KA_PLURAL,
    LATIN_KA,
    LATIN_KA_APOSTROPHE,
    MULTI_WORD,
    NAME,
    NAME_ACROSS,
    PHRASE,
    ka,
)

# Judgements shared by several queries -------------------------------------------------------

_USAID = {"usaid": 2, "usaid-new-grants": 2, "inclusion-local-decisions": 1, "cross-border-women-entrepreneurs": 1}
_OSF = {"osf": 2, "osf-foi-meeting": 2, "freedom-of-information": 1, "foi-report": 1}
_EU = {"eu": 2, "eu-ambassador-ozurgeti": 2, "waste-plan-ozurgeti": 1, "ozurgeti-sorting-bins": 1}
_ZUGDIDI = {
    "youth-at-crossroads": 2,
    "parents-councils-zugdidi": 2,
    "zugdidi-playgrounds": 2,
    "zugdidi-civic-budget": 2,
    "ganja-youth-camp": 2,
    "freedom-of-information": 1,
    "foi-report": 1,
}
_BATUMI = {
    "school-crossings-batumi": 2,
    "batumi-beach-cleanup": 2,
    "child-rights-day": 2,
    "voters-guide-presentation": 2,
    "safe-road-to-school": 1,
    "green-wave": 1,
    "freedom-of-information": 1,
    "foi-report": 1,
}
_LANKARAN = {
    "lankaran-partners-visit": 2,
    "cross-border-women-entrepreneurs": 1,
    "regions-youth-forum": 1,
    "rdpu": 1,
}
_SHEKI = {"sheki-women-exchange": 2, "swic": 1, "cross-border-women-entrepreneurs": 1, "regions-youth-forum": 1}
_TANADGOMA = {
    "tanadgoma": 2,
    "womens-rooms-kakheti": 1,
    "telavi-womens-room": 1,
    "marneuli-budget-women": 1,
    "marneuli-women-business": 1,
    "cross-border-women-entrepreneurs": 1,
}

NAME_AND_PLACE_QUERIES = [
    # Names across languages, scripts and acronyms.
    ka("USAID", _USAID, [NAME_ACROSS]),
    ka("აშშ-ის განვითარების სააგენტო", _USAID, [NAME, MULTI_WORD], "USAID, shortened"),
    ka("Open Society Foundations", _OSF, [NAME_ACROSS, MULTI_WORD]),
    ka("OSF", _OSF, [NAME_ACROSS]),
    ka("ღია საზოგადოების ფონდი", _OSF, [NAME, MULTI_WORD]),
    ka("European Union", _EU, [NAME_ACROSS, MULTI_WORD]),
    ka("EU", _EU, [NAME_ACROSS]),
    ka(
        "ევროკავშირის დაფინანსებით",
        {**_EU, "eu-ambassador-ozurgeti": 1},
        [KA_CASE, NAME, MULTI_WORD],
        "with EU funding",
    ),
    ka(
        "Council of Europe",
        {
            "coe": 2,
            "coe-charter-experts": 2,
            "teachers-inclusive-education": 1,
            "teachers-course": 1,
        },
        [NAME_ACROSS, MULTI_WORD],
    ),
    ka("UNDP", {"undp": 2, "undp-regional-fair": 2, "youth-budgeting": 1, "sumgait-coast-clean": 1}, [NAME_ACROSS]),
    ka("UNICEF", {"child-rights-day": 1}, [NAME_ACROSS], "named only as გაეროს ბავშვთა ფონდი"),
    ka("GIZ", {"giz": 2, "giz-water-monitoring": 2, "clean-water-villages": 1}, [NAME_ACROSS]),
    ka("Sida", {"sida": 2, "sida-gender-report": 2, "womens-rooms-kakheti": 1, "telavi-womens-room": 1}, [NAME_ACROSS]),
    ka("British Embassy", {"uk-embassy": 2, "safe-road-to-school": 1}, [NAME_ACROSS, MULTI_WORD]),
    ka("Tanadgoma", _TANADGOMA, [NAME_ACROSS, LATIN_KA], "the fund's Georgian name typed in Latin"),
    ka(
        "Road Safety Association",
        {
            "rsa": 2,
            "safe-road-to-school": 1,
            "school-crossings-batumi": 1,
            "road-safety-week": 1,
        },
        [NAME_ACROSS, MULTI_WORD],
    ),
    ka(
        "CID",
        {
            "cid": 2,
            "inclusion-local-decisions": 1,
            "teachers-inclusive-education": 1,
            "kindergarten-inclusion": 1,
            "disability-law-monitoring": 1,
            "zestaponi-ramp": 1,
            "kutaisi-city-hall-meeting": 1,
        },
        [NAME_ACROSS],
        "acronym of ინკლუზიური განვითარების ცენტრი",
    ),
    ka(
        "Local Democracy Agency",
        {
            "lda": 2,
            "clean-water-villages": 1,
            "freedom-of-information": 1,
            "youth-budgeting": 1,
            "voters-guide": 1,
            "telavi-youth-inclusion": 1,
            "voters-meetings-ozurgeti": 1,
            "foi-report": 1,
            "osf-foi-meeting": 1,
        },
        [NAME_ACROSS, MULTI_WORD],
    ),
    ka(
        "Green Wave",
        {
            "green-wave": 2,
            "waste-plan-ozurgeti": 1,
            "rustavi-landfill-hearing": 1,
            "ozurgeti-sorting-bins": 1,
            "waste-law-changes": 1,
            "batumi-beach-cleanup": 1,
        },
        [NAME_ACROSS, MULTI_WORD],
        "„მწვანე ტალღა“",
    ),
    ka(
        "SWIC",
        {"swic": 2, "sheki-women-exchange": 2, "cross-border-women-entrepreneurs": 1},
        [NAME_ACROSS],
        "acronym of შექის ქალთა ინიციატივების ცენტრი",
    ),
    ka("Young Leaders Network", {"yln": 2, "ganja-youth-camp": 1}, [NAME_ACROSS, MULTI_WORD]),
    ka("Lankaran", _LANKARAN, [NAME_ACROSS], "ლენქორანი, in its English spelling"),
    ka("ლენქორანში", _LANKARAN, [KA_CASE, NAME], "in Lankaran"),
    ka("Sheki", _SHEKI, [NAME_ACROSS], "შექი"),
    ka("Ganja", {"ganja-youth-camp": 2, "yln": 1}, [NAME_ACROSS], "განჯა"),
    ka("Sumgait", {"sumgait-coast-clean": 2, "sumgait-beach-volunteers": 2, "eea": 1}, [NAME_ACROSS], "სუმგაითი"),
    ka("Shamakhi", {"shamakhi-cooperative-visit": 2}, [NAME_ACROSS], "შამახი"),
    # Case forms, capitals, Latin typing, phrases.
    ka("ზუგდიდში", _ZUGDIDI, [KA_CASE, NAME], "in Zugdidi"),
    ka("zugdidi", _ZUGDIDI, [LATIN_KA, NAME]),
    ka("ბათუმში", _BATUMI, [KA_CASE, NAME], "in Batumi"),
    ka("batumshi", _BATUMI, [LATIN_KA, KA_CASE, NAME], "in Batumi, typed in Latin"),
    ka(
        "თელავში",
        {
            "telavi-youth-inclusion": 2,
            "telavi-womens-room": 2,
            "telavi-water-hearing": 2,
            "lankaran-partners-visit": 2,
            "youth-budgeting": 1,
            "womens-rooms-kakheti": 1,
            "cross-border-women-entrepreneurs": 1,
        },
        [KA_CASE, NAME],
        "in Telavi",
    ),
    ka(
        "ახალციხე",
        {
            "mountain-roads-winter": 2,
            "parents-school-bus": 2,
            "akhaltsikhe-budget-process": 2,
            "giz-water-monitoring": 2,
            "clean-water-villages": 1,
        },
        [NAME],
        "Akhaltsikhe; the pages say ახალციხის, ახალციხეში",
    ),
    ka("ts'q'alt'ubo", {"tskaltubo-youth-centre": 2}, [LATIN_KA_APOSTROPHE, NAME], "Tskaltubo"),
    ka(
        "ქუთაისელი მასწავლებლები",
        {"teachers-course": 2, "teachers-inclusive-education": 2},
        [KA_CASE, KA_PLURAL, MULTI_WORD],
        "Kutaisi teachers",
    ),
    ka(
        "ქალი მეწარმეები",
        {
            "cross-border-women-entrepreneurs": 2,
            "marneuli-women-business": 2,
            "tanadgoma": 1,
            "rdpu": 1,  # ქალთა მეწარმეობა
        },
        [KA_PLURAL, MULTI_WORD],
        "women entrepreneurs",
    ),
    ka(
        "ინფორმაციის თავისუფლება",
        {
            "freedom-of-information": 2,
            "foi-report": 2,
            "foi-draft-law": 2,
            "osf-foi-meeting": 2,
            "lda": 1,
            "osf": 1,
        },
        [MULTI_WORD],
        "freedom of information",
    ),
    ka(
        "ინკლუზიური განათლება",
        {
            "teachers-inclusive-education": 2,
            "teachers-course": 2,
            "kindergarten-inclusion": 1,
            "teacher-of-the-year": 1,
        },
        [MULTI_WORD, KA_AMBIGUOUS],
        "inclusive education; a title says განათლებისთვის",
    ),
    ka('"უსაფრთხო გზა სკოლამდე"', {"safe-road-to-school": 2, "school-crossings-batumi": 2}, [PHRASE]),
    ka(
        '"ღია მმართველობის პარტნიორობა"',
        {"open-government-kutaisi": 2},
        [PHRASE],
        "Open Government Partnership, not the Open Society Foundations",
    ),
]
