"""Every region and municipality of Georgia and Azerbaijan, named in Georgian, Azerbaijani and
English: plain data, read by ``partners.places_loading`` (``bootstrap_site`` and the migration
``partners/migrations/0004_every_place.py``).

Sources (the authoritative public lists):

- Georgia: the Organic Law of Georgia "Local Self-Government Code" (2014, as amended in 2017),
  its Annex listing the municipalities: 64 municipalities, 5 of them self-governing cities
  (Tbilisi, Batumi, Kutaisi, Rustavi, Poti; since 2017 Telavi, Ozurgeti, Zugdidi, Gori,
  Ambrolauri, Mtskheta and Akhaltsikhe are again one municipality with the land around them),
  grouped by the 9 regions (mkhare), the capital and the two autonomous republics. Georgian law
  also keeps the municipalities of the occupied territories: those of the Autonomous Republic of
  Abkhazia (Gagra, Gudauta, Sukhumi, Gulripshi, Ochamchire, Tkvarcheli, Gali, as the Abkhazian
  government in Tbilisi lists them) and, of the former South Ossetian autonomous region, Akhalgori
  (Mtskheta-Mtianeti), Java and the temporary administrative-territorial units Kurta, Eredvi and
  Tighva (Shida Kartli).
- Azerbaijan: the presidential decree No. 1386 of 7 July 2021 "On the new division of economic
  regions of the Republic of Azerbaijan" (14 economic regions and the cities and districts in
  each), and the administrative-territorial division: 66 districts (rayon) and 11 cities of
  republican subordination. The decree names 8 of the cities; Lankaran, Shaki and Yevlakh
  cities are counted with their districts there and are listed here in the same region.

Doubts (to check against the texts in force when this is next revised):

- Tighva (თიღვა) is a temporary unit of Georgian law like Kurta and Eredvi, as the Council of
  Europe's list of Georgian municipalities has it; its place in Shida Kartli follows Georgian law.
- Tkvarcheli is listed in Abkhazia as Georgian law has it (the municipality of the Abkhazian
  government in Tbilisi), although it was formed from parts of Ochamchire and Gulripshi.
- Names of Georgian places in Azerbaijani follow the usual Azerbaijani press spelling
  (Laqodexi, Qardabani, Axalsixe); Marneuli, Bolnisi and Dmanisi also have historical Azerbaijani
  names (Sarvan, Bolus, Başkeçid) that are not used here.
- Georgian names of Azerbaijani places follow the usual Georgian forms (ბელაქანი, კახი,
  შამქორი, მინგეჩაური, შექი), other names a plain transliteration.
- Slugs already used by the demo content (home/demo/data.py) are kept, whatever their spelling
  (``zaqatala``, ``quba``, ``quba-khachmaz``, ``stepantsminda`` for Kazbegi municipality);
  ``lankaran``, ``shaki`` and ``yevlakh`` are the districts, ``*-city`` the cities.

Records: REGIONS (slug, country, ka, az, en); MUNICIPALITIES (slug, region slug, ka, az, en).
"""

GEORGIAN_MUNICIPALITIES = 64  # Local Self-Government Code, Annex (self-governing cities included)
GEORGIAN_OCCUPIED_MUNICIPALITIES = 12  # Abkhazia 7, Akhalgori, Java, Kurta, Eredvi, Tighva
AZERBAIJANI_DISTRICTS = 66  # incl. the 7 of the Nakhchivan Autonomous Republic
AZERBAIJANI_CITIES = 11  # of republican subordination (Nakhchivan city included)

GEORGIAN_REGIONS = 12
AZERBAIJANI_REGIONS = 14

# Municipalities in territories occupied by Russia (listed by Georgian law).
OCCUPIED = {
    "gagra", "gudauta", "sukhumi", "gulripshi", "ochamchire", "tkvarcheli", "gali",
    "akhalgori", "java", "kurta", "eredvi", "tighva",
}
# Azerbaijan's cities of republican subordination.
CITIES = {
    "baku", "nakhchivan", "sumgait", "ganja", "naftalan", "khankendi", "mingachevir", "shirvan",
    "lankaran-city", "shaki-city", "yevlakh-city",
}

REGIONS = [
    # Georgia
    ("abkhazia", "GE", "აფხაზეთი", "Abxaziya", "Abkhazia"),
    ("adjara", "GE", "აჭარა", "Acarıstan", "Adjara"),
    ("guria", "GE", "გურია", "Quriya", "Guria"),
    ("imereti", "GE", "იმერეთი", "İmereti", "Imereti"),
    ("kakheti", "GE", "კახეთი", "Kaxeti", "Kakheti"),
    ("kvemo-kartli", "GE", "ქვემო ქართლი", "Kvemo Kartli", "Kvemo Kartli"),
    ("mtskheta-mtianeti", "GE", "მცხეთა-მთიანეთი", "Mtsxeta-Mtianeti", "Mtskheta-Mtianeti"),
    ("racha-lechkhumi-kvemo-svaneti", "GE", "რაჭა-ლეჩხუმი და ქვემო სვანეთი", "Raça-Leçxumi və Aşağı Svanetiya",
     "Racha-Lechkhumi and Kvemo Svaneti"),
    ("samegrelo-zemo-svaneti", "GE", "სამეგრელო-ზემო სვანეთი", "Sameqrelo-Yuxarı Svanetiya", "Samegrelo-Zemo Svaneti"),
    ("samtskhe-javakheti", "GE", "სამცხე-ჯავახეთი", "Samtsxe-Cavaxeti", "Samtskhe-Javakheti"),
    ("shida-kartli", "GE", "შიდა ქართლი", "Şida Kartli", "Shida Kartli"),
    ("tbilisi", "GE", "თბილისი", "Tbilisi", "Tbilisi"),
    # Azerbaijan (decree of 7 July 2021)
    ("baku", "AZ", "ბაქო", "Bakı", "Baku"),
    ("absheron-khizi", "AZ", "აფშერონ-ხიზი", "Abşeron-Xızı", "Absheron-Khizi"),
    ("mountainous-shirvan", "AZ", "მთიანი შირვანი", "Dağlıq Şirvan", "Mountainous Shirvan"),
    ("ganja-dashkasan", "AZ", "განჯა-დაშქესანი", "Gəncə-Daşkəsən", "Ganja-Dashkasan"),
    ("karabakh", "AZ", "ყარაბაღი", "Qarabağ", "Karabakh"),
    ("gazakh-tovuz", "AZ", "ყაზახ-თოვუზი", "Qazax-Tovuz", "Gazakh-Tovuz"),
    ("quba-khachmaz", "AZ", "ყუბა-ხაჩმაზი", "Quba-Xaçmaz", "Guba-Khachmaz"),
    ("lankaran-astara", "AZ", "ლენქორან-ასტარა", "Lənkəran-Astara", "Lankaran-Astara"),
    ("central-aran", "AZ", "ცენტრალური არანი", "Mərkəzi Aran", "Central Aran"),
    ("mil-mughan", "AZ", "მილ-მუღანი", "Mil-Muğan", "Mil-Mughan"),
    ("shaki-zagatala", "AZ", "შექი-ზაქათალა", "Şəki-Zaqatala", "Shaki-Zagatala"),
    ("east-zangezur", "AZ", "აღმოსავლეთ ზანგეზური", "Şərqi Zəngəzur", "East Zangezur"),
    ("shirvan-salyan", "AZ", "შირვან-სალიანი", "Şirvan-Salyan", "Shirvan-Salyan"),
    ("nakhchivan", "AZ", "ნახჭევანი", "Naxçıvan", "Nakhchivan"),
]

MUNICIPALITIES = [
    # --- Georgia ---
    # Tbilisi
    ("tbilisi", "tbilisi", "თბილისი", "Tbilisi", "Tbilisi"),
    # Autonomous Republic of Adjara
    ("batumi", "adjara", "ბათუმი", "Batumi", "Batumi"),
    ("keda", "adjara", "ქედა", "Keda", "Keda"),
    ("kobuleti", "adjara", "ქობულეთი", "Kobuleti", "Kobuleti"),
    ("shuakhevi", "adjara", "შუახევი", "Şuaxevi", "Shuakhevi"),
    ("khelvachauri", "adjara", "ხელვაჩაური", "Xelvaçauri", "Khelvachauri"),
    ("khulo", "adjara", "ხულო", "Xulo", "Khulo"),
    # Guria
    ("ozurgeti", "guria", "ოზურგეთი", "Ozurgeti", "Ozurgeti"),
    ("lanchkhuti", "guria", "ლანჩხუთი", "Lançxuti", "Lanchkhuti"),
    ("chokhatauri", "guria", "ჩოხატაური", "Çoxatauri", "Chokhatauri"),
    # Imereti
    ("kutaisi", "imereti", "ქუთაისი", "Kutaisi", "Kutaisi"),
    ("baghdati", "imereti", "ბაღდათი", "Bağdati", "Baghdati"),
    ("vani", "imereti", "ვანი", "Vani", "Vani"),
    ("zestaponi", "imereti", "ზესტაფონი", "Zestafoni", "Zestaponi"),
    ("terjola", "imereti", "თერჯოლა", "Tercola", "Terjola"),
    ("samtredia", "imereti", "სამტრედია", "Samtrediya", "Samtredia"),
    ("sachkhere", "imereti", "საჩხერე", "Saçxere", "Sachkhere"),
    ("tkibuli", "imereti", "ტყიბული", "Tkibuli", "Tkibuli"),
    ("tskaltubo", "imereti", "წყალტუბო", "Tsxaltubo", "Tskaltubo"),
    ("chiatura", "imereti", "ჭიათურა", "Çiatura", "Chiatura"),
    ("kharagauli", "imereti", "ხარაგაული", "Xaraqauli", "Kharagauli"),
    ("khoni", "imereti", "ხონი", "Xoni", "Khoni"),
    # Kakheti
    ("akhmeta", "kakheti", "ახმეტა", "Axmeta", "Akhmeta"),
    ("gurjaani", "kakheti", "გურჯაანი", "Qurcaani", "Gurjaani"),
    ("dedoplistskaro", "kakheti", "დედოფლისწყარო", "Dedoplistsqaro", "Dedoplistskaro"),
    ("telavi", "kakheti", "თელავი", "Telavi", "Telavi"),
    ("lagodekhi", "kakheti", "ლაგოდეხი", "Laqodexi", "Lagodekhi"),
    ("sagarejo", "kakheti", "საგარეჯო", "Saqareco", "Sagarejo"),
    ("sighnaghi", "kakheti", "სიღნაღი", "Siqnaqi", "Sighnaghi"),
    ("kvareli", "kakheti", "ყვარელი", "Qvareli", "Kvareli"),
    # Kvemo Kartli
    ("rustavi", "kvemo-kartli", "რუსთავი", "Rustavi", "Rustavi"),
    ("bolnisi", "kvemo-kartli", "ბოლნისი", "Bolnisi", "Bolnisi"),
    ("gardabani", "kvemo-kartli", "გარდაბანი", "Qardabani", "Gardabani"),
    ("dmanisi", "kvemo-kartli", "დმანისი", "Dmanisi", "Dmanisi"),
    ("tetritskaro", "kvemo-kartli", "თეთრიწყარო", "Tetritsqaro", "Tetritskaro"),
    ("marneuli", "kvemo-kartli", "მარნეული", "Marneuli", "Marneuli"),
    ("tsalka", "kvemo-kartli", "წალკა", "Tsalka", "Tsalka"),
    # Mtskheta-Mtianeti
    ("dusheti", "mtskheta-mtianeti", "დუშეთი", "Duşeti", "Dusheti"),
    ("tianeti", "mtskheta-mtianeti", "თიანეთი", "Tianeti", "Tianeti"),
    ("mtskheta", "mtskheta-mtianeti", "მცხეთა", "Mtsxeta", "Mtskheta"),
    ("stepantsminda", "mtskheta-mtianeti", "ყაზბეგი", "Qazbeqi", "Kazbegi"),
    ("akhalgori", "mtskheta-mtianeti", "ახალგორი", "Axalqori", "Akhalgori"),
    # Racha-Lechkhumi and Kvemo Svaneti
    ("ambrolauri", "racha-lechkhumi-kvemo-svaneti", "ამბროლაური", "Ambrolauri", "Ambrolauri"),
    ("oni", "racha-lechkhumi-kvemo-svaneti", "ონი", "Oni", "Oni"),
    ("lentekhi", "racha-lechkhumi-kvemo-svaneti", "ლენტეხი", "Lentexi", "Lentekhi"),
    ("tsageri", "racha-lechkhumi-kvemo-svaneti", "ცაგერი", "Tsageri", "Tsageri"),
    # Samegrelo-Zemo Svaneti
    ("zugdidi", "samegrelo-zemo-svaneti", "ზუგდიდი", "Zuqdidi", "Zugdidi"),
    ("poti", "samegrelo-zemo-svaneti", "ფოთი", "Poti", "Poti"),
    ("abasha", "samegrelo-zemo-svaneti", "აბაშა", "Abaşa", "Abasha"),
    ("martvili", "samegrelo-zemo-svaneti", "მარტვილი", "Martvili", "Martvili"),
    ("mestia", "samegrelo-zemo-svaneti", "მესტია", "Mestiya", "Mestia"),
    ("senaki", "samegrelo-zemo-svaneti", "სენაკი", "Senaki", "Senaki"),
    ("chkhorotsku", "samegrelo-zemo-svaneti", "ჩხოროწყუ", "Çxorotsku", "Chkhorotsku"),
    ("tsalenjikha", "samegrelo-zemo-svaneti", "წალენჯიხა", "Tsalencixa", "Tsalenjikha"),
    ("khobi", "samegrelo-zemo-svaneti", "ხობი", "Xobi", "Khobi"),
    # Samtskhe-Javakheti
    ("akhaltsikhe", "samtskhe-javakheti", "ახალციხე", "Axalsixe", "Akhaltsikhe"),
    ("adigeni", "samtskhe-javakheti", "ადიგენი", "Adigeni", "Adigeni"),
    ("aspindza", "samtskhe-javakheti", "ასპინძა", "Aspinza", "Aspindza"),
    ("akhalkalaki", "samtskhe-javakheti", "ახალქალაქი", "Axalkalaki", "Akhalkalaki"),
    ("borjomi", "samtskhe-javakheti", "ბორჯომი", "Borjomi", "Borjomi"),
    ("ninotsminda", "samtskhe-javakheti", "ნინოწმინდა", "Ninotsminda", "Ninotsminda"),
    # Shida Kartli
    ("gori", "shida-kartli", "გორი", "Qori", "Gori"),
    ("kaspi", "shida-kartli", "კასპი", "Kaspi", "Kaspi"),
    ("kareli", "shida-kartli", "ქარელი", "Kareli", "Kareli"),
    ("khashuri", "shida-kartli", "ხაშური", "Xaşuri", "Khashuri"),
    ("java", "shida-kartli", "ჯავა", "Cava", "Java"),
    ("kurta", "shida-kartli", "ქურთა", "Kurta", "Kurta"),
    ("eredvi", "shida-kartli", "ერედვი", "Eredvi", "Eredvi"),
    ("tighva", "shida-kartli", "თიღვა", "Tiğva", "Tighva"),
    # Autonomous Republic of Abkhazia
    ("gagra", "abkhazia", "გაგრა", "Qaqra", "Gagra"),
    ("gudauta", "abkhazia", "გუდაუთა", "Qudauta", "Gudauta"),
    ("sukhumi", "abkhazia", "სოხუმი", "Suxumi", "Sukhumi"),
    ("gulripshi", "abkhazia", "გულრიფში", "Qulripşi", "Gulripshi"),
    ("ochamchire", "abkhazia", "ოჩამჩირე", "Oçamçira", "Ochamchire"),
    ("tkvarcheli", "abkhazia", "ტყვარჩელი", "Tkvarçeli", "Tkvarcheli"),
    ("gali", "abkhazia", "გალი", "Qali", "Gali"),
    # --- Azerbaijan ---
    # Baku
    ("baku", "baku", "ბაქო", "Bakı", "Baku"),
    # Absheron-Khizi
    ("sumgait", "absheron-khizi", "სუმგაითი", "Sumqayıt", "Sumgait"),
    ("absheron", "absheron-khizi", "აფშერონი", "Abşeron", "Absheron"),
    ("khizi", "absheron-khizi", "ხიზი", "Xızı", "Khizi"),
    # Mountainous Shirvan
    ("agsu", "mountainous-shirvan", "აღსუ", "Ağsu", "Agsu"),
    ("ismayilli", "mountainous-shirvan", "ისმაილი", "İsmayıllı", "Ismayilli"),
    ("gobustan", "mountainous-shirvan", "ყობუსტანი", "Qobustan", "Gobustan"),
    ("shamakhi", "mountainous-shirvan", "შამახი", "Şamaxı", "Shamakhi"),
    # Ganja-Dashkasan
    ("ganja", "ganja-dashkasan", "განჯა", "Gəncə", "Ganja"),
    ("naftalan", "ganja-dashkasan", "ნაფტალანი", "Naftalan", "Naftalan"),
    ("dashkasan", "ganja-dashkasan", "დაშქესანი", "Daşkəsən", "Dashkasan"),
    ("goranboy", "ganja-dashkasan", "გორანბოი", "Goranboy", "Goranboy"),
    ("goygol", "ganja-dashkasan", "გოიგოლი", "Göygöl", "Goygol"),
    ("samukh", "ganja-dashkasan", "სამუხი", "Samux", "Samukh"),
    # Karabakh
    ("khankendi", "karabakh", "ხანქენდი", "Xankəndi", "Khankendi"),
    ("aghjabadi", "karabakh", "აღჯაბადი", "Ağcabədi", "Aghjabadi"),
    ("aghdam", "karabakh", "აღდამი", "Ağdam", "Aghdam"),
    ("barda", "karabakh", "ბარდა", "Bərdə", "Barda"),
    ("fuzuli", "karabakh", "ფიზული", "Füzuli", "Fuzuli"),
    ("khojaly", "karabakh", "ხოჯალი", "Xocalı", "Khojaly"),
    ("khojavend", "karabakh", "ხოჯავენდი", "Xocavənd", "Khojavend"),
    ("shusha", "karabakh", "შუშა", "Şuşa", "Shusha"),
    ("tartar", "karabakh", "თერთერი", "Tərtər", "Tartar"),
    # Gazakh-Tovuz
    ("agstafa", "gazakh-tovuz", "აღსტაფა", "Ağstafa", "Agstafa"),
    ("gadabay", "gazakh-tovuz", "გედაბეი", "Gədəbəy", "Gadabay"),
    ("gazakh", "gazakh-tovuz", "ყაზახი", "Qazax", "Gazakh"),
    ("shamkir", "gazakh-tovuz", "შამქორი", "Şəmkir", "Shamkir"),
    ("tovuz", "gazakh-tovuz", "თოვუზი", "Tovuz", "Tovuz"),
    # Guba-Khachmaz
    ("khachmaz", "quba-khachmaz", "ხაჩმაზი", "Xaçmaz", "Khachmaz"),
    ("quba", "quba-khachmaz", "ყუბა", "Quba", "Guba"),
    ("gusar", "quba-khachmaz", "ყუსარი", "Qusar", "Gusar"),
    ("siyazan", "quba-khachmaz", "სიაზანი", "Siyəzən", "Siyazan"),
    ("shabran", "quba-khachmaz", "შაბრანი", "Şabran", "Shabran"),
    # Lankaran-Astara
    ("lankaran-city", "lankaran-astara", "ქალაქი ლენქორანი", "Lənkəran şəhəri", "Lankaran city"),
    ("astara", "lankaran-astara", "ასტარა", "Astara", "Astara"),
    ("jalilabad", "lankaran-astara", "ჯალილაბადი", "Cəlilabad", "Jalilabad"),
    ("lerik", "lankaran-astara", "ლერიკი", "Lerik", "Lerik"),
    ("lankaran", "lankaran-astara", "ლენქორანი", "Lənkəran", "Lankaran"),
    ("masally", "lankaran-astara", "მასალი", "Masallı", "Masally"),
    ("yardimli", "lankaran-astara", "იარდიმლი", "Yardımlı", "Yardimli"),
    # Central Aran
    ("mingachevir", "central-aran", "მინგეჩაური", "Mingəçevir", "Mingachevir"),
    ("yevlakh-city", "central-aran", "ქალაქი ევლახი", "Yevlax şəhəri", "Yevlakh city"),
    ("aghdash", "central-aran", "აღდაში", "Ağdaş", "Aghdash"),
    ("goychay", "central-aran", "გოიჩაი", "Göyçay", "Goychay"),
    ("kurdamir", "central-aran", "ქურდამირი", "Kürdəmir", "Kurdamir"),
    ("ujar", "central-aran", "უჯარი", "Ucar", "Ujar"),
    ("yevlakh", "central-aran", "ევლახი", "Yevlax", "Yevlakh"),
    ("zardab", "central-aran", "ზარდაბი", "Zərdab", "Zardab"),
    # Mil-Mughan
    ("beylagan", "mil-mughan", "ბეილაგანი", "Beyləqan", "Beylagan"),
    ("imishli", "mil-mughan", "იმიშლი", "İmişli", "Imishli"),
    ("saatly", "mil-mughan", "საათლი", "Saatlı", "Saatly"),
    ("sabirabad", "mil-mughan", "საბირაბადი", "Sabirabad", "Sabirabad"),
    # Shaki-Zagatala
    ("shaki-city", "shaki-zagatala", "ქალაქი შექი", "Şəki şəhəri", "Shaki city"),
    ("balakan", "shaki-zagatala", "ბელაქანი", "Balakən", "Balakan"),
    ("gakh", "shaki-zagatala", "კახი", "Qax", "Gakh"),
    ("gabala", "shaki-zagatala", "ყაბალა", "Qəbələ", "Gabala"),
    ("oghuz", "shaki-zagatala", "ოღუზი", "Oğuz", "Oghuz"),
    ("shaki", "shaki-zagatala", "შექი", "Şəki", "Shaki"),
    ("zaqatala", "shaki-zagatala", "ზაქათალა", "Zaqatala", "Zagatala"),
    # East Zangezur
    ("jabrayil", "east-zangezur", "ჯაბრაილი", "Cəbrayıl", "Jabrayil"),
    ("kalbajar", "east-zangezur", "ქელბაჯარი", "Kəlbəcər", "Kalbajar"),
    ("gubadli", "east-zangezur", "ყუბადლი", "Qubadlı", "Gubadli"),
    ("lachin", "east-zangezur", "ლაჩინი", "Laçın", "Lachin"),
    ("zangilan", "east-zangezur", "ზანგილანი", "Zəngilan", "Zangilan"),
    # Shirvan-Salyan
    ("shirvan", "shirvan-salyan", "შირვანი", "Şirvan", "Shirvan"),
    ("bilasuvar", "shirvan-salyan", "ბილასუვარი", "Biləsuvar", "Bilasuvar"),
    ("hajigabul", "shirvan-salyan", "ჰაჯიყაბული", "Hacıqabul", "Hajigabul"),
    ("neftchala", "shirvan-salyan", "ნეფტჩალა", "Neftçala", "Neftchala"),
    ("salyan", "shirvan-salyan", "სალიანი", "Salyan", "Salyan"),
    # Nakhchivan Autonomous Republic
    ("nakhchivan", "nakhchivan", "ნახჭევანი", "Naxçıvan", "Nakhchivan"),
    ("babek", "nakhchivan", "ბაბეკი", "Babək", "Babek"),
    ("julfa", "nakhchivan", "ჯულფა", "Culfa", "Julfa"),
    ("kangarli", "nakhchivan", "კენგერლი", "Kəngərli", "Kangarli"),
    ("ordubad", "nakhchivan", "ორდუბადი", "Ordubad", "Ordubad"),
    ("sadarak", "nakhchivan", "სადარაკი", "Sədərək", "Sadarak"),
    ("shahbuz", "nakhchivan", "შაჰბუზი", "Şahbuz", "Shahbuz"),
    ("sharur", "nakhchivan", "შარური", "Şərur", "Sharur"),
]
