"""Georgian queries of the large relevance set (see ``relevance_set_large.py``), judged on the
Georgian pages of ``relevance_corpus.py`` and ``relevance_corpus_ka.py``."""

from .relevance_set_large import (
    KA_AMBIGUOUS,
    KA_CASE,
    KA_PLURAL,
    LATIN_KA,
    MTAVRULI,
    MULTI_WORD,
    NAME,
    ka,
)
from .relevance_set_large_ka_names import NAME_AND_PLACE_QUERIES

# Judgements shared by several queries -------------------------------------------------------

_GARBAGE = {
    "zestaponi-waste-schedule": 2,
    "rustavi-landfill-hearing": 2,
    "ozurgeti-sorting-bins": 2,
    "waste-plan-ozurgeti": 2,
    "sumgait-beach-volunteers": 2,
    "sumgait-coast-clean": 2,
    "batumi-beach-cleanup": 2,
    "waste-law-changes": 1,  # sorting garbage, in its text
    "eu-ambassador-ozurgeti": 1,  # the waste plan and the bins
    "green-wave": 1,
    "eea": 1,  # industrial waste, a clean coast
}
_ROADS = {
    "khoni-rural-road": 2,
    "school-crossings-batumi": 2,
    "safe-road-to-school": 2,
    "mountain-roads-winter": 2,
    "road-safety-week": 1,  # crossing the road safely
    "zugdidi-civic-budget": 1,  # a village road repaired
    "rsa": 1,
    "uk-embassy": 1,  # funds safe roads
    # not: გზაჯვარედინი (youth-at-crossroads), გზამკვლევი (voters-guide*)
}
_INCLUSION = {
    "inclusion-local-decisions": 2,
    "youth-budgeting": 2,
    "telavi-youth-inclusion": 2,
    "marneuli-budget-women": 2,
    "kindergarten-inclusion": 2,
    "inclusion-forum-kutaisi": 2,
    "cid": 1,
    # not: electricity-switch-on (switching the power on)
}
_WATER = {
    "clean-water-villages": 2,
    "gori-village-water": 2,
    "giz-water-monitoring": 2,
    "telavi-water-hearing": 2,
    "marneuli-budget-women": 1,  # women asked for drinking water
    # not: წყალტუბო (tskaltubo-youth-centre)
}
_VILLAGES = {
    "khoni-rural-road": 2,
    "clean-water-villages": 2,
    "mountain-roads-winter": 2,
    "gori-village-water": 2,
    "zugdidi-playgrounds": 2,
    "electricity-switch-on": 2,
    "parents-school-bus": 1,
    "voters-meetings-ozurgeti": 1,
    "marneuli-budget-women": 1,
    "giz-water-monitoring": 1,
    "zugdidi-civic-budget": 1,
    "womens-rights-school": 1,
}
_TEACHERS = {"teachers-inclusive-education": 2, "teachers-course": 2, "teacher-of-the-year": 2}
_VOTERS = {"voters-guide": 2, "voters-guide-presentation": 2, "voters-meetings-ozurgeti": 2, "lda": 1}
_LAW = {
    "waste-law-changes": 2,
    "disability-law-monitoring": 2,
    "foi-draft-law": 2,
    "foi-report": 2,
    "freedom-of-information": 1,
}
_WOMENS_ROOMS = {
    "telavi-womens-room": 2,
    "lagodekhi-womens-room-year": 2,
    "womens-rooms-kakheti": 2,
    "lankaran-partners-visit": 2,
    "tanadgoma": 1,
}

KA_QUERIES = [
    # Ambiguous endings and syncope.
    ka("ნაგავი", _GARBAGE, [KA_AMBIGUOUS], "garbage: ნაგვის, ნაგავს"),
    ka("nagavi", _GARBAGE, [KA_AMBIGUOUS, LATIN_KA]),
    ka(
        "ნაგვის გატანა",
        {
            "zestaponi-waste-schedule": 2,
            "rustavi-landfill-hearing": 1,
            "waste-plan-ozurgeti": 1,  # garbage taken to the landfill
        },
        [KA_AMBIGUOUS, MULTI_WORD],
        "garbage collection",
    ),
    ka(
        "ნაგვის დახარისხება",
        {
            "ozurgeti-sorting-bins": 2,
            "waste-plan-ozurgeti": 2,
            "rustavi-landfill-hearing": 1,
            "waste-law-changes": 1,
            "green-wave": 1,
        },
        [KA_AMBIGUOUS, MULTI_WORD],
        "sorting garbage",
    ),
    ka(
        "ნარჩენების მართვა",
        {
            "waste-plan-ozurgeti": 2,
            "waste-law-changes": 2,
            "ozurgeti-sorting-bins": 1,
            "eu-ambassador-ozurgeti": 1,
            "green-wave": 1,
        },
        [KA_AMBIGUOUS, MULTI_WORD],
        "waste management: მართვის read as მარ + -თვის",
    ),
    ka(
        "ნარჩენების მართვის გეგმა",
        {
            "waste-plan-ozurgeti": 2,
            "waste-law-changes": 2,
            "ozurgeti-sorting-bins": 1,
            "eu-ambassador-ozurgeti": 1,
        },
        [KA_AMBIGUOUS, KA_CASE, MULTI_WORD],
        "waste management plan",
    ),
    ka("მართვის მოწმობა", {"driving-licence-rules": 2}, [KA_AMBIGUOUS, MULTI_WORD], "driving licence"),
    ka("გზა", _ROADS, [KA_AMBIGUOUS], "road: გზის, გზებზე"),
    ka("gzebi", _ROADS, [KA_AMBIGUOUS, LATIN_KA, KA_PLURAL], "roads"),
    ka(
        "სოფლის გზები",
        {
            "khoni-rural-road": 2,
            "mountain-roads-winter": 2,
            "zugdidi-civic-budget": 1,
        },
        [KA_AMBIGUOUS, KA_PLURAL, MULTI_WORD],
        "village roads",
    ),
    ka(
        "გზის უსაფრთხოება",
        {
            "safe-road-to-school": 2,
            "school-crossings-batumi": 2,
            "road-safety-week": 2,
            "rsa": 2,
            "uk-embassy": 1,
        },
        [KA_AMBIGUOUS, MULTI_WORD],
        "road safety",
    ),
    ka("ჩართვა", _INCLUSION, [KA_AMBIGUOUS], "inclusion: ჩართვის read as ჩ + -რთვის"),
    ka("chartva", _INCLUSION, [KA_AMBIGUOUS, LATIN_KA]),
    ka(
        "ახალგაზრდების ჩართვა",
        {"youth-budgeting": 2, "telavi-youth-inclusion": 2},
        [KA_AMBIGUOUS, KA_PLURAL, MULTI_WORD],
        "youth inclusion",
    ),
    ka(
        "შშმ პირების ჩართვა",
        {
            "inclusion-local-decisions": 2,
            "inclusion-forum-kutaisi": 2,
            "kindergarten-inclusion": 1,  # children with disabilities
            "cid": 1,
        },
        [KA_AMBIGUOUS, KA_PLURAL, MULTI_WORD],
        "inclusion of persons with disabilities; the pages say შშმ პირთა",
    ),
    ka(
        "ქალების ჩართვით ბიუჯეტი",
        {"marneuli-budget-women": 2},
        [KA_AMBIGUOUS, MULTI_WORD],
        "a budget with women's inclusion (-ვით)",
    ),
    ka("წყალი", _WATER, [KA_AMBIGUOUS], "water: წყლის"),
    ka("სასმელი წყალი", {**_WATER, "telavi-water-hearing": 1}, [KA_AMBIGUOUS, MULTI_WORD], "drinking water"),
    ka(
        "sasmeli wyali",
        {**_WATER, "telavi-water-hearing": 1},
        [KA_AMBIGUOUS, LATIN_KA, MULTI_WORD],
        "drinking water in the chat spelling (w for წ, y for ყ)",
    ),
    ka("სოფელი", _VILLAGES, [KA_AMBIGUOUS], "village: სოფლის, სოფლებში"),
    ka("მასწავლებელი", _TEACHERS, [KA_AMBIGUOUS], "teacher: მასწავლებლის, მასწავლებლებმა"),
    ka("mastsavleblebi", _TEACHERS, [KA_AMBIGUOUS, LATIN_KA, KA_PLURAL], "teachers"),
    ka(
        "მშობლები",
        {"parents-councils-zugdidi": 2, "parents-school-bus": 2, "road-safety-week": 1},
        [KA_AMBIGUOUS, KA_PLURAL],
        "parents; one page says მშობელთა",
    ),
    ka("მშობელთა საბჭო", {"parents-councils-zugdidi": 2}, [KA_AMBIGUOUS, MULTI_WORD], "parents' council (-თა)"),
    ka("ამომრჩეველი", _VOTERS, [KA_AMBIGUOUS], "voter: ამომრჩევლის, ამომრჩევლებს"),
    ka(
        "ამომრჩევლებთან შეხვედრა",
        {"voters-meetings-ozurgeti": 2},
        [KA_CASE, KA_PLURAL, MULTI_WORD],
        "meeting with voters",
    ),
    ka(
        "amomrchevlis gzamkvlevi",
        {"voters-guide": 2, "voters-guide-presentation": 2},
        [LATIN_KA, MULTI_WORD],
        "voter's guide",
    ),
    ka("კანონი", _LAW, [KA_AMBIGUOUS], "law (-ნი): კანონის, კანონს"),
    ka(
        "ინფორმაციის თავისუფლების კანონი",
        {
            "foi-draft-law": 2,
            "foi-report": 2,
            "freedom-of-information": 1,
        },
        [KA_AMBIGUOUS, MULTI_WORD],
        "freedom of information law",
    ),
    ka(
        "რეგიონის განვითარება",
        {"imereti-region-strategy": 2, "undp": 1, "rdpu": 1},
        [KA_AMBIGUOUS, MULTI_WORD],
        "regional development (-ნი)",
    ),
    ka(
        "ოზურგეთი",
        {
            "waste-plan-ozurgeti": 2,
            "ozurgeti-sorting-bins": 2,
            "eu-ambassador-ozurgeti": 2,
            "voters-meetings-ozurgeti": 2,
            "electricity-switch-on": 2,
            "green-wave": 1,
        },
        [KA_AMBIGUOUS, NAME],
        "Ozurgeti; a title says ოზურგეთისთვის",
    ),
    ka(
        "ᲖᲔᲡᲢᲐᲤᲝᲜᲘ",
        {
            "zestaponi-waste-schedule": 2,
            "zestaponi-ramp": 2,
            "inclusion-local-decisions": 1,
            "disability-law-monitoring": 1,
            "cid": 1,
        },
        [MTAVRULI, KA_AMBIGUOUS, NAME],
        "ZESTAPONI (-ნი)",
    ),
    ka("ხონში", {"khoni-rural-road": 2}, [KA_CASE, KA_AMBIGUOUS, NAME], "in Khoni (-ნი)"),
    ka(
        "მერიასთან შეხვედრა",
        {"kutaisi-city-hall-meeting": 2, "telavi-water-hearing": 1},
        [KA_AMBIGUOUS, MULTI_WORD],
        "meeting with the city hall (-სთან)",
    ),
    ka(
        "ბიუჯეტის პროცესი",
        {
            "akhaltsikhe-budget-process": 2,
            "youth-budgeting": 1,
            "zugdidi-civic-budget": 1,
            "marneuli-budget-women": 1,
            "telavi-youth-inclusion": 1,
        },
        [KA_AMBIGUOUS, MULTI_WORD],
        "the budget process (პროცესთან: -სთან)",
    ),
    ka(
        "ბიზნესის რეგისტრაცია",
        {"marneuli-women-business": 2},
        [KA_AMBIGUOUS, MULTI_WORD],
        "registering a business (ბიზნესთან: -სთან)",
    ),
    ka("ქალთა ოთახი", _WOMENS_ROOMS, [MULTI_WORD], "women's room"),
    ka("ქალების ოთახი", _WOMENS_ROOMS, [KA_AMBIGUOUS, KA_PLURAL, MULTI_WORD], "women's room with -ების for -თა"),
    ka("ᲥᲐᲚᲗᲐ ᲝᲗᲐᲮᲔᲑᲘ", _WOMENS_ROOMS, [MTAVRULI, KA_PLURAL, MULTI_WORD], "WOMEN'S ROOMS"),
    ka("qalta otakhi", _WOMENS_ROOMS, [LATIN_KA, MULTI_WORD], "women's room, typed in Latin"),
    ka(
        "ბავშვების უფლებები",
        {"child-rights-day": 2},
        [KA_AMBIGUOUS, KA_PLURAL, MULTI_WORD],
        "children's rights; the page says ბავშვთა",
    ),
    ka(
        "მოხალისეები",
        {
            "batumi-beach-cleanup": 2,
            "sumgait-beach-volunteers": 2,
            "gori-volunteers-day": 2,  # მოხალისეთა დღე
            "sumgait-coast-clean": 1,
        },
        [KA_PLURAL, KA_AMBIGUOUS],
        "volunteers; a title says მოხალისეთა",
    ),
    *NAME_AND_PLACE_QUERIES,
]
