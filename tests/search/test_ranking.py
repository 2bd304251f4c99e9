"""How the search ranks: pages matching every word and in their titles first, exact words above
stemmed or transliterated ones, quoted phrases as written. On the database the suite runs on
(SQLite or PostgreSQL, see the README's Tests section); each test builds a few pages of its own
on a bootstrapped site, whose home and index pages make the background the ranking needs (with
only the pages that match, every word would be in every document and weigh nothing)."""

import pytest

from search_page.query import search_pages

from ..factories import news

# Neutral filler, so that pages differ only in the words a test is about.
FILLER = {
    "ka": "ორგანიზაციამ გამოაქვეყნა ანგარიში წლიური საქმიანობის შესახებ და მადლობა გადაუხადა მოხალისეებს.",
    "az": "Təşkilat illik fəaliyyəti haqqında hesabat dərc etdi və könüllülərə təşəkkür etdi.",
}


def ranked(query, locale):
    return [page.slug for page in search_pages(query, locale)]


def pages(site, language, *specs):
    """News items (slug, title, lead) in ``language``'s news index."""
    for slug, title, lead in specs:
        news(site.news[language], slug=slug, title=title, lead=f"{lead} {FILLER[language]}")


@pytest.mark.django_db
def test_a_page_with_both_words_in_its_title_ranks_first_for_a_two_word_query(site):
    # SQLite's FTS5 gives bm25() as a NEGATIVE number (lower is better); Wagtail's database
    # backend multiplied (1 + rank) across the words of an AND, which turned the order of
    # multi-word queries upside down there (search.backends.sqlite).
    pages(
        site,
        "ka",
        ("mentions", "წლიური ანგარიში", "ქუთაისის მერიასთან შეხვედრაზე ჯგუფი შეიკრიბა."),
        ("about", "ქუთაისის სამუშაო ჯგუფი", "სამუშაო ჯგუფმა ქუთაისის ბიუჯეტი განიხილა."),
    )
    assert ranked("ქუთაისის ჯგუფი", site.locales["ka"]) == ["about", "mentions"]
    pages(
        site,
        "az",
        ("mentions", "İllik hesabat", "Qubada qadınlar görüşə gəldi, sahibkarlar da."),
        ("about", "Qadın sahibkarlar Qubada", "Qadın sahibkarlar üçün təlimlər keçirildi."),
    )
    assert ranked("qadin sahibkarlari", site.locales["az"]) == ["about", "mentions"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "language, query, exact, inflected",
    [
        # the query's own word form above another case of the same word
        ("ka", "ქუთაისში", "შეხვედრა ქუთაისში გაიმართა.", "შეხვედრა ქუთაისის ცენტრში გაიმართა."),
        ("az", "təlimlərin", "Bu təlimlərin nəticələri dərc edildi.", "Bu təlimlər haqqında hesabat dərc edildi."),
        # as typed (Latin) above the transliterated match (Georgian script)
        ("ka", "baghdati", "პროექტის Baghdati ჯგუფი შეიკრიბა.", "პროექტის ბაღდათი ჯგუფი შეიკრიბა."),
        # with its diacritics above the same word typed without them (and the other way round)
        ("az", "qadınlar", "Bu gün qadınlar toplaşdı.", "Bu gün qadinlar toplaşdı."),
        ("az", "qadinlar", "Bu gün qadinlar toplaşdı.", "Bu gün qadınlar toplaşdı."),
    ],
)
def test_the_exact_word_ranks_above_its_stemmed_or_transliterated_forms(site, language, query, exact, inflected):
    # Created in both orders, so that neither the page id nor the index order decides.
    pages(
        site,
        language,
        ("inflected", "წლიური ანგარიში" if language == "ka" else "İllik hesabat", inflected),
        ("exact", "წლიური ანგარიში" if language == "ka" else "İllik hesabat", exact),
    )
    assert ranked(query, site.locales[language]) == ["exact", "inflected"]


@pytest.mark.django_db
@pytest.mark.parametrize("order", ["title first", "body first"])
@pytest.mark.parametrize(
    "language, query, title, mention",
    [
        ("ka", "ბაღდათში", "ბაღდათის ანგარიში", "ანგარიში ბაღდათის შესახებ."),
        ("az", "layihələri", "Layihələr hesabatı", "Hesabat layihələr haqqında."),
    ],
)
def test_a_word_in_the_title_ranks_above_the_same_word_in_the_text(site, order, language, query, title, mention):
    other_title = "წლიური ანგარიში" if language == "ka" else "İllik hesabat"
    specs = [("in-title", title, FILLER[language]), ("in-text", other_title, mention)]
    pages(site, language, *(specs if order == "title first" else reversed(specs)))
    assert ranked(query, site.locales[language]) == ["in-title", "in-text"]


@pytest.mark.django_db
def test_quoted_phrases_match_the_words_together_and_in_order(site):
    pages(
        site,
        "ka",
        ("phrase", "სამუშაო ჯგუფი", "ბაღდათის სამუშაო ჯგუფი შეიკრიბა."),
        ("apart", "სამუშაო გეგმა და ჯგუფი", "ჯგუფი შეიკრიბა და სამუშაო გეგმა მიიღო."),
        ("inflected", "სამუშაო ჯგუფის ანგარიში", "სამუშაო ჯგუფის ანგარიში."),
    )
    locale = site.locales["ka"]
    assert ranked('"სამუშაო ჯგუფი"', locale) == ["phrase"]
    # Unquoted, the same words find all three, the phrase as written first.
    assert ranked("სამუშაო ჯგუფი", locale)[0] == "phrase"
    assert set(ranked("სამუშაო ჯგუფი", locale)) == {"phrase", "apart", "inflected"}
    # A phrase and a word: both must match.
    assert ranked('"სამუშაო ჯგუფი" ბაღდათი', locale) == ["phrase"]


@pytest.mark.django_db
def test_an_and_query_ranks_pages_matching_more_often_higher(site):
    # Among pages that all match both words, the one about them (several mentions, title)
    # comes before passing mentions: the order must follow relevance, not reverse it.
    pages(
        site,
        "az",
        ("passing", "İllik hesabat", "Zuqdidi şəhərində icma yığıncağı oldu."),
        (
            "about",
            "Zuqdidi icma qrupları",
            "Zuqdidi icma qrupları Zuqdidi bələdiyyəsi ilə görüşdü; icma qrupları Zuqdididə fəaldır.",
        ),
    )
    assert ranked("Zuqdidi icma", site.locales["az"]) == ["about", "passing"]
