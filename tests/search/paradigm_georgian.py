"""The regular paradigm of a Georgian noun, for tests/search/test_paradigms_georgian.py: the
nouns of paradigm_nouns_ka.txt with their case forms and postposition forms.

A small generator of the regular declension, not a grammar: consonant stems (nominative -ი),
a- and e-stems that drop their vowel before -ის/-ით/-ები (დედა, დედის; მონაწილე, მონაწილის),
and o- and u-stems that keep it (საქართველო, საქართველოს). Syncopated stems (წელი, წლის) are
listed by hand in the data file; they are used before the vowel-initial endings only
(წლის, წლით, წლად, წლები, წლისთვის, წლიდან; but წელს, წელში, წელმა, წელთან).
"""

from pathlib import Path

DATA = Path(__file__).with_name("paradigm_nouns_ka.txt")

# The forms each noun gets, in the order of paradigm()'s dict.
CASES = (
    "nominative",
    "ergative",
    "dative",
    "genitive",
    "instrumental",
    "adverbial",
    "plural",
    "-ში",
    "-ზე",
    "-თვის",
    "-დან",
    "-თან",
)


def nouns():
    """[(nominative, stem before vowel-initial endings or None)] from the data file."""
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            nominative, *oblique = line.split()
            rows.append((nominative, oblique[0] if oblique else None))
    return rows


def paradigm(nominative, oblique=None):
    """{case: form} for one noun (CASES; o- and u-stems also get the long instrumental -თი)."""
    last = nominative[-1]
    if last == "ი":
        stem = nominative[:-1]  # consonant stem
        vowel_stem = oblique or stem  # before -ის, -ით, -ად, -ები
        forms = {
            "ergative": stem + "მა",
            "dative": stem + "ს",
            "genitive": vowel_stem + "ის",
            "instrumental": vowel_stem + "ით",
            "adverbial": vowel_stem + "ად",
            "plural": vowel_stem + "ები",
            "-ში": stem + "ში",
            "-ზე": stem + "ზე",
            "-თვის": vowel_stem + "ისთვის",
            "-დან": vowel_stem + "იდან",
            "-თან": stem + "თან",
        }
    elif last in "აე":
        truncated = oblique or nominative[:-1]  # დედ-ის, მონაწილ-ის, ქვეყნ-ის
        forms = {
            "ergative": nominative + "მ",
            "dative": nominative + "ს",
            "genitive": truncated + "ის",
            "instrumental": truncated + "ით",
            "adverbial": (truncated + "ად") if last == "ა" else (nominative + "დ"),
            "plural": truncated + "ები" if last == "ა" else nominative + "ები",
            "-ში": nominative + "ში",
            "-ზე": nominative + "ზე",
            "-თვის": truncated + "ისთვის",
            "-დან": truncated + "იდან",
            "-თან": nominative + "სთან",
        }
    elif last in "ოუ":
        forms = {
            "ergative": nominative + "მ",
            "dative": nominative + "ს",
            "genitive": nominative + "ს",
            "instrumental": nominative + "თ",
            "instrumental -თი": nominative + "თი",
            "adverbial": nominative + "დ",
            "plural": nominative + "ები",
            "-ში": nominative + "ში",
            "-ზე": nominative + "ზე",
            "-თვის": nominative + "სთვის",
            "-დან": nominative + "დან",
            "-თან": nominative + "სთან",
        }
    else:
        raise ValueError(f"not a noun ending of the regular paradigm: {nominative}")
    return {"nominative": nominative, **forms}
