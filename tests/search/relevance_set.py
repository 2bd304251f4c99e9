"""A graded relevance set for the site search over the demo content (``load_demo_content``).

Each query is what a reader might type on the Georgian (ka) or Azerbaijani (az) site, with the
demo pages that answer it, identified by (locale, slug) and graded:

* 2 — the page is about exactly this (its title or lead is about it, or it is the page of that
  organisation, donor or place);
* 1 — the page mentions it.

The judgements were made by reading the demo texts in ``home/demo/data.py`` in the query's
language, not by running the search. What a page shows a reader counts: its own text (title,
lead, body, summary, goal, target groups, activities, results, about, venue, organiser, topics)
and the facts it lists — the municipalities of a project or news item, the funders, the
implementing organisation and partners of a project, the organisation that published a news
item. A page that shows the thing only in such a list is graded ``LISTED`` — it counts as 1 and
is recorded in ``Query.listed`` (so ``tsalenjikha`` finds the two 1325 projects that list
Tsalenjikha among their municipalities; the search does not index those lists, and the test
prints the scores without them too). Pages that only share a word with the query without being
about the same thing are not relevant (the contact page's "elektron poçt" is not about
e-services; "სოციალური" and "დაცვა" in different phrases do not make "social protection").

``kinds`` records which case of the search issue a query exercises; ``tests/search/
test_relevance.py`` checks that every kind is covered and scores the engine on the set.
"""

from dataclasses import dataclass, field

# What a query exercises.
KA_CASE = "ka case form / postposition"   # -ში -ზე -თან -თვის -დან -მდე -ის -ით -ად
KA_PLURAL = "ka plural -ებ-"
MTAVRULI = "Mtavruli capitals"
LATIN_KA = "Latin-typed Georgian"
LATIN_KA_APOSTROPHE = "Latin-typed Georgian with apostrophes"
AZ_NO_DIACRITICS = "az typed without diacritics"
AZ_CAPITALS = "az in capitals (İ/I)"
AZ_SUFFIX = "az plural / possessive / case suffix"
MULTI_WORD = "multi-word"
NAME = "name (organisation, place, donor)"
PHRASE = "quoted phrase"

KINDS = (KA_CASE, KA_PLURAL, MTAVRULI, LATIN_KA, LATIN_KA_APOSTROPHE, AZ_NO_DIACRITICS, AZ_CAPITALS,
         AZ_SUFFIX, MULTI_WORD, NAME, PHRASE)


# A grade-1 page that shows the thing only in a list of facts (municipalities, funders,
# implementing organisation, partners), not in its text.
LISTED = "listed"


@dataclass(frozen=True)
class Query:
    text: str
    language: str
    # {(locale, slug): grade}
    relevant: dict = field(hash=False)
    kinds: tuple = ()
    note: str = ""
    # the (locale, slug) of the LISTED pages among ``relevant``
    listed: frozenset = frozenset()


def _query(language, text, grades, kinds, note):
    relevant = {(language, slug): 1 if grade == LISTED else grade for slug, grade in grades.items()}
    listed = frozenset((language, slug) for slug, grade in grades.items() if grade == LISTED)
    return Query(text, language, relevant, tuple(kinds), note, listed)


def ka(text, grades, kinds, note=""):
    return _query("ka", text, grades, kinds, note)


def az(text, grades, kinds, note=""):
    return _query("az", text, grades, kinds, note)


# Pages shared by several judgements ---------------------------------------------------------

_KA_ZUGDIDI = {
    "zugdidi-community-advocacy": 2,       # project, title
    "sukhumi-online-conference-zugdidi": 2,
    "youth-space-school-12-zugdidi": 2,
    "merkuri-voter-meetings-zugdidi": 2,
    "zugdidi-civic-forum-2027": 2,          # event in Zugdidi
    "sukhumi": 1,                           # works above all in Zugdidi municipality
    "merkuri": 1,                           # meetings with voters in Zugdidi
    "chca": 1,                              # office in Zugdidi
    "kvinna-till-kvinna": 1,                # advocacy in Zugdidi
    "unscr-1325-municipalities-phase-2": 1,  # civic forum in Zugdidi; municipality listed
    "unscr-1325-localisation": LISTED,      # Zugdidi among its municipalities
}

_KA_TSALENJIKHA = {
    # Only listed among the projects' municipalities.
    "unscr-1325-localisation": LISTED,
    "unscr-1325-municipalities-phase-2": LISTED,
}

_KA_KUTAISI = {"chca": 1}  # "offices in Kutaisi, Tbilisi, Gori and Zugdidi"

_KA_SUKHUMI_FUND = {
    "sukhumi": 2,
    "sukhumi-online-conference-zugdidi": 2,  # the fund's online conference (title)
    "youth-space-school-12-zugdidi": 1,
    "merkuri-voter-meetings-zugdidi": 1,
    "kvinna-till-kvinna": 1,
    "tankhmoba": 1,
    "zugdidi-civic-forum-2027": 1,           # co-organiser
    "about": 1,
    "zugdidi-community-advocacy": LISTED,         # implementing organisation
    "unscr-1325-localisation": LISTED,            # partner
    "unscr-1325-municipalities-phase-2": LISTED,  # partner
}

_KA_MERKURI = {
    "merkuri": 2,
    "merkuri-voter-meetings-zugdidi": 2,
    "about": 1,
    "zugdidi-community-advocacy": LISTED,  # partner
}

_AZ_SUKHUMI_FUND = {
    "sukhumi": 2,
    "kvinna-till-kvinna": 1,
    "tankhmoba": 1,
    "about": 1,
    "zugdidi-community-advocacy": LISTED,         # implementing organisation
    "unscr-1325-localisation": LISTED,            # partner
    "unscr-1325-municipalities-phase-2": LISTED,  # partner
}

# Georgian -----------------------------------------------------------------------------------

KA_QUERIES = [
    ka("ზუგდიდში", _KA_ZUGDIDI, [KA_CASE, NAME], "in Zugdidi"),
    ka("ხაშურში", {
        "khashuri-workshop-unscr-1325": 2,
        "unscr-1325-localisation": LISTED,
        "unscr-1325-municipalities-phase-2": LISTED,
    }, [KA_CASE, NAME], "in Khashuri"),
    ka("ბაღდათის სამუშაო ჯგუფი", {
        "baghdati-working-group-summary": 2,
        "baghdati-anti-corruption-provision": 2,
        "civil-spectrum": 1,              # drafted the regulation for Baghdati
        "par-monitoring-west-georgia": LISTED,  # municipal working groups; Baghdati listed
        "par-final-conference": LISTED,         # working groups; Baghdati listed
    }, [KA_CASE, MULTI_WORD, NAME], "the Baghdati working group"),
    ka("შეხვედრა ამომრჩევლებთან", {
        "merkuri-voter-meetings-zugdidi": 2,
        "merkuri": 2,                     # "holds meetings with voters"
        "sukhumi": 1,                     # informs voters
        "zugdidi-community-advocacy": 1,  # informing voters
    }, [KA_CASE, KA_PLURAL, MULTI_WORD], "meeting with voters (-თან)"),
    ka("მოზარდებისთვის სივრცე", {
        "youth-space-school-12-zugdidi": 2,
        "zugdidi-community-advocacy": 1,  # youth space at a school
    }, [KA_CASE, KA_PLURAL, MULTI_WORD], "a space for teenagers (-თვის)"),
    ka("მონაწილეობიდან პოლიტიკამდე", {
        "education-center-for-youth": 2,  # the initiative "… from participation to policy-making"
        "undp": 1,                        # supports the "Right to the City" initiative
    }, [KA_CASE, MULTI_WORD], "from participation to policy (-დან, -მდე)"),
    ka("ანტიკორუფციულ დებულებაზე", {
        "baghdati-anti-corruption-provision": 2,
        "baghdati-working-group-summary": 2,
        "civil-spectrum": 1,
        "par-monitoring-west-georgia": 1,
    }, [KA_CASE, MULTI_WORD], "about the anti-corruption regulation (-ზე)"),
    ka("ევროკავშირის დაფინანსებით", {
        "european-union": 2,
        "czech-mfa": 1, "undp": 1, "cif": 1, "sccsf": 1, "heks-eper": 1, "people-in-need": 1,
        "bakuriani-training-equality-monitoring": 1, "par-final-conference": 1,
        "vani-working-group-results": 1, "baghdati-working-group-summary": 1,
        "terjola-working-group-results": 1, "khoni-working-group-results": 1,
        "baghdati-anti-corruption-provision": 1, "about": 1,
        # EU listed as funder
        "civil-society-equal-participation": LISTED, "par-monitoring-west-georgia": LISTED,
        "social-protection-dialogue": LISTED,
    }, [KA_CASE, MULTI_WORD, NAME], "with EU funding (-ის, -ით)"),
    ka("რეგიონულ პარტნიორად", {
        "cif": 2,     # "the regional partner for Kvemo Kartli"
        "sccsf": 2,   # "the regional partner for Samtskhe-Javakheti"
        "heks-eper": 1,
        "civil-society-equal-participation": LISTED,  # CIF and SCCSF listed as partners
    }, [KA_CASE, MULTI_WORD], "as a regional partner (-ად)"),
    ka("ელექტრონული პეტიციები", {
        "vani-working-group-results": 2,
        "khoni-working-group-results": 1,
        "baghdati-working-group-summary": 1,  # "online petitions"
        "par-monitoring-west-georgia": 1,
    }, [KA_PLURAL, MULTI_WORD], "e-petitions"),
    ka("ტრენინგები", {
        "bakuriani-training-equality-monitoring": 2,
        "civil-society-equal-participation": 1,
        "unscr-1325-localisation": 1,
    }, [KA_PLURAL], "trainings"),
    ka("ქალთა საინიციატივო ჯგუფები", {
        "zugdidi-community-advocacy": 2,
        "sukhumi": 1,
        "sukhumi-online-conference-zugdidi": 1,
    }, [KA_PLURAL, MULTI_WORD], "women's initiative groups"),
    ka("ᲥᲣᲗᲐᲘᲡᲘ", _KA_KUTAISI, [MTAVRULI, NAME], "KUTAISI"),
    ka("ᲡᲝᲪᲘᲐᲚᲣᲠᲘ ᲓᲐᲪᲕᲐ", {
        "social-protection-dialogue": 2,
        "chca": 2,             # works on social protection
        "people-in-need": 1,
        "european-union": 1,
        "about": 1,
    }, [MTAVRULI, MULTI_WORD], "SOCIAL PROTECTION"),
    ka("kutaisi", _KA_KUTAISI, [LATIN_KA, NAME]),
    ka("zugdidshi", _KA_ZUGDIDI, [LATIN_KA, KA_CASE, NAME], "in Zugdidi, typed in Latin"),
    ka("tsalenjikha", _KA_TSALENJIKHA, [LATIN_KA, NAME]),
    ka("ts'alenjikha", _KA_TSALENJIKHA, [LATIN_KA_APOSTROPHE, NAME]),
    ka("terjolashi", {
        "terjola-working-group-results": 2,
        "par-monitoring-west-georgia": LISTED,  # Terjola listed
        "par-final-conference": LISTED,         # Terjola listed
    }, [LATIN_KA, KA_CASE, NAME], "in Terjola, typed in Latin"),
    ka("merkuri", _KA_MERKURI, [LATIN_KA, NAME]),
    ka("fondi sokhumi", _KA_SUKHUMI_FUND, [LATIN_KA, MULTI_WORD, NAME],
       "Fund Sukhumi, typed in Latin as people type it (ფ as f)"),
    ka("ქალთა საინფორმაციო ცენტრი", {
        "wic": 2,
        "khashuri-workshop-unscr-1325": 2,  # "The Women's Information Center's workshop …"
        "zugdidi-civic-forum-2027": 1,      # co-organiser
        "tankhmoba": 1,
        "about": 1,
        "unscr-1325-localisation": LISTED,              # implementing organisation
        "unscr-1325-municipalities-phase-2": LISTED,    # implementing organisation
    }, [NAME, MULTI_WORD], "Women's Information Center"),
    ka("ფონდი სოხუმი", _KA_SUKHUMI_FUND, [NAME, MULTI_WORD], "Fund Sukhumi"),
    ka("გაეროს ქალთა ორგანიზაცია", {
        "un-women": 2,
        "khashuri-workshop-unscr-1325": 1,
        "about": 1,
        "unscr-1325-localisation": LISTED,  # funder
        "unscr-1325-municipalities-phase-2": LISTED,  # funder
    }, [NAME, MULTI_WORD], "UN Women"),
    ka("ჩეხეთის საგარეო საქმეთა სამინისტრო", {
        "czech-mfa": 2,
        "people-in-need": 1,
        "about": 1,
        "social-protection-dialogue": LISTED,  # funder
    }, [NAME, MULTI_WORD], "Czech Ministry of Foreign Affairs"),
    ka("შიდა ქართლში", {
        "social-protection-dialogue": 2,
        "chca": 1,
        "czech-mfa": 1,
        "unscr-1325-municipalities-phase-2": 1,
    }, [KA_CASE, MULTI_WORD, NAME], "in Shida Kartli"),
    ka('"ეთიკის კოდექსი"', {
        "vani-working-group-results": 2,
        "baghdati-working-group-summary": 2,
        "khoni-working-group-results": 1,
        "par-monitoring-west-georgia": 1,
    }, [PHRASE], "code of ethics"),
    ka("ადამიანი გაჭირვებაში", {
        "people-in-need": 2,
        "chca": 1,
        "about": 1,
        "social-protection-dialogue": LISTED,  # implementing organisation
    }, [NAME, MULTI_WORD], "People in Need"),
    ka("სამოქალაქო ბიუჯეტირება", {
        "terjola-working-group-results": 2,
        "vani-working-group-results": 1,
        "par-monitoring-west-georgia": 1,
    }, [MULTI_WORD], "civic (participatory) budgeting"),
]

# Azerbaijani --------------------------------------------------------------------------------

AZ_QUERIES = [
    az("qadin sahibkarlar", {
        "right-to-the-city": 1,                # target group "Sahibkar qadınlar"
        "right-to-the-city-trainings-women": 1,
    }, [AZ_NO_DIACRITICS, AZ_SUFFIX, MULTI_WORD], "women entrepreneurs"),
    az("telimler", {
        "bakuriani-training-equality-monitoring": 2,
        "right-to-the-city-trainings-women": 2,
        "civil-society-equal-participation": 1,
        "unscr-1325-localisation": 1,
        "right-to-the-city": 1,
        "quba-right-to-the-city-meeting-2027": 1,  # women who attended the trainings
    }, [AZ_NO_DIACRITICS, AZ_SUFFIX], "trainings"),
    az("icma ehtiyaclari", {
        "zugdidi-community-advocacy": 2,
        "kvinna-till-kvinna": 1,
        "sukhumi": 1,  # community problems
    }, [AZ_NO_DIACRITICS, AZ_SUFFIX, MULTI_WORD], "community needs"),
    az("Zuqdidi belediyyesi", {
        "zugdidi-community-advocacy": 2,
        "sukhumi": 1, "merkuri": 1, "kvinna-till-kvinna": 1, "chca": 1,
        "unscr-1325-municipalities-phase-2": 1,
        "unscr-1325-localisation": LISTED,
    }, [AZ_NO_DIACRITICS, AZ_SUFFIX, MULTI_WORD, NAME], "Zugdidi municipality"),
    az("İCMA", {
        "zugdidi-community-advocacy": 2,
        "right-to-the-city-trainings-women": 1,
        "right-to-the-city": 1,
        "sukhumi": 1,
        "kvinna-till-kvinna": 1,
    }, [AZ_CAPITALS], "COMMUNITY"),
    az("ICMA QRUPLARI", {
        "right-to-the-city-trainings-women": 1,  # women representing community groups
        "right-to-the-city": 1,                  # women's communities and groups
        "zugdidi-community-advocacy": 1,         # women's initiative groups of the community
        "sukhumi": 1,
    }, [AZ_CAPITALS, AZ_SUFFIX, MULTI_WORD], "COMMUNITY GROUPS, with a dotless I"),
    az("QADIN İNFORMASİYA MƏRKƏZİ", {
        "wic": 2,
        "khashuri-workshop-unscr-1325": 2,
        "tankhmoba": 1,
        "about": 1,
        "unscr-1325-localisation": LISTED,            # implementing organisation
        "unscr-1325-municipalities-phase-2": LISTED,  # implementing organisation
    }, [AZ_CAPITALS, MULTI_WORD, NAME], "WOMEN'S INFORMATION CENTER"),
    az("BƏLƏDİYYƏ BÜDCƏSİ", {
        "unscr-1325-municipalities-phase-2": 2,  # gender analysis of municipal budgets
        "civil-society-equal-participation": 2,  # assessing municipal budgets
        "bakuriani-training-equality-monitoring": 1,
        "social-protection-dialogue": 1,
        "par-monitoring-west-georgia": 1,        # participatory budgeting
    }, [AZ_CAPITALS, AZ_SUFFIX, MULTI_WORD], "MUNICIPAL BUDGET"),
    az("qadınların iştirakı", {
        "unscr-1325-localisation": 2,
        "right-to-the-city-trainings-women": 2,
        "right-to-the-city": 2,
        "quba-right-to-the-city-meeting-2027": 1,
        "european-union": 1,
        "khashuri-workshop-unscr-1325": 1,
        "education-center-for-youth": 1,
    }, [AZ_SUFFIX, MULTI_WORD], "women's participation"),
    az("Bakurianidə", {"bakuriani-training-equality-monitoring": 2}, [AZ_SUFFIX, NAME], "in Bakuriani"),
    az("Qubada", {
        "quba-right-to-the-city-meeting-2027": 2,
        "right-to-the-city": 1,
        "right-to-the-city-trainings-women": 1,
        "education-center-for-youth": 1,
    }, [AZ_SUFFIX, NAME], "in Quba"),
    az("Lənkəranda təlimlər", {
        "right-to-the-city-trainings-women": 2,
        "right-to-the-city": 1,
        "education-center-for-youth": 1,
        "quba-right-to-the-city-meeting-2027": 1,
    }, [AZ_SUFFIX, MULTI_WORD, NAME], "trainings in Lankaran"),
    az("korrupsiyaya qarşı əsasnamələr", {
        "civil-spectrum": 1,
        "par-monitoring-west-georgia": 1,
    }, [AZ_SUFFIX, MULTI_WORD], "anti-corruption regulations"),
    az("elektron xidmətlər", {
        "par-final-conference": 1,
        "par-monitoring-west-georgia": 1,
    }, [AZ_SUFFIX, MULTI_WORD], "e-services"),
    az("sosial müdafiə", {
        "social-protection-dialogue": 2,
        "chca": 2,
        "people-in-need": 1,
        "european-union": 1,
        "about": 1,
    }, [MULTI_WORD], "social protection"),
    az("gender beraberliyi", {
        "wic": 2,
        "un-women": 2,
        "unscr-1325-localisation": 1,
        "khashuri-workshop-unscr-1325": 1,
        "bakuriani-training-equality-monitoring": 1,
        "about": 1,
        "unscr-1325-municipalities-phase-2": 1,  # gender councils, gender analysis of budgets
        "civil-society-equal-participation": 1,  # equality trainings, gender assessment
    }, [AZ_NO_DIACRITICS, AZ_SUFFIX, MULTI_WORD], "gender equality"),
    az("Suxumi fondu", _AZ_SUKHUMI_FUND, [NAME, AZ_SUFFIX, MULTI_WORD], "Fund Sukhumi"),
    az("Avropa Ittifaqinin", {
        "european-union": 2,
        "czech-mfa": 1, "undp": 1, "cif": 1, "sccsf": 1, "heks-eper": 1, "people-in-need": 1,
        "bakuriani-training-equality-monitoring": 1, "par-final-conference": 1,
        "right-to-the-city-trainings-women": 1, "about": 1,
        # EU listed as funder
        "civil-society-equal-participation": LISTED, "par-monitoring-west-georgia": LISTED,
        "social-protection-dialogue": LISTED, "right-to-the-city": LISTED,
    }, [NAME, AZ_NO_DIACRITICS, AZ_CAPITALS, AZ_SUFFIX, MULTI_WORD],
       "of the European Union, without diacritics and with a capital I"),
    az("BMT Qadınlar Təşkilatı", {
        "un-women": 2,
        "khashuri-workshop-unscr-1325": 1,
        "about": 1,
        "unscr-1325-localisation": LISTED,  # funder
        "unscr-1325-municipalities-phase-2": LISTED,  # funder
    }, [NAME, MULTI_WORD], "UN Women"),
    az("Çətinlikdə Olan İnsanlar", {
        "people-in-need": 2,
        "chca": 1,
        "about": 1,
        "social-protection-dialogue": LISTED,  # implementing organisation
    }, [NAME, MULTI_WORD], "People in Need"),
    az('"Şəhər Hüququ"', {
        "right-to-the-city": 2,
        "right-to-the-city-trainings-women": 2,
        "quba-right-to-the-city-meeting-2027": 2,
        "education-center-for-youth": 1,
        "undp": 1,
    }, [PHRASE, NAME], "Right to the City"),
    az("xasuride", {
        "khashuri-workshop-unscr-1325": 2,
        "unscr-1325-localisation": LISTED,
        "unscr-1325-municipalities-phase-2": LISTED,
    }, [AZ_NO_DIACRITICS, AZ_SUFFIX, NAME], "in Khashuri"),
    az("Qoridə", {
        "people-in-need": 1,   # its project in Gori
        "chca": 1,             # office in Gori
        "social-protection-dialogue": LISTED,
        "unscr-1325-localisation": LISTED,
        "unscr-1325-municipalities-phase-2": LISTED,
    }, [AZ_SUFFIX, NAME], "in Gori"),
    az("seçicilərlə görüşlər", {
        "merkuri": 2,
        "sukhumi": 1,
        "zugdidi-community-advocacy": 1,
    }, [AZ_SUFFIX, MULTI_WORD], "meetings with voters"),
    az("işçi qrupları", {
        "par-monitoring-west-georgia": 2,
        "par-final-conference": 1,
        "unscr-1325-localisation": 1,
        "khashuri-workshop-unscr-1325": 1,
    }, [AZ_SUFFIX, MULTI_WORD], "working groups"),
    az("HEKS/EPER tərəfdaşları", {
        "heks-eper": 2,
        "cif": 2,
        "sccsf": 2,
        "civil-society-equal-participation": LISTED,  # HEKS/EPER's project, CIF and SCCSF partners
        "bakuriani-training-equality-monitoring": 1,
        "about": 1,
    }, [NAME, AZ_SUFFIX, MULTI_WORD], "partners of HEKS/EPER"),
]

QUERIES = KA_QUERIES + AZ_QUERIES
