"""The organisations step on small invented pages in German, English, French and Arabic."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from generator.ingest.draft import Draft
from generator.ingest.langdata import load_language
from generator.ingest.pipeline import extract
from generator.ingest.reader import Source
from generator.ingest.steps.latin_organisations import initials_match

RETRIEVED = datetime.date(2026, 5, 10)


def draft_of(text: str) -> Draft:
    source = Source(Path("page.txt"), text.encode(), "txt", text, "utf-8")
    return extract(source, RETRIEVED)


def by_name(draft: Draft) -> dict[str, dict]:
    return {company["name"]: company for company in draft.companies}


PAGE_DE = """Beispielblatt
Nordwerk streicht Stellen in Musterstadt

Von Anna Beispiel | 03.02.2026, 09:15 Uhr

Der Maschinenbauer Nordwerk Antriebe AG will in Musterstadt rund 800 Stellen abbauen. Betroffen ist vor allem die Tochter Nordwerk Digital GmbH, die Software für die Fabriken entwickelt. Das teilte das Unternehmen am Dienstag mit.
Die Finanzchefin Petra Mustermann sagte, der Schritt sei unvermeidlich. Nordwerk beschäftigt weltweit rund 9.000 Menschen. Auch das Bundeskartellamt und die Europäische Kommission prüfen den Verkauf einer Sparte an den Finanzinvestor Weststern Capital.
Kritik kam vom Verband Beispielhafter Maschinenbauer (VBM), der nach eigenen Angaben 300 Mitglieder vertritt. Die Gewerkschaft kündigte Widerstand an. Vor dem Landgericht Musterstadt ist bereits eine Klage anhängig.

Lesen Sie auch: Südwerk Holding AG meldet Rekordgewinn
"""


def test_german_organisations_with_suffixes_prefixes_kinds_and_acronyms():
    draft = draft_of(PAGE_DE)
    companies = by_name(draft)
    assert set(companies) == {
        "Nordwerk Antriebe AG", "Nordwerk Digital GmbH", "Bundeskartellamt", "Europäische Kommission",
        "Weststern Capital", "Verband Beispielhafter Maschinenbauer", "Landgericht Musterstadt",
    }
    nordwerk = companies["Nordwerk Antriebe AG"]
    assert nordwerk["canonical"] == "Nordwerk Antriebe"
    assert "Nordwerk" in nordwerk["aliases"]
    assert companies["Nordwerk Digital GmbH"]["kind"] == "division"
    assert companies["Verband Beispielhafter Maschinenbauer"]["aliases"] == ["VBM"]
    assert companies["Verband Beispielhafter Maschinenbauer"]["kind"] == "association"
    assert companies["Weststern Capital"]["kind"] == "fund"
    assert companies["Bundeskartellamt"]["kind"] == "regulator"
    assert companies["Landgericht Musterstadt"]["kind"] == "court"


def test_german_teasers_people_and_places_are_no_organisations():
    names = {name for company in draft_of(PAGE_DE).companies for name in [company["name"], *company["aliases"]]}
    assert not any("Südwerk" in name for name in names)  # only in a teaser
    assert not any(name in names for name in ("Petra Mustermann", "Musterstadt", "Gewerkschaft"))


def test_a_word_that_only_ends_in_a_kind_word_is_no_compound_of_it():
    draft = draft_of("Bonus in der Kritik\n\nDer Maschinenbauer Nordwerk AG hat am Montag seine Zahlen vorgelegt. "
                     "Der Bonus des Chefs betrug 2,9 Millionen Pfund. Die hohen Löhne sorgten für Kritik.\n")
    assert set(by_name(draft)) == {"Nordwerk AG"}  # 'Pfund' is no kind of fund


def test_german_compound_parent_and_inflected_alias():
    page = PAGE_DE.replace(
        "Die Gewerkschaft kündigte Widerstand an.",
        "Die Nordwerk-Tochter Nordwerk Service GmbH bleibt verschont. Ein Sprecher der Europäischen Kommission schwieg.",
    )
    companies = by_name(draft_of(page))
    assert companies["Nordwerk Service GmbH"]["parent"] == "Nordwerk Antriebe"
    assert "Europäischen Kommission" in companies["Europäische Kommission"]["aliases"]


PAGE_EN = """The Example Ledger
Nordwerk to cut 800 jobs

By Jane Example | February 4, 2026

Nordwerk, the Musterstadt-based maker of industrial drives, said on Tuesday it would cut about 800 jobs. The cuts will fall hardest on Nordwerk Digital, the unit that writes software for its plants.
Chief executive John Sample said the decision was painful. Analysts at Westbridge Research called the plan overdue, and the Example Metal union promised resistance. Germany's Federal Cartel Office is reviewing the sale.
Nordwerk's shares rose 3% in Frankfurt.
"""


def test_english_apposition_unit_and_kind_words():
    companies = by_name(draft_of(PAGE_EN))
    assert set(companies) == {"Nordwerk", "Nordwerk Digital", "Westbridge Research", "Example Metal", "Federal Cartel Office"}
    assert companies["Nordwerk Digital"]["kind"] == "division"
    assert companies["Example Metal"]["kind"] == "union"
    assert companies["Federal Cartel Office"]["kind"] == "regulator"


PAGE_FR = """Le Journal Exemple
Nordwerk rachète Beispiel Logiciels

Par Jean Exemple – Publié le 04/02/2026

Le groupe industriel Nordwerk S.A. a annoncé mardi le rachat de Beispiel Logiciels, une société basée à Lyon, pour 120 millions d'euros. L'opération doit encore être validée par l'Office fédéral des exemples, le Beispielkartellamt.
Selon Mme Martin, présidente de Nordwerk, la filiale Nordwerk Maroc sera renforcée. L'Alliance des éditeurs de logiciels (AEL) a salué l'accord, et le fonds Morgenrot Partners, actionnaire principal, a approuvé le projet.
"""


def test_french_names_continue_over_lowercase_words_and_acronyms_are_aliases():
    companies = by_name(draft_of(PAGE_FR))
    assert "Nordwerk S.A." in companies
    assert companies["Nordwerk S.A."]["canonical"] == "Nordwerk"
    assert companies["Office fédéral des exemples"]["aliases"] == ["Beispielkartellamt"]
    assert companies["Alliance des éditeurs de logiciels"]["aliases"] == ["AEL"]
    assert companies["Morgenrot Partners"]["kind"] == "fund"
    assert "Mme Martin" not in companies and "Martin" not in companies


PAGE_AR = """موقع المثال
شركة نوردفيرك تلغي 800 وظيفة

كتب: أحمد المثال

برلين - «د ب أ»: أعلنت شركة نوردفيرك للأنظمة الصناعية الألمانية، يوم الثلاثاء، إلغاء نحو 800 وظيفة في مصنعها بمدينة موستر، في إطار خطة لخفض التكاليف.
وقال الرئيس التنفيذي للشركة يوهان موستر إن القرار صعب. ويتركز الجزء الأكبر من التخفيضات في الشركة التابعة «نوردفيرك ديجيتال». وكانت نوردفيرك قد باعت حصة إلى صندوق «فيستشترن كابيتال» العام الماضي.
وتنظر المفوضية الأوروبية في الصفقة، فيما رفع اتحاد المهندسين الصناعيين الألمان (VDI) دعوى أمام المحكمة الإقليمية في موستر. كما تتابع وزارة الاقتصاد والطاقة الملف.

اقرأ أيضًا: شركة زودفيرك تعلن أرباحًا قياسية
"""


def test_arabic_prefixes_quotes_and_descriptive_bodies():
    companies = by_name(draft_of(PAGE_AR))
    names = set(companies)
    assert {"شركة نوردفيرك للأنظمة الصناعية", "نوردفيرك ديجيتال", "فيستشترن كابيتال", "المفوضية الأوروبية",
            "اتحاد المهندسين الصناعيين الألمان", "المحكمة الإقليمية في موستر", "وزارة الاقتصاد والطاقة"} <= names
    nordwerk = companies["شركة نوردفيرك للأنظمة الصناعية"]
    assert "نوردفيرك" in nordwerk["aliases"]
    assert companies["نوردفيرك ديجيتال"]["kind"] == "division"
    assert companies["فيستشترن كابيتال"]["kind"] == "fund"
    assert companies["اتحاد المهندسين الصناعيين الألمان"]["aliases"] == ["VDI"]
    assert companies["وزارة الاقتصاد والطاقة"]["kind"] == "ministry"
    assert not any("زودفيرك" in name for name in names)  # only in a teaser
    assert not any("يوهان" in name for name in names)


def test_arabic_typographic_quotes_close_a_name_as_guillemets_do():
    page = ("خبر اقتصادي\n\nأعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد الوطني خلال العام المقبل.\n"
            "وقالت شركة “نوردفيرك” العالمية إنها ستخفض الإنتاج، فيما أعلنت مجموعة ”كويلبنك“ للاستثمار أرباحها.\n")
    assert set(by_name(draft_of(page))) == {"نوردفيرك", "كويلبنك"}  # not 'شركة “نوردفيرك” العالمية'


def test_arabic_straight_quotes_close_a_name_too_but_not_words_quoted_from_a_speech():
    page = ("خبر اقتصادي\n\nأعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد الوطني خلال العام المقبل.\n"
            'قال متحدث إن شركة "زورفكس" ستخفض الوظائف بنسبة عشرة في المئة هذا العام.\n'
            'وانخفضت أسهم شركة "Quellix" بنحو 5% يوم الاثنين بعد إعلان النتائج الفصلية.\n'
            'وقال رئيس الوزراء إن المحادثات مع الاتحاد الأوروبي "لا تحرز أي تقدم" حتى الآن، وإنه علم "من التلفزيون" بالقرار.\n')
    assert set(by_name(draft_of(page))) == {"زورفكس", "Quellix", "الاتحاد الأوروبي"}


def test_an_arabic_party_named_by_the_definite_word_and_a_nationality_is_a_body():
    page = ("خبر سياسي\n\nأعلنت اللجنة النتائج الأولية مساء اليوم الاثنين في العاصمة.\n"
            "وحصل مرشح الحزب الألماني الاجتماعي على أربعة بالمائة، وقال الحزب الحاكم إن الانتخابات نزيهة.\n")
    names = set(by_name(draft_of(page)))
    assert "الحزب الألماني الاجتماعي" in names  # 'الحزب' with a nationality adjective: a party's name
    assert not any("الحاكم" in name for name in names)  # 'the ruling party' is a description


def test_an_arabic_public_body_keeps_its_country_and_an_indefinite_one_is_no_name():
    page = ("خبر اقتصادي\n\nأعلنت وزارة الزراعة المغربية يوم الخميس أنها ستخفض رسوم استيراد القمح حتى نهاية العام.\n"
            "وأوضح بيان الوزارة أن الخطوة تأتي بعد حكم أصدرته محكمة ألمانية في نزاع تجاري الشهر الماضي.\n")
    names = set(by_name(draft_of(page)))
    assert "وزارة الزراعة المغربية" in names  # the ministry of a country: every country has one
    assert "وزارة الزراعة" not in names
    assert not any("محكمة ألمانية" in name for name in names)  # 'a German court': indefinite, no name
    # an indefinite adjective whose hamza folds to the article's alif is no country of the name
    names = set(by_name(draft_of(page.replace("وزارة الزراعة المغربية", "وزارة الزراعة ألمانية"))))
    assert not any("ألمانية" in name for name in names)


def test_arabic_latin_name_in_brackets_is_an_alias():
    page = PAGE_AR.replace("شركة نوردفيرك للأنظمة الصناعية الألمانية،", "شركة نوردفيرك للأنظمة الصناعية الألمانية (Nordwerk Systeme AG)،")
    companies = by_name(draft_of(page))
    assert "Nordwerk Systeme AG" in companies["شركة نوردفيرك للأنظمة الصناعية"]["aliases"]
    assert "Nordwerk Systeme AG" not in companies


def test_people_get_the_canonical_name_of_their_organisation():
    page = PAGE_DE.replace("Die Finanzchefin Petra Mustermann sagte", "Petra Mustermann, Finanzchefin von Nordwerk, sagte")
    draft = draft_of(page)
    person = next(person for person in draft.people if person["name"] == "Petra Mustermann")
    assert person["organisation"] == "Nordwerk Antriebe"


def test_acronym_initials():
    assert initials_match("VBM", ["Verband", "Beispielhafter", "Maschinenbauer"])
    assert initials_match("BVSH", ["Bundesverband", "Vernetzter", "Softwarehersteller"])
    assert not initials_match("XYZ", ["Verband", "Beispielhafter"])


def test_a_conjunction_glued_to_an_arabic_name_is_not_part_of_it():
    draft = draft_of("أسعار الفائدة\n\nقال الكاتب الصحفي سامر الحداد إن أي بنك مركزي في العالم يعقد 8 اجتماعات لتحديد أسعار "
                     "الفائدة، والبنك المركزي الأردني شهد اليوم الاجتماع رقم 5 خلال العام الجاري.\n")
    names = [company["name"] for company in draft.companies]
    assert "البنك المركزي الأردني" in names and not any(name.startswith("والبنك") for name in names)  # was both


def test_governments_and_parliaments_are_no_organisations_but_roles_still_belong_to_them():
    german = draft_of("Haushalt beschlossen\n\nBerlin (dpa) – Der Bundestag und der Bundesrat haben den Haushalt gebilligt, die "
                      "Bundesregierung und die bayerische Regierung begrüßten den Beschluss. Der Maschinenbauer Nordwerk AG "
                      "kündigte Investitionen an.\n")
    assert set(by_name(german)) == {"Nordwerk AG"}
    french = draft_of("Budget adopté\n\nLe budget a été adopté mardi par le Parlement, a déclaré Anne Quellier, porte-parole du "
                      "gouvernement, devant la presse. Le groupe Nordwerk a salué la décision.\n")
    assert "gouvernement" not in {name.lower() for name in by_name(french)}
    assert [person["roles"] for person in french.people if person["name"] == "Anne Quellier"] == [["porte-parole du gouvernement"]]


def test_a_descriptive_word_before_a_known_name_is_not_part_of_it():
    draft = draft_of("Streik angekündigt\n\nBerlin (dpa) – Die Gewerkschaft Verdi hat zu einem Warnstreik aufgerufen, wie die "
                     "Nachrichtenagentur Bloomberg berichtete. Die Förderbank KfW will der Nordwerk AG Kredite geben, die "
                     "Europäische Kommission prüft das.\n")
    assert {"Verdi", "Bloomberg", "KfW", "Nordwerk AG", "Europäische Kommission"} <= set(by_name(draft))
    assert not {"Gewerkschaft Verdi", "Nachrichtenagentur Bloomberg", "Förderbank KfW", "Kommission"} & set(by_name(draft))


def test_a_known_name_with_a_plus_and_a_parliament_in_another_language():
    german = draft_of("Ölpreise steigen\n\nWien (dpa) – Die Staaten der Opec+ wollen die Förderung erhöhen, teilte die Gruppe am Sonntag mit. "
                      "Der Konzern Nordwerk AG begrüßte das.\n")
    assert "Opec+" in {form for company in german.companies for form in [company["name"], *company["aliases"]]}
    arabic = draft_of("ميرتس يفوز\n\nأعلن فريدريش ميرتس فوز حزبه بالانتخابات، وسيجتمع البرلمان الألماني الشهر المقبل لانتخابه مستشارا، "
                      "بينما قالت شركة نوردفيرك إنها ترحب بالنتيجة.\n")
    assert "البرلمان الألماني" not in by_name(arabic)


def test_an_indefinite_common_word_after_an_arabic_kind_word_is_a_description_not_a_name():
    draft = draft_of("نوردفيرك توسع أعمالها\n\nقالت شركة نوردفيرك إن بنك مركزي في المنطقة وائتلاف خاص من المستثمرين سيدعمان "
                     "خطتها، بينما قالت مجموعة حققت أرباحا قياسية إنها ستنافس. وأعلنت وزارة النقل دعمها للمشروع.\n")
    names = set(by_name(draft))
    assert {"شركة نوردفيرك", "وزارة النقل"} <= names
    assert not [name for name in names if name.startswith(("بنك مركزي", "ائتلاف", "مجموعة حققت"))]


def test_two_arabic_names_after_a_dual_are_two_organisations():
    draft = draft_of("غرامة أوروبية\n\nفرضت المفوضية الأوروبية غرامات إجمالية قدرها 700 مليون يورو على شركتي نوردفيرك وكويلبنك، "
                     "متهمة إياهما بانتهاك قواعد المنافسة في السوق الأوروبية.\n")
    assert {"نوردفيرك", "كويلبنك"} <= set(by_name(draft))


def test_a_known_name_before_a_descriptive_word_a_country_in_the_genitive_and_a_time_of_day():
    draft = draft_of("Start-up sammelt Geld\n\nParis (dpa) – Das Start-up Nordwerk AI hat 600 Millionen Euro eingesammelt, wie das "
                     "Unternehmen am Donnerstagabend mitteilte. Zu den Geldgebern zählt die Investment-Sparte des Bertelsmann-Verlags. "
                     "Nordwerk AI ist nun das wertvollste KI-Start-up Europas.\n")
    assert set(by_name(draft)) == {"Nordwerk AI", "Bertelsmann"}


def test_an_arabic_party_and_a_purpose_after_a_name():
    draft = draft_of("انتخابات\n\nقال حزب الأمل الجديد إنه سيعارض الحكومة، بينما تعاقدت مجموعة نوردفيرك المالية لمدة عامين "
                     "مع مستشار لأغراض الصفقة المحتملة.\n")
    names = set(by_name(draft))
    assert "حزب الأمل الجديد" in names and "مجموعة نوردفيرك المالية" in names
    assert not [name for name in names if "لمدة" in name or "لأغراض" in name]


def test_arabic_abbreviations_with_dots_and_descriptions_that_are_no_names():
    draft = draft_of("صفقة\n\nقالت مصادر إن إن.في.كيو تقدمت بعرض وإن صندوق إف.دبليو.إس السنغافوري يدرسه، بينما تملك "
                     "شركة لصناعة الأغذية أصول شركات الاتصالات في المنطقة، وقالت شركة صناعة الرقائق إنها ستراقب.\n")
    # NVQ and FWS, as wire copy spells an abbreviation; no company is made of 'companies' or 'food-making company'
    assert {company["name"]: company["aliases"] for company in draft.companies} == {
        "إن.في.كيو": [], "صندوق إف.دبليو.إس السنغافوري": ["إف.دبليو.إس السنغافوري"]}
    assert by_name(draft)["إن.في.كيو"]["canonical"] == "NVQ"  # in Latin letters, to join a known NVQ


def test_german_compounds_with_an_ordinary_known_name_and_an_ampersand():
    draft = draft_of("Uniper wird verstaatlicht\n\nBerlin (dpa) – Der Konzern Nordwerk AG, ursprünglich eine Abspaltung des Eon-Konzerns, "
                     "bezieht Triebwerke von Pratt & Whitney, sagte der Grünen-Politiker Anton Quell. Wirtschaftsminister Quellmann "
                     "von den Grünen lobte den Schritt.\n")
    names = set(by_name(draft))
    assert {"Eon", "Pratt & Whitney", "Grünen"} <= names  # the party named as written; its record's name is 'Grüne'
    assert [company["canonical"] for company in draft.companies if company["name"] == "Grünen"] == ["Grüne"]
    people = {person["name"]: person["roles"] for person in draft.people}
    assert people.get("Quellmann") == ["Wirtschaftsminister"] and "Quellmann von" not in people


def test_stock_market_indices_are_neither_organisations_nor_people():
    for text, kept in (
        ("Börsen fallen\n\nFrankfurt (dpa) – Der Dax fiel am Montag um zwei Prozent, auch der Dow Jones und der Nasdaq Composite "
         "gaben nach, der S&P 500 verlor 1,5 Prozent. Der Nikkei schloss im Minus. Die Nordwerk AG verlor drei Prozent.\n", "Nordwerk AG"),
        ("الأسهم تتراجع\n\nانخفض مؤشر داو جونز الصناعي بنسبة 1% وتراجع مؤشر ستاندرد آند بورز 500 ومؤشر ناسداك المجمع، بينما قالت "
         "شركة نوردفيرك إنها تتابع السوق.\n", "شركة نوردفيرك"),
        ("Markets fall\n\nNew York (AP) – The Dow Jones Industrial Average fell 2% on Monday and the S&P 500 lost 1.5%, said "
         "Nordwerk Capital analyst Anna Quell.\n", "Nordwerk Capital"),
    ):
        draft = draft_of(text)
        assert kept in by_name(draft) and not [name for name in by_name(draft) if name not in (kept, "AP")]
        assert [person["name"] for person in draft.people] in ([], ["Anna Quell"])


def test_a_latin_name_right_after_an_arabic_one_is_its_alias_also_without_brackets():
    draft = draft_of("صفقة\n\nقالت هيئة الدولة للمساهمات الصناعية NWB إنها اشترت حصة، فيما باع صندوق الاستثمارات النوردي QuellCapital "
                     "أسهمه في الشركة الأسبوع الماضي.\n")
    aliases = {company["name"]: company["aliases"] for company in draft.companies}
    assert "NWB" in aliases["هيئة الدولة للمساهمات الصناعية"]
    assert "QuellCapital" in aliases["صندوق الاستثمارات النوردي"]


def test_a_known_name_with_an_inflected_german_adjective_is_the_record():
    draft = draft_of("Banken unter Druck\n\nZürich (dpa) – Der Präsident der Schweizerischen Nationalbank sagte am Montag, die "
                     "Inflation sei gesunken. Auch Vertreter der Deutschen Bank und des Deutschen Gewerkschaftsbunds äußerten sich "
                     "zur Lage der Nordwerk AG.\n")
    found = by_name(draft)
    assert {"Schweizerischen Nationalbank", "Deutschen Bank"} <= set(found)
    assert found["Deutschen Bank"]["canonical"] == "Deutsche Bank"  # the record's name, so the entry is the record's


def test_a_name_of_one_or_two_consonants_is_not_joined_to_another_by_its_sound():
    """'Wiz' (skeleton S) sounds like 'السويس' (Suez, S) and like any other one-consonant name; a
    longer transliteration still sounds like its name."""
    from generator.ingest import orgnames

    assert orgnames.similarity(orgnames.org_form("Wiz"), orgnames.org_form("السويس")) == 0.0
    assert orgnames.similarity(orgnames.org_form("Nordwerk"), orgnames.org_form("نوردفيرك")) >= 0.8


def test_an_arabic_public_body_named_by_a_national_adjective_and_its_remit():
    draft = draft_of("عقد جديد\n\nالقاهرة - وقعت الهيئة القومية للأنفاق عقدا مع شركة نوردفيرك، وقال المجلس القومي للأجور إنه "
                     "سيراجع الحد الأدنى للأجور في العام المقبل بعد مشاورات مع النقابات.\n")
    assert {"الهيئة القومية للأنفاق", "المجلس القومي للأجور"} <= set(by_name(draft))


def test_the_tagger_adds_a_newspaper_and_a_party_the_rules_miss_but_no_ordinary_word():
    """steps/tagged_organisations.py: 'Musterstädter Zeitung' has no legal form or kind word the
    rules know, 'Grünen' is an ordinary word to them; the tagger is sure of both. 'Bahn' alone
    stays a word, and the party is the knowledge base's record ('Grüne')."""
    draft = draft_of("Koalition zerbricht\n\nBerlin (dpa) – Zuvor hatten die Spitzen von SPD, Grünen und FDP beraten, wie die "
                     "Musterstädter Zeitung am Mittwoch berichtete. Die Bahn fährt wieder.\n")
    found = by_name(draft)
    assert {"Musterstädter Zeitung", "Grünen", "SPD", "FDP"} <= set(found)
    assert found["Grünen"]["canonical"] == "Grüne"
    assert "Bahn" not in found


def test_an_arabic_name_that_goes_on_with_a_spelt_out_acronym_is_a_unit_not_an_alias():
    """'نوردفيرك كيو إل إم ستوديوز' after 'شركة نوردفيرك': the letters spelt out (QLM) make a name of
    its own, as 'Nordwerk QLM Studios' is a unit of Nordwerk, not another spelling of it."""
    draft = draft_of("تخفيضات\n\nأعلنت شركة نوردفيرك عن تخفيضات كبيرة في قوى العمل، تشمل قسم نوردفيرك كيو إل إم ستوديوز، "
                     "الشركة المسؤولة عن إنتاج المحتوى التلفزيوني، وقال مسؤول إن القرار نهائي.\n")
    found = by_name(draft)
    assert "شركة نوردفيرك" in found and "نوردفيرك كيو إل إم ستوديوز" in found
    assert "نوردفيرك كيو إل إم ستوديوز" not in found["شركة نوردفيرك"]["aliases"]


def test_a_tagged_word_inside_a_name_the_article_gives_whole_is_no_other_organisation():
    from generator.ingest.steps.organisation_merge import inner_part

    found = {"quellbank nordmedia studios", "vexaro"}
    assert inner_part("nordmedia", found)  # the tagger's reading of a word in the middle
    assert inner_part("nordmedia studios", found)
    assert not inner_part("quellbank", found)  # a first word: merge joins it to the whole name
    assert not inner_part("vexaro", found) and not inner_part("media", found)  # itself; part of a word


def test_an_inflected_descriptive_noun_before_a_name_is_not_part_of_it():
    # 'den US-Konkurrenten X', 'des Konzerns X': the listed nouns are 'Konkurrent' and 'Konzern'
    text = PAGE_DE.replace("Nordwerk beschäftigt weltweit rund 9.000 Menschen.",
                           "Nordwerk will den US-Konkurrenten Vexaro Semiconductor übernehmen.")
    companies = by_name(draft_of(text))
    assert "Vexaro Semiconductor" in companies and not any("Konkurrenten" in name for name in companies)


def test_an_arabic_function_word_is_not_read_as_a_glued_letter_and_a_name():
    from generator.ingest.steps.known_organisations import clitic_forms

    assert clitic_forms("لكويلاوي") == ["لكويلاوي", "كويلاوي"]  # ل + a name
    assert clitic_forms("كانوا") == ["كانوا"]  # 'they were', not ك + a name
    assert clitic_forms("بعد") == ["بعد"]
    assert clitic_forms("بصحيفة كويلاوي") == ["بصحيفة كويلاوي", "صحيفة كويلاوي"]


@pytest.mark.parametrize("text, expected", [
    ("للاتحاد الأوروبي", "الاتحاد الأوروبي"),
    ("وللشركة الوطنية", "الشركة الوطنية"),
    ("والبنك المركزي", "البنك المركزي"),
    ("لمنظمة التعاون", "منظمة التعاون"),  # a listed prefix word after ل
    ("لخطوط الطيران الكويلاوية", "خطوط الطيران الكويلاوية"),  # a common word after ل
    ("فالكون كابيتال", "فالكون كابيتال"),  # a foreign name that begins with فال
    ("لولو", "لولو"),
])
def test_the_taggers_arabic_organisation_loses_a_glued_preposition_or_conjunction(text, expected):
    from generator.ingest.langdata import load_language
    from generator.ingest.steps.tagged_organisations import unglued

    assert unglued(text, load_language("ar"))[0] == expected


def test_an_ambiguous_known_name_coordinated_with_an_organisation_is_that_organisation():
    # 'Union' and 'Linke' are ordinary German words and the starter's names of two parties
    text = PAGE_DE.replace("Nordwerk beschäftigt weltweit rund 9.000 Menschen.",
                           "Das Gesetz wurde von Union und SPD beschlossen, die AfD und die Linke stimmten dagegen. "
                           "Die Europäische Union und die SPD schwiegen. Eine Union der Arbeitgeber gibt es nicht.")
    companies = by_name(draft_of(text))
    assert {"Union", "Linke", "SPD", "AfD"} <= set(companies)
    assert companies["Union"]["aliases"] == [] and "Europäische Union" in companies  # the EU stays itself


def test_a_known_name_in_spelled_latin_letters_before_a_spelled_legal_form():
    from generator.ingest import starter as starter_base
    from generator.ingest.steps.known_organisations import starter_names

    starter = starter_base.load_starter()
    line = 'وقعت الشركة عقدا لشركة "آر دبليو إي إيه جي" الألمانية.'  # RWE AG, its letters spelled out
    assert [record for record, _, _ in starter_names(line, starter, "companies", "ar")] == ["rwe"]
    # a letter that continues the spelled name is still no legal form: 'بي سي' inside 'إيه بي سي'
    assert "rwe" not in [record for record, _, _ in starter_names("قناة آر دبليو إي إف الجديدة", starter, "companies", "ar")]


def test_an_arabic_legal_form_after_a_known_name_is_part_of_its_mention():
    from generator.ingest.langdata import load_language
    from generator.ingest.steps.known_organisations import legal_form_after

    arabic = load_language("ar")
    line = 'لشركة "كويلاوي إيه جي" الألمانية'
    end = line.index(" إيه")
    assert line[end:end + legal_form_after(line, end, arabic)] == " إيه جي"
    assert legal_form_after("كويلاوي الألمانية", len("كويلاوي"), arabic) == 0
    assert legal_form_after("Quellbank AG", len("Quellbank"), load_language("de")) == 0  # the Latin rules read those


def test_a_compound_that_says_what_a_body_is_is_not_part_of_its_name():
    text = PAGE_DE.replace("Nordwerk beschäftigt weltweit rund 9.000 Menschen.",
                           "Das berichtete die Wirtschaftszeitschrift Vexaro Capital am Montag. Die Wahlbehörde Isarwahl teilte mit, das Ergebnis stehe fest.")
    companies = by_name(draft_of(text))
    assert {"Vexaro Capital", "Isarwahl"} <= set(companies)
    assert not any(name.startswith(("Wirtschaftszeitschrift", "Wahlbehörde")) for name in companies)
    assert "Landgericht Musterstadt" in companies  # a court named by its town keeps the town


def test_a_social_network_named_as_the_place_of_a_post_is_no_organisation():
    posted = PAGE_DE.replace("Nordwerk beschäftigt weltweit rund 9.000 Menschen.",
                             "Auf der Plattform X, früher Twitter, schrieb sie von einem Fehler. Das teilte sie auch auf LinkedIn mit.")
    assert not {"X", "Twitter", "LinkedIn"} & set(by_name(draft_of(posted)))
    company = PAGE_DE.replace("Nordwerk beschäftigt weltweit rund 9.000 Menschen.",
                              "Auch LinkedIn streicht Stellen in Musterstadt.")
    assert "LinkedIn" in by_name(draft_of(company))
    own = "قيود جديدة\n\nوكتب كارل كويلمان على منصته الاجتماعية \"إكس\" أن شركة نوردفيرك للطاقة لا تملك المال.\n"
    assert "إكس" not in by_name(draft_of(own))  # 'his platform'


def test_a_caption_credited_to_a_social_network_or_an_archive_after_a_dash_is_chrome():
    from generator.ingest.steps.chrome import chrome_reason

    arabic = load_language("ar")
    assert chrome_reason("خسرت شركة نوردفيرك استثمارات بقيمة مليار دولار - تويتر", arabic) == "photo credit"
    assert chrome_reason("مقر شركة نوردفيرك في الرياض - أرشيفية", arabic) == "photo credit"
    assert chrome_reason("Der Umsatz wuchs um fünf Prozent - so viel wie nie", load_language("de")) is None


def test_an_arabic_verb_before_a_transliterated_name_is_not_part_of_it():
    page = ("خبر اقتصادي\n\nأعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد الوطني خلال العام المقبل.\n"
            "وفي الوقت نفسه تستهدف كويلا كابيتال جمع مليار دولار هذا العام.\n")
    names = set(by_name(draft_of(page)))
    assert "كويلا كابيتال" in names and not any("تستهدف" in name for name in names)


def test_a_known_name_made_of_a_role_compounds_head_and_its_start():
    from generator.ingest.langdata import load_language
    from generator.ingest import starter as starter_base
    from generator.ingest.steps.known_organisations import recognised_latin

    by_key, german = starter_base.load_starter().by_key["companies"], load_language("de")
    assert recognised_latin(["EU-Kommissionspräsidentin"], by_key, german) == ("european-commission", "EU-Kommission")
    assert recognised_latin(["CDU-Chef"], by_key, german) == ("cdu", "CDU")  # no longer name: the head


def test_a_german_common_noun_where_a_name_could_stand_is_no_organisation():
    text = PAGE_DE.replace("Nordwerk beschäftigt weltweit rund 9.000 Menschen.",
                           "Insgesamt hat der Konzern Aufträge im Wert von 110 Millionen Euro. Quellbank gehört dem Staat, der Mutterkonzern hält den Rest. "
                           "Der Konzern Vexaro baut ein Werk.")
    companies = by_name(draft_of(text))
    assert not {"Aufträge", "Staat"} & set(companies)
    assert "Vexaro" in companies  # a name after the same descriptive word


@pytest.mark.parametrize("code, words, expected", [
    ("de", ["EBIT"], False), ("de", ["WTI"], False), ("de", ["BIP"], False), ("fr", ["PIB"], False),  # terms
    ("de", ["Staat"], False), ("de", ["Aufträge"], False),  # German nouns the corpora never read as names
    ("de", ["Vexaro"], True), ("de", ["VBM"], True), ("en", ["Quellbank"], True), ("de", ["Nordwerk", "Antriebe"], True),
])
def test_a_tagged_term_abbreviation_or_german_common_noun_alone_is_no_organisation(code, words, expected):
    from generator.ingest.langdata import load_language
    from generator.ingest.steps.organisation_rules import rules_for
    from generator.ingest.steps.tagged_organisations import plausible

    assert plausible(words, rules_for(code), load_language(code)) is expected


def test_an_arabic_commercial_word_with_a_country_adjective_describes_and_does_not_name():
    page = ("خبر اقتصادي\n\nأعلن بنك كويلا عن خسارة كبيرة هذا العام بعد أزمة طويلة في الأسواق.\n"
            "وقال المصرف السويسري إن المفوضية الأوروبية تدرس الصفقة، كما أن الشركة الألمانية لم تعلق.\n")
    names = set(by_name(draft_of(page)))
    assert not {"المصرف السويسري", "الشركة الألمانية"} & names
    assert "المفوضية الأوروبية" in names or any("المفوضية" in name for name in names)  # a public body so named is one


def test_an_arabic_abbreviation_with_dots_spaces_or_a_glued_conjunction_is_one_organisation():
    page = ("خبر اقتصادي\n\nقالت منظمة \"كيو زد إكس\" للاتصالات إنها ألغت المؤتمر هذا العام بسبب المخاوف الصحية.\n"
            "وقال رئيس المنظمة إن كيو.زد. إكس.ايه ألغت الحدث، وإن كيو.زد.إكس.ايه ستعود العام المقبل.\n"
            "وانسحبت شركات كبرى من بينها نوردفيرك وبي.تي من المؤتمر.\n")
    names = set(by_name(draft_of(page)))
    assert "بي.تي" in names and not any(name.startswith("وبي") for name in names)  # the conjunction is not part of it
    assert not {"كيو.زد", "إكس.ايه"} & names  # 'كيو.زد. إكس.ايه' is one abbreviation, not two


def test_letters_spelled_out_with_spaces_or_dots_are_the_same_name():
    from generator.ingest.steps.organisation_merge import same

    assert same("كيو زد إكس", "كيو.زد.إكس") and same("كيو زد إكس", "QZX")
    assert not same("كيو زد إكس", "كيو زد")


def test_an_arabic_court_name_goes_on_with_its_level_but_not_with_a_country():
    page = ("خبر اقتصادي\n\nأعلنت شركة كويلا للسياحة إفلاسها بعد أزمة طويلة في الأسواق الأوروبية.\n"
            "وقدمت الشركة طلب الإفلاس أمام محكمة موسترشتات الإقليمية يوم الاثنين، كما أبلغت شركة نوردفيرك الألمانية بالقرار.\n")
    names = set(by_name(draft_of(page)))
    assert "محكمة موسترشتات الإقليمية" in names
    assert "شركة نوردفيرك الألمانية" not in names  # a country's adjective after a company is not part of its name


def test_a_quoted_name_after_a_newspaper_word_is_the_newspaper_and_an_event_is_no_organisation():
    text = PAGE_DE.replace("Nordwerk beschäftigt weltweit rund 9.000 Menschen.",
                           "Die spanische Zeitung „Vexaro Diario“ hatte zuerst berichtet. Nordwerk sagte die Teilnahme am Musterstadt Tech Congress (QTC) ab.")
    companies = by_name(draft_of(text))
    assert "Vexaro Diario" in companies and companies["Vexaro Diario"]["kind"] == "media"
    assert not any("Zeitung" in name or "Congress" in name for name in companies)


def test_a_unit_named_as_its_group_and_international_is_an_organisation_of_its_own():
    page = ("خبر اقتصادي\n\nأبرمت «كويلا الدولية المحدودة» والتابعة لشركة كويلا، اليوم الثلاثاء، اتفاقية استحواذ على حصة في شركة نوردفيرك.\n"
            "وقالت شركة كويلا إن الصفقة مهمة لاستراتيجيتها.\n")
    companies = by_name(draft_of(page))
    unit = next((company for name, company in companies.items() if name.startswith("كويلا الدولية")), None)
    assert unit is not None and unit["parent"] is not None and "كويلا" in unit["parent"]
    assert any(name in ("كويلا", "شركة كويلا") for name in companies)  # the group stays an organisation of its own


def test_a_term_or_a_law_written_like_a_name_is_no_organisation():
    text = PAGE_DE.replace("Nordwerk beschäftigt weltweit rund 9.000 Menschen.",
                           "Nordwerk investiert in Künstliche Intelligenz (KI). Die EU-Kommission prüft Nordwerk nach dem Digital Markets Act (DMA).")
    names = set(by_name(draft_of(text)))
    assert not any("Intelligenz" in name or "Markets Act" in name for name in names)


def test_an_arabic_organisation_named_again_in_latin_letters_is_one_organisation():
    page = ("خبر اقتصادي\n\nأعلنت شركة فيكسارو الألمانية عن خسارة كبيرة هذا العام بعد أزمة طويلة في الأسواق.\n"
            "وقال متحدث إن مستقبل Vexaro AG بات غامضا بعد انهيار المفاوضات مع البنوك.\n")
    companies = by_name(draft_of(page))
    assert "Vexaro AG" not in companies
    assert any("Vexaro AG" in company["aliases"] for company in companies.values())


def test_a_known_name_written_as_two_words_or_one_is_the_record():
    from generator.ingest.langdata import load_language
    from generator.ingest import starter as starter_base
    from generator.ingest.steps.known_organisations import recognised_latin

    by_key, german = starter_base.load_starter().by_key["companies"], load_language("de")
    assert recognised_latin(["Thyssen-Krupp"], by_key, german)[0] == "thyssenkrupp"
    assert recognised_latin(["Service", "Now"], by_key, german)[0] == "servicenow"
    assert recognised_latin(["Air", "Bus"], by_key, german)[0] is None  # too short to say it


def test_an_arabic_size_trade_or_number_word_after_a_kind_word_describes_no_name():
    page = ("خبر اقتصادي\n\nاتفقت الشركتان على تأسيس شركة عملاقة في مجال الكيماويات بقيمة كبيرة خلال العام المقبل.\n"
            "وتملك شركة استشارات استثمارية مملوكة لكويلا حصة، وانضمت مجموعة مليونين من المستثمرين إلى الصفقة.\n")
    names = set(by_name(draft_of(page)))
    assert not any(name.startswith(("شركة عملاقة", "شركة استشارات", "مجموعة مليونين")) for name in names)


def test_a_duration_ends_an_arabic_body_s_name_and_its_remit_does_not():
    page = ("خبر اقتصادي\n\nقرر المجلس التنفيذي للشركة السويسرية لمدة عامين تعيين مدير جديد بعد أزمة طويلة.\n"
            "وقالت الهيئة الاتحادية لمكافحة الاحتكار إنها ستدرس الصفقة خلال الأشهر المقبلة.\n")
    names = set(by_name(draft_of(page)))
    assert not any(name.endswith("لمدة") for name in names)
    assert any(name.endswith("لمكافحة الاحتكار") for name in names)


def test_an_arabic_indefinite_accusative_after_a_name_is_not_part_of_it():
    page = ("خبر اقتصادي\n\nعين المجلس التنفيذي لشركة كويلا مديرا جديدا لمدة عامين بعد أزمة طويلة في الأسواق.\n"
            "وقالت شركة نوكيا إنها ستعلن نتائجها غدا.\n")
    names = set(by_name(draft_of(page)))
    assert "شركة كويلا" in names and "شركة نوكيا" in names  # a name may end in alif itself


def test_a_places_bracketed_abbreviation_and_a_product_after_maker_of_are_no_organisations():
    page = ("Nordwerk baut Werk am Golf\n\nMusterstadt – Der Chef von Nordwerk, Hersteller der Abnehmpille Quellomed, "
            "reiste in die Golfregion. In den Vereinigten Arabischen Emiraten (VAE) unterzeichnete Nordwerk einen "
            "Vertrag über den Bau eines Werks. Die VAE waren das letzte Ziel der Reise, teilte das Unternehmen mit.\n")
    names = set(by_name(draft_of(page)))
    assert "Nordwerk" in names
    assert not names & {"VAE", "Vereinigten Arabischen Emiraten", "Abnehmpille Quellomed", "Quellomed"}


def test_dateline_places_are_neither_people_nor_organisations():
    """'San Francisco/Dubai (dpa) -' and 'BERLIN/DOHA (dpa).': the places a report was filed
    from, named nowhere else in the body; the agency in brackets stays what it is."""
    page = """Beispielblatt
Nordwerk kauft Konkurrenten

San Francisco/Dubai (dpa) - Der Maschinenbauer Nordwerk Antriebe AG übernimmt den Konkurrenten Weststern Capital für 300 Millionen Euro. Nordwerk-Chefin Petra Mustermann sprach von einem wichtigen Schritt.
Die Übernahme soll bis zum Sommer abgeschlossen sein, teilte das Unternehmen mit.
"""
    draft = draft_of(page)
    assert draft.dateline == "San Francisco/Dubai (dpa) -"
    assert [person["name"] for person in draft.people] == ["Petra Mustermann"]
    capitals = draft_of(page.replace("San Francisco/Dubai (dpa) -", "BERLIN/DOHA (dpa)."))
    assert "DOHA" not in by_name(capitals) and "Nordwerk Antriebe AG" in by_name(capitals)


def test_an_organisations_genitive_before_a_noun_is_no_person():
    """'Ubers Börsengang' was tagged a person on a real page: a name whose first word is an
    organisation of the article with a genitive s is that organisation's something."""
    from generator.ingest.pipeline import STEPS
    from generator.ingest.steps.organisations import find_organisations

    draft = Draft(source=Source(Path("page.txt"), PAGE_DE.encode(), "txt", PAGE_DE, "utf-8"), retrieved=RETRIEVED)
    for step in STEPS[: STEPS.index(find_organisations)]:
        draft = step(draft)
    draft.people += [{"name": "Nordwerks Börsengang", "roles": []}, {"name": "Hans Nordwerks", "roles": []}]
    names = [person["name"] for person in find_organisations(draft).people]
    assert "Nordwerks Börsengang" not in names and "Hans Nordwerks" in names and "Petra Mustermann" in names


def test_a_known_company_named_like_a_month_is_kept_after_its_descriptive_word():
    """'نيسان' is April in the Levant's calendar and Nissan's Arabic name: after 'شركة' it is the company."""
    page = """صحيفة المثال
خفض الوظائف في مصانع السيارات

قال المدير العام لشركة نيسان كارلوس المثال إن الشركة ستخفض 2000 وظيفة في مصانعها. ولم تحدد نيسان بعد المصانع التي ستطالها العملية.
وكانت الشركة قد أعلنت في نيسان الماضي عن تراجع مبيعاتها.
"""
    assert [company["canonical"] for company in draft_of(page).companies] == ["نيسان"]
    assert draft_of(page.replace("لشركة نيسان", "للمجموعة")).companies == []  # 'في نيسان': a month


def test_a_glued_arabic_conjunction_or_preposition_leaves_an_organisations_name():
    """'ولندن ستوك إكستشينج' after 'بين X': the و is 'and' (London is a city); 'لأنجلو' beside
    'أنجلو أمريكان' is a short mention of that one; a known record's name keeps a و that is its
    own ('وام'), and so do words that begin with it ('وادي', 'وزارة')."""
    from generator.ingest.steps.organisation_rules import Organisation
    from generator.ingest.steps.organisations import without_glued_proclitics

    def org(name: str, core: str | None = None) -> Organisation:
        return Organisation(name=name, core=core or name, kind=None, parent=None)

    found = without_glued_proclitics([
        org("شركة هالدن كابيتال", "هالدن كابيتال"), org("لهالدن"), org("ولندن ميديا جروب"),
        org("ولوفتهانزا"), org("وام"), org("وادي كابيتال"), org("وزارة الطاقة"),
    ])
    assert [(one.name, one.core) for one in found] == [
        ("شركة هالدن كابيتال", "هالدن كابيتال"), ("لندن ميديا جروب", "لندن ميديا جروب"),
        ("لوفتهانزا", "لوفتهانزا"), ("وام", "وام"), ("وادي كابيتال", "وادي كابيتال"), ("وزارة الطاقة", "وزارة الطاقة"),
    ]


def test_counted_common_nouns_before_a_kind_word_are_no_name():
    """'560 Millionen Euro Kapital', 'sechs Jahrzehnten Atomenergie': 'Kapital' and '-energie'
    are kind words, but the capitalised words before them are counted common nouns."""
    draft = draft_of(PAGE_DE.replace("Die Gewerkschaft kündigte Widerstand an.",
                                     "Nordwerk will 560 Millionen Euro Kapital in die Tochter pumpen. "
                                     "Nach gut sechs Jahrzehnten Atomenergie endet dort eine Ära."))
    names = set(by_name(draft))
    assert not names & {"Millionen Euro Kapital", "Jahrzehnten Atomenergie"}
    assert "Nordwerk Antriebe AG" in names


def test_an_organisations_first_word_before_a_persons_name_is_cut_from_it():
    """'رئيس مجلس إدارة هالدن ستيوارت المثالي': the chairman of Halden Mining, named by its first word,
    then his name; the name is the person's without it (not a given name: 'أحمد' would stay)."""
    page = """صحيفة المثال
هالدن ماينينغ ترفض عرض الاستحواذ

رفضت شركة هالدن ماينينغ العرض الذي قدمته شركة التعدين المنافسة نوردفيرك. وقال رئيس مجلس إدارة هالدن ستيوارت المثالي إن العرض أقل من قيمة الشركة بكثير.
"""
    draft = draft_of(page)
    assert [(person["name"], person["organisation"]) for person in draft.people] == [("ستيوارت المثالي", "هالدن ماينينغ")]
    # and the company's name ends before the verb's object and its clause ('العرض الذي قدمته')
    assert [company["canonical"] for company in draft.companies] == ["هالدن ماينينغ"]


def test_an_indefinite_adjective_after_a_descriptive_word_makes_a_description():
    """'شركة سلع استهلاكية رائدة' (a leading consumer-goods company): an Arabic name is definite,
    so an indefinite adjective after the words that follow 'شركة' says they are no name."""
    page = """صحيفة المثال
نوردفيرك تلغي وظائف

أعلنت نوردفيرك، وهي شركة سلع استهلاكية رائدة في أوروبا، أنها ستلغي 500 وظيفة. وقالت شركة نوردفيرك القابضة إن القرار نهائي.
"""
    names = [company["name"] for company in draft_of(page).companies]
    assert not any("استهلاكية" in name for name in names)


def test_a_name_only_after_a_facilitys_word_is_no_person():
    """'طريق سالم بن خالد المثالي', 'Flughafen Hans Beispielmann': a road or an airport named after
    someone, who is not in the news; named for themselves elsewhere, they are."""
    arabic = """صحيفة المثال
افتتاح مسار جديد لقطار المدينة

افتتحت الهيئة الملكية أمس المسار السادس للقطار على محور طريق سالم بن خالد المثالي، وقالت الهيئة إن المسار يخدم 200 ألف راكب يوميا.
"""
    assert "سالم بن خالد المثالي" not in [person["name"] for person in draft_of(arabic).people]
    named = arabic.replace("يوميا.", "يوميا. وقال سالم بن خالد المثالي إن المشروع تأخر.")
    assert "سالم بن خالد المثالي" in [person["name"] for person in draft_of(named).people]
    german = PAGE_DE.replace("Die Gewerkschaft kündigte Widerstand an.",
                             "Die Maschinen werden am Flughafen Hans Beispielmann verladen.")
    assert "Hans Beispielmann" not in [person["name"] for person in draft_of(german).people]


def test_a_cabinet_with_its_countrys_adjective_is_a_government_and_a_name_ends_before_bi_and_tanween():
    """'مجلس الوزراء الإماراتي' (the UAE cabinet) is a government, not an organisation of the
    digest, while 'البرلمان الأوروبي' (a region's) is one; 'شركة هالدن بقيمة' ends before 'بقيمة'
    (with a value of), and a word with tanween ('وموصيًا') is no part of a name."""
    page = """صحيفة المثال
هالدن تبيع طائرات

وافق مجلس الوزراء الإماراتي على صفقة مع شركة هالدن بقيمة 96 مليار دولار. ورحب البرلمان الأوروبي بالصفقة.
وهاجم المسؤول شركة نوردفيرك وموصيًا بفرض رسوم أشد عليها.
"""
    names = [company["name"] for company in draft_of(page).companies]
    assert "مجلس الوزراء الإماراتي" not in names and "البرلمان الأوروبي" in names
    assert "شركة هالدن" in names and not any("بقيمة" in name or "وموصيًا" in name for name in names)


def test_a_stock_exchange_named_as_the_place_of_trading_is_no_organisation():
    """The development corpus's convention: stock exchanges are not annotated. One named only
    where shares trade or are listed is a place; an exchange's operator named as a company stays."""
    listing = draft_of("Nordwerk geht an die Börse\n\nDie Nordwerk Antriebe AG strebt ein Listing an der Quellstädter Börse an. "
                       "Das teilte Vorstandschefin Petra Mustermann am Montag mit, die Aktien sollen im Sommer gehandelt werden.\n")
    assert "Quellstädter Börse" not in by_name(listing) and "Nordwerk Antriebe AG" in by_name(listing)
    operator = draft_of("Börsenbetreiber wächst\n\nDie Quellstädter Börse AG übernimmt einen Datenanbieter für 300 Millionen Euro. "
                        "Das teilte der Betreiber am Montag mit, die Übernahme soll im Sommer abgeschlossen sein.\n")
    assert "Quellstädter Börse AG" in by_name(operator)
    arabic = draft_of("طرح عام\n\nقالت شركة نوردفيرك المسجلة في بورصة كويلشتات إن أسهمها ارتفعت بنسبة خمسة في المئة، وأضافت الشركة "
                      "أنها تخطط لتوسيع أعمالها في المنطقة خلال العام المقبل.\n")
    assert not [name for name in by_name(arabic) if "بورصة" in name]


def test_an_amount_with_a_scale_word_is_no_organisation():
    draft = draft_of("Nordair sucht Geld\n\nDie Fluggesellschaft Nordair will sich neu aufstellen. Die Eignerfamilien und die "
                     "Quellbank sagten bereits zu, 900 Million US-Dollar Kapital nachzuschießen, teilte Nordair am Dienstag mit.\n")
    assert not [name for name in by_name(draft) if "Million" in name]


def test_a_quoted_paper_with_small_words_in_its_name_is_one_name_and_not_its_owner():
    # 'Boulevard-Blatt' says what the quoted name is; 'Quellmedia' (of 'Quellmedia Corp.') and
    # 'Quellmedia of the North' are two bodies, the second a name built on the first's word
    draft = draft_of("Zeitung eingestellt\n\nLondon - Der Verleger stellt das Boulevard-Blatt \"Quellmedia of the North\" ein. "
                     "Der Konzern Quellmedia Corp. teilte am Donnerstag mit, die Zeitung werde am Sonntag zum letzten Mal erscheinen.\n")
    found = by_name(draft)
    assert found.get("Quellmedia of the North", {}).get("kind") == "media", found
    assert "Quellmedia Corp." in found and "Quellmedia Corp." not in (found["Quellmedia of the North"].get("aliases") or []), found


def test_brothers_make_a_company_not_a_person():
    draft = draft_of("Club sold\n\nLondon – The investors Quellmann Brothers agreed to buy a stake in the club on Thursday, "
                     "the league said. The deal values the club at 300 million pounds, according to people familiar with it.\n")
    assert "Quellmann Brothers" in by_name(draft)
    assert "Quellmann Brothers" not in {person["name"] for person in draft.people}


def test_a_name_in_brackets_right_after_another_is_the_same_body_unless_the_knowledge_base_knows_two():
    from generator.ingest.steps.organisation_merge import bracketed_aliases, merge
    from generator.ingest.steps.organisation_rules import Mention

    line = "أعلنت منظمة البلدان المنتجة للبن «كوبيك» اليوم، وقال متحدث باسم «كوبيك» إن القرار نهائي."
    long_name = Mention("منظمة البلدان المنتجة للبن", 0, line.index("منظمة"))
    short, again = (Mention("كوبيك", 0, index) for index in (line.index("كوبيك"), line.rindex("كوبيك")))
    bracketed_aliases([long_name, short, again], [line])
    assert [org.name for org in merge([long_name, short, again], "ar")] == ["منظمة البلدان المنتجة للبن"]

    line = "Der Konzern Alphabet (Google) legte Zahlen vor."
    parent, unit = Mention("Alphabet", 0, line.index("Alphabet")), Mention("Google", 0, line.index("Google"))
    bracketed_aliases([parent, unit], [line])
    assert [org.name for org in merge([parent, unit], "de")] == ["Alphabet", "Google"]


def test_text_size_buttons_are_page_chrome():
    page = ("Preise steigen\n\n-A +A\n\nMusterstadt – Die Nordwerk Antriebe AG erhöht die Preise um fünf Prozent, "
            "teilte das Unternehmen am Montag mit.\n")
    draft = draft_of(page)
    assert "-A +A" not in draft.body
    assert not any(company["name"].startswith("A") for company in draft.companies)


@pytest.mark.parametrize(("sentence", "name"), [
    ("Das Ministerium für Energie, Industrie und Bodenschätze teilte am Montag mit, die Förderung steige.",
     "Ministerium für Energie, Industrie und Bodenschätze"),
    ("Ein Sprecher des Ministeriums für Umwelt und Verkehr sagte am Montag, die Förderung steige.",
     "Ministeriums für Umwelt und Verkehr"),
    ("Der Sprecher des Eidgenössischen Departements für Wirtschaft, Bildung und Forschung sagte am Montag, die Förderung steige.",
     "Eidgenössischen Departements für Wirtschaft, Bildung und Forschung"),
    ("The Ministry of Energy, Industry and Mineral Resources said on Monday that output would rise.",
     "Ministry of Energy, Industry and Mineral Resources"),
    ("The Ministry of Energy and Nordwerk said on Monday that output would rise.", "Ministry of Energy"),
    ("Das Ministerium für Energie und Nordwerk einigten sich am Montag.", "Ministerium für Energie"),
])
def test_a_public_bodys_remit_may_be_a_list_but_another_name_after_and_is_not_part_of_it(sentence, name):
    names = set(by_name(draft_of(f"Energie\n\nMusterstadt – {sentence}\n")))
    assert name in names


def test_a_name_where_the_page_was_cut_off_is_dropped_but_not_at_a_sentences_end():
    cut = draft_of("عقوبات جديدة\n\nوافقت الحكومات على الحظر، وقالت شركة نوردفيرك للطاقة إنها ستلتزم به. ونقلت الوكالة عن "
                   "المتحدث باسم وزارة الخ")
    assert set(by_name(cut)) == {"شركة نوردفيرك للطاقة"}
    whole = draft_of("عقوبات جديدة\n\nوافقت الحكومات على الحظر، وقالت شركة نوردفيرك للطاقة إنها ستلتزم به. ونقلت الوكالة عن "
                     "المتحدث باسم وزارة الخارجية.")
    assert "وزارة الخارجية" in by_name(whole)


def test_one_article_may_spell_an_arabic_name_two_ways():
    draft = draft_of("تسرب نفطي\n\nأعلنت شركة “كويلفيرك بتروليوم”، أمس تنحية رئيسها. وكانت الحكومة قد حذرت شركة “كويلفيرك بيتروليوم”، "
                     "من أن القرار لا يعفيها من التزاماتها، فيما قالت شركة “نوردفيرك للطاقة” إنها تتابع الأمر.\n")
    names = by_name(draft)
    assert "كويلفيرك بيتروليوم" in names["كويلفيرك بتروليوم"]["aliases"]
    assert "كويلفيرك بيتروليوم" not in names and "نوردفيرك للطاقة" in names


def test_and_mr_after_an_arabic_name_begins_another_name():
    draft = draft_of("صفقة طائرات\n\nوقع الاتفاقية الشيخ سالم الكويلي الرئيس الأعلى لمجموعة نوردفيرك للطيران والسيد كارل كويلمان "
                     "نائب الرئيس التنفيذي للشركة.\n")
    assert not any("السيد" in name for name in by_name(draft))


def test_an_english_legal_form_transliterated_after_a_name_makes_it_a_company_and_a_glued_and_is_not_part_of_it():
    draft = draft_of("اندماج\n\nقالت شركتا تي-نوردفيرك يو اس وكويلنت كورب إنهما ستندمجان، فيما تقدمت كويلفيرك هولدنجز "
                     "بطلب لحمايتها من الدائنين.\n")
    names = set(by_name(draft))
    assert {"كويلنت كورب", "كويلفيرك هولدنجز"} <= names
    assert not any(name.startswith("وكويلنت") for name in names)


def test_a_german_public_bodys_name_goes_on_over_a_country_in_the_genitive():
    from generator.ingest.steps.organisation_rules import genitive_countries

    assert "vereinigt staat" in genitive_countries("de")
    draft = draft_of("Nordwerk verliert vor Gericht\n\nDas Urteil des Obersten Verwaltungsgerichts der Vereinigten Staaten fiel am "
                     "Montag, teilte der Maschinenbauer Nordwerk AG in Musterstadt mit. Das Unternehmen will nun einen "
                     "Vergleich mit den Klägern suchen, sagte Vorstandschef Karl Beispiel.\n")
    assert "Obersten Verwaltungsgerichts der Vereinigten Staaten" in [company["name"] for company in draft.companies]


def test_mentions_read_once_per_line_are_what_the_finder_reads_with_every_person():
    from generator.ingest.steps.arabic_organisations import ArabicFinder
    from generator.ingest.steps.latin_organisations import LatinFinder
    from generator.ingest.steps.organisation_rules import line_mentions, rules_for

    cases = [
        # a person's name before a comma: the finder reads an organisation there unless it knows the person
        (LatinFinder, "en", "Labour reacted angrily. Karl Weber, who chairs the group works council, said employees were paying for mistakes together with the IG Metall union."),
        (LatinFinder, "de", "Der Betriebsrat um Karl Weber und der Verband Beispielhafter Maschinenbauer (VBM) kritisierten die Nordwerk AG."),
        (ArabicFinder, "ar", "وقال كريم حداد رئيس شركة نوردفيرك للأنظمة إن هيئة الرقابة المالية وافقت على الصفقة."),
    ]
    for finder, code, line in cases:
        rules = rules_for(code)
        for people in (set(), {"karl weber"}, {"karl weber", "anna muster"}, {"كريم حداد"}, {"nordwerk systems", "weber"}):
            expected = finder(line, 0, rules, people).find()
            found = line_mentions(finder, line, 0, rules, people)
            assert found == expected, (line, people)
            for mention in found:  # the callers change what they get: the next call does not see it
                mention.text = "x"
                mention.aliases.append("y")
            assert line_mentions(finder, line, 0, rules, people) == expected


def test_a_common_word_that_begins_an_arabic_name_is_no_alias_of_it():
    """'إدارة الملاحة النورية' (an administration): 'إدارة' alone elsewhere in the article is the
    common word, and as an alias it would make every later 'إدارة ...' this body."""
    from generator.ingest.steps.organisation_merge import add_short_aliases, rules_for
    from generator.ingest.steps.organisation_rules import Organisation

    text = "قالت إدارة الملاحة النورية إنها ستراجع الطائرات. وأضافت أن التغيير في إدارة الشركة لن يؤثر على المراجعة."
    administration = Organisation("إدارة الملاحة النورية", "إدارة الملاحة النورية", "regulator", None)
    # a first word of its own is an alias where it stands alone ('فالكورا' of 'فالكورا للطيران')
    airline = Organisation("فالكورا للطيران", "فالكورا للطيران", "company", None)
    add_short_aliases([administration, airline], text + " وقالت فالكورا إنها تتعاون.", rules_for("ar"), set())
    assert administration.aliases == []
    assert airline.aliases == ["فالكورا"]


def test_a_known_description_after_another_countrys_adjective_is_that_countrys_body():
    """The knowledge base's 'Verfassungsrat' is France's: 'dem algerischen Verfassungsrat' is
    Algeria's, a body of its own (no record, its country in its name), while 'dem französischen
    Verfassungsrat' and a company after its country ('die französische Thales') keep the record."""
    from generator.ingest.steps.known_organisations import known_mentions
    from generator.ingest.steps.organisation_merge import rules_for

    def records(sentence):
        draft = draft_of("Nachrichten\n\nEin Bericht\n\n" + sentence + "\n")
        return {mention.text: mention.record for mention in known_mentions(draft, rules_for("de"), [])}

    found = records("Der Präsident habe dem algerischen Verfassungsrat seinen Rücktritt mitgeteilt.")
    assert found == {"algerischen Verfassungsrat": None}
    assert list(by_name(draft_of("Nachrichten\n\nEin Bericht\n\nDer Präsident habe dem algerischen Verfassungsrat "
                                 "seinen Rücktritt mitgeteilt.\n"))) == ["algerischen Verfassungsrat"]
    assert records("Der Präsident habe dem französischen Verfassungsrat seinen Rücktritt mitgeteilt.") == {
        "Verfassungsrat": "conseil-constitutionnel"}
    assert records("Die französische Thales liefert Radare.") == {"Thales": "thales"}
    # a company whose name reads as a description too keeps its record after its country
    assert records("Die amerikanische SpaceX startete eine Rakete.") == {"SpaceX": "spacex"}


@pytest.mark.parametrize("word, following", [
    ("سام", "سونغ"), ("لـ", "نستله"), ("هوخ", "تيف"), ("لهوخ", "تيف"), ("Early", "Bird"),  # run together, a known name's start
    ("Der", "Konzern"), ("قال", "المتحدث"), ("x", "y"), ("&", "Co"), ("EU-", "Kommission"), ("Ab", "s"),
])
def test_two_words_run_together_may_start_a_known_name_as_the_full_search_says(word, following):
    """may_start_joined skips the search only where it cannot find a name: the same answer."""
    from generator.ingest import starter as starter_base
    from generator.ingest.steps.known_organisations import may_start_joined, may_start_name

    starter = starter_base.load_starter()
    for folder in ("companies", "people"):
        first = starter.first_words[folder]
        assert may_start_joined(word, following, first) == may_start_name(word + following, first)
    assert may_start_joined("سام", "سونغ", starter.first_words["companies"])  # Samsung written in two words
