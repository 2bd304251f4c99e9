"""The documents of the large relevance set (``relevance_set_large*.py``): places, donors and
member organisations, each in Georgian and Azerbaijani (translations of each other). The news,
events and projects are in ``relevance_corpus_ka.py`` and ``relevance_corpus_az.py``.

Written for the set, in the style of the seed articles and the demo content: the names are of
fictional members, but the donors are the real agencies active in both countries, named as the
local press names them (the Georgian or Azerbaijani name; the acronym only where noted). Every
text field is {language: text}.
"""

# slug: (Georgian name, Azerbaijani name)
PLACES = {
    "zugdidi": ("ზუგდიდი", "Zuqdidi"),
    "kutaisi": ("ქუთაისი", "Kutaisi"),
    "gori": ("გორი", "Qori"),
    "batumi": ("ბათუმი", "Batumi"),
    "telavi": ("თელავი", "Telavi"),
    "lagodekhi": ("ლაგოდეხი", "Laqodexi"),
    "ozurgeti": ("ოზურგეთი", "Ozurgeti"),
    "rustavi": ("რუსთავი", "Rustavi"),
    "marneuli": ("მარნეული", "Marneuli"),
    "zestaponi": ("ზესტაფონი", "Zestafoni"),
    "akhaltsikhe": ("ახალციხე", "Axalsixe"),
    "khoni": ("ხონი", "Xoni"),
    "tskaltubo": ("წყალტუბო", "Tsxaltubo"),
    "lankaran": ("ლენქორანი", "Lənkəran"),
    "masalli": ("მასალი", "Masallı"),
    "astara": ("ასტარა", "Astara"),
    "sheki": ("შექი", "Şəki"),
    "zaqatala": ("ზაქათალა", "Zaqatala"),
    "ganja": ("განჯა", "Gəncə"),
    "mingachevir": ("მინგეჩაური", "Mingəçevir"),
    "sumgait": ("სუმგაითი", "Sumqayıt"),
    "shamakhi": ("შამახი", "Şamaxı"),
    "ismayilli": ("ისმაილი", "İsmayıllı"),
    "khachmaz": ("ხაჩმაზი", "Xaçmaz"),
    "quba": ("ყუბა", "Quba"),
    "gabala": ("ყაბალა", "Qəbələ"),
}

DONORS = [
    {
        "slug": "usaid",
        "kind": "government",
        "country": {"ka": "ამერიკის შეერთებული შტატები", "az": "Amerika Birləşmiş Ştatları"},
        "title": {"ka": "აშშ-ის საერთაშორისო განვითარების სააგენტო", "az": "ABŞ Beynəlxalq İnkişaf Agentliyi"},
        "about": {
            "ka": "აშშ-ის საერთაშორისო განვითარების სააგენტო (USAID) საქართველოში 1992 წლიდან მუშაობს. "
            "კოალიციის წევრებს იგი ადგილობრივი დემოკრატიისა და ინკლუზიური განვითარების პროექტებში "
            "უჭერს მხარს.",
            "az": "ABŞ Beynəlxalq İnkişaf Agentliyi (USAID) Azərbaycanda 1992-ci ildən fəaliyyət göstərir. "
            "Koalisiya üzvlərinin yerli inkişaf və qadın sahibkarlığı layihələrinə dəstək verir.",
        },
    },
    {
        "slug": "osf",
        "kind": "foundation",
        "country": {"ka": "საერთაშორისო", "az": "Beynəlxalq"},
        "title": {"ka": "ღია საზოგადოების ფონდი", "az": "Açıq Cəmiyyət Fondları"},
        "about": {
            "ka": "ღია საზოგადოების ფონდი მხარს უჭერს დემოკრატიულ მმართველობას, ადამიანის უფლებებსა და "
            "დამოუკიდებელ მედიას. მისი გრანტებით კოალიციის წევრები ინფორმაციის თავისუფლებაზე მუშაობენ.",
            "az": "Açıq Cəmiyyət Fondları demokratik idarəçiliyi, insan hüquqlarını və müstəqil medianı "
            "dəstəkləyir. Fondların qrantları ilə koalisiya üzvləri məlumat azadlığı üzərində işləyir.",
        },
    },
    {
        "slug": "eu",
        "kind": "multilateral",
        "country": {"ka": "ევროკავშირი", "az": "Avropa İttifaqı"},
        "title": {"ka": "ევროკავშირი", "az": "Avropa İttifaqı"},
        "about": {
            "ka": "ევროკავშირი სამხრეთ კავკასიაში სამოქალაქო საზოგადოების უმსხვილესი დონორია. მისი "
            "წარმომადგენლობა საქართველოში აფინანსებს ადგილობრივი განვითარებისა და გარემოს დაცვის "
            "პროექტებს.",
            "az": "Avropa İttifaqı Cənubi Qafqazda vətəndaş cəmiyyətinin ən böyük donorudur. Onun "
            "Azərbaycandakı nümayəndəliyi yerli inkişaf və ətraf mühitin mühafizəsi layihələrini "
            "maliyyələşdirir.",
        },
    },
    {
        "slug": "undp",
        "kind": "multilateral",
        "country": {"ka": "საერთაშორისო", "az": "Beynəlxalq"},
        "title": {"ka": "გაეროს განვითარების პროგრამა", "az": "BMT-nin İnkişaf Proqramı"},
        "about": {
            "ka": "გაეროს განვითარების პროგრამა (UNDP) საქართველოში რეგიონულ განვითარებასა და კარგ "
            "მმართველობას უჭერს მხარს.",
            "az": "BMT-nin İnkişaf Proqramı (UNDP) Azərbaycanda regional inkişaf və yaxşı idarəçilik "
            "layihələrini dəstəkləyir.",
        },
    },
    {
        "slug": "sida",
        "kind": "government",
        "country": {"ka": "შვედეთი", "az": "İsveç"},
        "title": {
            "ka": "შვედეთის საერთაშორისო განვითარების თანამშრომლობის სააგენტო",
            "az": "İsveç Beynəlxalq İnkişaf Əməkdaşlığı Agentliyi",
        },
        "about": {
            "ka": "შვედეთის მთავრობის სააგენტო, რომელიც სამხრეთ კავკასიაში გენდერული თანასწორობის "
            "პროექტებს აფინანსებს.",
            "az": "İsveç hökumətinin Cənubi Qafqazda gender bərabərliyi layihələrini maliyyələşdirən agentliyi.",
        },
    },
    {
        "slug": "giz",
        "kind": "government",
        "country": {"ka": "გერმანია", "az": "Almaniya"},
        "title": {
            "ka": "გერმანიის საერთაშორისო თანამშრომლობის საზოგადოება",
            "az": "Almaniya Beynəlxalq Əməkdaşlıq Cəmiyyəti",
        },
        "about": {
            "ka": "გერმანიის საერთაშორისო თანამშრომლობის საზოგადოება (GIZ) გერმანიის მთავრობის დაკვეთით "
            "მუშაობს მუნიციპალური სერვისების გაუმჯობესებაზე.",
            "az": "Almaniya Beynəlxalq Əməkdaşlıq Cəmiyyəti (GIZ) Almaniya hökumətinin sifarişi ilə "
            "bələdiyyə xidmətlərinin yaxşılaşdırılması üzərində işləyir.",
        },
    },
    {
        "slug": "uk-embassy",
        "kind": "embassy",
        "country": {"ka": "გაერთიანებული სამეფო", "az": "Birləşmiş Krallıq"},
        "title": {"ka": "დიდი ბრიტანეთის საელჩო", "az": "Böyük Britaniya səfirliyi"},
        "about": {
            "ka": "საელჩოს მცირე გრანტების პროგრამა უსაფრთხო გზებისა და ახალგაზრდული ინიციატივების "
            "პროექტებს უჭერს მხარს.",
            "az": "Səfirliyin kiçik qrantlar proqramı yol təhlükəsizliyi və gənclər təşəbbüslərini dəstəkləyir.",
        },
    },
    {
        "slug": "coe",
        "kind": "multilateral",
        "country": {"ka": "საერთაშორისო", "az": "Beynəlxalq"},
        "title": {"ka": "ევროპის საბჭო", "az": "Avropa Şurası"},
        "about": {
            "ka": "ევროპის საბჭო ადამიანის უფლებებისა და დემოკრატიის დაცვაზე მომუშავე ორგანიზაციაა, "
            "რომლის წევრიცაა 46 სახელმწიფო. კოალიციას იგი ადგილობრივი თვითმმართველობის ქარტიის "
            "პოპულარიზაციაში ეხმარება.",
            "az": "Avropa Şurası insan hüquqları və demokratiyanın müdafiəsi ilə məşğul olan, 46 dövlətin "
            "üzv olduğu təşkilatdır. Koalisiyaya Yerli Özünüidarə Xartiyasının təbliğində kömək edir.",
        },
    },
]

# Georgian members first, then Azerbaijani ones; "acronym" is the organisation's Latin acronym.
ORGANISATIONS = [
    {
        "slug": "lda",
        "acronym": "LDA",
        "title": {"ka": "ადგილობრივი დემოკრატიის სააგენტო", "az": "Yerli Demokratiya Agentliyi"},
        "about": {
            "ka": "ადგილობრივი დემოკრატიის სააგენტო ქუთაისში დაფუძნებული ორგანიზაციაა, რომელიც "
            "ამომრჩევლების ინფორმირებასა და ინფორმაციის თავისუფლებაზე მუშაობს.",
            "az": "Yerli Demokratiya Agentliyi Kutaisidə yerləşən təşkilatdır; seçicilərin "
            "məlumatlandırılması və məlumat azadlığı üzərində işləyir.",
        },
    },
    {
        "slug": "green-wave",
        "acronym": "",
        "title": {"ka": "ეკოლოგიური კავშირი „მწვანე ტალღა“", "az": "“Yaşıl Dalğa” Ekoloji Birliyi"},
        "about": {
            "ka": "„მწვანე ტალღა“ ოზურგეთსა და ბათუმში ნარჩენების მართვასა და ნაგვის დახარისხებაზე მუშაობს.",
            "az": "“Yaşıl Dalğa” Ozurgeti və Batumidə tullantıların idarə edilməsi və çeşidlənməsi üzərində işləyir.",
        },
    },
    {
        "slug": "cid",
        "acronym": "CID",
        "title": {"ka": "ინკლუზიური განვითარების ცენტრი", "az": "İnklüziv İnkişaf Mərkəzi"},
        "about": {
            "ka": "ინკლუზიური განვითარების ცენტრი შშმ პირთა უფლებებსა და მათ საზოგადოებრივ ცხოვრებაში "
            "ჩართვაზე მუშაობს ქუთაისსა და ზესტაფონში.",
            "az": "İnklüziv İnkişaf Mərkəzi əlilliyi olan şəxslərin hüquqları və ictimai həyata cəlb "
            "edilməsi üzərində Kutaisi və Zestafonidə işləyir.",
        },
    },
    {
        "slug": "tanadgoma",
        "acronym": "",
        "title": {"ka": "ქალთა ფონდი „თანადგომა“", "az": "“Tanadqoma” Qadın Fondu"},
        "about": {
            "ka": "ქალთა ფონდი „თანადგომა“ კახეთში ქალთა ოთახების გახსნასა და ქალი მეწარმეების მხარდაჭერაზე მუშაობს.",
            "az": "“Tanadqoma” Qadın Fondu Kaxetiyada qadın otaqlarının açılmasına və qadın sahibkarlara "
            "dəstək üzərində çalışır.",
        },
    },
    {
        "slug": "rsa",
        "acronym": "RSA",
        "title": {"ka": "საგზაო უსაფრთხოების ასოციაცია", "az": "Yol Təhlükəsizliyi Assosiasiyası"},
        "about": {
            "ka": "ასოციაცია სკოლების მიმდებარე გზების უსაფრთხოებასა და მძღოლების განათლებაზე მუშაობს.",
            "az": "Assosiasiya məktəblərin ətrafındakı yolların təhlükəsizliyi və sürücülərin "
            "maarifləndirilməsi üzərində işləyir.",
        },
    },
    {
        "slug": "rdpu",
        "acronym": "RDPU",
        "title": {
            "ka": "რეგიონული განვითარების საზოგადოებრივი გაერთიანება",
            "az": "Regional İnkişaf İctimai Birliyi",
        },
        "about": {
            "ka": "გაერთიანება ლენქორანსა და მასალიში სოფლის მეურნეობასა და ქალთა მეწარმეობაზე მუშაობს.",
            "az": "Regional İnkişaf İctimai Birliyi Lənkəran və Masallıda kənd təsərrüfatı və qadın "
            "sahibkarlığı üzərində işləyir.",
        },
    },
    {
        "slug": "swic",
        "acronym": "SWIC",
        "title": {"ka": "შექის ქალთა ინიციატივების ცენტრი", "az": "Şəki Qadın Təşəbbüsləri Mərkəzi"},
        "about": {
            "ka": "ცენტრი შექსა და ზაქათალაში ქალების ადგილობრივ გადაწყვეტილებებში მონაწილეობას უწყობს ხელს.",
            "az": "Mərkəz Şəki və Zaqatalada qadınların yerli qərarların qəbulunda iştirakını dəstəkləyir.",
        },
    },
    {
        "slug": "eea",
        "acronym": "EEA",
        "title": {"ka": "ეკოლოგიური განათლების ასოციაცია", "az": "Ekoloji Maarifləndirmə Assosiasiyası"},
        "about": {
            "ka": "ასოციაცია სუმგაითში სამრეწველო ნარჩენებსა და ზღვის სანაპიროს სისუფთავეზე მუშაობს.",
            "az": "Assosiasiya Sumqayıtda sənaye tullantıları və dəniz sahilinin təmizliyi üzərində işləyir.",
        },
    },
    {
        "slug": "yln",
        "acronym": "YLN",
        "title": {"ka": "ახალგაზრდა ლიდერების ქსელი", "az": "Gənc Liderlər Şəbəkəsi"},
        "about": {
            "ka": "ქსელი განჯასა და მინგეჩაურში ახალგაზრდების საზოგადოებრივ ცხოვრებაში მონაწილეობას უწყობს ხელს.",
            "az": "Şəbəkə Gəncə və Mingəçevirdə gənclərin ictimai həyatda iştirakını təşviq edir.",
        },
    },
]


# The English versions the site has of the places, donors and organisations (their pages in the
# English tree: what makes their English names synonyms of the Georgian and Azerbaijani ones).
# No news, event or project is in English: the queries are asked on the ka and az sites.
ENGLISH_NAMES = {
    "place": {
        "zugdidi": "Zugdidi",
        "kutaisi": "Kutaisi",
        "gori": "Gori",
        "batumi": "Batumi",
        "telavi": "Telavi",
        "lagodekhi": "Lagodekhi",
        "ozurgeti": "Ozurgeti",
        "rustavi": "Rustavi",
        "marneuli": "Marneuli",
        "zestaponi": "Zestaponi",
        "akhaltsikhe": "Akhaltsikhe",
        "khoni": "Khoni",
        "tskaltubo": "Tskaltubo",
        "lankaran": "Lankaran",
        "masalli": "Masally",
        "astara": "Astara",
        "sheki": "Shaki",
        "zaqatala": "Zaqatala",
        "ganja": "Ganja",
        "mingachevir": "Mingachevir",
        "sumgait": "Sumgait",
        "shamakhi": "Shamakhi",
        "ismayilli": "Ismayilli",
        "khachmaz": "Khachmaz",
        "quba": "Quba",
        "gabala": "Gabala",
    },
    "donor": {
        "usaid": "United States Agency for International Development (USAID)",
        "osf": "Open Society Foundations",
        "eu": "European Union",
        "undp": "United Nations Development Programme (UNDP)",
        "sida": "Swedish International Development Cooperation Agency (Sida)",
        "giz": "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)",
        "uk-embassy": "British Embassy",
        "coe": "Council of Europe",
    },
    "organisation": {
        "lda": "Local Democracy Agency",
        "green-wave": "“Green Wave” Environmental Union",
        "cid": "Centre for Inclusive Development",
        "tanadgoma": "“Tanadgoma” Women's Fund",
        "rsa": "Road Safety Association",
        "rdpu": "Regional Development Public Union",
        "swic": "Shaki Women's Initiatives Centre",
        "eea": "Environmental Education Association",
        "yln": "Young Leaders Network",
    },
}
