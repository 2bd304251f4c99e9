"""The default synonyms: the international donors and agencies active in Georgia and Azerbaijan,
each by its acronym and its names in English, Georgian and Azerbaijani (as they themselves and the
press of both countries write them). ``bootstrap_site`` loads them into an empty vocabulary
(``ensure_default_synonyms``); after that they are the editors' (Synonyms in the admin), and are
never loaded over what the editors made of them. Hyphenated forms (აშშ-ის, BMT-nin) are kept as
written: a query typed that way matches the term, and a page written that way matches it."""

from search.models import SynonymGroup
from search.synonyms import forget_synonyms

DEFAULT_GROUPS = [
    [
        "USAID",
        "United States Agency for International Development",
        "US Agency for International Development",
        "აშშ-ის საერთაშორისო განვითარების სააგენტო",
        "ამერიკის შეერთებული შტატების საერთაშორისო განვითარების სააგენტო",
        "ABŞ Beynəlxalq İnkişaf Agentliyi",
        "ABŞ-ın Beynəlxalq İnkişaf Agentliyi",
    ],
    ["EU", "European Union", "ევროკავშირი", "ევროპის კავშირი", "Avropa İttifaqı", "Avropa Birliyi", "Aİ"],
    ["European Commission", "ევროკომისია", "ევროპის კომისია", "Avropa Komissiyası"],
    [
        "UN",
        "United Nations",
        "გაერო",
        "გაერთიანებული ერების ორგანიზაცია",
        "BMT",
        "Birləşmiş Millətlər Təşkilatı",
    ],
    [
        "UNDP",
        "United Nations Development Programme",
        "გაეროს განვითარების პროგრამა",
        "BMTİP",
        "BMT-nin İnkişaf Proqramı",
        "BMT İnkişaf Proqramı",
    ],
    ["UN Women", "გაეროს ქალთა ორგანიზაცია", "BMT Qadınlar", "BMT-nin Qadınlar Təşkilatı"],
    [
        "UNICEF",
        "United Nations Children's Fund",
        "გაეროს ბავშვთა ფონდი",
        "იუნისეფი",
        "UNİSEF",
        "BMT-nin Uşaq Fondu",
    ],
    ["UNFPA", "United Nations Population Fund", "გაეროს მოსახლეობის ფონდი", "BMT-nin Əhali Fondu"],
    [
        "UNHCR",
        "UN Refugee Agency",
        "გაეროს ლტოლვილთა უმაღლესი კომისრის ოფისი",
        "BMT-nin Qaçqınlar üzrə Ali Komissarlığı",
        "BMT QAK",
    ],
    [
        "IOM",
        "International Organization for Migration",
        "მიგრაციის საერთაშორისო ორგანიზაცია",
        "Beynəlxalq Miqrasiya Təşkilatı",
        "BMqT",
    ],
    ["WHO", "World Health Organization", "ჯანდაცვის მსოფლიო ორგანიზაცია", "Ümumdünya Səhiyyə Təşkilatı", "ÜST"],
    [
        "OSCE",
        "Organization for Security and Co-operation in Europe",
        "ეუთო",
        "ევროპის უსაფრთხოებისა და თანამშრომლობის ორგანიზაცია",
        "ATƏT",
        "Avropada Təhlükəsizlik və Əməkdaşlıq Təşkilatı",
    ],
    ["Council of Europe", "CoE", "ევროპის საბჭო", "Avropa Şurası"],
    [
        "Open Society Foundations",
        "OSF",
        "Open Society Georgia Foundation",
        "OSGF",
        "ღია საზოგადოების ფონდი",
        "ღია საზოგადოება საქართველო",
        "Açıq Cəmiyyət Fondları",
        "Açıq Cəmiyyət İnstitutu",
    ],
    [
        "Sida",
        "Swedish International Development Cooperation Agency",
        "შვედეთის საერთაშორისო განვითარების თანამშრომლობის სააგენტო",
        "İsveç Beynəlxalq İnkişaf Əməkdaşlığı Agentliyi",
    ],
    [
        "GIZ",
        "Deutsche Gesellschaft für Internationale Zusammenarbeit",
        "გერმანიის საერთაშორისო თანამშრომლობის საზოგადოება",
        "Alman Beynəlxalq Əməkdaşlıq Cəmiyyəti",
    ],
    [
        "SDC",
        "Swiss Agency for Development and Cooperation",
        "შვეიცარიის განვითარებისა და თანამშრომლობის სააგენტო",
        "İsveçrə İnkişaf və Əməkdaşlıq Agentliyi",
    ],
    ["World Bank", "მსოფლიო ბანკი", "Dünya Bankı"],
    ["ADB", "Asian Development Bank", "აზიის განვითარების ბანკი", "Asiya İnkişaf Bankı"],
    [
        "EBRD",
        "European Bank for Reconstruction and Development",
        "ევროპის რეკონსტრუქციისა და განვითარების ბანკი",
        "AYİB",
        "Avropa Yenidənqurma və İnkişaf Bankı",
    ],
    [
        "MCC",
        "Millennium Challenge Corporation",
        "ათასწლეულის გამოწვევის კორპორაცია",
        "ათასწლეულის გამოწვევის ფონდი",
        "Minilliyin Çağırışları Korporasiyası",
    ],
    [
        "JICA",
        "Japan International Cooperation Agency",
        "იაპონიის საერთაშორისო თანამშრომლობის სააგენტო",
        "Yaponiya Beynəlxalq Əməkdaşlıq Agentliyi",
    ],
    [
        "TİKA",
        "Turkish Cooperation and Coordination Agency",
        "თურქეთის თანამშრომლობისა და კოორდინაციის სააგენტო",
        "Türk Əməkdaşlıq və Koordinasiya Agentliyi",
    ],
    [
        "NED",
        "National Endowment for Democracy",
        "დემოკრატიის ეროვნული ფონდი",
        "Demokratiya üçün Milli Fond",
    ],
    [
        "British Embassy",
        "FCDO",
        "Foreign, Commonwealth and Development Office",
        "UK Government",
        "დიდი ბრიტანეთის საელჩო",
        "გაერთიანებული სამეფოს საელჩო",
        "Böyük Britaniya Səfirliyi",
        "Britaniya Səfirliyi",
    ],
    ["US Embassy", "U.S. Embassy", "აშშ-ის საელჩო", "ABŞ Səfirliyi"],
    ["Kvinna till Kvinna", "Kvinna till Kvinna Foundation", "კვინა ტილ კვინა", "Kvinna till Kvinna Fondu"],
    [
        "Eurasia Partnership Foundation",
        "EPF",
        "ევრაზიის თანამშრომლობის ფონდი",
        "Avrasiya Tərəfdaşlıq Fondu",
    ],
    ["Heinrich Böll Foundation", "Heinrich-Böll-Stiftung", "ჰაინრიხ ბიოლის ფონდი", "Heinrix Böll Fondu"],
    [
        "Konrad Adenauer Foundation",
        "Konrad-Adenauer-Stiftung",
        "KAS",
        "კონრად ადენაუერის ფონდი",
        "Konrad Adenauer Fondu",
    ],
    ["Friedrich Ebert Foundation", "Friedrich-Ebert-Stiftung", "FES", "ფრიდრიხ ებერტის ფონდი", "Fridrix Ebert Fondu"],
]


def ensure_default_synonyms():
    """Load DEFAULT_GROUPS into an empty vocabulary; the number of groups loaded (0 when the
    vocabulary has any group: editors' work is never touched)."""
    if SynonymGroup.objects.exists():
        return 0
    SynonymGroup.objects.bulk_create(SynonymGroup(terms="\n".join(terms)) for terms in DEFAULT_GROUPS)
    forget_synonyms()
    return len(DEFAULT_GROUPS)
