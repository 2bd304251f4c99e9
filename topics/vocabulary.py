"""The coalition's starting vocabulary of topics, in Georgian, Azerbaijani and English: what the
demo content files its news and events under, and what the migration from tags
(news/migrations/0005_tags_to_topics) matches old tags against, so that a tag written in any of
the three languages becomes the right translation of one topic. Plain data: the migration reads
it too, so keep each entry's slug once published (filter links use it)."""

# (slug, Georgian, Azerbaijani, English)
TOPICS = [
    ("training", "ტრენინგი", "təlim", "training"),
    ("gender-equality", "გენდერული თანასწორობა", "gender bərabərliyi", "gender equality"),
    ("human-rights", "ადამიანის უფლებები", "insan hüquqları", "human rights"),
    ("womens-rights", "ქალთა უფლებები", "qadın hüquqları", "women's rights"),
    ("womens-participation", "ქალთა მონაწილეობა", "qadınların iştirakı", "women's participation"),
    ("unscr-1325", "რეზოლუცია 1325", "1325 saylı qətnamə", "UNSCR 1325"),
    ("civic-forum", "სამოქალაქო ფორუმი", "vətəndaş forumu", "civic forum"),
    ("civic-participation", "სამოქალაქო ჩართულობა", "vətəndaş iştirakı", "civic participation"),
    ("advocacy", "ადვოკატირება", "vəkillik", "advocacy"),
    ("local-democracy", "ადგილობრივი დემოკრატია", "yerli demokratiya", "local democracy"),
    ("local-government", "ადგილობრივი თვითმმართველობა", "yerli özünüidarəetmə", "local government"),
    ("local-policy", "ადგილობრივი პოლიტიკა", "yerli siyasət", "local policy"),
    (
        "public-administration-reform",
        "საჯარო მმართველობის რეფორმა",
        "dövlət idarəçiliyi islahatı",
        "public administration reform",
    ),
    ("e-services", "ელექტრონული სერვისები", "elektron xidmətlər", "e-services"),
    ("anti-corruption", "ანტიკორუფცია", "korrupsiyaya qarşı mübarizə", "anti-corruption"),
    ("participatory-budgeting", "სამოქალაქო ბიუჯეტირება", "iştirakçı büdcə", "participatory budgeting"),
    ("elections", "არჩევნები", "seçkilər", "elections"),
    ("youth", "ახალგაზრდები", "gənclər", "youth"),
    ("ecology", "ეკოლოგია", "ekologiya", "ecology"),
]

LANGUAGES = ("ka", "az", "en")


def names(entry):
    """{language code: name} of a vocabulary entry."""
    return dict(zip(LANGUAGES, entry[1:], strict=True))


def entry_named(name):
    """The entry with ``name`` in any of its languages (case-insensitive), or None."""
    wanted = name.strip().casefold()
    for entry in TOPICS:
        if any(each.casefold() == wanted for each in entry[1:]):
            return entry
    return None
