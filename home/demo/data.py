"""Demo content for the coalition site (Georgia and Azerbaijan).

Plain Python data only: the site settings, regions, municipalities, donors, member and partner
organisations, projects, news, events and standard pages that the demo loader puts into Wagtail.

The texts are paraphrased and summarised from the seed articles in /work/shared/seeds/
(Georgian and Azerbaijani NGO websites). Names of organisations and people, project titles,
places, donors, phone numbers and e-mail addresses are taken over as facts; the wording is new.
Dates not stated in the seeds (most years, end dates, event times, the 2027 items), the
amounts of the projects' funding and their currencies, the projects' results (home/demo/
results.py), the exchange rates and the members' registration numbers are illustrative.

A text field given as a dict {"ka": ..., "az": ..., "en": ...} exists only in the locales it
lists; for pages the keys of "title" decide in which locales the page exists. News and events
name their topics by slug, from the vocabulary in topics/vocabulary.py (named there in each
language).
"""

# ---------------------------------------------------------------------------
# Site
# ---------------------------------------------------------------------------

SITE = {
    "name": {
        "ka": "სამოქალაქო საზოგადოების კოალიცია ადგილობრივი დემოკრატიისთვის",
        "az": "Yerli Demokratiya üçün Vətəndaş Cəmiyyəti Koalisiyası",
        "en": "Civil Society Coalition for Local Democracy",
    },
    # The home page's main heading: the header and the footer already give the name.
    "hero_heading": {
        "ka": "ერთად ადგილობრივი დემოკრატიისთვის",
        "az": "Yerli demokratiya üçün birlikdə",
        "en": "Together for local democracy",
    },
    "home_intro": {
        "ka": "საქართველოსა და აზერბაიჯანის არასამთავრობო ორგანიზაციები ერთად ვმუშაობთ, რომ "
              "ადგილობრივმა ხელისუფლებამ მოქალაქეებს, განსაკუთრებით ქალებსა და ახალგაზრდებს, "
              "უკეთ მოუსმინოს. აქ ნახავთ ჩვენს პროექტებს, სიახლეებსა და ღონისძიებებს.",
        "az": "Gürcüstan və Azərbaycanın qeyri-hökumət təşkilatları yerli hakimiyyətin vətəndaşları, "
              "xüsusilə qadınları və gəncləri daha yaxşı eşitməsi üçün birlikdə çalışır. Burada "
              "layihələrimiz, xəbərlərimiz və tədbirlərimizlə tanış ola bilərsiniz.",
        "en": "NGOs from Georgia and Azerbaijan working together so that local authorities listen "
              "better to citizens, especially women and young people. Here you can find our "
              "projects, news and events.",
    },
    "featured_projects": [
        "unscr-1325-localisation",
        "civil-society-equal-participation",
        "par-monitoring-west-georgia",
    ],
}

# ---------------------------------------------------------------------------
# Regions and municipalities
# ---------------------------------------------------------------------------

REGIONS = [
    {"slug": "shida-kartli", "country": "GE",
     "name": {"ka": "შიდა ქართლი", "az": "Şida Kartli", "en": "Shida Kartli"}},
    {"slug": "mtskheta-mtianeti", "country": "GE",
     "name": {"ka": "მცხეთა-მთიანეთი", "az": "Mtsxeta-Mtianeti", "en": "Mtskheta-Mtianeti"}},
    {"slug": "samegrelo-zemo-svaneti", "country": "GE",
     "name": {"ka": "სამეგრელო-ზემო სვანეთი", "az": "Sameqrelo-Yuxarı Svanetiya",
              "en": "Samegrelo-Zemo Svaneti"}},
    {"slug": "imereti", "country": "GE",
     "name": {"ka": "იმერეთი", "az": "İmereti", "en": "Imereti"}},
    {"slug": "samtskhe-javakheti", "country": "GE",
     "name": {"ka": "სამცხე-ჯავახეთი", "az": "Samtsxe-Cavaxeti", "en": "Samtskhe-Javakheti"}},
    {"slug": "tbilisi", "country": "GE",
     "name": {"ka": "თბილისი", "az": "Tbilisi", "en": "Tbilisi"}},
    {"slug": "lankaran-astara", "country": "AZ",
     "name": {"ka": "ლენქორან-ასტარა", "az": "Lənkəran-Astara", "en": "Lankaran-Astara"}},
    {"slug": "quba-khachmaz", "country": "AZ",
     "name": {"ka": "ყუბა-ხაჩმაზი", "az": "Quba-Xaçmaz", "en": "Quba-Khachmaz"}},
    {"slug": "shaki-zagatala", "country": "AZ",
     "name": {"ka": "შექი-ზაქათალა", "az": "Şəki-Zaqatala", "en": "Shaki-Zagatala"}},
]

MUNICIPALITIES = [
    # Shida Kartli
    {"slug": "gori", "region": "shida-kartli",
     "name": {"ka": "გორი", "az": "Qori", "en": "Gori"}},
    {"slug": "kaspi", "region": "shida-kartli",
     "name": {"ka": "კასპი", "az": "Kaspi", "en": "Kaspi"}},
    {"slug": "khashuri", "region": "shida-kartli",
     "name": {"ka": "ხაშური", "az": "Xaşuri", "en": "Khashuri"}},
    {"slug": "kareli", "region": "shida-kartli",
     "name": {"ka": "ქარელი", "az": "Kareli", "en": "Kareli"}},
    # Mtskheta-Mtianeti
    {"slug": "dusheti", "region": "mtskheta-mtianeti",
     "name": {"ka": "დუშეთი", "az": "Duşeti", "en": "Dusheti"}},
    {"slug": "stepantsminda", "region": "mtskheta-mtianeti",
     "name": {"ka": "სტეფანწმინდა (ყაზბეგი)", "az": "Stepantsminda (Qazbeqi)",
              "en": "Stepantsminda (Kazbegi)"}},
    # Samegrelo-Zemo Svaneti
    {"slug": "zugdidi", "region": "samegrelo-zemo-svaneti",
     "name": {"ka": "ზუგდიდი", "az": "Zuqdidi", "en": "Zugdidi"}},
    {"slug": "tsalenjikha", "region": "samegrelo-zemo-svaneti",
     "name": {"ka": "წალენჯიხა", "az": "Tsalencixa", "en": "Tsalenjikha"}},
    # Imereti
    {"slug": "sachkhere", "region": "imereti",
     "name": {"ka": "საჩხერე", "az": "Saçxere", "en": "Sachkhere"}},
    {"slug": "tskaltubo", "region": "imereti",
     "name": {"ka": "წყალტუბო", "az": "Tsxaltubo", "en": "Tskaltubo"}},
    {"slug": "kutaisi", "region": "imereti",
     "name": {"ka": "ქუთაისი", "az": "Kutaisi", "en": "Kutaisi"}},
    {"slug": "baghdati", "region": "imereti",
     "name": {"ka": "ბაღდათი", "az": "Bağdati", "en": "Baghdati"}},
    {"slug": "vani", "region": "imereti",
     "name": {"ka": "ვანი", "az": "Vani", "en": "Vani"}},
    {"slug": "terjola", "region": "imereti",
     "name": {"ka": "თერჯოლა", "az": "Tercola", "en": "Terjola"}},
    {"slug": "khoni", "region": "imereti",
     "name": {"ka": "ხონი", "az": "Xoni", "en": "Khoni"}},
    # Samtskhe-Javakheti (Bakuriani is in Borjomi municipality)
    {"slug": "borjomi", "region": "samtskhe-javakheti",
     "name": {"ka": "ბორჯომი", "az": "Borjomi", "en": "Borjomi"}},
    # Tbilisi
    {"slug": "tbilisi", "region": "tbilisi",
     "name": {"ka": "თბილისი", "az": "Tbilisi", "en": "Tbilisi"}},
    # Azerbaijan
    {"slug": "lankaran", "region": "lankaran-astara",
     "name": {"ka": "ლენქორანი", "az": "Lənkəran", "en": "Lankaran"}},
    {"slug": "quba", "region": "quba-khachmaz",
     "name": {"ka": "ყუბა", "az": "Quba", "en": "Quba"}},
    {"slug": "zaqatala", "region": "shaki-zagatala",
     "name": {"ka": "ზაქათალა", "az": "Zaqatala", "en": "Zaqatala"}},
]

# ---------------------------------------------------------------------------
# Donors
# ---------------------------------------------------------------------------

_INTERNATIONAL = {"ka": "საერთაშორისო", "az": "Beynəlxalq", "en": "International"}

# "iati_identifier": each donor's real IATI organisation identifier, as it publishes under it
# (empty where it could not be verified).
DONORS = [
    {
        "slug": "us-state-department",
        "kind": "government",
        "iati_identifier": "US-GOV-11",
        "country": {"ka": "ამერიკის შეერთებული შტატები", "az": "Amerika Birləşmiş Ştatları",
                    "en": "United States"},
        "website": "https://www.state.gov",
        "title": {"ka": "აშშ-ის სახელმწიფო დეპარტამენტი", "az": "ABŞ Dövlət Departamenti",
                  "en": "U.S. Department of State"},
        "about": {
            "ka": "<p>აშშ-ის სახელმწიფო დეპარტამენტი ამერიკის შეერთებული შტატების საგარეო "
                  "საქმეთა უწყებაა. მან დააფინანსა კოალიციის წევრების პროექტი, რომელიც გაეროს "
                  "უშიშროების საბჭოს 1325-ე რეზოლუციის ეროვნული სამოქმედო გეგმის მუნიციპალურ "
                  "დონეზე დანერგვას ემსახურებოდა.</p>",
            "az": "<p>ABŞ Dövlət Departamenti Amerika Birləşmiş Ştatlarının xarici işlər idarəsidir. "
                  "O, koalisiya üzvlərinin BMT Təhlükəsizlik Şurasının 1325 saylı qətnaməsi üzrə "
                  "Milli Fəaliyyət Planının bələdiyyə səviyyəsində tətbiqinə yönəlmiş layihəsini "
                  "maliyyələşdirib.</p>",
            "en": "<p>The U.S. Department of State is the foreign affairs agency of the United "
                  "States. It funded the member project that brought the national action plan for "
                  "UN Security Council Resolution 1325 to the municipal level.</p>",
        },
    },
    {
        "slug": "un-women",
        "kind": "multilateral",
        "iati_identifier": "XM-DAC-41146",
        "country": _INTERNATIONAL,
        "website": "https://www.unwomen.org",
        "title": {"ka": "გაეროს ქალთა ორგანიზაცია", "az": "BMT Qadınlar Təşkilatı",
                  "en": "UN Women"},
        "about": {
            "ka": "<p>გაეროს ქალთა ორგანიზაცია გენდერული თანასწორობისა და ქალთა გაძლიერების "
                  "საკითხებზე მომუშავე გაეროს სტრუქტურაა. 1325-ე რეზოლუციის ლოკალიზაციის "
                  "პროექტს იგი არა მხოლოდ აფინანსებდა, არამედ მის განხორციელებაშიც "
                  "მონაწილეობდა.</p>",
            "az": "<p>BMT Qadınlar Təşkilatı gender bərabərliyi və qadınların imkanlarının "
                  "genişləndirilməsi ilə məşğul olan BMT qurumudur. O, 1325 saylı qətnamənin "
                  "yerliləşdirilməsi layihəsini təkcə maliyyələşdirməyib, həm də onun həyata "
                  "keçirilməsində iştirak edib.</p>",
            "en": "<p>UN Women is the United Nations entity for gender equality and the "
                  "empowerment of women. Besides co-funding the UNSCR 1325 localisation project, "
                  "it took part in carrying it out.</p>",
        },
    },
    {
        "slug": "european-union",
        "kind": "multilateral",
        # The European Commission publishes its grants in Georgia and Azerbaijan (Eastern
        # Partnership) under its neighbourhood directorate-general, DG NEAR.
        "iati_identifier": "XI-IATI-EC_NEAR",
        "country": {"ka": "ევროკავშირი", "az": "Avropa İttifaqı", "en": "European Union"},
        "website": "https://european-union.europa.eu",
        "title": {"ka": "ევროკავშირი", "az": "Avropa İttifaqı", "en": "European Union"},
        "about": {
            "ka": "<p>ევროკავშირი სამხრეთ კავკასიაში სამოქალაქო საზოგადოების ერთ-ერთი "
                  "უმსხვილესი მხარდამჭერია. მისი დაფინანსებით საქართველოში ხორციელდება "
                  "პროექტები საჯარო მმართველობის რეფორმის მონიტორინგის, თანაბარი "
                  "მონაწილეობისა და სოციალური დაცვის მიმართულებით, აზერბაიჯანში კი — "
                  "ქალების ადგილობრივ პოლიტიკაში ჩართვის მიზნით.</p>",
            "az": "<p>Avropa İttifaqı Cənubi Qafqazda vətəndaş cəmiyyətinin ən böyük "
                  "dəstəkçilərindən biridir. Onun maliyyəsi ilə Gürcüstanda dövlət idarəçiliyi "
                  "islahatının monitorinqi, bərabər iştirak və sosial müdafiə, Azərbaycanda isə "
                  "qadınların yerli siyasətdə iştirakı üzrə layihələr həyata keçirilir.</p>",
            "en": "<p>The European Union is one of the largest supporters of civil society in the "
                  "South Caucasus. It funds member projects on public administration reform "
                  "monitoring, equal participation and social protection in Georgia, and on "
                  "women's participation in local policy in Azerbaijan.</p>",
        },
    },
    {
        "slug": "kvinna-till-kvinna",
        "kind": "foundation",
        # Its Swedish organisation number could not be verified: left empty rather than guessed.
        "iati_identifier": "",
        "country": {"ka": "შვედეთი", "az": "İsveç", "en": "Sweden"},
        "website": "https://kvinnatillkvinna.org",
        "title": {"ka": "ფონდი „ქალები ქალებისათვის“ (Kvinna till Kvinna)",
                  "az": "“Kvinna till Kvinna” Fondu",
                  "en": "The Kvinna till Kvinna Foundation"},
        "about": {
            "ka": "<p>შვედური ფონდი „ქალები ქალებისათვის“ მხარს უჭერს ორგანიზაციებს, რომლებიც "
                  "კონფლიქტით დაზარალებულ რეგიონებში ქალთა უფლებებსა და მშვიდობის მშენებლობაზე "
                  "მუშაობენ. მისი დახმარებით ფონდი „სოხუმი“ და მისი პარტნიორები ზუგდიდში თემის "
                  "საჭიროებების ადვოკატირებას ეწეოდნენ.</p>",
            "az": "<p>İsveçin “Kvinna till Kvinna” fondu münaqişədən zərər çəkmiş bölgələrdə qadın "
                  "hüquqları və sülh quruculuğu ilə məşğul olan təşkilatlara dəstək verir. Fondun "
                  "köməyi ilə “Suxumi” fondu və tərəfdaşları Zuqdididə icmanın ehtiyaclarının "
                  "müdafiəsi üzərində işləyiblər.</p>",
            "en": "<p>The Swedish Kvinna till Kvinna Foundation supports organisations working on "
                  "women's rights and peacebuilding in conflict-affected regions. With its support "
                  "Fund Sukhumi and its partners advocated for community needs in Zugdidi.</p>",
        },
    },
    {
        "slug": "czech-mfa",
        "kind": "government",
        # Its number (IČO) in the Czech business register.
        "iati_identifier": "CZ-ICO-45769851",
        "country": {"ka": "ჩეხეთის რესპუბლიკა", "az": "Çexiya Respublikası",
                    "en": "Czech Republic"},
        "website": "https://mzv.gov.cz",
        "title": {"ka": "ჩეხეთის რესპუბლიკის საგარეო საქმეთა სამინისტრო",
                  "az": "Çexiya Respublikasının Xarici İşlər Nazirliyi",
                  "en": "Ministry of Foreign Affairs of the Czech Republic"},
        "about": {
            "ka": "<p>ჩეხეთის საგარეო საქმეთა სამინისტრო ევროკავშირთან ერთად აფინანსებდა "
                  "პროექტს, რომლის ფარგლებშიც შიდა ქართლის სამოქალაქო ორგანიზაციებს ჩეხეთის "
                  "სოციალური ინტეგრაციის გამოცდილება გაეზიარათ.</p>",
            "az": "<p>Çexiya Xarici İşlər Nazirliyi Avropa İttifaqı ilə birlikdə Çexiyanın sosial "
                  "inteqrasiya təcrübəsini Şida Kartlinin vətəndaş təşkilatları ilə bölüşən "
                  "layihəni maliyyələşdirib.</p>",
            "en": "<p>The Czech Ministry of Foreign Affairs co-funded, with the European Union, a "
                  "project that shared Czech experience of social inclusion with civil society "
                  "organisations in Shida Kartli.</p>",
        },
    },
    {
        "slug": "undp",
        "kind": "multilateral",
        "iati_identifier": "XM-DAC-41114",
        "country": _INTERNATIONAL,
        "website": "https://www.undp.org",
        "title": {"ka": "გაეროს განვითარების პროგრამა", "az": "BMT-nin İnkişaf Proqramı",
                  "en": "United Nations Development Programme (UNDP)"},
        "about": {
            "ka": "<p>გაეროს განვითარების პროგრამა აზერბაიჯანში ევროკავშირის დაფინანსებით "
                  "ახორციელებს პროექტს „ინოვაციებზე დაფუძნებული და მდგრადი სამოქალაქო "
                  "საზოგადოების განვითარება აზერბაიჯანში“. ამ პროექტის მხარდაჭერით "
                  "ხორციელდება ინიციატივა „ქალაქის უფლება“.</p>",
            "az": "<p>BMT-nin İnkişaf Proqramı Avropa İttifaqının maliyyələşdirdiyi “Azərbaycanda "
                  "innovasiya əsaslı və dayanıqlı vətəndaş cəmiyyətinin inkişafı” layihəsini "
                  "həyata keçirir. “Şəhər Hüququ” təşəbbüsü məhz bu layihənin dəstəyi ilə "
                  "reallaşır.</p>",
            "en": "<p>UNDP implements the EU-funded project “Innovation-based and sustainable civil "
                  "society development in Azerbaijan”, which supports the “Right to the City” "
                  "initiative.</p>",
        },
    },
]

# ---------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------

_NO_ADDRESS = {"ka": "", "az": "", "en": ""}

# "iati_identifier" of a member: ILLUSTRATIVE, not the members' real registration numbers. They
# have the form IATI expects: an approved registration agency (IATI's OrganisationRegistration-
# Agency codelist) and the number it gives: GE-NAPR, Georgia's National Agency of Public Registry
# (9-digit identification code), or AZ-IVI, Azerbaijan's taxpayer register (10-digit VÖEN). Given
# only where the texts say in which country the member works (none for Tankhmoba). An
# international partner's is its real one where verified (People in Need; none for HEKS/EPER).
# "iati_organisation_type": IATI's OrganisationType, 22 national NGO, 21 international NGO.
ORGANISATIONS = [
    {
        "slug": "wic",
        "acronym": "WIC",
        "role": "member",
        "iati_identifier": "GE-NAPR-404000101",
        "iati_organisation_type": "22",
        "website": "",
        "title": {"ka": "ქალთა საინფორმაციო ცენტრი", "az": "Qadın İnformasiya Mərkəzi",
                  "en": "Women's Information Center"},
        "about": {
            "ka": "<p>ქალთა საინფორმაციო ცენტრი მთელი საქართველოს მასშტაბით თანამშრომლობს "
                  "ადგილობრივ თვითმმართველობებთან გენდერული თანასწორობის პოლიტიკის "
                  "დანერგვაზე. ორგანიზაციის ერთ-ერთი მთავარი მიმართულებაა გაეროს უშიშროების "
                  "საბჭოს 1325-ე რეზოლუციის ეროვნული სამოქმედო გეგმის მუნიციპალურ დონეზე "
                  "განხორციელება და ამ პროცესში კონფლიქტით დაზარალებული ქალების ჩართვა.</p>",
            "az": "<p>Qadın İnformasiya Mərkəzi bütün Gürcüstanda yerli özünüidarəetmə orqanları ilə "
                  "gender bərabərliyi siyasətinin tətbiqi üzrə əməkdaşlıq edir. Təşkilatın əsas "
                  "istiqamətlərindən biri BMT Təhlükəsizlik Şurasının 1325 saylı qətnaməsi üzrə "
                  "Milli Fəaliyyət Planının bələdiyyə səviyyəsində icrası və münaqişədən zərər "
                  "çəkmiş qadınların bu prosesə cəlb olunmasıdır.</p>",
            "en": "<p>The Women's Information Center works with local governments across Georgia on "
                  "gender equality policy. A core part of its work is implementing the national "
                  "action plan for UN Security Council Resolution 1325 at municipal level and "
                  "involving conflict-affected women in that process.</p>",
        },
        "offices": [],
    },
    {
        "slug": "tankhmoba",
        "acronym": "",
        "role": "member",
        "iati_identifier": "",
        "iati_organisation_type": "22",
        "website": "",
        "title": {"ka": "იგპ ქალთა ასოციაცია „თანხმობა“",
                  "az": "“Tanxmoba” Məcburi Köçkün Qadınlar Assosiasiyası",
                  "en": "IDP Women's Association “Consent” (Tankhmoba)"},
        "about": {
            "ka": "<p>იგპ ქალთა ასოციაცია „თანხმობა“ დევნილი და კონფლიქტით დაზარალებული "
                  "ქალების ინტერესებს იცავს. ქალთა საინფორმაციო ცენტრთან და ფონდ „სოხუმთან“ "
                  "ერთად მან განახორციელა 1325-ე რეზოლუციის ლოკალიზაციის კოალიციური "
                  "პროექტი.</p>",
            "az": "<p>“Tanxmoba” Məcburi Köçkün Qadınlar Assosiasiyası məcburi köçkün və münaqişədən "
                  "zərər çəkmiş qadınların maraqlarını müdafiə edir. Qadın İnformasiya Mərkəzi və "
                  "“Suxumi” fondu ilə birlikdə 1325 saylı qətnamənin yerliləşdirilməsinə dair "
                  "koalisiya layihəsini həyata keçirib.</p>",
            "en": "<p>The IDP Women's Association “Consent” (Tankhmoba) stands up for displaced and "
                  "conflict-affected women. Together with the Women's Information Center and Fund "
                  "Sukhumi it carried out the coalition project on localising UNSCR 1325.</p>",
        },
        "offices": [],
    },
    {
        "slug": "sukhumi",
        "acronym": "",
        "role": "member",
        "iati_identifier": "GE-NAPR-404000102",
        "iati_organisation_type": "22",
        "website": "",
        "title": {"ka": "კულტურულ-ჰუმანიტარული ფონდი „სოხუმი“",
                  "az": "“Suxumi” Mədəni-Humanitar Fondu",
                  "en": "Cultural-Humanitarian Fund “Sukhumi”"},
        "about": {
            "ka": "<p>კულტურულ-ჰუმანიტარული ფონდი „სოხუმი“ დევნილ და კონფლიქტით დაზარალებულ "
                  "ქალებთან, გოგონებსა და ახალგაზრდებთან მუშაობს, განსაკუთრებით ზუგდიდის "
                  "მუნიციპალიტეტში. ფონდი მხარს უჭერს ქალთა საინიციატივო ჯგუფებს თემის "
                  "პრობლემების ადვოკატირებაში, ატარებს ახალგაზრდულ შეხვედრებს და "
                  "ამომრჩევლებს ინფორმაციას აწვდის, მათ შორის ამომრჩევლის რჩევის აპლიკაციის "
                  "მეშვეობით.</p>",
            "az": "<p>“Suxumi” Mədəni-Humanitar Fondu məcburi köçkün və münaqişədən zərər çəkmiş "
                  "qadınlar, qızlar və gənclərlə, xüsusilə Zuqdidi bələdiyyəsində işləyir. Fond "
                  "qadın təşəbbüs qruplarına icma problemlərinin həllinə nail olmaqda dəstək "
                  "verir, gənclər üçün görüşlər keçirir və seçiciləri, o cümlədən seçiciyə "
                  "məsləhət tətbiqi vasitəsilə, məlumatlandırır.</p>",
            "en": "<p>Cultural-Humanitarian Fund “Sukhumi” works with displaced and "
                  "conflict-affected women, girls and young people, above all in Zugdidi "
                  "municipality. It backs women's initiative groups advocating for their "
                  "communities, runs youth meetings and informs voters, including through a "
                  "voting-advice app.</p>",
        },
        "offices": [],
    },
    {
        "slug": "cif",
        "acronym": "CIF",
        # A newer member whose pages go through the coalition's moderation (demo of the workflow).
        "moderated": True,
        "role": "member",
        "iati_identifier": "GE-NAPR-404000103",
        "iati_organisation_type": "22",
        "website": "",
        "title": {"ka": "სამოქალაქო ინტეგრაციის ფონდი", "az": "Vətəndaş İnteqrasiyası Fondu",
                  "en": "Civic Integration Foundation"},
        "about": {
            "ka": "<p>სამოქალაქო ინტეგრაციის ფონდი ქვემო ქართლში მოქმედი ორგანიზაციაა, რომელიც "
                  "რეგიონის სამოქალაქო საზოგადოების გაძლიერებასა და მოქალაქეთა თანაბარ "
                  "მონაწილეობაზე ზრუნავს. ევროკავშირის მიერ დაფინანსებულ, HEKS/EPER-ის "
                  "პროექტში იგი ქვემო ქართლის რეგიონული პარტნიორია.</p>",
            "az": "<p>Vətəndaş İnteqrasiyası Fondu Kvemo Kartlidə fəaliyyət göstərir və regionun "
                  "vətəndaş cəmiyyətinin gücləndirilməsi, vətəndaşların bərabər iştirakı üzərində "
                  "çalışır. HEKS/EPER-in Avropa İttifaqı tərəfindən maliyyələşdirilən layihəsində "
                  "Kvemo Kartli üzrə regional tərəfdaşdır.</p>",
            "en": "<p>The Civic Integration Foundation is based in Kvemo Kartli and works to "
                  "strengthen the region's civil society and the equal participation of its "
                  "citizens. It is the Kvemo Kartli partner in the EU-funded project led by "
                  "HEKS/EPER.</p>",
        },
        "offices": [],
    },
    {
        "slug": "sccsf",
        "acronym": "SCCSF",
        "role": "member",
        "iati_identifier": "GE-NAPR-404000104",
        "iati_organisation_type": "22",
        "website": "",
        "title": {"ka": "სამოქალაქო საზოგადოების ფორმირების ხელშემწყობი ცენტრი",
                  "az": "Vətəndaş Cəmiyyətinin Formalaşmasına Dəstək Mərkəzi",
                  "en": "Center for the Support of Civil Society Formation"},
        "about": {
            "ka": "<p>სამოქალაქო საზოგადოების ფორმირების ხელშემწყობი ცენტრი სამცხე-ჯავახეთში "
                  "ადგილობრივ სამოქალაქო ორგანიზაციებსა და აქტივისტებს უჭერს მხარს. "
                  "ევროკავშირის მიერ დაფინანსებულ, HEKS/EPER-ის პროექტში იგი სამცხე-ჯავახეთის "
                  "რეგიონული პარტნიორია.</p>",
            "az": "<p>Vətəndaş Cəmiyyətinin Formalaşmasına Dəstək Mərkəzi Samtsxe-Cavaxetidə yerli "
                  "vətəndaş təşkilatlarına və fəallara dəstək göstərir. HEKS/EPER-in Avropa "
                  "İttifaqı tərəfindən maliyyələşdirilən layihəsində Samtsxe-Cavaxeti üzrə "
                  "regional tərəfdaşdır.</p>",
            "en": "<p>The Center for the Support of Civil Society Formation supports local civil "
                  "society organisations and activists in Samtskhe-Javakheti. It is the "
                  "Samtskhe-Javakheti partner in the EU-funded project led by HEKS/EPER.</p>",
        },
        "offices": [],
    },
    {
        "slug": "heks-eper",
        "acronym": "HEKS/EPER",
        "role": "partner",
        "iati_identifier": "",
        "iati_organisation_type": "21",
        "website": "https://www.heks.ch",
        "title": {"ka": "HEKS/EPER – შვეიცარიის ეკლესიების დახმარების ორგანიზაცია",
                  "az": "HEKS/EPER – İsveçrə Kilsələrinin Yardım Təşkilatı",
                  "en": "HEKS/EPER – Swiss Church Aid"},
        "about": {
            "ka": "<p>HEKS/EPER შვეიცარიის პროტესტანტული ეკლესიების ჰუმანიტარული და "
                  "განვითარების ორგანიზაციაა. საქართველოში იგი ევროკავშირის დაფინანსებით, "
                  "ადგილობრივ პარტნიორებთან — CIF-თან და SCCSF-თან ერთად, ქვემო ქართლისა და "
                  "სამცხე-ჯავახეთის სამოქალაქო საზოგადოების გაძლიერების პროექტს "
                  "ახორციელებს.</p>",
            "az": "<p>HEKS/EPER İsveçrə protestant kilsələrinin humanitar yardım və inkişaf "
                  "təşkilatıdır. Gürcüstanda Avropa İttifaqının maliyyəsi ilə, yerli tərəfdaşları "
                  "CIF və SCCSF ilə birlikdə Kvemo Kartli və Samtsxe-Cavaxetinin vətəndaş "
                  "cəmiyyətini gücləndirən layihə həyata keçirir.</p>",
            "en": "<p>HEKS/EPER is the humanitarian and development organisation of the Swiss "
                  "Protestant churches. In Georgia it runs an EU-funded project to strengthen "
                  "civil society in Kvemo Kartli and Samtskhe-Javakheti, together with its "
                  "regional partners CIF and SCCSF.</p>",
        },
        "offices": [],
    },
    {
        "slug": "merkuri",
        "acronym": "",
        "role": "member",
        "iati_identifier": "GE-NAPR-404000105",
        "iati_organisation_type": "22",
        "website": "",
        "title": {"ka": "ორგანიზაცია „მერკური“", "az": "“Merkuri” təşkilatı", "en": "Merkuri"},
        "about": {
            "ka": "<p>„მერკური“ კოალიცია „ქალები მშვიდობისათვის“ წევრი ორგანიზაციაა. იგი "
                  "ამომრჩევლებთან შეხვედრებს მართავს, მათ შორის ზუგდიდის მუნიციპალიტეტში, და "
                  "მოქალაქეებს არჩევნებზე ინფორმირებული არჩევანის გაკეთებაში ეხმარება.</p>",
            "az": "<p>“Merkuri” “Sülh naminə qadınlar” koalisiyasının üzvüdür. Təşkilat seçicilərlə, "
                  "o cümlədən Zuqdidi bələdiyyəsində, görüşlər keçirir və vətəndaşlara seçkilərdə "
                  "məlumatlı seçim etməyə kömək edir.</p>",
            "en": "<p>Merkuri is a member of the coalition “Women for Peace”. It holds meetings with "
                  "voters, including in Zugdidi municipality, and helps citizens make informed "
                  "choices at elections.</p>",
        },
        "offices": [],
    },
    {
        "slug": "civil-spectrum",
        "acronym": "",
        "role": "member",
        "iati_identifier": "GE-NAPR-404000106",
        "iati_organisation_type": "22",
        "website": "",
        "title": {"ka": "სამოქალაქო სპექტრი – თანასწორობა",
                  "az": "“Vətəndaş Spektri – Bərabərlik”",
                  "en": "Civil Spectrum – Equality"},
        "about": {
            "ka": "<p>„სამოქალაქო სპექტრი – თანასწორობა“ ადგილობრივი მმართველობის "
                  "გამჭვირვალობასა და ანგარიშვალდებულებაზე მუშაობს. საჯარო მმართველობის "
                  "რეფორმის მონიტორინგის პროექტის ფარგლებში მან ბაღდათის მუნიციპალიტეტისთვის "
                  "ანტიკორუფციული დებულების სამუშაო ვერსია მოამზადა.</p>",
            "az": "<p>“Vətəndaş Spektri – Bərabərlik” yerli idarəçilikdə şəffaflıq və hesabatlılıq "
                  "üzərində işləyir. Dövlət idarəçiliyi islahatının monitorinqi layihəsi "
                  "çərçivəsində Bağdati bələdiyyəsi üçün korrupsiyaya qarşı əsasnamənin işçi "
                  "variantını hazırlayıb.</p>",
            "en": "<p>Civil Spectrum – Equality works on transparency and accountability in local "
                  "government. Within the public administration reform monitoring project it "
                  "drafted an anti-corruption regulation for Baghdati municipality.</p>",
        },
        "offices": [],
    },
    {
        "slug": "chca",
        "acronym": "CHCA",
        "role": "member",
        "iati_identifier": "GE-NAPR-404000107",
        "iati_organisation_type": "22",
        "website": "",
        "title": {"ka": "საქველმოქმედო ჰუმანიტარული ცენტრი „აფხაზეთი“",
                  "az": "“Abxaziya” Xeyriyyə Humanitar Mərkəzi",
                  "en": "Charity Humanitarian Centre “Abkhazeti”"},
        "about": {
            "ka": "<p>საქველმოქმედო ჰუმანიტარული ცენტრი „აფხაზეთი“ სოციალური დაცვისა და "
                  "მოწყვლადი ჯგუფების მხარდაჭერის საკითხებზე მუშაობს. ორგანიზაციას ოფისები "
                  "აქვს ქუთაისში, თბილისში, გორსა და ზუგდიდში. ორგანიზაციასთან „ადამიანი "
                  "გაჭირვებაში“ ერთად მან შიდა ქართლში სოციალური დაცვის სტრატეგიულ დიალოგში "
                  "არასამთავრობო სექტორის როლი გააძლიერა.</p>",
            "az": "<p>“Abxaziya” Xeyriyyə Humanitar Mərkəzi sosial müdafiə və həssas qruplara dəstək "
                  "sahəsində çalışır. Mərkəzin Kutaisi, Tbilisi, Qori və Zuqdidi şəhərlərində "
                  "ofisləri var. “Çətinlikdə Olan İnsanlar” təşkilatı ilə birlikdə Şida Kartlidə "
                  "qeyri-hökumət təşkilatlarının sosial müdafiə üzrə strateji dialoqdakı rolunu "
                  "gücləndirib.</p>",
            "en": "<p>Charity Humanitarian Centre “Abkhazeti” works on social protection and "
                  "support for vulnerable groups, with offices in Kutaisi, Tbilisi, Gori and "
                  "Zugdidi. Together with People in Need it strengthened the role of NGOs in the "
                  "strategic dialogue on social protection in Shida Kartli.</p>",
        },
        "offices": [
            {"city": {"ka": "ქუთაისი", "az": "Kutaisi", "en": "Kutaisi"},
             "address": _NO_ADDRESS, "phone": "+995 431 24 16 51",
             "email": "kutaisi@chca.org.ge"},
            {"city": {"ka": "თბილისი", "az": "Tbilisi", "en": "Tbilisi"},
             "address": _NO_ADDRESS, "phone": "+995 571 721 721",
             "email": "pm@chca.org.ge"},
            {"city": {"ka": "გორი", "az": "Qori", "en": "Gori"},
             "address": _NO_ADDRESS, "phone": "+995 370 27 34 84",
             "email": "gori@chca.org.ge"},
            {"city": {"ka": "ზუგდიდი", "az": "Zuqdidi", "en": "Zugdidi"},
             "address": _NO_ADDRESS, "phone": "+995 415 25 19 21",
             "email": "zugdidi@chca.org.ge"},
        ],
    },
    {
        "slug": "people-in-need",
        "acronym": "PIN",
        "role": "partner",
        "iati_identifier": "CZ-ICO-25755277",
        "iati_organisation_type": "21",
        "website": "https://www.peopleinneed.net",
        "title": {"ka": "„ადამიანი გაჭირვებაში“",
                  "az": "“Çətinlikdə Olan İnsanlar” (People in Need)",
                  "en": "People in Need"},
        "about": {
            "ka": "<p>„ადამიანი გაჭირვებაში“ ჩეხური არაკომერციული ორგანიზაციაა, რომელიც "
                  "ჰუმანიტარულ და განვითარების პროგრამებს ახორციელებს. საქართველოში მან "
                  "ევროკავშირისა და ჩეხეთის საგარეო საქმეთა სამინისტროს დაფინანსებით გორში "
                  "სოციალური დაცვის სტრატეგიული დიალოგის პროექტი განახორციელა.</p>",
            "az": "<p>“Çətinlikdə Olan İnsanlar” humanitar və inkişaf proqramları həyata keçirən "
                  "Çexiya qeyri-kommersiya təşkilatıdır. Gürcüstanda Avropa İttifaqının və Çexiya "
                  "Xarici İşlər Nazirliyinin maliyyəsi ilə Qoridə sosial müdafiə üzrə strateji "
                  "dialoq layihəsini icra edib.</p>",
            "en": "<p>People in Need is a Czech non-profit organisation running humanitarian and "
                  "development programmes. In Georgia it implemented the social protection "
                  "strategic dialogue project in Gori, funded by the European Union and the Czech "
                  "Ministry of Foreign Affairs.</p>",
        },
        "offices": [],
    },
    {
        "slug": "education-center-for-youth",
        "acronym": "",
        "role": "member",
        "iati_identifier": "AZ-IVI-1400000101",
        "iati_organisation_type": "22",
        "website": "",
        "title": {"ka": "საზოგადოებრივი გაერთიანება „ახალგაზრდების საგანმანათლებლო ცენტრი“",
                  "az": "Gənclər üçün Təhsil Mərkəzi İctimai Birliyi",
                  "en": "Education Center for Youth Public Union"},
        "about": {
            "ka": "<p>„ახალგაზრდების საგანმანათლებლო ცენტრი“ აზერბაიჯანული საზოგადოებრივი "
                  "გაერთიანებაა. ინიციატივის „ქალაქის უფლება: მონაწილეობიდან პოლიტიკის "
                  "შემუშავებამდე“ ფარგლებში იგი ლენქორანის, ყუბისა და ზაქათალის ქალებს "
                  "ადგილობრივ პოლიტიკაზე გავლენის მოსახდენად ამზადებს.</p>",
            "az": "<p>Gənclər üçün Təhsil Mərkəzi İctimai Birliyi Azərbaycanda fəaliyyət göstərən "
                  "vətəndaş cəmiyyəti təşkilatıdır. “Şəhər Hüququ: İştirakdan siyasətin "
                  "qurulmasına qədər” təşəbbüsü çərçivəsində Lənkəran, Quba və Zaqatalada "
                  "qadınları yerli siyasətə təsir göstərməyə hazırlayır.</p>",
            "en": "<p>The Education Center for Youth Public Union is an Azerbaijani civil society "
                  "organisation. Through its initiative “Right to the City: from participation to "
                  "policy-making” it prepares women in Lankaran, Quba and Zaqatala to influence "
                  "local policy.</p>",
        },
        "offices": [],
    },
]

# ---------------------------------------------------------------------------
# Projects
# ---------------------------------------------------------------------------

PROJECTS = [
    {
        "slug": "unscr-1325-localisation",
        "organisation": "wic",
        "partners": ["tankhmoba", "sukhumi"],
        "start": "2018-11-01",
        "end": "2020-10-31",
        "dac_sector": "15170",
        "municipalities": ["gori", "kaspi", "khashuri", "kareli", "dusheti", "zugdidi",
                           "tsalenjikha", "sachkhere", "stepantsminda", "tskaltubo"],
        "donors": [
            {"donor": "us-state-department", "amount": "180000", "currency": "USD"},
            {"donor": "un-women", "amount": "245000", "currency": "GEL"},
        ],
        "contacts": [
            {"name": {"ka": "ნინო მოდებაძე", "az": "Nino Modebadze", "en": "Nino Modebadze"},
             "role": {"ka": "საკონტაქტო პირი", "az": "Əlaqələndirici şəxs",
                      "en": "Contact person"},
             "phone": "+995 555 10 19 66", "email": ""},
        ],
        "title": {
            "ka": "1325-ე რეზოლუციის სამოქმედო გეგმის ლოკალიზაცია: ადგილობრივი "
                  "ადმინისტრაციების გაძლიერება და ქალთა მონაწილეობა",
            "az": "1325 saylı qətnamə üzrə Fəaliyyət Planının yerliləşdirilməsi: yerli "
                  "administrasiyaların gücləndirilməsi və qadınların iştirakı",
            "en": "Localising the UNSCR 1325 National Action Plan: Stronger Local Administrations "
                  "and Women's Participation",
        },
        "summary": {
            "ka": "ათ მუნიციპალიტეტში ადგილობრივი ხელისუფლება და სამოქალაქო საზოგადოება ერთად "
                  "მუშაობდნენ, რომ კონფლიქტით დაზარალებული ქალებისა და გოგონების საჭიროებები "
                  "მუნიციპალურ გეგმებში ასახულიყო.",
            "az": "On bələdiyyədə yerli hakimiyyət və vətəndaş cəmiyyəti münaqişədən zərər çəkmiş "
                  "qadın və qızların ehtiyaclarının bələdiyyə planlarında əks olunması üçün birgə "
                  "çalışıb.",
            "en": "Local authorities and civil society in ten municipalities worked together to "
                  "get the needs of conflict-affected women and girls into municipal plans.",
        },
        "goal": {
            "ka": "ადგილობრივი ადმინისტრაციების შესაძლებლობების გაძლიერება, რათა მათ გაეროს "
                  "უშიშროების საბჭოს 1325-ე რეზოლუციის ეროვნული სამოქმედო გეგმა (NAP) "
                  "მუნიციპალურ დონეზე განახორციელონ; ამ საკითხებზე დიალოგის გააქტიურება და "
                  "ქალების, მათ შორის ყველაზე მარგინალიზებული ჯგუფების, მონაწილეობის გაზრდა.",
            "az": "Yerli administrasiyaların BMT Təhlükəsizlik Şurasının 1325 saylı qətnaməsi üzrə "
                  "Milli Fəaliyyət Planını (NAP) bələdiyyə səviyyəsində həyata keçirmək imkanlarını "
                  "artırmaq, bu mövzuda dialoqu canlandırmaq və qadınların, o cümlədən ən çox "
                  "marginallaşmış qrupların iştirakını genişləndirmək.",
            "en": "To help local administrations implement the UNSCR 1325 National Action Plan "
                  "(NAP) at municipal level, to revive dialogue on these issues and to increase "
                  "the participation of women, including the most marginalised.",
        },
        "target_groups": {
            "ka": "<ul><li>მუნიციპალიტეტების აღმასრულებელი ორგანოები და საკრებულოები</li>"
                  "<li>გენდერული თანასწორობის საბჭოები</li>"
                  "<li>კონფლიქტით დაზარალებული და დევნილი ქალები, გოგონები და ახალგაზრდები</li>"
                  "<li>ადგილობრივი არასამთავრობო ორგანიზაციები და მედია</li></ul>",
            "az": "<ul><li>Bələdiyyələrin icra orqanları və bələdiyyə şuraları (sakrebulolar)</li>"
                  "<li>Gender bərabərliyi şuraları</li>"
                  "<li>Münaqişədən zərər çəkmiş və məcburi köçkün qadınlar, qızlar və gənclər</li>"
                  "<li>Yerli qeyri-hökumət təşkilatları və media</li></ul>",
            "en": "<ul><li>Municipal executives and councils (sakrebulos)</li>"
                  "<li>Gender equality councils</li>"
                  "<li>Conflict-affected and displaced women, girls and young people</li>"
                  "<li>Local NGOs and media</li></ul>",
        },
        "activities": {
            "ka": "<ul><li>სამოქალაქო ფორუმები და საინფორმაციო შეხვედრები მუნიციპალიტეტებში</li>"
                  "<li>ტრენინგები და კონფერენციები</li>"
                  "<li>სამუშაო ჯგუფების შექმნის ხელშეწყობა, რომლებიც გენდერული თანასწორობის "
                  "მუნიციპალურ სამოქმედო გეგმაში 1325-ე რეზოლუციასთან დაკავშირებულ "
                  "საკითხებზე იმუშავებენ</li>"
                  "<li>კონსულტაციები დევნილებთან და კონფლიქტით დაზარალებულ მოსახლეობასთან "
                  "მათი საჭიროებების გამოსავლენად</li></ul>",
            "az": "<ul><li>Bələdiyyələrdə vətəndaş forumları və məlumatlandırıcı görüşlər</li>"
                  "<li>Təlimlər və konfranslar</li>"
                  "<li>Gender bərabərliyi üzrə bələdiyyə fəaliyyət planında 1325 saylı qətnamə ilə "
                  "bağlı məsələlər üzərində işləyəcək işçi qrupların yaradılmasına dəstək</li>"
                  "<li>Ehtiyacları müəyyənləşdirmək üçün məcburi köçkünlər və münaqişədən zərər "
                  "çəkmiş əhali ilə məsləhətləşmələr</li></ul>",
            "en": "<ul><li>Civic forums and information meetings in the municipalities</li>"
                  "<li>Trainings and conferences</li>"
                  "<li>Support for working groups on the UNSCR 1325 items of municipal gender "
                  "equality action plans</li>"
                  "<li>Consultations with displaced and conflict-affected residents to identify "
                  "their needs</li></ul>",
        },
        "expected_results": {
            "ka": "<ul><li>კონფლიქტით დაზარალებული ქალებისა და გოგონების რეალური საჭიროებები "
                  "მუნიციპალურ გეგმებში აისახება</li>"
                  "<li>გენდერული საბჭოები გაძლიერებულია, გენდერული თანასწორობის "
                  "ინსტიტუციური მექანიზმები კი დახვეწილი</li>"
                  "<li>მოქალაქეები უფრო აქტიურად მონაწილეობენ სამოქმედო გეგმების "
                  "განხორციელებასა და მონიტორინგში</li>"
                  "<li>გეგმებით გათვალისწინებული ღონისძიებები ხელს უწყობს დევნილი ქალებისა "
                  "და ახალგაზრდების ადამიანურ უსაფრთხოებას და მათი უფლებების "
                  "რეალიზებას</li></ul>",
            "az": "<ul><li>Münaqişədən zərər çəkmiş qadın və qızların real ehtiyacları bələdiyyə "
                  "planlarında nəzərə alınır</li>"
                  "<li>Gender şuraları güclənir, gender bərabərliyi üzrə institusional "
                  "mexanizmlər təkmilləşir</li>"
                  "<li>Vətəndaşlar fəaliyyət planlarının icrasında və monitorinqində daha fəal "
                  "iştirak edir</li>"
                  "<li>Planlarda nəzərdə tutulan tədbirlər məcburi köçkün qadın və gənclərin insan "
                  "təhlükəsizliyinə və hüquqlarının reallaşmasına töhfə verir</li></ul>",
            "en": "<ul><li>The real needs of conflict-affected women and girls are reflected in "
                  "municipal plans</li>"
                  "<li>Gender councils are stronger and institutional gender equality mechanisms "
                  "are refined</li>"
                  "<li>More citizens take part in implementing and monitoring the action "
                  "plans</li>"
                  "<li>Measures in the plans improve the human security and rights of displaced "
                  "women and young people</li></ul>",
        },
    },
    {
        "slug": "civil-society-equal-participation",
        "organisation": "heks-eper",
        "partners": ["cif", "sccsf"],
        "start": "2024-02-01",
        "end": "2027-01-31",
        "dac_sector": "15150",
        # The seed names only the regions (Kvemo Kartli, Samtskhe-Javakheti), not municipalities.
        "municipalities": [],
        "donors": [
            {"donor": "european-union", "amount": "420000", "currency": "EUR"},
        ],
        "contacts": [],
        "title": {
            "ka": "სამოქალაქო საზოგადოების გაძლიერება სოციალურ, ეკონომიკურ და პოლიტიკურ "
                  "ცხოვრებაში თანაბარი და სრულყოფილი მონაწილეობისთვის",
            "az": "Sosial, iqtisadi və siyasi həyatda bərabər və tam iştirak üçün vətəndaş "
                  "cəmiyyətinin gücləndirilməsi",
            "en": "Strengthening Civil Society for Equal and Full Participation in Social, "
                  "Economic and Political Life",
        },
        "summary": {
            "ka": "ქვემო ქართლისა და სამცხე-ჯავახეთის სამოქალაქო ორგანიზაციები და აქტივისტები "
                  "სწავლობენ, როგორ შეაფასონ ადგილობრივი პოლიტიკა და ბიუჯეტი თანასწორობისა და "
                  "ადამიანის უფლებების თვალსაზრისით.",
            "az": "Kvemo Kartli və Samtsxe-Cavaxetinin vətəndaş təşkilatları və fəalları yerli "
                  "siyasəti və büdcəni bərabərlik və insan hüquqları baxımından qiymətləndirməyi "
                  "öyrənirlər.",
            "en": "Civil society groups and activists in Kvemo Kartli and Samtskhe-Javakheti learn "
                  "to assess local policies and budgets from an equality and human rights "
                  "perspective.",
        },
        "goal": {
            "ka": "ქვემო ქართლისა და სამცხე-ჯავახეთის სამოქალაქო საზოგადოების გაძლიერება, რათა "
                  "ამ რეგიონების მოსახლეობამ სოციალურ, ეკონომიკურ და პოლიტიკურ ცხოვრებაში "
                  "თანაბრად და სრულფასოვნად მიიღოს მონაწილეობა.",
            "az": "Kvemo Kartli və Samtsxe-Cavaxetidə vətəndaş cəmiyyətini gücləndirmək ki, bu "
                  "bölgələrin sakinləri sosial, iqtisadi və siyasi həyatda bərabər və tam hüquqlu "
                  "iştirak edə bilsinlər.",
            "en": "To strengthen civil society in Kvemo Kartli and Samtskhe-Javakheti so that "
                  "people in these regions can take an equal and full part in social, economic "
                  "and political life.",
        },
        "target_groups": {
            "ka": "<ul><li>ქვემო ქართლისა და სამცხე-ჯავახეთის სამოქალაქო საზოგადოების "
                  "ორგანიზაციები</li><li>აქტივისტთა ჯგუფები</li>"
                  "<li>ადგილობრივი თვითმმართველობები</li></ul>",
            "az": "<ul><li>Kvemo Kartli və Samtsxe-Cavaxetinin vətəndaş cəmiyyəti "
                  "təşkilatları</li><li>Fəal vətəndaş qrupları</li>"
                  "<li>Yerli özünüidarəetmə orqanları</li></ul>",
            "en": "<ul><li>Civil society organisations in Kvemo Kartli and "
                  "Samtskhe-Javakheti</li><li>Activist groups</li>"
                  "<li>Local self-governments</li></ul>",
        },
        "activities": {
            "ka": "<ul><li>ტრენინგები თანასწორობის, დისკრიმინაციისა და ადამიანის უფლებების "
                  "მონიტორინგის შესახებ</li>"
                  "<li>მუნიციპალური პოლიტიკისა და ბიუჯეტის შეფასება გენდერული და ინკლუზიური "
                  "მიდგომით</li>"
                  "<li>ადვოკატირების კამპანიების დაგეგმვა და ჩატარება</li>"
                  "<li>მონაწილეების საპროექტო იდეების შემუშავება ტრენერებთან ერთად</li></ul>",
            "az": "<ul><li>Bərabərlik, ayrı-seçkilik və insan hüquqlarının monitorinqi üzrə "
                  "təlimlər</li>"
                  "<li>Bələdiyyə siyasətinin və büdcəsinin gender və inklüzivlik baxımından "
                  "qiymətləndirilməsi</li>"
                  "<li>Vəkillik kampaniyalarının planlaşdırılması və keçirilməsi</li>"
                  "<li>İştirakçıların layihə ideyalarının təlimçilərlə birlikdə "
                  "hazırlanması</li></ul>",
            "en": "<ul><li>Trainings on equality, discrimination and human rights monitoring</li>"
                  "<li>Gender-sensitive and inclusive assessment of municipal policies and "
                  "budgets</li>"
                  "<li>Planning and running advocacy campaigns</li>"
                  "<li>Developing participants' project ideas with the trainers</li></ul>",
        },
        "expected_results": {
            "ka": "<ul><li>სამოქალაქო ორგანიზაციებს შეუძლიათ ადგილობრივი პოლიტიკისა და "
                  "ბიუჯეტის შეფასება თანასწორობის ჭრილში</li>"
                  "<li>მოქალაქეები უფრო აქტიურად ერთვებიან მუნიციპალური ბიუჯეტის "
                  "დაგეგმვაში</li>"
                  "<li>რეგიონების პრობლემებზე ადვოკატირების კამპანიები ტარდება</li></ul>",
            "az": "<ul><li>Vətəndaş təşkilatları yerli siyasəti və büdcəni bərabərlik baxımından "
                  "qiymətləndirə bilir</li>"
                  "<li>Vətəndaşlar bələdiyyə büdcəsinin planlaşdırılmasına daha fəal qoşulur</li>"
                  "<li>Regionların problemləri ilə bağlı vəkillik kampaniyaları keçirilir</li></ul>",
            "en": "<ul><li>Civil society organisations can assess local policies and budgets from "
                  "an equality perspective</li>"
                  "<li>Citizens take a more active part in municipal budget planning</li>"
                  "<li>Advocacy campaigns address the regions' problems</li></ul>",
        },
    },
    {
        "slug": "par-monitoring-west-georgia",
        "organisation": "civil-spectrum",
        "partners": [],
        "start": "2019-09-01",
        "end": "2021-08-31",
        "dac_sector": "15185",
        # Eight municipalities took part; the seeds name these four.
        "municipalities": ["vani", "baghdati", "terjola", "khoni"],
        "donors": [
            {"donor": "european-union", "amount": "1250000", "currency": "EUR"},
        ],
        "contacts": [],
        "title": {
            "ka": "ადგილობრივი სამოქალაქო საზოგადოების ორგანიზაციების გაძლიერება და ჩართულობა "
                  "საჯარო მმართველობის რეფორმის (PAR) მონიტორინგში გურიაში, იმერეთსა და "
                  "რაჭა-ლეჩხუმში",
            "az": "Quriya, İmereti və Raça-Leçxumidə yerli vətəndaş cəmiyyəti təşkilatlarının "
                  "gücləndirilməsi və dövlət idarəçiliyi islahatının (PAR) monitorinqinə cəlb "
                  "edilməsi",
            "en": "Strengthening Local CSOs and Engaging Them in Public Administration Reform (PAR) "
                  "Monitoring in Guria, Imereti and Racha-Lechkhumi",
        },
        "summary": {
            "ka": "რვა მუნიციპალიტეტში სამოქალაქო ორგანიზაციებისა და თვითმმართველობის "
                  "ერთობლივი სამუშაო ჯგუფები საჯარო მმართველობის რეფორმის ადგილობრივ "
                  "განხორციელებას აკვირდებოდნენ.",
            "az": "Səkkiz bələdiyyədə vətəndaş təşkilatları və yerli hakimiyyətin birgə işçi "
                  "qrupları dövlət idarəçiliyi islahatının yerli səviyyədə icrasını izləyib.",
            "en": "Joint working groups of civil society and local government in eight "
                  "municipalities followed how public administration reform was put into "
                  "practice locally.",
        },
        "goal": {
            "ka": "ადგილობრივი სამოქალაქო ორგანიზაციების გაძლიერება, რათა მათ ეფექტიანად "
                  "გაუწიონ მონიტორინგი საჯარო მმართველობის რეფორმას და თვითმმართველობასთან "
                  "ერთად მოსახლეობასა და ხელისუფლებას შორის უწყვეტი დიალოგი უზრუნველყონ.",
            "az": "Yerli vətəndaş təşkilatlarını gücləndirmək ki, onlar dövlət idarəçiliyi "
                  "islahatının gedişini effektiv izləyə bilsinlər və yerli hakimiyyətlə birlikdə "
                  "əhali ilə hakimiyyət arasında davamlı dialoq qursunlar.",
            "en": "To equip local CSOs to monitor public administration reform effectively and, "
                  "together with local governments, to keep up a continuous dialogue between "
                  "residents and the authorities.",
        },
        "target_groups": {
            "ka": "<ul><li>ადგილობრივი სამოქალაქო საზოგადოების ორგანიზაციები</li>"
                  "<li>მუნიციპალიტეტების საჯარო მოხელეები და საკრებულოს წევრები</li>"
                  "<li>მუნიციპალიტეტების მოსახლეობა</li></ul>",
            "az": "<ul><li>Yerli vətəndaş cəmiyyəti təşkilatları</li>"
                  "<li>Bələdiyyə qulluqçuları və bələdiyyə şurasının üzvləri</li>"
                  "<li>Bələdiyyələrin sakinləri</li></ul>",
            "en": "<ul><li>Local civil society organisations</li>"
                  "<li>Municipal civil servants and council members</li>"
                  "<li>Residents of the municipalities</li></ul>",
        },
        "activities": {
            "ka": "<ul><li>მუნიციპალური სამუშაო ჯგუფების შექმნა და სამოქმედო გეგმების "
                  "შემუშავება</li>"
                  "<li>საჯარო მმართველობის რეფორმის საგზაო რუკის მონიტორინგი</li>"
                  "<li>ეთიკის კოდექსებისა და ანტიკორუფციული დებულებების მომზადება</li>"
                  "<li>ვებგვერდების, ელექტრონული სერვისებისა და ელექტრონული პეტიციების "
                  "დანერგვის ხელშეწყობა</li>"
                  "<li>სამოქალაქო ბიუჯეტირების დანერგვა</li></ul>",
            "az": "<ul><li>Bələdiyyə işçi qruplarının yaradılması və fəaliyyət planlarının "
                  "hazırlanması</li>"
                  "<li>Dövlət idarəçiliyi islahatının yol xəritəsinin monitorinqi</li>"
                  "<li>Etika məcəllələrinin və korrupsiyaya qarşı əsasnamələrin hazırlanması</li>"
                  "<li>Veb-saytların, elektron xidmətlərin və elektron petisiyaların tətbiqinə "
                  "dəstək</li>"
                  "<li>İştirakçı büdcələşdirmənin tətbiqi</li></ul>",
            "en": "<ul><li>Setting up municipal working groups and drafting action plans</li>"
                  "<li>Monitoring the public administration reform roadmap</li>"
                  "<li>Drafting codes of ethics and anti-corruption regulations</li>"
                  "<li>Supporting new websites, e-services and e-petitions</li>"
                  "<li>Introducing participatory budgeting</li></ul>",
        },
        "expected_results": {
            "ka": "<ul><li>მუნიციპალიტეტებში შემუშავებულია ეთიკის კოდექსები და "
                  "ანტიკორუფციული დებულებები</li>"
                  "<li>განახლებულია მუნიციპალური ვებგვერდები და გაუმჯობესებულია ელექტრონული "
                  "სერვისები</li>"
                  "<li>ინერგება ელექტრონული პეტიციები და სამოქალაქო ბიუჯეტირება</li>"
                  "<li>სამოქალაქო და საჯარო სექტორები რეგულარულად თანამშრომლობენ</li></ul>",
            "az": "<ul><li>Bələdiyyələrdə etika məcəllələri və korrupsiyaya qarşı əsasnamələr "
                  "hazırlanıb</li>"
                  "<li>Bələdiyyə veb-saytları yenilənib, elektron xidmətlər təkmilləşib</li>"
                  "<li>Elektron petisiyalar və iştirakçı büdcələşdirmə tətbiq olunur</li>"
                  "<li>Vətəndaş və dövlət sektorları müntəzəm əməkdaşlıq edir</li></ul>",
            "en": "<ul><li>Municipalities have drafted codes of ethics and anti-corruption "
                  "regulations</li>"
                  "<li>Municipal websites are renewed and e-services improved</li>"
                  "<li>E-petitions and participatory budgeting are being introduced</li>"
                  "<li>Civil society and the public sector cooperate regularly</li></ul>",
        },
    },
    {
        "slug": "zugdidi-community-advocacy",
        "organisation": "sukhumi",
        "partners": ["merkuri"],
        "start": "2021-03-01",
        "end": "2022-12-31",
        "dac_sector": "15150",
        "municipalities": ["zugdidi"],
        "donors": [
            {"donor": "kvinna-till-kvinna", "amount": "186000", "currency": "GEL"},
        ],
        "contacts": [],
        "title": {
            "ka": "ადგილობრივი თანამშრომლობა თემის საჭიროებების ადვოკატირებისთვის ზუგდიდის "
                  "მუნიციპალიტეტში",
            "az": "Zuqdidi bələdiyyəsində icma ehtiyaclarının müdafiəsi üçün yerli əməkdaşlıq",
            "en": "Local Cooperation for Advocacy of Community Needs in Zugdidi Municipality",
        },
        "summary": {
            "ka": "პროექტი ზუგდიდში დევნილ და კონფლიქტით დაზარალებულ ქალებს, გოგონებსა და "
                  "ახალგაზრდებს ეხმარებოდა, თემის პრობლემები ადგილობრივ ხელისუფლებასთან "
                  "დიალოგის გზით წამოეწიათ.",
            "az": "Layihə Zuqdididə məcburi köçkün və münaqişədən zərər çəkmiş qadınlara, qızlara "
                  "və gənclərə icmalarının problemlərini yerli hakimiyyətlə dialoq yolu ilə "
                  "gündəmə gətirməkdə kömək edib.",
            "en": "The project helped displaced and conflict-affected women, girls and young "
                  "people in Zugdidi raise their community's problems in dialogue with the local "
                  "authorities.",
        },
        "goal": {
            "ka": "ქალთა საინიციატივო ჯგუფებისა და ქალთა სამშვიდობო კოალიციის წევრების "
                  "გაძლიერება, რათა მათ შეძლონ თემის საჭიროებების ადვოკატირება და ადგილობრივი "
                  "ხელისუფლებისგან მეტი ანგარიშვალდებულების მოთხოვნა.",
            "az": "Qadın təşəbbüs qruplarını və qadınların sülh koalisiyasının üzvlərini "
                  "gücləndirmək ki, onlar icmanın ehtiyaclarını müdafiə edə və yerli "
                  "hakimiyyətdən daha çox hesabatlılıq tələb edə bilsinlər.",
            "en": "To empower women's initiative groups and members of the women's peace "
                  "coalition to advocate for community needs and hold the local authorities to "
                  "account.",
        },
        "target_groups": {
            "ka": "<ul><li>დევნილი და კონფლიქტით დაზარალებული ქალები და გოგონები</li>"
                  "<li>ახალგაზრდები, მათ შორის ზუგდიდში მდებარე აფხაზეთის მე-12 საჯარო სკოლის "
                  "მოსწავლეები</li>"
                  "<li>ქალთა საინიციატივო ჯგუფები</li>"
                  "<li>ზუგდიდის მუნიციპალიტეტის ხელისუფლება</li></ul>",
            "az": "<ul><li>Məcburi köçkün və münaqişədən zərər çəkmiş qadınlar və qızlar</li>"
                  "<li>Gənclər, o cümlədən Zuqdididə yerləşən Abxaziyanın 12 nömrəli dövlət "
                  "məktəbinin şagirdləri</li>"
                  "<li>Qadın təşəbbüs qrupları</li>"
                  "<li>Zuqdidi bələdiyyəsinin rəhbərliyi</li></ul>",
            "en": "<ul><li>Displaced and conflict-affected women and girls</li>"
                  "<li>Young people, including pupils of Abkhazia's Public School No. 12 in "
                  "Zugdidi</li>"
                  "<li>Women's initiative groups</li>"
                  "<li>Zugdidi municipal authorities</li></ul>",
        },
        "activities": {
            "ka": "<ul><li>ადვოკატირების კამპანიები ქალთა საინიციატივო ჯგუფების მიერ "
                  "გამოვლენილ საკითხებზე</li>"
                  "<li>სკოლის ბაზაზე ახალგაზრდული სივრცის შექმნა და არაფორმალური "
                  "შეხვედრები</li>"
                  "<li>ამომრჩევლების ინფორმირება ამომრჩევლის რჩევის აპლიკაციის შესახებ</li>"
                  "<li>ონლაინ კონფერენცია ადგილობრივი თანამშრომლობის პრაქტიკის "
                  "შესაფასებლად</li></ul>",
            "az": "<ul><li>Qadın təşəbbüs qruplarının müəyyən etdiyi məsələlər üzrə vəkillik "
                  "kampaniyaları</li>"
                  "<li>Məktəbin bazasında gənclər məkanının yaradılması və qeyri-formal "
                  "görüşlər</li>"
                  "<li>Seçicilərin seçiciyə məsləhət tətbiqi barədə məlumatlandırılması</li>"
                  "<li>Yerli əməkdaşlıq təcrübəsinin qiymətləndirilməsi üçün onlayn "
                  "konfrans</li></ul>",
            "en": "<ul><li>Advocacy campaigns on issues raised by women's initiative groups</li>"
                  "<li>A youth space at a school and informal meetings</li>"
                  "<li>Informing voters about the voting-advice app</li>"
                  "<li>An online conference reviewing local cooperation</li></ul>",
        },
        "expected_results": {
            "ka": "<ul><li>მუნიციპალიტეტი ოფიციალურად პასუხობს ქალთა საინიციატივო ჯგუფების "
                  "მიერ დასმულ საკითხებს</li>"
                  "<li>ახალგაზრდებს აქვთ საკუთარი სივრცე დისკუსიებისა და სამეწარმეო უნარების "
                  "განვითარებისთვის</li>"
                  "<li>ამომრჩევლები უკეთ იცნობენ პარტიების პროგრამებს</li></ul>",
            "az": "<ul><li>Bələdiyyə qadın təşəbbüs qruplarının qaldırdığı məsələlərə rəsmi cavab "
                  "verir</li>"
                  "<li>Gənclərin müzakirələr və sahibkarlıq bacarıqlarını inkişaf etdirmək üçün öz "
                  "məkanı var</li>"
                  "<li>Seçicilər partiyaların proqramları ilə daha yaxşı tanışdır</li></ul>",
            "en": "<ul><li>The municipality gives official answers to issues raised by women's "
                  "initiative groups</li>"
                  "<li>Young people have their own space for discussion and for developing "
                  "entrepreneurial skills</li>"
                  "<li>Voters know the parties' programmes better</li></ul>",
        },
    },
    {
        "slug": "social-protection-dialogue",
        "organisation": "people-in-need",
        "partners": ["chca"],
        "start": "2017-01-01",
        "end": "2018-05-31",
        "dac_sector": "16010",
        "municipalities": ["gori"],
        "donors": [
            {"donor": "european-union", "amount": "310000", "currency": "EUR"},
            {"donor": "czech-mfa", "amount": "850000", "currency": "CZK"},
        ],
        "contacts": [],
        "title": {
            "ka": "სოციალური დაცვის საკითხებზე მომუშავე არასამთავრობო ორგანიზაციების "
                  "ჩართულობის გაძლიერება სტრატეგიულ დიალოგში საქართველოში",
            "az": "Gürcüstanda sosial müdafiə sahəsində çalışan qeyri-hökumət təşkilatlarının "
                  "strateji dialoqda iştirakının gücləndirilməsi",
            "en": "Strengthening the Engagement of Social Protection NGOs in Strategic Dialogue in "
                  "Georgia",
        },
        "summary": {
            "ka": "პროექტმა შიდა ქართლში საჯარო და სამოქალაქო სექტორები სოციალური "
                  "ჩართულობის საკითხებზე მომუშავე ერთობლივ მრჩეველთა საბჭოში გააერთიანა.",
            "az": "Layihə Şida Kartlidə dövlət və vətəndaş sektorlarını sosial inklüzivlik üzrə "
                  "birgə məşvərət şurasında bir araya gətirib.",
            "en": "The project brought the public and civic sectors of Shida Kartli together in a "
                  "joint advisory council on social inclusion.",
        },
        "goal": {
            "ka": "საჯარო და სამოქალაქო სექტორებს შორის კავშირების გაძლიერება და სოციალური "
                  "ჩართულობის მრჩეველთა საბჭოს დაფუძნებით ადგილობრივი სოციალური აქტივობების "
                  "ჰარმონიზაცია. საბჭო ადგილობრივი სოციალური დაცვის სტრატეგიულ მიმართულებებს "
                  "განსაზღვრავს.",
            "az": "Dövlət və vətəndaş sektorları arasında əlaqələri gücləndirmək və sosial "
                  "inklüzivlik üzrə məşvərət şurası yaratmaqla yerli sosial fəaliyyətləri "
                  "uzlaşdırmaq. Şura yerli sosial müdafiənin strateji istiqamətlərini "
                  "müəyyənləşdirir.",
            "en": "To strengthen links between the public and civic sectors and harmonise local "
                  "social activities by founding an advisory council on social inclusion, which "
                  "sets the strategic direction of local social protection.",
        },
        "target_groups": {
            "ka": "<ul><li>არასამთავრობო ორგანიზაციები (CSO)</li>"
                  "<li>ადგილობრივი თვითმმართველობა</li><li>მოწყვლადი ჯგუფები</li></ul>",
            "az": "<ul><li>Qeyri-hökumət təşkilatları</li>"
                  "<li>Yerli özünüidarəetmə orqanları</li><li>Həssas qruplar</li></ul>",
            "en": "<ul><li>Civil society organisations (CSOs)</li>"
                  "<li>Local authorities</li><li>Vulnerable groups</li></ul>",
        },
        "activities": {
            "ka": "<ul><li>ჩეხეთის სოციალური ინტეგრაციის სისტემის გამოცდილების "
                  "გაზიარება</li>"
                  "<li>რეგიონის არასამთავრობო ორგანიზაციების შესაძლებლობების განვითარება</li>"
                  "<li>სოციალური ჩართულობის მრჩეველთა საბჭოს შექმნა და მისთვის სტრატეგიული "
                  "დაგეგმვის სწავლება</li>"
                  "<li>სოციალური მომსახურების ხელმისაწვდომობისა და მოწყვლადი ჯგუფების "
                  "საჭიროებების კვლევა</li>"
                  "<li>მუნიციპალური ბიუჯეტის, ანგარიშვალდებულებისა და სოციალური პროგრამების "
                  "მონიტორინგი</li></ul>",
            "az": "<ul><li>Çexiyanın sosial inteqrasiya sistemi üzrə təcrübənin bölüşülməsi</li>"
                  "<li>Regionun qeyri-hökumət təşkilatlarının potensialının artırılması</li>"
                  "<li>Sosial inklüzivlik üzrə məşvərət şurasının yaradılması və strateji "
                  "planlaşdırma bacarıqlarının gücləndirilməsi</li>"
                  "<li>Sosial xidmətlərin əlçatanlığının və həssas qrupların ehtiyaclarının "
                  "araşdırılması</li>"
                  "<li>Bələdiyyə büdcəsinin, hesabatlılığın və sosial proqramların "
                  "monitorinqi</li></ul>",
            "en": "<ul><li>Sharing experience of the Czech social integration system</li>"
                  "<li>Capacity building for NGOs in the region</li>"
                  "<li>Setting up the social inclusion advisory council and training it in "
                  "strategic planning</li>"
                  "<li>Research on access to social services and the needs of vulnerable "
                  "groups</li>"
                  "<li>Monitoring of the municipal budget, accountability and social "
                  "programmes</li></ul>",
        },
        "expected_results": {
            "ka": "<ul><li>სოციალური დაცვის საკითხებზე მომუშავე არასამთავრობო ორგანიზაციები "
                  "უფრო აქტიურად მონაწილეობენ სტრატეგიულ დიალოგში</li>"
                  "<li>შემუშავებულია ადგილობრივი სოციალური დაცვის სტრატეგია, რომელიც "
                  "მოსახლეობის საჭიროებებს ეყრდნობა</li>"
                  "<li>ადგილობრივ სოციალურ პროგრამებში საპილოტოდ დაინერგა ინოვაციური "
                  "მიდგომები</li></ul>",
            "az": "<ul><li>Sosial müdafiə sahəsində çalışan QHT-lər strateji dialoqda daha fəal "
                  "iştirak edir</li>"
                  "<li>Əhalinin ehtiyaclarına əsaslanan yerli sosial müdafiə strategiyası "
                  "hazırlanıb</li>"
                  "<li>Yerli sosial proqramlarda innovativ yanaşmalar sınaqdan keçirilib</li></ul>",
            "en": "<ul><li>Social protection NGOs take a more active part in strategic "
                  "dialogue</li>"
                  "<li>A local social protection strategy based on residents' needs is "
                  "drafted</li>"
                  "<li>Innovative approaches are piloted in local social programmes</li></ul>",
        },
    },
    {
        "slug": "right-to-the-city",
        "organisation": "education-center-for-youth",
        "partners": [],
        "start": "2025-09-01",
        "end": "2027-08-31",
        "dac_sector": "15170",
        "municipalities": ["lankaran", "quba", "zaqatala"],
        "donors": [
            {"donor": "european-union", "amount": "68000", "currency": "EUR"},
            {"donor": "undp", "amount": "24500", "currency": "USD"},
        ],
        "contacts": [
            {"name": {"az": "Fəxrəddin Həsənzadə", "en": "Fakhraddin Hasanzade"},
             "role": {"az": "Layihə rəhbəri", "en": "Project leader"},
             "phone": "", "email": ""},
        ],
        "title": {
            "az": "Şəhər Hüququ: İştirakdan siyasətin qurulmasına qədər",
            "en": "Right to the City: From Participation to Policy-Making",
        },
        "summary": {
            "az": "Təşəbbüs Lənkəran, Quba və Zaqatalada qadınlara və qadın qruplarına yerli "
                  "hakimiyyətlə dialoqda gender həssas siyasət təklif etməyi öyrədir.",
            "en": "The initiative helps women and women's groups in Lankaran, Quba and Zaqatala "
                  "propose gender-responsive local policies in dialogue with local authorities.",
        },
        "goal": {
            "az": "Regionlarda qadınların və qadın vətəndaş cəmiyyəti qruplarının gender həssas "
                  "yerli siyasətin formalaşmasına töhfə vermək imkanlarını artırmaq. Layihə "
                  "Dayanıqlı İnkişaf Məqsədi 16-ya, xüsusilə bütün səviyyələrdə inklüziv və "
                  "iştirakçı qərar qəbulunu nəzərdə tutan 16.7 hədəfinə əsaslanır.",
            "en": "To increase the ability of women and women's civil society groups in the "
                  "regions to shape gender-responsive local policy. The project builds on SDG 16, "
                  "especially target 16.7 on inclusive and participatory decision-making at all "
                  "levels.",
        },
        "target_groups": {
            "az": "<ul><li>Müxtəlif icmalardan olan qadınlar</li>"
                  "<li>Qadın təşəbbüs qrupları və qadın icmaları</li>"
                  "<li>Sahibkar qadınlar</li><li>Qadın QHT-ləri</li></ul>",
            "en": "<ul><li>Women from different communities</li>"
                  "<li>Women's initiative groups and women's communities</li>"
                  "<li>Women entrepreneurs</li><li>Women's NGOs</li></ul>",
        },
        "activities": {
            "az": "<ul><li>Lənkəran, Quba və Zaqatalada hər biri üç gün davam edən təlimlər</li>"
                  "<li>İştirakçıların özlərinin hazırladığı fəaliyyətlərin həyata "
                  "keçirilməsi</li>"
                  "<li>“Qadınların şəhər hüququ” koalisiyalarının yaradılması</li>"
                  "<li>Konkret siyasət tövsiyələrinin hazırlanması</li></ul>",
            "en": "<ul><li>Three-day trainings in each of Lankaran, Quba and Zaqatala</li>"
                  "<li>Activities designed and carried out by the participants themselves</li>"
                  "<li>Setting up “women's right to the city” coalitions</li>"
                  "<li>Drafting concrete policy recommendations</li></ul>",
        },
        "expected_results": {
            "az": "<ul><li>Regionlardakı qadın qrupları yerli siyasət dialoqunda daha təsirli "
                  "iştirak edir</li>"
                  "<li>Koalisiyalar təşəbbüs qrupları kimi institusionallaşır</li>"
                  "<li>Bu model Azərbaycanda yaxşı təcrübə kimi təbliğ olunur</li></ul>",
            "en": "<ul><li>Women's groups in the regions take part more effectively in local "
                  "policy dialogue</li>"
                  "<li>The coalitions become established initiative groups</li>"
                  "<li>The model is promoted as good practice in Azerbaijan</li></ul>",
        },
    },
    {
        # Planned follow-up (illustrative): starts in 2027.
        "slug": "unscr-1325-municipalities-phase-2",
        "organisation": "wic",
        "partners": ["tankhmoba", "sukhumi"],
        "start": "2027-03-01",
        "end": "2029-02-28",
        "dac_sector": "15170",
        "municipalities": ["gori", "kaspi", "khashuri", "kareli", "zugdidi", "tsalenjikha"],
        "donors": [
            {"donor": "un-women", "amount": "210000", "currency": "USD"},
        ],
        "contacts": [],
        "title": {
            "ka": "ქალები, მშვიდობა და უსაფრთხოება მუნიციპალიტეტებში: 1325-ე რეზოლუციის "
                  "ლოკალიზაციის მეორე ეტაპი",
            "az": "Bələdiyyələrdə qadınlar, sülh və təhlükəsizlik: 1325 saylı qətnamənin "
                  "yerliləşdirilməsinin ikinci mərhələsi",
            "en": "Women, Peace and Security in Municipalities: Second Phase of UNSCR 1325 "
                  "Localisation",
        },
        "summary": {
            "ka": "დაგეგმილი პროექტი, რომელიც 2027 წლის გაზაფხულზე დაიწყება და 2018–2020 "
                  "წლების კოალიციური პროექტის შედეგებს შიდა ქართლისა და სამეგრელოს "
                  "მუნიციპალიტეტებში განავითარებს.",
            "az": "2027-ci ilin yazında başlaması planlaşdırılan bu layihə 2018–2020-ci illərin "
                  "koalisiya layihəsinin nəticələrini Şida Kartli və Sameqrelonun bələdiyyələrində "
                  "inkişaf etdirəcək.",
            "en": "A planned project, due to start in spring 2027, that will build on the results "
                  "of the 2018–2020 coalition project in municipalities of Shida Kartli and "
                  "Samegrelo.",
        },
        "goal": {
            "ka": "დაგეგმილია, რომ მუნიციპალიტეტებმა 1325-ე რეზოლუციასთან დაკავშირებული "
                  "ღონისძიებები არა მხოლოდ გეგმებში ჩაწერონ, არამედ ბიუჯეტითაც უზრუნველყონ, "
                  "დევნილმა და კონფლიქტით დაზარალებულმა ქალებმა კი მათ შესრულებას თავად "
                  "გაუწიონ მონიტორინგი. დაფინანსების ხელშეკრულება ამჟამად მზადდება.",
            "az": "Planlaşdırılır ki, bələdiyyələr 1325 saylı qətnamə ilə bağlı tədbirləri təkcə "
                  "planlara daxil etməsin, həm də onları büdcə ilə təmin etsin, məcburi köçkün və "
                  "münaqişədən zərər çəkmiş qadınlar isə bu tədbirlərin icrasını özləri izləsinlər. "
                  "Maliyyələşdirmə müqaviləsi hazırda hazırlanır.",
            "en": "The plan is for municipalities not only to write UNSCR 1325 measures into their "
                  "plans but also to fund them, with displaced and conflict-affected women "
                  "monitoring implementation themselves. The funding agreement is being prepared.",
        },
        "target_groups": {
            "ka": "<ul><li>მუნიციპალიტეტების გენდერული საბჭოები და საკრებულოები</li>"
                  "<li>დევნილი და კონფლიქტით დაზარალებული ქალები და ახალგაზრდები</li>"
                  "<li>ადგილობრივი სამოქალაქო ორგანიზაციები</li></ul>",
            "az": "<ul><li>Bələdiyyələrin gender şuraları və bələdiyyə şuraları</li>"
                  "<li>Məcburi köçkün və münaqişədən zərər çəkmiş qadınlar və gənclər</li>"
                  "<li>Yerli vətəndaş təşkilatları</li></ul>",
            "en": "<ul><li>Municipal gender councils and municipal councils</li>"
                  "<li>Displaced and conflict-affected women and young people</li>"
                  "<li>Local civil society organisations</li></ul>",
        },
        "activities": {
            "ka": "<ul><li>სამოქალაქო ფორუმები, მათ შორის ზუგდიდში (დაგეგმილია 2027 წლის "
                  "ივნისში)</li>"
                  "<li>ქალთა მონიტორინგის ჯგუფების მომზადება</li>"
                  "<li>მუნიციპალური ბიუჯეტების ანალიზი გენდერულ ჭრილში</li></ul>",
            "az": "<ul><li>Vətəndaş forumları, o cümlədən Zuqdididə (2027-ci ilin iyununa "
                  "planlaşdırılır)</li>"
                  "<li>Qadın monitorinq qruplarının hazırlanması</li>"
                  "<li>Bələdiyyə büdcələrinin gender baxımından təhlili</li></ul>",
            "en": "<ul><li>Civic forums, including one in Zugdidi (planned for June 2027)</li>"
                  "<li>Training women's monitoring groups</li>"
                  "<li>Gender analysis of municipal budgets</li></ul>",
        },
        "expected_results": {
            "ka": "<ul><li>1325-ე რეზოლუციასთან დაკავშირებულ ღონისძიებებს მუნიციპალურ "
                  "ბიუჯეტებში კონკრეტული დაფინანსება აქვს</li>"
                  "<li>ქალთა მონიტორინგის ჯგუფები რეგულარულად აფასებენ გეგმების "
                  "შესრულებას</li></ul>",
            "az": "<ul><li>1325 saylı qətnamə ilə bağlı tədbirlər bələdiyyə büdcələrində konkret "
                  "maliyyə ilə təmin olunur</li>"
                  "<li>Qadın monitorinq qrupları planların icrasını müntəzəm "
                  "qiymətləndirir</li></ul>",
            "en": "<ul><li>UNSCR 1325 measures have dedicated funding in municipal budgets</li>"
                  "<li>Women's monitoring groups regularly assess how the plans are "
                  "implemented</li></ul>",
        },
    },
]

# ---------------------------------------------------------------------------
# Exchange rates and open data (Settings → Open data)
# ---------------------------------------------------------------------------

# ILLUSTRATIVE rates, not a bank's: euros for one unit of each currency the projects' funding is
# stated in, so that donors' totals can also be given in euros, the combined currency. The loader
# creates those of the currencies the projects use.
EXCHANGE_RATES = {
    "date": "2026-11-30",
    "source": "Illustrative demo rates",
    "rates": {"GEL": "0.3200", "USD": "0.8600", "SEK": "0.0910", "CZK": "0.0410", "AZN": "0.5060"},
}

OPEN_DATA = {
    # ILLUSTRATIVE: not the identification code of a real organisation (see ORGANISATIONS).
    "reporting_organisation_identifier": "GE-NAPR-404000100",
    "reporting_organisation_type": "22",
    "reporter": "coalition",
    "combined_currency": "EUR",
}

# ---------------------------------------------------------------------------
# News
# ---------------------------------------------------------------------------

_EU_LINE_KA = "პროექტი ევროკავშირის მხარდაჭერით ხორციელდება."
_KTK_LINE_KA = "საქმიანობა შვედური ფონდის „ქალები ქალებისათვის“ მხარდაჭერით ხორციელდება."

NEWS = [
    {
        "slug": "bakuriani-training-equality-monitoring",
        "organisation": "cif",
        "date": "2024-07-22",
        "topics": ["training", "gender-equality", "human-rights"],
        "projects": ["civil-society-equal-participation"],
        "municipalities": ["borjomi"],
        "source_credit": {
            "ka": "ინფორმაცია და ფოტო: სამოქალაქო ინტეგრაციის ფონდი (QvemoQartli.ge)",
            "az": "Məlumat və foto: Vətəndaş İnteqrasiyası Fondu (QvemoQartli.ge)",
            "en": "Information and photo: Civic Integration Foundation (QvemoQartli.ge)",
        },
        "title": {
            "ka": "ბაკურიანში სამოქალაქო აქტივისტები თანასწორობისა და ადამიანის უფლებების "
                  "მონიტორინგს სწავლობდნენ",
            "az": "Bakurianidə vətəndaş fəalları bərabərlik və insan hüquqlarının monitorinqini "
                  "öyrəndilər",
            "en": "Activists train in equality and human rights monitoring in Bakuriani",
        },
        "lead": {
            "ka": "ქვემო ქართლისა და სამცხე-ჯავახეთის სამოქალაქო ორგანიზაციებისა და აქტივისტთა "
                  "ჯგუფების 60 წარმომადგენელი 18–22 ივლისს ბაკურიანში ხუთდღიან ტრენინგს "
                  "დაესწრო.",
            "az": "Kvemo Kartli və Samtsxe-Cavaxetinin vətəndaş təşkilatları və fəal qruplarından 60 "
                  "nümayəndə 18–22 iyul tarixlərində Bakurianidə beşgünlük təlimdə iştirak edib.",
            "en": "Sixty members of civil society organisations and activist groups from Kvemo "
                  "Kartli and Samtskhe-Javakheti attended a five-day training in Bakuriani on "
                  "18–22 July.",
        },
        "body": {
            "ka": [
                "ტრენინგი ევროკავშირის მიერ დაფინანსებული პროექტის „სამოქალაქო საზოგადოების "
                "გაძლიერება სოციალურ, ეკონომიკურ და პოლიტიკურ ცხოვრებაში თანაბარი და "
                "სრულყოფილი მონაწილეობისთვის“ ნაწილია. პროექტს HEKS/EPER ახორციელებს "
                "სამოქალაქო ინტეგრაციის ფონდთან (CIF) და სამოქალაქო საზოგადოების ფორმირების "
                "ხელშემწყობ ცენტრთან (SCCSF) ერთად.",
                "მონაწილეები სწავლობდნენ, როგორ შეაფასონ ადგილობრივი პოლიტიკა და მუნიციპალური "
                "ბიუჯეტი თანასწორობის, დისკრიმინაციისა და ადამიანის უფლებების თვალსაზრისით. "
                "განსაკუთრებული ყურადღება დაეთმო გენდერულ და ინკლუზიურ მიდგომებს, ასევე "
                "ადვოკატირების კამპანიების დაგეგმვას.",
                "სესიებზე განიხილეს ადამიანის უფლებების დაცვის ეროვნული და საერთაშორისო "
                "მექანიზმები, გენდერული თანასწორობა და ადგილობრივი თვითმმართველობის როლი "
                "მოქალაქეთა ჩართულობით გადაწყვეტილებების მიღებაში.",
                "მონაწილეებმა ერთმანეთს გაუზიარეს, რა ხდება მათ მუნიციპალიტეტებში, გამოკვეთეს "
                "რეგიონების მთავარი პრობლემები და ტრენერებთან ერთად რამდენიმე კონკრეტული "
                "პროექტის გეგმა შეადგინეს.",
            ],
            "az": [
                "Təlim Avropa İttifaqının maliyyələşdirdiyi “Sosial, iqtisadi və siyasi həyatda "
                "bərabər və tam iştirak üçün vətəndaş cəmiyyətinin gücləndirilməsi” layihəsinin "
                "bir hissəsidir. Layihəni HEKS/EPER Vətəndaş İnteqrasiyası Fondu (CIF) və Vətəndaş "
                "Cəmiyyətinin Formalaşmasına Dəstək Mərkəzi (SCCSF) ilə birlikdə həyata keçirir.",
                "İştirakçılar yerli siyasəti və bələdiyyə büdcəsini bərabərlik, ayrı-seçkilik və "
                "insan hüquqları baxımından necə qiymətləndirməyi öyrəndilər. Gender və inklüziv "
                "yanaşmalara, həmçinin vəkillik kampaniyalarının planlaşdırılmasına xüsusi diqqət "
                "yetirildi.",
                "Sessiyalarda insan hüquqlarının müdafiəsinin milli və beynəlxalq mexanizmləri, "
                "gender bərabərliyi və yerli özünüidarəetmənin vətəndaşların iştirakı ilə qərar "
                "qəbul edilməsindəki rolu müzakirə olundu.",
                "İştirakçılar öz bələdiyyələrindəki vəziyyəti bölüşdülər, regionların əsas "
                "problemlərini müəyyənləşdirdilər və təlimçilərlə birlikdə bir neçə konkret "
                "layihə planı hazırladılar.",
            ],
            "en": [
                "The training is part of the EU-funded project “Strengthening Civil Society for "
                "Equal and Full Participation in Social, Economic and Political Life”, run by "
                "HEKS/EPER with the Civic Integration Foundation (CIF) and the Center for the "
                "Support of Civil Society Formation (SCCSF).",
                "Participants learned how to assess local policies and municipal budgets for "
                "equality, discrimination and human rights, with a focus on gender-sensitive and "
                "inclusive approaches and on planning advocacy campaigns.",
                "Sessions covered national and international mechanisms for protecting human "
                "rights, gender equality, and the role of local government in participatory "
                "decision-making.",
                "Participants compared what is happening in their municipalities, identified the "
                "main problems of their regions and, with the trainers, drew up plans for several "
                "concrete projects.",
            ],
        },
    },
    {
        "slug": "sukhumi-online-conference-zugdidi",
        "organisation": "sukhumi",
        "date": "2021-06-10",
        "topics": ["advocacy", "local-democracy"],
        "projects": ["zugdidi-community-advocacy"],
        "municipalities": ["zugdidi"],
        "source_credit": None,
        "title": {
            "ka": "ზუგდიდში ადგილობრივი თანამშრომლობის გამოცდილება ფონდ „სოხუმის“ ონლაინ "
                  "კონფერენციაზე შეფასდა",
            "en": "Fund Sukhumi's online conference reviews local cooperation in Zugdidi",
        },
        "lead": {
            "ka": "სამოქალაქო სექტორის, მუნიციპალიტეტის, საერთაშორისო ორგანიზაციების, "
                  "საკანონმდებლო და ცენტრალური ხელისუფლების წარმომადგენლებმა იმსჯელეს, როგორ "
                  "პასუხობს ადგილობრივი თანამშრომლობა მოქალაქეების საჭიროებებს.",
            "en": "Representatives of civil society, the municipality, international "
                  "organisations, parliament and central government discussed how well local "
                  "cooperation responds to citizens' needs.",
        },
        "body": {
            "ka": [
                "კონფერენცია პროექტის „ადგილობრივი თანამშრომლობა თემის საჭიროებების "
                "ადვოკატირებისთვის ზუგდიდის მუნიციპალიტეტში“ ფარგლებში გაიმართა. მასში "
                "მონაწილეობდნენ ქალთა სამშვიდობო კოალიციის წევრები, დევნილი და კონფლიქტით "
                "დაზარალებული ქალები და გოგონები.",
                "მონაწილეებმა ისაუბრეს როგორც წარმატებულ მაგალითებზე, ისე იმ სირთულეებზე, "
                "რომლებსაც ადგილობრივ ხელისუფლებასთან თანამშრომლობისას აწყდებიან.",
                "მუნიციპალიტეტის პასუხისმგებელმა პირებმა ოფიციალური პოზიცია დააფიქსირეს იმ "
                "საკითხებზე, რომლებიც ქალთა საინიციატივო ჯგუფებმა წამოჭრეს. მათი თქმით, "
                "მოქალაქეების ჩართულობით დაწყებული დიალოგი ხელისუფლებას უფრო "
                "ანგარიშვალდებულს და პასუხისმგებლიანს ხდის.",
                _KTK_LINE_KA,
            ],
            "en": [
                "The conference was part of the project “Local Cooperation for Advocacy of "
                "Community Needs in Zugdidi Municipality”, with members of the women's peace "
                "coalition and displaced and conflict-affected women and girls taking part.",
                "Participants talked about both good examples and the difficulties they meet "
                "when working with the local authorities.",
                "Municipal officials set out their official position on the issues raised by "
                "women's initiative groups. They said that a dialogue started by citizens makes "
                "local government more accountable and responsible.",
                "The work is supported by the Kvinna till Kvinna Foundation (Sweden).",
            ],
        },
    },
    {
        "slug": "youth-space-school-12-zugdidi",
        "organisation": "sukhumi",
        "date": "2022-03-15",
        "topics": ["youth", "ecology", "womens-rights"],
        "projects": ["zugdidi-community-advocacy"],
        "municipalities": ["zugdidi"],
        "source_credit": None,
        "title": {
            "ka": "ზუგდიდში, აფხაზეთის მე-12 საჯარო სკოლაში, ახალგაზრდული სივრცე იქმნება",
        },
        "lead": {
            "ka": "სკოლის ადმინისტრაცია, მასწავლებლები და მოსწავლეები ფონდ „სოხუმთან“ "
                  "ერთად შეთანხმდნენ, რომ სკოლის ბაზაზე მოზარდებისთვის არაფორმალური სივრცე "
                  "მოეწყობა.",
        },
        "body": {
            "ka": [
                "ადვოკატირების კამპანიაში ფონდი „სოხუმი“ დიდ მნიშვნელობას ანიჭებს "
                "გრძელვადიან საქმიანობას, რომელიც დევნილ და კონფლიქტით დაზარალებულ "
                "ახალგაზრდებს ეხმარება.",
                "აფხაზეთის მე-12 საჯარო სკოლასთან თანამშრომლობის შედეგად გაჩნდა იდეა, "
                "სკოლაში შეიქმნას ახალგაზრდული სივრცე, სადაც მოზარდები თავად მოაწყობენ "
                "შეხვედრებსა და დისკუსიებს და სამეწარმეო უნარების განვითარებაზეც "
                "იფიქრებენ.",
                "ფონდის აქტივისტის, მარიამ ნარმანიას ხელმძღვანელობით უკვე ჩატარდა "
                "შეხვედრები თემებზე „ეკოლოგია და კლიმატის ცვლილება“ და „ქალთა უფლებები“. "
                "მოსწავლეები აქტიურად ჩაერთნენ და არაერთი საინტერესო დისკუსია გაიმართა.",
                _KTK_LINE_KA,
            ],
        },
    },
    {
        "slug": "par-final-conference",
        "organisation": None,
        "date": "2021-08-20",
        "topics": ["public-administration-reform", "local-government"],
        "projects": ["par-monitoring-west-georgia"],
        "municipalities": ["vani", "baghdati", "terjola", "khoni"],
        "source_credit": None,
        "title": {
            "ka": "ორი წლის შედეგები: PAR მონიტორინგის პროექტის დასკვნითი კონფერენცია",
            "az": "İki ilin nəticələri: PAR monitorinqi layihəsinin yekun konfransı",
            "en": "Two years of results: closing conference of the PAR monitoring project",
        },
        "lead": {
            "ka": "გურიის, იმერეთისა და რაჭა-ლეჩხუმის რვა მუნიციპალიტეტში განხორციელებული "
                  "პროექტის მონაწილეებმა დასკვნით კონფერენციაზე ორწლიანი მუშაობის შედეგები და "
                  "მიღებული გაკვეთილები წარადგინეს.",
            "az": "Quriya, İmereti və Raça-Leçxumidə səkkiz bələdiyyədə həyata keçirilən layihənin "
                  "iştirakçıları yekun konfransda iki illik işin nəticələrini və öyrənilmiş dərsləri "
                  "təqdim etdilər.",
            "en": "At the closing conference, participants of the project in eight municipalities "
                  "of Guria, Imereti and Racha-Lechkhumi presented two years of results and "
                  "lessons learned.",
        },
        "body": {
            "ka": [
                "ევროკავშირის მხარდაჭერით განხორციელებული პროექტი ადგილობრივ სამოქალაქო "
                "ორგანიზაციებს საჯარო მმართველობის რეფორმის მონიტორინგში რთავდა. მისი ერთ-ერთი "
                "მთავარი შედეგი მუნიციპალური ელექტრონული სერვისების გაუმჯობესებაა, რამაც "
                "მოქალაქეებს არაერთი პრობლემის მოგვარებაში დაეხმარა.",
                "კონფერენციას პროექტის რვა მუნიციპალიტეტის გარდა დასავლეთ საქართველოს კიდევ "
                "19 მუნიციპალიტეტის თვითმმართველობის, სამოქალაქო ორგანიზაციებისა და მედიის "
                "წარმომადგენლები დაესწრნენ.",
                "ცენტრალური ხელისუფლების წარმომადგენლებმა აღნიშნეს, რომ პროექტმა მოსახლეობასა "
                "და ხელისუფლებას შორის მუდმივი დიალოგი დაამყარა და პრობლემების დროულად "
                "გამოვლენას შეუწყო ხელი, რაც საჯარო მმართველობის რეფორმის ერთ-ერთი მთავარი "
                "კომპონენტია.",
                "მუნიციპალური სამუშაო ჯგუფების გამოცდილება სხვა თვითმმართველობებისთვისაც "
                "შეიძლება გახდეს მაგალითი.",
            ],
            "az": [
                "Avropa İttifaqının dəstəyi ilə həyata keçirilən layihə yerli vətəndaş "
                "təşkilatlarını dövlət idarəçiliyi islahatının monitorinqinə cəlb edirdi. Onun əsas "
                "nəticələrindən biri bələdiyyələrin elektron xidmətlərinin təkmilləşdirilməsidir ki, "
                "bu da vətəndaşların bir çox probleminin həllinə kömək etdi.",
                "Konfransda layihəyə daxil olan səkkiz bələdiyyədən başqa, Qərbi Gürcüstanın daha "
                "19 bələdiyyəsinin yerli özünüidarəetmə orqanları, vətəndaş təşkilatları və media "
                "nümayəndələri iştirak etdilər.",
                "Mərkəzi hakimiyyət nümayəndələri qeyd etdilər ki, layihə əhali ilə hakimiyyət "
                "arasında davamlı dialoq qurub və problemlərin vaxtında üzə çıxarılmasına kömək "
                "edib; bu isə dövlət idarəçiliyi islahatının əsas komponentlərindən biridir.",
                "Bələdiyyə işçi qruplarının təcrübəsi digər özünüidarəetmə orqanları üçün də "
                "nümunə ola bilər.",
            ],
            "en": [
                "The EU-supported project involved local civil society organisations in "
                "monitoring public administration reform. One of its main results is better "
                "municipal e-services, which have helped citizens solve many problems.",
                "Besides the eight project municipalities, representatives of local government, "
                "civil society and media from another 19 municipalities of western Georgia "
                "attended.",
                "Central government representatives said the project had built a continuous "
                "dialogue between residents and the authorities and helped identify problems "
                "early, a key part of public administration reform.",
                "The experience of the municipal working groups can serve as an example for "
                "other local governments.",
            ],
        },
    },
    {
        "slug": "vani-working-group-results",
        "organisation": None,
        "date": "2021-07-08",
        "topics": ["public-administration-reform", "e-services"],
        "projects": ["par-monitoring-west-georgia"],
        "municipalities": ["vani"],
        "source_credit": None,
        "title": {
            "ka": "ვანის სამუშაო ჯგუფის შედეგები: ეთიკის კოდექსები, განახლებული ვებგვერდი და "
                  "ელექტრონული პეტიციები",
            "en": "Vani working group: codes of ethics, a new website and e-petitions",
        },
        "lead": {
            "ka": "ვანის სამუშაო ჯგუფის ორწლიანი საქმიანობის შედეგად მუნიციპალიტეტი "
                  "მოქალაქეებისთვის უფრო ღია და ხელმისაწვდომი გახდა.",
            "en": "Two years of work by the Vani working group have made the municipality more "
                  "open and accessible to citizens.",
        },
        "body": {
            "ka": [
                "ჯგუფის ძალისხმევით შემუშავდა და დამტკიცდა ადგილობრივი თვითმმართველობის "
                "პროფესიული საჯარო მოხელეების ეთიკის კოდექსი და საკრებულოს წევრის ეთიკის "
                "კოდექსი. ასევე შეიქმნა შეზღუდული შესაძლებლობის მქონე პირთა საბჭო.",
                "მუნიციპალიტეტმა ბიუჯეტიდან თანხა გამოყო ვებგვერდის განახლებისთვის და "
                "ელექტრონული სერვისები დაიხვეწა. პროვაიდერებთან გაფორმებული ხელშეკრულებების "
                "საფუძველზე მუნიციპალიტეტში ინტერნეტის გავრცელება მიმდინარეობს.",
                "ინერგება ელექტრონული პეტიციების სისტემა და საკრებულოს სხდომების ონლაინ "
                "ტრანსლაცია, პარალელურად კი მუშაობა სამოქალაქო ბიუჯეტირების დანერგვაზე "
                "გრძელდება.",
                "მთავარ გამოწვევად რჩება ის, რომ მოქალაქეები და საჯარო მოხელეები ელექტრონული "
                "სერვისების შესახებ ჯერ კიდევ ნაკლებად არიან ინფორმირებულნი. ჯგუფი ამ "
                "მიმართულებით მუშაობას განაგრძობს.",
                _EU_LINE_KA,
            ],
            "en": [
                "The group drafted codes of ethics for professional municipal civil servants and "
                "for council members, both now approved, and a council for persons with "
                "disabilities was set up.",
                "The municipality allocated budget funds to modernise its website and improve "
                "e-services, and contracts with providers are bringing internet access to more "
                "of the municipality.",
                "An e-petition system and online broadcasts of council sessions are being "
                "introduced, and work on participatory budgeting continues.",
                "The main remaining challenge is that citizens and civil servants still know "
                "little about e-services; the group will keep working on this.",
                "The project is supported by the European Union.",
            ],
        },
    },
    {
        "slug": "baghdati-working-group-summary",
        "organisation": None,
        "date": "2021-07-13",
        "topics": ["public-administration-reform", "anti-corruption"],
        "projects": ["par-monitoring-west-georgia"],
        "municipalities": ["baghdati"],
        "source_credit": None,
        "title": {
            "ka": "ბაღდათის სამუშაო ჯგუფმა ორი წლის შედეგები შეაჯამა",
        },
        "lead": {
            "ka": "ბოლო შეხვედრაზე ჯგუფის წევრებმა მთავარ მიღწევად ეთიკის კოდექსისა და "
                  "ანტიკორუფციული დებულების შემუშავება დაასახელეს.",
        },
        "body": {
            "ka": [
                "ბაღდათის მუნიციპალიტეტის სამუშაო ჯგუფის ბოლო შეხვედრა ორწლიანი მუშაობის "
                "შეჯამებას დაეთმო.",
                "ეთიკის კოდექსისა და ანტიკორუფციული დებულების გარდა, განახლდა მუნიციპალიტეტის "
                "ვებგვერდი, სადაც ახლა ყველა საჭირო ინფორმაციის ნახვაა შესაძლებელი. ინერგება "
                "ონლაინ პეტიციების პრაქტიკაც.",
                "მოსახლეობას აქტიურად აწვდიდნენ ინფორმაციას ონლაინ სერვისების სარგებლის "
                "შესახებ.",
                "ყველაზე დიდ გამოწვევად კვლავ ინტერნეტის ხელმისაწვდომობა რჩება, თუმცა ამ "
                "საკითხზე მუშაობა უკვე დაწყებულია.",
                _EU_LINE_KA,
            ],
        },
    },
    {
        "slug": "terjola-working-group-results",
        "organisation": None,
        "date": "2021-07-15",
        "topics": ["public-administration-reform", "participatory-budgeting"],
        "projects": ["par-monitoring-west-georgia"],
        "municipalities": ["terjola"],
        "source_credit": None,
        "title": {
            "ka": "თერჯოლაში სამოქალაქო ბიუჯეტირება დაინერგა",
        },
        "lead": {
            "ka": "თერჯოლის სამუშაო ჯგუფმა ონლაინ შეხვედრაზე ორი წლის განმავლობაში გაწეული "
                  "საქმიანობა შეაჯამა.",
        },
        "body": {
            "ka": [
                "ჯგუფის წევრებმა განიხილეს, სამოქმედო გეგმის რომელი ძირითადი პუნქტები "
                "შესრულდა და რა დარჩა გასაკეთებელი.",
                "განსაკუთრებით აღინიშნა, რომ სამოქალაქო ორგანიზაციები და ადგილობრივი "
                "თვითმმართველობა ახლა აქტიურად თანამშრომლობენ, რაც ადრე მუნიციპალიტეტში არ "
                "ხდებოდა.",
                "ყველაზე მნიშვნელოვან შედეგად სამოქალაქო ბიუჯეტირების დანერგვა დასახელდა: "
                "კონკურსის შედეგად შერჩეულ პროექტებზე უკვე გამოცხადებულია ტენდერი.",
                "მონაწილეთა შეფასებით, პროექტის ორი წელი თერჯოლისთვის ნაყოფიერი აღმოჩნდა. "
                + _EU_LINE_KA,
            ],
        },
    },
    {
        "slug": "khoni-working-group-results",
        "organisation": None,
        "date": "2021-07-22",
        "topics": ["public-administration-reform", "local-government"],
        "projects": ["par-monitoring-west-georgia"],
        "municipalities": ["khoni"],
        "source_credit": None,
        "title": {
            "ka": "ხონის სამუშაო ჯგუფი: ორი წლის გამოცდილება მუნიციპალიტეტისთვის",
            "en": "Khoni working group: two years of experience for the municipality",
        },
        "lead": {
            "ka": "ხონის სამუშაო ჯგუფმა ორწლიანი საქმიანობა შეაჯამა და მიღებული გამოცდილება "
                  "მუნიციპალიტეტისთვის საუკეთესო პრაქტიკად შეაფასა.",
            "en": "The Khoni working group reviewed its two years of work and called the "
                  "experience best practice for the municipality.",
        },
        "body": {
            "ka": [
                "ამ პერიოდში ადგილობრივი სამოქალაქო ორგანიზაციები გაძლიერდა, დარეგისტრირდა "
                "ახალი ორგანიზაციები, სამოქალაქო და საჯარო სექტორები კი აქტიურად "
                "თანამშრომლობენ.",
                "ჯგუფი საჯარო მმართველობის რეფორმის საგზაო რუკის შესრულებას აკვირდებოდა. "
                "მუნიციპალიტეტში ამოქმედდა ცხელი ხაზი, განახლდა ვებგვერდი და გაუმჯობესდა "
                "ელექტრონული სერვისები.",
                "ასევე დაინერგა ელექტრონული პეტიცია და შემუშავდა ეთიკის კოდექსი.",
                _EU_LINE_KA,
            ],
            "en": [
                "Local civil society organisations grew stronger, new ones were registered, and "
                "the civic and public sectors now work together actively.",
                "The group monitored the public administration reform roadmap. The municipality "
                "opened a hotline, renewed its website and improved its e-services.",
                "E-petitions were introduced and a code of ethics was drafted.",
                "The project is supported by the European Union.",
            ],
        },
    },
    {
        "slug": "merkuri-voter-meetings-zugdidi",
        "organisation": "merkuri",
        "date": "2021-09-06",
        "topics": ["elections", "civic-participation"],
        "projects": ["zugdidi-community-advocacy"],
        "municipalities": ["zugdidi"],
        "source_credit": None,
        "title": {
            "ka": "„მერკურმა“ ზუგდიდელ ამომრჩევლებს ამომრჩევლის რჩევის აპლიკაცია გააცნო",
            "en": "Merkuri introduces Zugdidi voters to a voting-advice app",
        },
        "lead": {
            "ka": "სექტემბრის დასაწყისში კოალიცია „ქალები მშვიდობისათვის“ წევრმა "
                  "ორგანიზაციამ „მერკურმა“ ზუგდიდის მუნიციპალიტეტის ამომრჩევლებთან ორი "
                  "შეხვედრა გამართა.",
            "en": "In early September Merkuri, a member of the coalition “Women for Peace”, held "
                  "two meetings with voters in Zugdidi municipality.",
        },
        "body": {
            "ka": [
                "პანდემიასთან დაკავშირებული შეზღუდვების გამო შეხვედრები შერეულ ფორმატში "
                "ჩატარდა — ნაწილი ონლაინ, ნაწილი კი მოქალაქეთა მცირე ჯგუფებთან.",
                "მონაწილეები გაეცნენ ფონდ „სოხუმის“ მიერ დანერგილ ამომრჩევლის რჩევის "
                "აპლიკაციას და ცდილობდნენ, მისი გამოყენება ესწავლათ. ზოგიერთმა მონაწილემ "
                "საარჩევნო აქტივობების მიმართ უარყოფითი დამოკიდებულება ღიად გამოხატა.",
                "ბევრი მონაწილე პარტიების პროგრამებს კარგად არ იცნობს, თუმცა არჩევნებზე "
                "წასვლას აპირებს და ფიქრობს, რომ აპლიკაციიდან მიღებული ინფორმაცია სწორი "
                "არჩევანის გაკეთებაში დაეხმარება.",
                _KTK_LINE_KA,
            ],
            "en": [
                "Because of pandemic restrictions the meetings were mixed: partly online and "
                "partly with small groups of citizens.",
                "Participants learned about the voting-advice app introduced by Fund Sukhumi and "
                "tried to work out how to use it. Some openly voiced hostility towards election "
                "campaigning.",
                "Many participants do not know the parties' programmes well but plan to vote and "
                "believe the information from the app will help them choose.",
                "The work is supported by the Kvinna till Kvinna Foundation (Sweden).",
            ],
        },
    },
    {
        "slug": "baghdati-anti-corruption-provision",
        "organisation": "civil-spectrum",
        "date": "2020-07-14",
        "topics": ["anti-corruption", "local-government"],
        "projects": ["par-monitoring-west-georgia"],
        "municipalities": ["baghdati"],
        "source_credit": None,
        "title": {
            "ka": "ბაღდათის სამუშაო ჯგუფმა ანტიკორუფციული დებულების პროექტი განიხილა",
        },
        "lead": {
            "ka": "დოკუმენტი „სამოქალაქო სპექტრი – თანასწორობის“ მცირე პროექტის ფარგლებში "
                  "მომზადდა და მისი დამტკიცება სექტემბერშია მოსალოდნელი.",
        },
        "body": {
            "ka": [
                "ბაღდათის მუნიციპალიტეტის სამუშაო ჯგუფის შეხვედრაზე ანტიკორუფციული დებულების "
                "სამუშაო ვერსია წარადგინეს.",
                "დებულება ვრცელი და შინაარსიანი დოკუმენტია: კორუფციასთან ბრძოლის ხედვა მასში "
                "რვა სხვადასხვა მიმართულებით არის ჩამოყალიბებული.",
                "დებულების დამტკიცების პროცესში სამუშაო ჯგუფი მის მთავარ ლობისტად გამოვა. "
                "შეხვედრაზე მონაწილეები შეთანხმდნენ, რა ეტაპები უნდა გაიაროს დოკუმენტმა, რომ "
                "სექტემბერში დამტკიცდეს.",
                _EU_LINE_KA,
            ],
        },
    },
    {
        "slug": "right-to-the-city-trainings-women",
        "organisation": "education-center-for-youth",
        "date": "2026-06-18",
        "topics": ["training", "womens-participation", "local-policy"],
        "projects": ["right-to-the-city"],
        "municipalities": ["lankaran", "quba", "zaqatala"],
        "source_credit": None,
        "title": {
            "az": "Lənkəran, Quba və Zaqatalada qadınlar üçün “Şəhər Hüququ” təlimləri başa çatdı",
            "en": "“Right to the City” trainings for women completed in Lankaran, Quba and "
                  "Zaqatala",
        },
        "lead": {
            "az": "Üç regionda müxtəlif icma qruplarını təmsil edən 100 qadın üçün, hər regionda "
                  "üç gün olmaqla, ümumilikdə doqquz günlük təlim proqramı yekunlaşdı.",
            "en": "A nine-day training programme, three days in each region, has been completed "
                  "for 100 women from different community groups.",
        },
        "body": {
            "az": [
                "Təlimlər Gənclər üçün Təhsil Mərkəzi İctimai Birliyinin “Şəhər Hüququ: "
                "İştirakdan siyasətin qurulmasına qədər” təşəbbüsü çərçivəsində keçirildi. "
                "Təşəbbüs Avropa İttifaqının maliyyələşdirdiyi və BMT-nin İnkişaf Proqramının "
                "həyata keçirdiyi “Azərbaycanda innovasiya əsaslı və dayanıqlı vətəndaş "
                "cəmiyyətinin inkişafı” layihəsinin dəstəyi ilə reallaşır.",
                "“Qadınların şəhər hüququ” yanaşması qadın təşəbbüs qruplarını, qadın "
                "icmalarını, sahibkar qadınları və qadın QHT-lərini yerli hakimiyyəti qaydalar, "
                "şəhərsalma, iqtisadi və sosial sahələrdə birgə tədbirlər görməyə çağırmağa "
                "həvəsləndirir.",
                "Layihə Dayanıqlı İnkişaf Məqsədi 16-ya, xüsusilə bütün səviyyələrdə həssas, "
                "inklüziv və iştirakçı qərar qəbulunu nəzərdə tutan 16.7 hədəfinə əsaslanır.",
                "Layihə rəhbəri Fəxrəddin Həsənzadənin sözlərinə görə, təlimlər iştirakçıların "
                "özlərinin hazırlayıb həyata keçirəcəyi fəaliyyətlərlə birləşdirilir. Məqsəd "
                "regionlardakı qadın qruplarının gender həssas yerli siyasətin formalaşmasında "
                "daha təsirli olmasıdır.",
                "Növbəti mərhələdə konkret siyasət tövsiyələri hazırlayacaq “qadınların şəhər "
                "hüququ” koalisiyalarının yaradılması və onların təşəbbüs qrupları kimi "
                "institusionallaşması nəzərdə tutulur.",
            ],
            "en": [
                "The trainings were held under the Education Center for Youth Public Union's "
                "initiative “Right to the City: From Participation to Policy-Making”, supported by "
                "the EU-funded, UNDP-implemented project “Innovation-based and sustainable civil "
                "society development in Azerbaijan”.",
                "The “women's right to the city” approach encourages women's initiative groups, "
                "women's communities, women entrepreneurs and women's NGOs to press their local "
                "governments for joint action on rules, urban planning, and economic and social "
                "matters.",
                "The project builds on Sustainable Development Goal 16, in particular target 16.7 "
                "on responsive, inclusive and participatory decision-making at all levels.",
                "According to project leader Fakhraddin Hasanzade, the trainings are combined "
                "with activities that participants design and carry out themselves, so that "
                "women's groups in the regions can shape gender-responsive local policy more "
                "effectively.",
                "The next step is to set up “women's right to the city” coalitions that will "
                "draft concrete policy recommendations and become established initiative "
                "groups.",
            ],
        },
    },
]

# ---------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------

EVENTS = [
    {
        "slug": "khashuri-workshop-unscr-1325",
        "organisation": "wic",
        "start": "2018-11-07T14:00",
        "end": "2018-11-07T17:00",
        "venue": {"ka": "ხაშურის მუნიციპალიტეტის მერიის შენობა",
                  "az": "Xaşuri bələdiyyəsinin meriya binası",
                  "en": "Khashuri City Hall"},
        "address": {"ka": "", "az": "", "en": ""},
        "municipality": "khashuri",
        "organiser": {"ka": "ქალთა საინფორმაციო ცენტრი", "az": "Qadın İnformasiya Mərkəzi",
                      "en": "Women's Information Center"},
        "contact_name": {"ka": "ნინო მოდებაძე", "az": "Nino Modebadze", "en": "Nino Modebadze"},
        "contact_phone": "+995 555 10 19 66",
        "contact_email": "",
        "topics": ["unscr-1325", "gender-equality"],
        "projects": ["unscr-1325-localisation"],
        "title": {
            "ka": "ქალთა საინფორმაციო ცენტრის სამუშაო შეხვედრა ხაშურში",
            "az": "Qadın İnformasiya Mərkəzinin Xaşurida işçi görüşü",
            "en": "Women's Information Center workshop in Khashuri",
        },
        "lead": {
            "ka": "მუნიციპალიტეტის ხელისუფლების, დევნილი და კონფლიქტით დაზარალებული "
                  "მოსახლეობის, მედიისა და არასამთავრობო ორგანიზაციების წარმომადგენლები "
                  "1325-ე რეზოლუციის ლოკალიზაციის ახალ კოალიციურ პროექტს გაეცნობიან.",
            "az": "Bələdiyyə rəhbərliyinin, məcburi köçkün və münaqişədən zərər çəkmiş əhalinin, "
                  "medianın və qeyri-hökumət təşkilatlarının nümayəndələri 1325 saylı qətnamənin "
                  "yerliləşdirilməsinə dair yeni koalisiya layihəsi ilə tanış olacaqlar.",
            "en": "Local officials, displaced and conflict-affected residents, media and NGOs are "
                  "invited to learn about the new coalition project on localising UNSCR 1325.",
        },
        "body": {
            "ka": [
                "შეხვედრაზე მოწვეულნი არიან ხაშურის მუნიციპალიტეტის აღმასრულებელი ორგანოსა და "
                "საკრებულოს წევრები, კონფლიქტის შედეგად დაზარალებული და დევნილი მოსახლეობის "
                "წარმომადგენლები, ადგილობრივი მედია, არასამთავრობო ორგანიზაციები და ყველა "
                "დაინტერესებული პირი.",
                "ორგანიზატორები დამსწრეებს გააცნობენ პროექტს, რომელიც 1325-ე რეზოლუციის "
                "ეროვნული სამოქმედო გეგმის ადგილობრივ დონეზე განხორციელებას, ამ საკითხებზე "
                "დიალოგის გააქტიურებასა და ქალების მონაწილეობის გაზრდას ემსახურება.",
                "შეხვედრის ერთ-ერთი მიზანია მუნიციპალიტეტში სამუშაო ჯგუფის შექმნის "
                "ხელშეწყობა. ჯგუფი გენდერული თანასწორობის მუნიციპალურ სამოქმედო გეგმაში "
                "1325-ე რეზოლუციასთან დაკავშირებულ საკითხებზე იმუშავებს.",
                "დევნილებთან და კონფლიქტით დაზარალებულ მოსახლეობასთან კონსულტაციები მათი "
                "საჭიროებების გამოვლენას ემსახურება, რათა მუნიციპალიტეტმა ისინი შემდგომ "
                "მაქსიმალურად გაითვალისწინოს.",
                "პროექტი აშშ-ის სახელმწიფო დეპარტამენტისა და გაეროს ქალთა ორგანიზაციის "
                "დაფინანსებით ხორციელდება. დამატებითი ინფორმაციისთვის დაუკავშირდით ნინო "
                "მოდებაძეს: +995 555 10 19 66.",
            ],
            "az": [
                "Görüşə Xaşuri bələdiyyəsinin icra orqanının və bələdiyyə şurasının üzvləri, "
                "münaqişədən zərər çəkmiş və məcburi köçkün əhalinin nümayəndələri, yerli media, "
                "qeyri-hökumət təşkilatları və bütün maraqlanan şəxslər dəvət olunur.",
                "Təşkilatçılar iştirakçıları 1325 saylı qətnamə üzrə Milli Fəaliyyət Planının "
                "yerli səviyyədə icrasına, bu mövzuda dialoqun canlandırılmasına və qadınların "
                "iştirakının artırılmasına yönəlmiş layihə ilə tanış edəcəklər.",
                "Görüşün məqsədlərindən biri bələdiyyədə işçi qrupun yaradılmasına dəstək "
                "verməkdir. Qrup gender bərabərliyi üzrə bələdiyyə fəaliyyət planında 1325 saylı "
                "qətnamə ilə bağlı məsələlər üzərində işləyəcək.",
                "Məcburi köçkünlər və münaqişədən zərər çəkmiş əhali ilə məsləhətləşmələr onların "
                "ehtiyaclarını üzə çıxarmağa xidmət edir ki, bələdiyyə sonradan bu ehtiyacları "
                "maksimum nəzərə alsın.",
                "Layihə ABŞ Dövlət Departamenti və BMT Qadınlar Təşkilatının maliyyəsi ilə həyata "
                "keçirilir. Əlavə məlumat üçün Nino Modebadze ilə əlaqə saxlayın: "
                "+995 555 10 19 66.",
            ],
            "en": [
                "Members of Khashuri's municipal executive and council, representatives of "
                "conflict-affected and displaced residents, local media, NGOs and anyone "
                "interested are invited.",
                "The organisers will present a project on implementing the UNSCR 1325 National "
                "Action Plan locally, reviving dialogue on these issues and increasing women's "
                "participation.",
                "One aim of the meeting is to help set up a municipal working group on the UNSCR "
                "1325 items of the municipal gender equality action plan.",
                "Consultations with displaced and conflict-affected residents will identify their "
                "needs so that the municipality can take them into account as far as possible.",
                "The project is funded by the U.S. Department of State and UN Women. For more "
                "information contact Nino Modebadze: +995 555 10 19 66.",
            ],
        },
    },
    {
        "slug": "zugdidi-civic-forum-2027",
        "organisation": "wic",
        "start": "2027-06-10T11:00",
        "end": "2027-06-10T16:00",
        "venue": {"ka": "ზუგდიდის მუნიციპალიტეტის მერია"},
        "address": {"ka": ""},
        "municipality": "zugdidi",
        "organiser": {"ka": "ქალთა საინფორმაციო ცენტრი და ფონდი „სოხუმი“"},
        "contact_name": {"ka": ""},
        "contact_phone": "",
        "contact_email": "",
        "topics": ["unscr-1325", "civic-forum"],
        "projects": ["unscr-1325-municipalities-phase-2"],
        "title": {
            "ka": "სამოქალაქო ფორუმი ზუგდიდში: ქალები, მშვიდობა და უსაფრთხოება "
                  "მუნიციპალიტეტში",
        },
        "lead": {
            "ka": "დაგეგმილი პროექტის პირველი სამოქალაქო ფორუმი ზუგდიდელ ქალებს, "
                  "ახალგაზრდებსა და მუნიციპალიტეტის წარმომადგენლებს ერთ მაგიდასთან "
                  "შეკრებს.",
        },
        "body": {
            "ka": [
                "ფორუმზე განიხილება, როგორ აისახა წინა წლებში 1325-ე რეზოლუციასთან "
                "დაკავშირებული ღონისძიებები ზუგდიდის გენდერული თანასწორობის სამოქმედო "
                "გეგმასა და ბიუჯეტში.",
                "დევნილ და კონფლიქტით დაზარალებულ ქალებს შესაძლებლობა ექნებათ, საკუთარი "
                "პრიორიტეტები უშუალოდ საკრებულოს წევრებსა და მერიის წარმომადგენლებს "
                "გააცნონ.",
                "ფორუმი ღიაა ყველა დაინტერესებული პირისთვის. დეტალური დღის წესრიგი და "
                "რეგისტრაციის წესი მოგვიანებით გამოქვეყნდება.",
            ],
        },
    },
    {
        "slug": "quba-right-to-the-city-meeting-2027",
        "organisation": "education-center-for-youth",
        "start": "2027-05-20T10:00",
        "end": "2027-05-20T15:00",
        "venue": {"az": "Quba şəhəri (məkan dəqiqləşdirilir)"},
        "address": {"az": ""},
        "municipality": "quba",
        "organiser": {"az": "Gənclər üçün Təhsil Mərkəzi İctimai Birliyi"},
        "contact_name": {"az": "Fəxrəddin Həsənzadə"},
        "contact_phone": "",
        "contact_email": "",
        "topics": ["womens-participation", "local-policy"],
        "projects": ["right-to-the-city"],
        "title": {
            "az": "Quba: “Qadınların şəhər hüququ” koalisiyasının növbəti görüşü",
        },
        "lead": {
            "az": "Təlimlərdə iştirak etmiş qadınlar Qubada yenidən bir araya gələrək "
                  "hazırladıqları siyasət tövsiyələrini yerli hakimiyyət nümayəndələri ilə "
                  "müzakirə edəcəklər.",
        },
        "body": {
            "az": [
                "Görüş “Şəhər Hüququ: İştirakdan siyasətin qurulmasına qədər” təşəbbüsünün "
                "davamı kimi keçiriləcək.",
                "İştirakçılar qadınların gündəlik həyatına təsir edən məsələlər — ictimai "
                "məkanlar, nəqliyyat və yerli xidmətlər üzrə təkliflərini təqdim edəcəklər.",
                "Görüşə Lənkəran və Zaqataladan olan koalisiya üzvlərinin də qatılması gözlənilir. "
                "Dəqiq məkan və proqram əlavə olaraq elan ediləcək.",
            ],
        },
    },
]

# ---------------------------------------------------------------------------
# Standard pages
# ---------------------------------------------------------------------------

STANDARD_PAGES = [
    {
        "slug": "about",
        "title": {"ka": "ჩვენს შესახებ", "az": "Haqqımızda", "en": "About us"},
        "intro": {
            "ka": "ჩვენ საქართველოსა და აზერბაიჯანის სამოქალაქო ორგანიზაციების კოალიცია ვართ, "
                  "რომელიც ადგილობრივ დემოკრატიასა და თანასწორობაზე მუშაობს.",
            "az": "Biz yerli demokratiya və bərabərlik üzərində çalışan Gürcüstan və Azərbaycan "
                  "vətəndaş təşkilatlarının koalisiyasıyıq.",
            "en": "We are a coalition of civil society organisations from Georgia and Azerbaijan "
                  "working on local democracy and equality.",
        },
        "body": {
            "ka": [
                "კოალიციაში გაერთიანებული არიან ორგანიზაციები, რომლებიც ყოველდღიურად "
                "მუშაობენ მუნიციპალიტეტებთან და მოქალაქეებთან: ქალთა საინფორმაციო ცენტრი, "
                "იგპ ქალთა ასოციაცია „თანხმობა“, კულტურულ-ჰუმანიტარული ფონდი „სოხუმი“, "
                "სამოქალაქო ინტეგრაციის ფონდი, სამოქალაქო საზოგადოების ფორმირების "
                "ხელშემწყობი ცენტრი, „მერკური“, „სამოქალაქო სპექტრი – თანასწორობა“, "
                "საქველმოქმედო ჰუმანიტარული ცენტრი „აფხაზეთი“ და აზერბაიჯანიდან — "
                "„ახალგაზრდების საგანმანათლებლო ცენტრი“.",
                "ჩვენი საქმიანობის ძირითადი მიმართულებებია გენდერული თანასწორობა, გაეროს "
                "უშიშროების საბჭოს 1325-ე რეზოლუციის („ქალები, მშვიდობა და უსაფრთხოება“) "
                "ადგილობრივ დონეზე განხორციელება, ადგილობრივი დემოკრატია და საჯარო "
                "მმართველობის რეფორმის მონიტორინგი, სოციალური დაცვა და მოქალაქეთა "
                "ჩართულობა.",
                "განსაკუთრებულ ყურადღებას ვაქცევთ დევნილ და კონფლიქტით დაზარალებულ ქალებსა და "
                "ახალგაზრდებს, მოწყვლად ჯგუფებს და იმ რეგიონებს, სადაც სამოქალაქო "
                "საზოგადოებას მეტი მხარდაჭერა სჭირდება.",
                "ვთანამშრომლობთ საერთაშორისო პარტნიორებთან — HEKS/EPER-თან და ორგანიზაციასთან "
                "„ადამიანი გაჭირვებაში“. ჩვენს პროექტებს მხარს უჭერენ ევროკავშირი, აშშ-ის "
                "სახელმწიფო დეპარტამენტი, გაეროს ქალთა ორგანიზაცია, გაეროს განვითარების "
                "პროგრამა, შვედური ფონდი „ქალები ქალებისათვის“ და ჩეხეთის საგარეო საქმეთა "
                "სამინისტრო.",
            ],
            "az": [
                "Koalisiyada bələdiyyələr və vətəndaşlarla gündəlik işləyən təşkilatlar birləşir: "
                "Qadın İnformasiya Mərkəzi, “Tanxmoba” Məcburi Köçkün Qadınlar Assosiasiyası, "
                "“Suxumi” Mədəni-Humanitar Fondu, Vətəndaş İnteqrasiyası Fondu, Vətəndaş "
                "Cəmiyyətinin Formalaşmasına Dəstək Mərkəzi, “Merkuri”, “Vətəndaş Spektri – "
                "Bərabərlik”, “Abxaziya” Xeyriyyə Humanitar Mərkəzi və Azərbaycandan Gənclər "
                "üçün Təhsil Mərkəzi İctimai Birliyi.",
                "Fəaliyyətimizin əsas istiqamətləri gender bərabərliyi, BMT Təhlükəsizlik "
                "Şurasının 1325 saylı “Qadınlar, sülh və təhlükəsizlik” qətnaməsinin yerli "
                "səviyyədə icrası, yerli demokratiya və dövlət idarəçiliyi islahatının "
                "monitorinqi, sosial müdafiə və vətəndaş iştirakıdır.",
                "Məcburi köçkün və münaqişədən zərər çəkmiş qadınlara və gənclərə, həssas "
                "qruplara, eləcə də vətəndaş cəmiyyətinin daha çox dəstəyə ehtiyac duyduğu "
                "bölgələrə xüsusi diqqət yetiririk.",
                "Beynəlxalq tərəfdaşlarımız HEKS/EPER və “Çətinlikdə Olan İnsanlar” "
                "təşkilatlarıdır. Layihələrimizi Avropa İttifaqı, ABŞ Dövlət Departamenti, BMT "
                "Qadınlar Təşkilatı, BMT-nin İnkişaf Proqramı, İsveçin “Kvinna till Kvinna” fondu "
                "və Çexiya Xarici İşlər Nazirliyi dəstəkləyir.",
            ],
            "en": [
                "The coalition brings together organisations that work with municipalities and "
                "citizens every day: the Women's Information Center, the IDP Women's Association "
                "“Consent”, Cultural-Humanitarian Fund “Sukhumi”, the Civic Integration "
                "Foundation, the Center for the Support of Civil Society Formation, Merkuri, "
                "Civil Spectrum – Equality, Charity Humanitarian Centre “Abkhazeti” and, from "
                "Azerbaijan, the Education Center for Youth Public Union.",
                "Our main areas of work are gender equality, local implementation of UN Security "
                "Council Resolution 1325 on women, peace and security, local democracy and "
                "monitoring of public administration reform, social protection, and civic "
                "participation.",
                "We pay particular attention to displaced and conflict-affected women and young "
                "people, vulnerable groups and regions where civil society needs more support.",
                "Our international partners are HEKS/EPER and People in Need. Our projects are "
                "supported by the European Union, the U.S. Department of State, UN Women, UNDP, "
                "the Kvinna till Kvinna Foundation and the Czech Ministry of Foreign Affairs.",
            ],
        },
    },
    {
        "slug": "contact",
        "title": {"ka": "კონტაქტი", "az": "Əlaqə", "en": "Contact"},
        "intro": {
            "ka": "კოალიციას ცალკე ოფისი არ აქვს — დაგვიკავშირდით უშუალოდ წევრი "
                  "ორგანიზაციების მეშვეობით.",
            "az": "Koalisiyanın ayrıca ofisi yoxdur — bizimlə birbaşa üzv təşkilatlar vasitəsilə "
                  "əlaqə saxlayın.",
            "en": "The coalition has no office of its own: please get in touch through our member "
                  "organisations.",
        },
        "body": {
            "ka": [
                "თითოეული წევრი ორგანიზაციის გვერდზე ნახავთ მის ოფისებს, ტელეფონის ნომრებსა და "
                "ელექტრონულ მისამართებს, სადაც ეს ინფორმაცია ხელმისაწვდომია.",
                "კონკრეტულ პროექტთან დაკავშირებული კითხვებისთვის იხილეთ პროექტის გვერდი — იქ "
                "მითითებულია საკონტაქტო პირი ან განმახორციელებელი ორგანიზაცია.",
                "ღონისძიებებზე რეგისტრაციისა და დამატებითი ინფორმაციისთვის მიმართეთ "
                "ღონისძიების გვერდზე მითითებულ ორგანიზატორს.",
            ],
            "az": [
                "Hər bir üzv təşkilatın səhifəsində, məlum olduğu halda, onun ofisləri, telefon "
                "nömrələri və elektron poçt ünvanları göstərilib.",
                "Konkret layihə ilə bağlı suallar üçün layihənin səhifəsinə baxın — orada "
                "əlaqələndirici şəxs və ya icraçı təşkilat qeyd olunub.",
                "Tədbirlərdə qeydiyyat və əlavə məlumat üçün tədbir səhifəsində göstərilən "
                "təşkilatçıya müraciət edin.",
            ],
            "en": [
                "Each member organisation's page lists its offices, phone numbers and e-mail "
                "addresses where these are known.",
                "For questions about a specific project, see the project page, which names a "
                "contact person or the implementing organisation.",
                "To register for an event or learn more, contact the organiser named on the event "
                "page.",
            ],
        },
    },
]
