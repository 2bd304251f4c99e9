"""The Azerbaijani news items of the large relevance set (see ``relevance_corpus_az.py``)."""

NEWS = [
    # Lənkəran, and çay (tea) beside Kür çayı (the river).
    dict(
        slug="lankaran-tea-farmers",
        title="Lənkəranda çay fermerləri üçün təlim keçirildi",
        lead="Regional İnkişaf İctimai Birliyinin təlimində 40 fermer çay kollarının budanmasını və "
        "məhsulun satışını öyrəndi.",
        places=["lankaran"],
    ),
    dict(
        slug="lankaran-youth-volunteers",
        title="Lənkəran gənclər evində könüllülük proqramı başladı",
        lead="Proqrama 60 məktəbli qoşulub; onlar yaşlı sakinlərə və şəhər kitabxanasına kömək edəcəklər.",
        places=["lankaran"],
    ),
    dict(
        slug="lankaran-women-grants",
        title="Lənkəranlı qadın sahibkarlara ilk qrantlar verildi",
        lead="ABŞ Beynəlxalq İnkişaf Agentliyinin dəstəklədiyi layihədə 20 qadın kiçik biznesi üçün qrant aldı.",
        places=["lankaran"],
        projects=["lankaran-women-entrepreneurs"],
    ),
    dict(
        slug="kura-river-cleanup",
        title="Mingəçevirdə Kür çayının sahilində təmizlik aksiyası",
        lead="Gənc Liderlər Şəbəkəsinin könüllüləri çay sahilindən 300 kisə zibil topladı.",
        places=["mingachevir"],
    ),
    # Şəki, and şəkil (picture); Şəki-Zaqatala, the region.
    dict(
        slug="sheki-women-council-meetings",
        title="Şəkidə qadınlar bələdiyyə iclaslarında kənd problemlərini qaldırdı",
        lead="Şəki Qadın Təşəbbüsləri Mərkəzinin dəstəklədiyi qruplar yol, su və məktəb problemlərini müzakirə etdi.",
        places=["sheki"],
        projects=["sheki-women-decisions"],
    ),
    dict(
        slug="zaqatala-kindergarten",
        title="Zaqatalada qadın təşəbbüs qrupu uşaq bağçası üçün bina tapdı",
        lead="Qrupun müraciətindən sonra bələdiyyə köhnə məktəb binasını uşaq bağçasına verdi.",
        places=["zaqatala"],
        projects=["sheki-women-decisions"],
    ),
    dict(
        slug="ganja-photo-contest",
        title="Gəncədə gənclər arasında şəkil müsabiqəsi",
        lead="“Mənim şəhərim” mövzusunda keçirilən müsabiqəyə 200-dən çox şəkil göndərilib.",
        places=["ganja"],
    ),
    dict(
        slug="sheki-zaqatala-municipalities",
        title="Şəki-Zaqatala bölgəsinin bələdiyyələri təcrübə mübadiləsində",
        lead="Altı bələdiyyənin üzvləri Qaxda gender büdcələşdirməsi üzrə seminarda iştirak etdi.",
    ),
    dict(
        slug="sheki-women-mentoring",
        title="Şəkidə qadın sahibkarlar üçün mentorluq proqramı",
        lead="Təcrübəli iş qadınları 30 gənc sahibkara biznes planı və satış üzrə məsləhət verəcək.",
        places=["sheki"],
    ),
    # Gəncə, and gənc / gənclər (young).
    dict(
        slug="ganja-youth-forum",
        title="Gəncədə gənclər forumu: 300 iştirakçı",
        lead="Gənc Liderlər Şəbəkəsinin təşkil etdiyi forumda gənclər bələdiyyə rəhbərləri ilə görüşdü.",
        places=["ganja"],
    ),
    dict(
        slug="ganja-students-voters",
        title="Gəncə Dövlət Universitetinin tələbələri seçicilərə məlumat verir",
        lead="Tələbə könüllülər seçki məntəqələrinin ünvanlarını və səsvermə qaydalarını izah edir.",
        places=["ganja"],
    ),
    dict(
        slug="sumgait-vocational-courses",
        title="Sumqayıtda gənclər üçün peşə kursları",
        lead="Sumqayıt gənclərinə kompüter və elektrik ustası kursları təklif olunur.",
        places=["sumgait"],
    ),
    dict(
        slug="ganja-youth-camp",
        title="Gəncəli gənc liderlər Zuqdidi gənclər düşərgəsində",
        lead="Gənc Liderlər Şəbəkəsinin 12 üzvü Gəncədən Zuqdidiyə yay düşərgəsinə gedib.",
        places=["zugdidi"],
    ),
    # Sumqayıt, waste (tullantılar, zibil) and the law.
    dict(
        slug="sumgait-industrial-waste",
        title="Sumqayıtda sənaye tullantıları: yeni hesabat",
        lead="Ekoloji Maarifləndirmə Assosiasiyasının hesabatına görə, şəhərin köhnə sənaye zonasında 12 "
        "tullantı sahəsi hələ də təmizlənməyib.",
        places=["sumgait"],
    ),
    dict(
        slug="sumgait-beach-volunteers",
        title="Sumqayıt sahilində könüllülər iki ton zibil topladı",
        lead="Ekoloji Maarifləndirmə Assosiasiyasının aksiyasında gürcüstanlı könüllülər də iştirak etdi.",
        places=["sumgait"],
        projects=["sumgait-coast-clean"],
    ),
    dict(
        slug="waste-law-changes",
        title="Tullantılar haqqında qanuna dəyişikliklər bələdiyyələrə yeni vəzifələr qoyur",
        lead="2027-ci ildən hər bələdiyyənin tullantıların idarə edilməsi planı olmalıdır.",
    ),
    # Şamaxı, İsmayıllı.
    dict(
        slug="shamakhi-cooperative",
        title="Şamaxıda üzümçülər kooperativ yaratdı",
        lead="Kooperativə 35 ailə qoşulub; onlar üzümü birlikdə emal edib satacaqlar.",
        places=["shamakhi"],
        projects=["shamakhi-vineyards"],
    ),
    dict(
        slug="shamakhi-observatory",
        title="Şamaxı Astrofizika Rəsədxanasında məktəblilər üçün ekskursiya",
        lead="Kənd məktəblərinin 80 şagirdi rəsədxananın teleskopları ilə tanış oldu.",
        places=["shamakhi"],
    ),
    dict(
        slug="ismayilli-mountain-roads",
        title="İsmayıllıda dağ kəndlərinin yolları qışa hazırlanır",
        lead="Bələdiyyə qar təmizləyən texnika aldı; sakinlər məktəb avtobusunun marşrutunun birinci "
        "təmizlənməsini istəyir.",
        places=["ismayilli"],
    ),
    # Xaçmaz, Quba: water (su, içməli su) and suvarma.
    dict(
        slug="khachmaz-water-schedule",
        title="Xaçmaz kəndlərində içməli su qrafiki yaxşılaşdı",
        lead="Sakinlərin monitorinqindən sonra su kəndlərə gündə 16 saat verilir.",
        places=["khachmaz"],
        projects=["khachmaz-drinking-water"],
    ),
    dict(
        slug="quba-apple-irrigation",
        title="Qubada alma bağları üçün damcı suvarma sistemi",
        lead="Quba fermerləri bağlarda damcı suvarma sistemləri quraşdırdı.",
        places=["quba"],
    ),
    dict(
        slug="khachmaz-village-roads",
        title="Xaçmazda kənd yollarının təmiri",
        lead="Bələdiyyə üç kəndi rayon mərkəzinə birləşdirən yolu təmir etdi.",
        places=["khachmaz"],
    ),
    # Qəbələ, and qəbul (reception).
    dict(
        slug="gabala-guest-houses",
        title="Qəbələdə kənd ailələri qonaq evləri açır",
        lead="İcma turizmi layihəsində 15 ailə evinin bir hissəsini turistlər üçün hazırlayıb.",
        places=["gabala"],
        projects=["gabala-community-tourism"],
    ),
    dict(
        slug="citizens-reception-days",
        title="Bələdiyyələrdə vətəndaş qəbulu günləri",
        lead="Sumqayıt və Gəncə bələdiyyələri ayda iki dəfə vətəndaş qəbulu keçirir.",
    ),
    # Roads and schools.
    dict(
        slug="ganja-pedestrian-crossings",
        title="Gəncədə məktəblərin yanında yeni piyada keçidləri",
        lead="Valideynlərin müraciətindən sonra bələdiyyə məktəb yollarında 10 piyada keçidi çəkdi.",
        places=["ganja"],
    ),
    dict(
        slug="school-crossings-batumi",
        title="Batumidə məktəblərin yanındakı yollarda təhlükəsiz keçidlər quruldu",
        lead="Yol Təhlükəsizliyi Assosiasiyası “Məktəbə təhlükəsiz yol” layihəsi çərçivəsində 12 keçid işarələdi.",
        places=["batumi"],
    ),
    # Voters, and bələdçi (guide) beside bələdiyyə.
    dict(
        slug="voters-guide",
        title="Seçicilər üçün bələdçi: bələdiyyə seçkiləri",
        lead="Gənc Liderlər Şəbəkəsi seçicilərə siyahıda öz məlumatlarını necə yoxlamağı izah edən bələdçi hazırlayıb.",
    ),
    dict(
        slug="mingachevir-voters-meetings",
        title="Mingəçevirdə seçicilərlə görüşlər",
        lead="Könüllülər kəndlərdə seçicilərə səsvermə qaydalarını izah etdi.",
        places=["mingachevir"],
    ),
    # Donors, named as the Azerbaijani press names them, and their near-misses.
    dict(
        slug="usaid-rural-program",
        title="ABŞ Beynəlxalq İnkişaf Agentliyi kənd icmaları üçün yeni proqram elan etdi",
        lead="Agentliyin proqramı on rayonda kənd icmalarının təşəbbüslərini maliyyələşdirəcək.",
    ),
    dict(
        slug="us-embassy-small-grants",
        title="ABŞ səfirliyinin kiçik qrantlar müsabiqəsi",
        lead="Səfirlik gənclər təşkilatlarına 5 000 dollaradək qrantlar verəcək.",
    ),
    dict(
        slug="osf-information-freedom",
        title="Açıq Cəmiyyət Fondları məlumat azadlığı üzrə təşkilatları bir araya gətirdi",
        lead="Görüşdə Gənc Liderlər Şəbəkəsi bələdiyyələrə göndərilən sorğuların nəticələrini təqdim etdi.",
    ),
    dict(
        slug="open-government-ganja",
        title="Açıq hökumət təşəbbüsü: Gəncə bələdiyyəsi fəaliyyət planı hazırlayır",
        lead="Bələdiyyə açıq hökumət tərəfdaşlığının yerli proqramına qoşulub.",
        places=["ganja"],
    ),
    dict(
        slug="eu-delegation-shamakhi",
        title="Avropa Birliyinin nümayəndələri Şamaxıda üzümçülərlə görüşdü",
        lead="Avropa Birliyinin nümayəndə heyəti üzümçülər kooperativinin emal sexinə baş çəkdi.",
        places=["shamakhi"],
        projects=["shamakhi-vineyards"],
    ),
    dict(
        slug="coe-charter-experts",
        title="Avropa Şurasının ekspertləri Yerli Özünüidarə Xartiyası haqqında",
        lead="Ekspertlər bələdiyyə üzvlərinə Xartiyanın tələblərini və ölkə üzrə son hesabatı təqdim etdi.",
    ),
    dict(
        slug="undp-gabala-fair",
        title="BMT-nin İnkişaf Proqramı Qəbələdə turizm sərgisi keçirdi",
        lead="Sərgidə qonaq evləri və yerli bələdçilər öz xidmətlərini təqdim etdi.",
        places=["gabala"],
    ),
    dict(
        slug="giz-khachmaz-water",
        title="Almaniya Beynəlxalq Əməkdaşlıq Cəmiyyəti Xaçmazda su monitorinqini dəstəkləyir",
        lead="Kənd sakinləri içməli suyun keyfiyyətini özləri yoxlayacaq.",
        places=["khachmaz"],
        projects=["khachmaz-drinking-water"],
    ),
    dict(
        slug="sida-gender-report",
        title="İsveç Beynəlxalq İnkişaf Əməkdaşlığı Agentliyinin gender hesabatı",
        lead="Hesabata görə, bələdiyyə üzvlərinin yalnız 39 faizi qadındır.",
    ),
    dict(
        slug="children-rights-lankaran",
        title="Lənkəranda BMT-nin Uşaq Fondu ilə uşaq hüquqları günü",
        lead="Məktəblilər uşaq hüquqları mövzusunda plakatlar hazırlayıb şəhər parkında sərgilədi.",
        places=["lankaran"],
    ),
    # Georgian partners and places, named in Azerbaijani.
    dict(
        slug="lankaran-partners-visit",
        title="Lənkəranlı tərəfdaşlar Telavidəki qadın otağını ziyarət etdi",
        lead="Regional İnkişaf İctimai Birliyinin nümayəndə heyəti Lənkərandan Telaviyə gedərək qadın "
        "otağının işi ilə tanış oldu.",
        places=["telavi"],
        projects=["cross-border-women-entrepreneurs"],
    ),
    dict(
        slug="telavi-womens-room",
        title="Telavidə qadın otağı açıldı",
        lead="“Tanadqoma” Qadın Fondunun İsveç Beynəlxalq İnkişaf Əməkdaşlığı Agentliyinin dəstəyi ilə "
        "açdığı otaqda qadınlara pulsuz hüquqi məsləhət verilir.",
        places=["telavi"],
    ),
    dict(
        slug="gori-village-water",
        title="Qori kəndlərində içməli su verilişi yaxşılaşdı",
        lead="Kənd sakinlərinin monitorinqindən sonra su gün ərzində fasiləsiz verilir.",
        places=["gori"],
    ),
    # Towns and services.
    dict(
        slug="budget-hearings-lankaran-sheki",
        title="Bələdiyyə büdcəsi üzrə ictimai dinləmələr Lənkəranda və Şəkidə",
        lead="Sakinlər gələn ilin büdcəsinə 60-dan çox təklif verdi.",
        places=["lankaran", "sheki"],
    ),
    dict(
        slug="mingachevir-youth-council",
        title="Mingəçevir gənclər şurası ilk iclasını keçirdi",
        lead="Şura gənclər üçün idman meydançası və kitabxana təklif etdi.",
        places=["mingachevir"],
        projects=["ganja-youth-councils"],
    ),
    dict(
        slug="sumgait-ramps",
        title="Sumqayıtda əlilliyi olan şəxslər üçün rampalar quruldu",
        lead="Bələdiyyə binası və iki poliklinika əlil arabası ilə hərəkət edənlər üçün əlçatan oldu.",
        places=["sumgait"],
    ),
    dict(
        slug="sheki-kindergarten-inclusion",
        title="Şəkidə əlilliyi olan uşaqların uşaq bağçalarına cəlb edilməsi",
        lead="Şəhərin üç uşaq bağçasında tərbiyəçilər inklüziv təhsil üzrə təlim keçdi.",
        places=["sheki"],
    ),
    dict(
        slug="masalli-honey-producers",
        title="Masallıda arıçılar birliyi yaradıldı",
        lead="Birliyə Masallı və Lənkəran kəndlərindən 25 arıçı qoşulub.",
        places=["masalli"],
    ),
]
