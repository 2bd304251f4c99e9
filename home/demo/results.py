"""The demo projects' results (``ProjectResult``), keyed by project slug: plain data for the loader.

ILLUSTRATIVE, like the amounts of the projects' funding: the indicators follow each project's
activities and expected results in ``data.py`` (and the facts its news items give, such as the
60 activists trained in Bakuriani or the 100 women trained in Lankaran, Quba and Zaqatala), but
the figures are not the projects' reported ones.

Each result has ``indicator``, ``target`` and ``achieved``, each a {"ka", "az", "en"} dict (a
page uses its own language's text), and ``due``, an ISO date or None. ``achieved`` is empty
while there is nothing to report: for the planned project, and for parts of the ongoing ones
still to come.
"""

_NOTHING_YET = {"ka": "", "az": "", "en": ""}


RESULTS = {
    "unscr-1325-localisation": [
        {
            "indicator": {
                "ka": "მუნიციპალიტეტები, რომელთა გენდერული თანასწორობის სამოქმედო გეგმებშიც 1325-ე "
                "რეზოლუციასთან დაკავშირებული ღონისძიებებია ასახული",
                "az": "Gender bərabərliyi üzrə fəaliyyət planlarına 1325 saylı qətnamə ilə bağlı tədbirlər daxil "
                "edilmiş bələdiyyələr",
                "en": "Municipalities whose gender equality action plans include UNSCR 1325 measures",
            },
            "target": {"ka": "10 მუნიციპალიტეტი", "az": "10 bələdiyyə", "en": "10 municipalities"},
            "achieved": {"ka": "9 მუნიციპალიტეტი", "az": "9 bələdiyyə", "en": "9 municipalities"},
            "due": "2020-10-31",
        },
        {
            "indicator": {
                "ka": "მუნიციპალური სამუშაო ჯგუფები გენდერული თანასწორობის სამოქმედო გეგმის 1325-ე "
                "რეზოლუციასთან დაკავშირებულ საკითხებზე",
                "az": "Gender bərabərliyi üzrə fəaliyyət planlarının 1325 saylı qətnamə ilə bağlı məsələləri üzrə "
                "bələdiyyə işçi qrupları",
                "en": "Municipal working groups on the UNSCR 1325 items of the gender equality action plans",
            },
            "target": {"ka": "10 სამუშაო ჯგუფი", "az": "10 işçi qrupu", "en": "10 working groups"},
            "achieved": {"ka": "10 სამუშაო ჯგუფი", "az": "10 işçi qrupu", "en": "10 working groups"},
            "due": "2019-06-30",
        },
        {
            "indicator": {
                "ka": "საჭიროებების შესახებ კონსულტაციებში მონაწილე დევნილები და კონფლიქტით დაზარალებული მაცხოვრებლები",
                "az": "Ehtiyacları barədə məsləhətləşmələrdə iştirak etmiş məcburi köçkünlər və münaqişədən zərər "
                "çəkmiş sakinlər",
                "en": "Displaced and conflict-affected residents consulted on their needs",
            },
            "target": {"ka": "500 ადამიანი", "az": "500 nəfər", "en": "500 people"},
            "achieved": {
                "ka": "620 ადამიანი, მათ შორის 410 ქალი",
                "az": "620 nəfər, onlardan 410-u qadın",
                "en": "620 people, 410 of them women",
            },
            "due": "2019-12-31",
        },
        {
            "indicator": {
                "ka": "ტრენინგგავლილი გენდერული თანასწორობის საბჭოების წევრები და მუნიციპალიტეტების თანამშრომლები",
                "az": "Təlim keçmiş gender bərabərliyi şurası üzvləri və bələdiyyə əməkdaşları",
                "en": "Members of gender equality councils and municipal staff trained",
            },
            "target": {"ka": "150 ადამიანი", "az": "150 nəfər", "en": "150 people"},
            "achieved": {"ka": "174 ადამიანი", "az": "174 nəfər", "en": "174 people"},
            "due": "2020-06-30",
        },
    ],
    "civil-society-equal-participation": [
        {
            "indicator": {
                "ka": "თანასწორობისა და ადამიანის უფლებების მონიტორინგში გადამზადებული სამოქალაქო "
                "ორგანიზაციებისა და აქტივისტთა ჯგუფების წევრები",
                "az": "Bərabərlik və insan hüquqlarının monitorinqi üzrə təlim keçmiş vətəndaş təşkilatlarının və "
                "fəal qrupların üzvləri",
                "en": "Members of civil society organisations and activist groups trained in equality and human "
                "rights monitoring",
            },
            "target": {"ka": "60 ადამიანი", "az": "60 nəfər", "en": "60 people"},
            "achieved": {
                "ka": "60 ადამიანი (ბაკურიანი, 2024 წლის ივლისი)",
                "az": "60 nəfər (Bakuriani, 2024-cü ilin iyulu)",
                "en": "60 people (Bakuriani, July 2024)",
            },
            "due": "2024-07-31",
        },
        {
            "indicator": {
                "ka": "თანასწორობის ჭრილში შეფასებული მუნიციპალური პოლიტიკის დოკუმენტები და ბიუჯეტები",
                "az": "Bərabərlik baxımından qiymətləndirilmiş bələdiyyə siyasəti sənədləri və büdcələri",
                "en": "Municipal policies and budgets assessed from an equality perspective",
            },
            "target": {"ka": "8 შეფასება", "az": "8 qiymətləndirmə", "en": "8 assessments"},
            "achieved": {"ka": "5 შეფასება", "az": "5 qiymətləndirmə", "en": "5 assessments"},
            "due": "2027-01-31",
        },
        {
            "indicator": {
                "ka": "ადვოკატირების კამპანიები რეგიონების პრობლემებზე",
                "az": "Regionların problemləri üzrə vəkillik kampaniyaları",
                "en": "Advocacy campaigns on the regions' problems",
            },
            "target": {"ka": "6 კამპანია", "az": "6 kampaniya", "en": "6 campaigns"},
            "achieved": {"ka": "4 კამპანია", "az": "4 kampaniya", "en": "4 campaigns"},
            "due": "2027-01-31",
        },
        {
            # Counted at the end of the project.
            "indicator": {
                "ka": "მუნიციპალური ბიუჯეტის დაგეგმვაში ჩართული მოქალაქეები",
                "az": "Bələdiyyə büdcəsinin planlaşdırılmasına qoşulmuş vətəndaşlar",
                "en": "Citizens taking part in municipal budget planning",
            },
            "target": {"ka": "300 მოქალაქე", "az": "300 vətəndaş", "en": "300 citizens"},
            "achieved": _NOTHING_YET,
            "due": "2027-01-31",
        },
    ],
    "par-monitoring-west-georgia": [
        {
            "indicator": {
                "ka": "სამოქალაქო ორგანიზაციებისა და თვითმმართველობის ერთობლივი სამუშაო ჯგუფები სამოქმედო გეგმით",
                "az": "Fəaliyyət planı olan vətəndaş təşkilatları və yerli hakimiyyətin birgə işçi qrupları",
                "en": "Joint working groups of civil society and local government, with an action plan",
            },
            "target": {"ka": "8 მუნიციპალიტეტში", "az": "8 bələdiyyədə", "en": "In 8 municipalities"},
            "achieved": {"ka": "8 მუნიციპალიტეტში", "az": "8 bələdiyyədə", "en": "In 8 municipalities"},
            "due": "2020-03-31",
        },
        {
            "indicator": {
                "ka": "მუნიციპალიტეტები, სადაც ეთიკის კოდექსი ან ანტიკორუფციული დებულება შემუშავდა",
                "az": "Etika məcəlləsi və ya korrupsiyaya qarşı əsasnamə hazırlanmış bələdiyyələr",
                "en": "Municipalities with a code of ethics or an anti-corruption regulation drafted",
            },
            "target": {"ka": "8 მუნიციპალიტეტი", "az": "8 bələdiyyə", "en": "8 municipalities"},
            "achieved": {"ka": "6 მუნიციპალიტეტი", "az": "6 bələdiyyə", "en": "6 municipalities"},
            "due": "2021-08-31",
        },
        {
            "indicator": {
                "ka": "მუნიციპალიტეტები, სადაც ელექტრონული პეტიციები დაინერგა",
                "az": "Elektron petisiyaların tətbiq olunduğu bələdiyyələr",
                "en": "Municipalities that introduced e-petitions",
            },
            "target": {"ka": "8 მუნიციპალიტეტი", "az": "8 bələdiyyə", "en": "8 municipalities"},
            "achieved": {"ka": "5 მუნიციპალიტეტი", "az": "5 bələdiyyə", "en": "5 municipalities"},
            "due": "2021-08-31",
        },
        {
            "indicator": {
                "ka": "მუნიციპალიტეტები, სადაც სამოქალაქო ბიუჯეტირება დაინერგა",
                "az": "İştirakçı büdcələşdirmənin tətbiq olunduğu bələdiyyələr",
                "en": "Municipalities that introduced participatory budgeting",
            },
            "target": {"ka": "3 მუნიციპალიტეტი", "az": "3 bələdiyyə", "en": "3 municipalities"},
            "achieved": {"ka": "2 მუნიციპალიტეტი", "az": "2 bələdiyyə", "en": "2 municipalities"},
            "due": "2021-08-31",
        },
    ],
    "zugdidi-community-advocacy": [
        {
            "indicator": {
                "ka": "ქალთა საინიციატივო ჯგუფების მიერ დასმული საკითხები, რომლებსაც მუნიციპალიტეტმა "
                "ოფიციალურად უპასუხა",
                "az": "Qadın təşəbbüs qruplarının qaldırdığı və bələdiyyənin rəsmi cavab verdiyi məsələlər",
                "en": "Issues raised by women's initiative groups that the municipality answered officially",
            },
            "target": {"ka": "10 საკითხი", "az": "10 məsələ", "en": "10 issues"},
            "achieved": {"ka": "12 საკითხი", "az": "12 məsələ", "en": "12 issues"},
            "due": "2022-12-31",
        },
        {
            "indicator": {
                "ka": "შეხვედრები ზუგდიდში მდებარე აფხაზეთის მე-12 საჯარო სკოლის ახალგაზრდულ სივრცეში",
                "az": "Zuqdididə yerləşən Abxaziyanın 12 nömrəli dövlət məktəbindəki gənclər məkanında görüşlər",
                "en": "Meetings in the youth space at Abkhazia's Public School No. 12 in Zugdidi",
            },
            "target": {"ka": "10 შეხვედრა", "az": "10 görüş", "en": "10 meetings"},
            "achieved": {"ka": "8 შეხვედრა", "az": "8 görüş", "en": "8 meetings"},
            "due": "2022-12-31",
        },
        {
            "indicator": {
                "ka": "ამომრჩევლის რჩევის აპლიკაციის შესახებ ინფორმირებული ამომრჩევლები",
                "az": "Seçiciyə məsləhət tətbiqi barədə məlumatlandırılmış seçicilər",
                "en": "Voters informed about the voting-advice app",
            },
            "target": {"ka": "300 ამომრჩეველი", "az": "300 seçici", "en": "300 voters"},
            "achieved": {"ka": "260 ამომრჩეველი", "az": "260 seçici", "en": "260 voters"},
            "due": "2021-09-30",
        },
    ],
    "social-protection-dialogue": [
        {
            "indicator": {
                "ka": "საჯარო და სამოქალაქო სექტორების სოციალური ჩართულობის მრჩეველთა საბჭო გორში",
                "az": "Qoridə dövlət və vətəndaş sektorlarının sosial inklüzivlik üzrə məşvərət şurası",
                "en": "Social inclusion advisory council of the public and civic sectors in Gori",
            },
            "target": {
                "ka": "დაფუძნებულია და რეგულარულად იკრიბება",
                "az": "Yaradılıb və müntəzəm toplanır",
                "en": "Founded and meeting regularly",
            },
            "achieved": {
                "ka": "დაფუძნდა 2017 წელს; გაიმართა 6 სხდომა",
                "az": "2017-ci ildə yaradılıb; 6 iclas keçirilib",
                "en": "Founded in 2017; 6 meetings held",
            },
            "due": "2017-09-30",
        },
        {
            "indicator": {
                "ka": "მოსახლეობის საჭიროებებზე დაფუძნებული ადგილობრივი სოციალური დაცვის სტრატეგია",
                "az": "Əhalinin ehtiyaclarına əsaslanan yerli sosial müdafiə strategiyası",
                "en": "Local social protection strategy based on residents' needs",
            },
            "target": {
                "ka": "შემუშავებული და საკრებულოსთვის წარდგენილი",
                "az": "Hazırlanıb və bələdiyyə şurasına təqdim olunub",
                "en": "Drafted and submitted to the municipal council",
            },
            "achieved": {
                "ka": "საკრებულოს 2018 წლის აპრილში წარედგინა",
                "az": "2018-ci ilin aprelində bələdiyyə şurasına təqdim olunub",
                "en": "Submitted to the council in April 2018",
            },
            "due": "2018-05-31",
        },
        {
            "indicator": {
                "ka": "სტრატეგიულ დაგეგმვასა და ბიუჯეტის მონიტორინგში გადამზადებული რეგიონის არასამთავრობო "
                "ორგანიზაციები",
                "az": "Strateji planlaşdırma və büdcə monitorinqi üzrə təlim keçmiş regional QHT-lər",
                "en": "NGOs in the region trained in strategic planning and budget monitoring",
            },
            "target": {"ka": "20 ორგანიზაცია", "az": "20 təşkilat", "en": "20 organisations"},
            "achieved": {"ka": "23 ორგანიზაცია", "az": "23 təşkilat", "en": "23 organisations"},
            "due": "2018-03-31",
        },
        {
            "indicator": {
                "ka": "ადგილობრივ სოციალურ პროგრამებში საპილოტოდ დანერგილი ინოვაციური მიდგომები",
                "az": "Yerli sosial proqramlarda sınaqdan keçirilmiş innovativ yanaşmalar",
                "en": "Innovative approaches piloted in local social programmes",
            },
            "target": {"ka": "2 მიდგომა", "az": "2 yanaşma", "en": "2 approaches"},
            "achieved": {"ka": "2 მიდგომა", "az": "2 yanaşma", "en": "2 approaches"},
            "due": "2018-05-31",
        },
    ],
    "right-to-the-city": [
        {
            "indicator": {
                "ka": "ლენქორანში, ყუბასა და ზაქათალაში გადამზადებული ქალები",
                "az": "Lənkəran, Quba və Zaqatalada təlim keçmiş qadınlar",
                "en": "Women trained in Lankaran, Quba and Zaqatala",
            },
            "target": {"ka": "90 ქალი", "az": "90 qadın", "en": "90 women"},
            "achieved": {"ka": "100 ქალი", "az": "100 qadın", "en": "100 women"},
            "due": "2026-06-30",
        },
        {
            "indicator": {
                "ka": "შექმნილი კოალიციები „ქალთა უფლება ქალაქზე“",
                "az": "Yaradılmış “Qadınların şəhər hüququ” koalisiyaları",
                "en": "“Women's right to the city” coalitions set up",
            },
            "target": {
                "ka": "3 კოალიცია, თითო რეგიონში",
                "az": "3 koalisiya, hər regionda bir",
                "en": "3 coalitions, one in each region",
            },
            "achieved": _NOTHING_YET,
            "due": "2027-02-28",
        },
        {
            "indicator": {
                "ka": "ადგილობრივ ხელისუფლებასთან განხილული პოლიტიკის რეკომენდაციები",
                "az": "Yerli hakimiyyətlə müzakirə olunmuş siyasət tövsiyələri",
                "en": "Policy recommendations discussed with the local authorities",
            },
            "target": {"ka": "6 რეკომენდაცია", "az": "6 tövsiyə", "en": "6 recommendations"},
            "achieved": _NOTHING_YET,
            "due": "2027-06-30",
        },
    ],
    "unscr-1325-municipalities-phase-2": [
        {
            "indicator": {
                "ka": "მუნიციპალიტეტები, რომელთა ბიუჯეტიც 1325-ე რეზოლუციასთან დაკავშირებულ ღონისძიებებს აფინანსებს",
                "az": "Büdcəsində 1325 saylı qətnamə ilə bağlı tədbirlərə vəsait ayrılmış bələdiyyələr",
                "en": "Municipalities whose budgets fund UNSCR 1325 measures",
            },
            "target": {"ka": "6 მუნიციპალიტეტი", "az": "6 bələdiyyə", "en": "6 municipalities"},
            "achieved": _NOTHING_YET,
            "due": "2029-02-28",
        },
        {
            "indicator": {
                "ka": "ქალთა მონიტორინგის ჯგუფები, რომლებიც გეგმების შესრულებას რეგულარულად აფასებენ",
                "az": "Planların icrasını müntəzəm qiymətləndirən qadın monitorinq qrupları",
                "en": "Women's monitoring groups regularly assessing how the plans are implemented",
            },
            "target": {
                "ka": "6 ჯგუფი, თითო მუნიციპალიტეტში",
                "az": "6 qrup, hər bələdiyyədə bir",
                "en": "6 groups, one in each municipality",
            },
            "achieved": _NOTHING_YET,
            "due": "2028-06-30",
        },
        {
            "indicator": {
                "ka": "მუნიციპალური ბიუჯეტების გამოქვეყნებული გენდერული ანალიზები",
                "az": "Bələdiyyə büdcələrinin dərc olunmuş gender təhlilləri",
                "en": "Gender analyses of municipal budgets published",
            },
            "target": {
                "ka": "12 ანალიზი (6 მუნიციპალიტეტი, ორი საბიუჯეტო წელი)",
                "az": "12 təhlil (6 bələdiyyə, iki büdcə ili)",
                "en": "12 analyses (6 municipalities, two budget years)",
            },
            "achieved": _NOTHING_YET,
            "due": "2029-02-28",
        },
        {
            "indicator": {
                "ka": "ჩატარებული სამოქალაქო ფორუმები",
                "az": "Keçirilmiş vətəndaş forumları",
                "en": "Civic forums held",
            },
            "target": {"ka": "6 ფორუმი", "az": "6 forum", "en": "6 forums"},
            "achieved": _NOTHING_YET,
            "due": "2028-12-31",
        },
    ],
}
