"""The people step's roles on small invented pages: whole role phrases, and the organisation each
role belongs to (named with it, referred to by a noun or a pronoun, or the article's own)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from generator.ingest.draft import Draft
from generator.ingest.evaluate import Tally, score_roles
from generator.ingest.pipeline import extract
from generator.ingest.reader import Source

RETRIEVED = datetime.date(2026, 5, 10)


def draft_of(text: str) -> Draft:
    return extract(Source(Path("page.txt"), text.encode(), "txt", text, "utf-8"), RETRIEVED)


def people_of(draft: Draft) -> dict[str, tuple[list[str], str | None]]:
    """Each person's roles and the name of the organisation the role belongs to (as the company's name)."""
    names = {company["canonical"]: company["name"] for company in draft.companies}
    return {person["name"]: (person["roles"], names.get(person["organisation"], person["organisation"])) for person in draft.people}


PAGE_DE = """Nordwerk baut Stellen ab

Musterstadt (dpa) – Der Maschinenbauer Nordwerk Antriebe AG will rund 800 Stellen streichen. Der Vorstandsvorsitzende Dr. Karl Schmidt begründete den Schritt mit der schwachen Nachfrage.
„Wir müssen jetzt handeln“, sagte Greta Lindholm, Leiterin der Kundenbetreuung, in Musterstadt. Petra Mustermann, Finanzchefin von Nordwerk, nannte keine Zahlen.
Gründer und Geschäftsführer Jonas Weber will das Unternehmen weiterführen. Nach Angaben von Paul Berger, Vorstand für Forschung und neue Werkstoffe bei Nordwerk, bleibt das Labor offen.
"""


def test_german_roles_are_whole_phrases_and_the_organisation_is_not_part_of_them():
    people = people_of(draft_of(PAGE_DE))
    assert people["Greta Lindholm"] == (["Leiterin der Kundenbetreuung"], "Nordwerk Antriebe AG")
    assert people["Petra Mustermann"] == (["Finanzchefin"], "Nordwerk Antriebe AG")
    assert people["Paul Berger"] == (["Vorstand für Forschung und neue Werkstoffe"], "Nordwerk Antriebe AG")


def test_german_role_before_the_name_belongs_to_the_article_s_company():
    people = people_of(draft_of(PAGE_DE))
    assert people["Karl Schmidt"] == (["Vorstandsvorsitzende"], "Nordwerk Antriebe AG")
    assert people["Jonas Weber"] == (["Gründer und Geschäftsführer"], "Nordwerk Antriebe AG")


PAGE_AR = """نوردفيرك الألمانية تلغي ٨٠٠ وظيفة

أعلنت شركة نوردفيرك للمحركات الألمانية إلغاء ٨٠٠ وظيفة، وقال رئيسها التنفيذي كارل شميت إن القرار كان صعبًا.
وقالت المديرة المالية للشركة الدكتورة سارة المثالي إن التكاليف سترتفع هذا العام.
من جهته، قال سالم العبيدي، الرئيس التنفيذي لشركة سنابل للاستثمار، إن الصفقة مع نوردفيرك مهمة. وقالت نادية الراشدي، المديرة العامة لشركة «الواحة» للتقنية، إن الشراكة مفيدة.
"""


def test_arabic_role_with_the_company_named_after_it():
    people = people_of(draft_of(PAGE_AR))
    assert people["سالم العبيدي"] == (["الرئيس التنفيذي"], "شركة سنابل للاستثمار")
    assert people["نادية الراشدي"] == (["المديرة العامة"], "الواحة")


def test_an_arabic_name_in_straight_quotes_is_read_as_unquoted_but_quoted_companies_stay_apart():
    page = ("تعيينات جديدة\n\nأعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد الوطني خلال العام المقبل.\n"
            'وسيتم تعيين "كريم كويلاوي"، الرئيس التنفيذي لشركة نوردفيرك، عضوا في مجلس الإدارة، '
            'كما تحدث الرئيس السابق لتحالف "رينو نيسان" عن الصفقة.\n')
    people = people_of(draft_of(page))
    assert "كريم كويلاوي" in people  # a quoted name that begins with a given name
    assert not any("رينو" in name for name in people)  # known companies in quotes, though 'Reno' is a given name


def test_an_arabic_future_verb_is_no_name_and_a_patronymic_name_is_its_fuller_form():
    page = ("تعيينات جديدة\n\nأعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد الوطني خلال العام المقبل.\n"
            "وسيصبح كريم بن سالم الكويلاوي، محافظ صندوق نوردفيرك، رئيسا غير تنفيذي للمجلس.\n"
            "وقال كريم بن سالم إن الصفقة مهمة للصندوق.\n")
    assert list(people_of(draft_of(page))) == ["كريم بن سالم الكويلاوي"]  # not 'سيصبح ...', not 'كريم بن سالم' apart


def test_arabic_role_with_a_pronoun_or_a_common_noun_belongs_to_the_company_named_before():
    people = people_of(draft_of(PAGE_AR))
    assert people["كارل شميت"] == (["رئيسها التنفيذي"], "شركة نوردفيرك للمحركات")
    assert people["سارة المثالي"] == (["المديرة المالية للشركة"], "شركة نوردفيرك للمحركات")


PAGE_FR = """Nordwerk présente son plan

Le groupe Nordwerk Industrie S.A. a présenté mardi son plan stratégique. « Nous allons investir », a déclaré le président du conseil d'administration, Pierre Garnier.
Claire Dubois, directrice générale adjointe de Nordwerk Industrie, a confirmé les chiffres. Leur avocat, Marc Lefort, conteste la procédure.
"""


def test_french_roles_before_a_comma_and_after_the_name():
    people = people_of(draft_of(PAGE_FR))
    assert people["Pierre Garnier"] == (["président du conseil d'administration"], "Nordwerk Industrie S.A.")
    assert people["Claire Dubois"] == (["directrice générale adjointe"], "Nordwerk Industrie S.A.")
    assert people["Marc Lefort"] == (["avocat"], None), "a lawyer's role names no organisation of the article"


PAGE_EN = """Nordwerk to cut 500 jobs

Nordwerk Motors Inc. will cut 500 jobs this year, finance chief Tom Baker said on Tuesday. Maria Keller, head of investor relations at Nordwerk Motors, declined to comment.
"We will grow again," said Dr. Laura Smith, currently chief operating officer.
"""


def test_english_roles_with_a_field_before_or_after_the_role_noun():
    people = people_of(draft_of(PAGE_EN))
    assert people["Tom Baker"] == (["finance chief"], "Nordwerk Motors Inc.")
    assert people["Maria Keller"] == (["head of investor relations"], "Nordwerk Motors Inc.")
    assert people["Laura Smith"] == (["chief operating officer"], "Nordwerk Motors Inc.")


def test_a_role_right_before_a_name_in_the_title_is_added_after_the_body_s():
    page = ("Orbis CEO Helen Marsh steps down; CFO Dan Price to lead\n\n"
            "Helen Marsh, who founded Orbis Systems Inc. in 2009, will leave at the end of June, the company said. "
            "Dan Price will take over, Marsh said in a memo.\n")
    people = people_of(draft_of(page))
    assert people["Helen Marsh"] == (["CEO"], "Orbis Systems Inc.")
    assert people["Dan Price"] == (["CFO"], "Orbis Systems Inc.")
    german = people_of(draft_of("Orbis: Konzernchef Marsh tritt ab\n\n" + PAGE_DE.split("\n", 2)[2].replace("Karl Schmidt", "Helen Marsh")))
    assert german["Helen Marsh"] == (["Vorstandsvorsitzende", "Konzernchef"], "Nordwerk Antriebe AG")
    # the title names no one new
    assert "Anna Stone" not in people_of(draft_of(page.replace("CFO Dan Price", "CFO Anna Stone")))


def test_an_arabic_title_gives_a_role_and_with_the_body_a_person():
    body = "أعلنت شركة أوربيس للأنظمة أن سارة المثالي ستغادر الشركة في نهاية يونيو بعد عشر سنوات.\n"
    people = people_of(draft_of("أوربيس: المديرة المالية سارة المثالي تغادر\n\n" + body))
    assert people == {"سارة المثالي": (["المديرة المالية"], "شركة أوربيس للأنظمة")}
    # a title with a role and no name in it adds no one
    assert people_of(draft_of("أوربيس: المديرة المالية تغادر بعد عشر سنوات\n\n" + body)) == {}


def test_a_role_later_in_the_sentence_that_the_name_starts():
    english = people_of(draft_of(
        "Orbis names a new chief\n\n"
        "Helen Marsh, who founded Orbis Systems Inc. in 2009, will step down as chief executive at the end of June. "
        "The board said Dan Price, 52, would serve as interim chief.\n"))
    assert english["Helen Marsh"] == (["chief executive"], "Orbis Systems Inc.")
    assert english["Dan Price"][0] == [], "the sentence's subject is the board, not Dan Price"
    german = people_of(draft_of(
        "Wechsel bei Nordwerk\n\nJonas Weber arbeitet seit 2019 als Finanzchef bei der Nordwerk Antriebe AG. "
        "Die Zahlen fielen schlechter aus als erwartet, sagte Weber.\n"))
    assert german["Jonas Weber"] == (["Finanzchef"], "Nordwerk Antriebe AG")
    french = people_of(draft_of(
        "Changement chez Nordwerk\n\nClaire Dubois, arrivée chez Nordwerk Motors en 2015, occupera ses fonctions "
        "en tant que directrice financière dès juillet.\n"))
    assert french["Claire Dubois"] == (["directrice financière"], "Nordwerk Motors")


def test_the_scorer_counts_whole_roles_roles_cut_short_and_organisations_by_any_name():
    tally = Tally()
    found = [{"name": "Greta Lindholm", "roles": ["Leiterin"], "organisation": "Nordwerk Antriebe"},
             {"name": "Karl Schmidt", "roles": ["Vorstandschef"], "organisation": None}]
    gold = [{"name": "Greta Lindholm", "roles": ["Leiterin der Kundenbetreuung"], "organisation": "Nordwerk"},
            {"name": "Karl Schmidt", "roles": ["Vorstandschef"], "organisation": "Nordwerk"}]
    companies = [{"name": "Nordwerk Antriebe AG", "canonical": "Nordwerk Antriebe", "aliases": ["Nordwerk"]}]
    score_roles(list(zip(found, gold)), companies, [{"name": "Nordwerk Antriebe AG", "canonical": "Nordwerk"}], tally, "page.txt")
    assert dict(tally.counts) == {"roles_gold": 2, "roles_exact": 1, "roles_part": 1, "organisation_gold": 2, "organisation_right": 1}


def test_a_union_or_a_month_after_a_role_is_not_the_company():
    german = people_of(draft_of("Nordwerk streicht Stellen\n\nDie Nordwerk Antriebe AG streicht 800 Stellen. "
                                "„Das ist bitter“, sagte Hans Brandt, Chef der Gewerkschaft, am Montag.\n"))
    assert german["Hans Brandt"] == (["Chef der Gewerkschaft"], None), "the union is not named: no organisation"
    english = people_of(draft_of("Nordwerk names a deputy\n\nNordwerk Motors Inc. said on Monday that its finance chief "
                                 "Tom Baker will become deputy chief executive in July.\n"))
    assert english["Tom Baker"] == (["finance chief", "deputy chief executive"], "Nordwerk Motors Inc.")


def test_given_names_come_from_both_lists_and_not_from_month_weekday_or_role_words():
    from generator.ingest.given_names import is_given_name
    from generator.ingest.langdata import load_language
    from generator.ingest.steps.people import is_first_name

    german = load_language("de")
    assert is_given_name("Jürgen") and is_given_name("JÜRGEN") and is_given_name("Jean-Luc")  # Faker's lists
    assert is_given_name("Deepak") and is_given_name("Tarek")  # the US list: where Faker's lists are thin
    assert not is_given_name("Nordwerk") and not is_given_name("A")
    assert is_given_name("أحمد") and is_given_name("احمد") and is_given_name("اسامه")  # Arabic, also as the steps fold it
    assert not is_given_name("شركه")
    assert is_first_name("Deepak", german)
    assert not is_first_name("Juni", german) and not is_first_name("Freitag", german)  # month, weekday
    assert not is_first_name("Chief", german)  # an English role word in a German article


def test_a_given_name_alone_is_evidence_of_a_person_but_a_month_is_not():
    draft = draft_of("Werk schließt\n\nDas Werk in Musterstadt schließt. Deepak Quellenhof leitet den Umzug. "
                     "Im Juni Gespräche mit dem Betriebsrat.\n")
    assert [person["name"] for person in draft.people] == ["Deepak Quellenhof"]


def test_an_english_possessive_is_not_part_of_the_name():
    draft = draft_of("Plan under fire\n\nCritics said on Monday that Martin Quellberg’s plan to close the Musterstadt plant would "
                     "cost 1,200 jobs. The chief executive defended the decision in a letter to staff.\n")
    assert [person["name"] for person in draft.people] == ["Martin Quellberg"]  # was 'Martin Quellberg’s'


def test_a_name_all_in_capitals_is_a_credit_not_a_person():
    draft = draft_of("Usine fermée\n\nLe groupe Nordwerk va fermer son usine de Musterstadt, a annoncé mardi sa directrice Anna "
                     "Beispiel. « Nous n'avons pas le choix », a-t-elle déclaré. MARTIN QUELLBERG / BEISPIEL-AGENTUR\n")
    assert "MARTIN QUELLBERG" not in [person["name"] for person in draft.people]


def test_a_name_is_the_capitalised_words_after_the_last_role_word_with_initials_and_particles():
    draft = draft_of(
        "Nordwerk ordnet Vorstand neu\n\n"
        "Musterstadt (dpa) – Der Maschinenbauer Nordwerk ordnet seinen Vorstand neu, teilte Nordwerk-Chef Scheich Karim bin Salem "
        "Al Quelli am Montag mit. Werkchef Jens H. Berger begrüßte den Schritt. Auch Analyst Simon Probst von Quellbank sprach von "
        "einem soliden Plan, der Konzern kooperiere mit Beispiel Engineering und der Aufsichtsratschefin Maria von der Heide.\n")
    names = [person["name"] for person in draft.people]
    assert "Karim bin Salem Al Quelli" in names  # five words with particles: was cut to 'Karim bin Salem Al'
    assert "Jens H. Berger" in names  # an initial: was 'Jens H'
    assert "Simon Probst" in names  # 'von Quellbank' after a surname is his employer, not a noble name
    assert "Maria von der Heide" in names
    assert not {"Beispiel Engineering", "Werkchef Jens H. Berger"} & set(names)  # a company's kind word; 'Werkchef' a role


def test_english_role_phrases_of_several_capitalised_words_are_not_part_of_the_name():
    draft = draft_of("Deal agreed\n\nThe deal was announced on Monday, said Nordwerk Executive Vice President Anna Quellberg. "
                     "Nordwerk's Chief Executive Officer Martin Probst welcomed it in a statement to staff.\n")
    names = [person["name"] for person in draft.people]
    assert "Anna Quellberg" in names and "Martin Probst" in names
    assert not [name for name in names if name.startswith(("Officer", "Nordwerk"))]


def test_a_surname_alone_between_a_role_and_a_speech_verb_is_a_person():
    draft = draft_of("Zinsen sinken\n\nFrankfurt (dpa) – Die Zentralbank hat den Leitzins gesenkt, teilte sie am Donnerstag mit. "
                     "Bankchefin Quellberg sagte, es sei noch zu früh für eine Entwarnung. Vorstandschef Siemens sagte nichts dazu, "
                     "und Verhandlungsführer Juni erklärte nichts.\n")
    assert people_of(draft) == {"Quellberg": (["Bankchefin"], None)}  # not a known company, not a month


def test_arabic_names_do_not_take_a_noun_with_a_pronoun_a_dual_or_a_word_after_a_known_name():
    draft = draft_of(
        "نوردفيرك تخفض الوظائف\n\n"
        "قال مصدران مطلعان لرويترز اليوم الخميس إن شركة نوردفيرك ستخفض ألف وظيفة، بينما أقر المدير العام المنتهية ولايته "
        "كريم السالمي بصعوبة الوضع. وأثار الرئيس الأمريكي دونالد ترامب مخاوف التجارة مجددا، وكانت العلاقة بين الشركة وإدارة ترامب معقدة.\n")
    names = [person["name"] for person in draft.people]
    assert "كريم السالمي" in names and "دونالد ترامب" in names
    assert not [name for name in names if name.startswith(("مصدر", "لايته", "ولايته", "إدارة")) or name.endswith("مخاوف")]


@pytest.mark.parametrize("page, author, people", [
    # a byline run into the header
    ("نوردفيرك تخفض الوظائف بواسطة سارة المثال 7 مايو 2025 | 9:33 ص كتب سارة المثال 7 مايو 2025 | 9:33 ص "
     "أعلنت شركة نوردفيرك اليوم خفض ألف وظيفة في مصنعها، وقال الرئيس التنفيذي كريم السالمي إن القرار صعب ولكنه ضروري.\n",
     "سارة المثال", ["كريم السالمي"]),
    # a name with a colon above the first paragraph
    ("نوردفيرك تخفض الوظائف\n\nسارة المثال:\n\nأعلنت شركة نوردفيرك اليوم خفض ألف وظيفة في مصنعها، وقال الرئيس "
     "التنفيذي كريم السالمي إن القرار صعب ولكنه ضروري لمستقبل الشركة.\n", "سارة المثال", ["كريم السالمي"]),
    # a name alone under the headline
    ("نوردفيرك تلغي ألف وظيفة\n\nأحمد السالمي\n\nأعلنت شركة نوردفيرك اليوم خفض ألف وظيفة في مصنعها الرئيسي، "
     "وقال الرئيس التنفيذي كريم القاسمي إن القرار صعب ولكنه ضروري لمستقبل الشركة.\n", "أحمد السالمي", ["كريم القاسمي"]),
    ("Nordwerk streicht 1.200 Stellen\n\nAnna Beispiel\n\nDer Autozulieferer Nordwerk baut 1.200 Stellen ab. "
     "Das kündigte Vorstandschef Karl Schmidt am Dienstag in Musterstadt an, nachdem der Umsatz gesunken war.\n", "Anna Beispiel", None),
])
def test_the_writers_line_is_the_author_not_a_person(page, author, people):
    draft = draft_of(page)
    assert draft.author == author
    if people is not None:
        assert [person["name"] for person in draft.people] == people


def test_a_line_that_goes_on_after_a_name_under_the_headline_is_no_byline():
    standfirst = draft_of("Nordwerk streicht 1.200 Stellen\n\nKarl Schmidt geht\n\nDer Autozulieferer Nordwerk baut 1.200 Stellen ab. "
                          "Das kündigte Vorstandschef Karl Schmidt am Dienstag in Musterstadt an, nachdem der Umsatz gesunken war.\n")
    assert standfirst.author is None


def test_german_bylines_credits_quoted_surnames_compound_roles_and_a_genitive():
    draft = draft_of(
        "Nordwerk streicht Stellen\n\n"
        "Der Maschinenbauer Nordwerk baut in Musterstadt 800 Stellen ab, wie das Unternehmen am Donnerstagabend mitteilte. "
        "Die Kosten beziffert der Konzern auf 250 Millionen Euro, schreibt Nordwerk in einem Communiqué. Keystone / Max Muster\n\n"
        "Anna Beispiel Redaktor Wirtschaft\n\n"
        "\"Ein hartes Jahr\", resümierte Quellmann. Das bestätigte EU-Kommissionsvize Karla Probst am Montag, auch mit Blick "
        "auf Elon Musks SpaceX und auf Donald Trump Jr. und seine Geschäfte.\n")
    names = {person["name"]: person["roles"] for person in draft.people}
    assert draft.author == "Anna Beispiel"
    assert names.get("Quellmann") == [] and names.get("Karla Probst") == ["EU-Kommissionsvize"]
    assert "Elon Musk" in names and "Donald Trump Jr" in names
    assert not set(names) & {"Max Muster", "Anna Beispiel", "Elon Musks SpaceX", "Donald Trump"}


def test_arabic_future_verbs_glued_conjunctions_places_named_after_people_and_a_dateline_author():
    draft = draft_of(
        "أبوظبي - سارة المثال - الجمعة 24 يناير 2025 12:05 صباحا - أعلنت شركة نوردفيرك أن رئيسها كريم السالمي سيغادر "
        "وسيخلفه يوسف القاسمي في المنصب، بينما قالت الشركة إن المخطط الرئيسي لمطار الملك سلمان الدولي يشمل ستة مدارج، "
        "بحسب ما ذكر مؤشر بلومبيرغ للأثرياء اليوم.\n")
    names = [person["name"] for person in draft.people]
    assert draft.author == "سارة المثال"
    assert "كريم السالمي" in names and "يوسف القاسمي" in names
    assert not [name for name in names if "سيغادر" in name or "سيخلفه" in name or "سلمان" in name or "مؤشر" in name or name == "سارة المثال"]


def test_a_possessive_before_a_name_is_its_owner_not_part_of_it():
    draft = draft_of("Fines imposed\n\nBrussels (AP) – The EU fined two technology groups on Wednesday, said Nordwerk's Joel Quellman "
                     "in a statement, while Hong Kong’s Hang Seng fell further in the afternoon.\n")
    assert [person["name"] for person in draft.people] == ["Joel Quellman"]


def test_two_surnames_of_the_article_side_by_side_are_two_people_not_one():
    draft = draft_of("Koalition zerbricht\n\nBerlin (dpa) – Bundeskanzlerin Anna Quellberg entlässt Finanzministerin Lea Berger, "
                     "wie ein Regierungssprecher am Abend mitteilte. Zuvor hatte Berger Quellberg (SPD) eine Neuwahl des Bundestags "
                     "vorgeschlagen. Die Gespräche hätten keine Einigung gebracht.\n")
    assert set(people_of(draft)) == {"Anna Quellberg", "Lea Berger"}


def test_a_preposition_glued_to_a_common_noun_ends_an_arabic_name():
    draft = draft_of("تعيين جديد\n\nأعلنت شركة نوردفيرك تعيين كارل شميت بمنصب الرئيس التنفيذي بمفعول فوري، خلفا لأنا كويلبرغ "
                     "التي قادت الشركة منذ عام 2019، وقال بسام الخطيب، مدير الاتصال في الشركة، إن القرار نهائي.\n")
    names = set(people_of(draft))
    assert "كارل شميت" in names and "بسام الخطيب" in names
    assert not [name for name in names if "بمنصب" in name or "بمفعول" in name]


def test_a_german_genitive_of_a_name_is_the_person_named_in_full():
    """'Al Khudairys Äußerungen' beside 'Ammar Al Khudairy': the tagger may tag the genitive."""
    from generator.ingest.langdata import load_language
    from generator.ingest.steps.tagged_people import merged_surnames

    kept = {name: {"name": name, "roles": roles, "organisation": None}
            for name, roles in (("Karim Al Beispieli", ["Präsident"]), ("Al Beispielis", ["Sprecher"]), ("Hans Gross", []))}
    people = merged_surnames(kept, load_language("de"))
    assert [person["name"] for person in people] == ["Karim Al Beispieli", "Hans Gross"]
    assert people[0]["roles"] == ["Präsident", "Sprecher"]


def test_a_known_public_figure_named_by_surname_after_a_role_and_in_full_elsewhere_keeps_the_full_name():
    """'CDU-Chef Habeck sagte' first made a person 'Habeck', and the knowledge base's full name
    'Robert Habeck' later in the article was then left out as the same person."""
    draft = draft_of("Wahl entschieden\n\nBerlin (dpa) – Wirtschaftsminister Habeck sagte am Montag, er wolle weiter verhandeln. "
                     "Die Grünen mit ihrem Kanzlerkandidaten Robert Habeck haben die Wahl verloren, teilte die Partei mit.\n")
    assert [name for name in people_of(draft) if "Habeck" in name] == ["Robert Habeck"]


def test_a_sultans_title_is_no_part_of_his_name():
    """'السلطان' is a title as 'الملك' is, also where the knowledge base writes it with the name."""
    page = PAGE_AR + "\nوقال السلطان قيس بن ناصر في كلمته إن البلاد ستواصل الإصلاحات الاقتصادية.\n"
    people = people_of(draft_of(page))
    assert "قيس بن ناصر" in people and not [name for name in people if name.startswith("السلطان")]
    page = PAGE_AR + "\nوانعقدت قمة السلطان قابوس والشيخ صباح في العلا بحضور القادة.\n"
    assert not [name for name in people_of(draft_of(page)) if name.startswith("السلطان")]


def test_an_arabic_royal_title_is_a_role_not_a_second_person():
    page = ("خبر محلي\n\nأعلنت الهيئة اليوم عن افتتاح المشروع الجديد في العاصمة بعد سنوات من العمل.\n"
            "وجاء ذلك بعد تفضل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود بافتتاح القطار. "
            "وأشاد خادم الحرمين الشريفين بالعاملين في المشروع.\n")
    people = people_of(draft_of(page))
    assert "خادم الحرمين الشريفين" not in people and any("سلمان" in name for name in people)


def test_a_well_known_person_named_by_surname_only_is_found():
    page = PAGE_DE + "\nDie Notenbank hielt die Zinsen stabil, sagte Lagarde am Donnerstag. Ankündigungen Bidens folgten.\n"
    people = people_of(draft_of(page))
    assert {"Lagarde", "Biden"} <= set(people)
    arabic = PAGE_AR + "\nوقال بايدن إن الرسوم ستبقى. وتعمل الشركة بشكل رئيسي في أوروبا.\n"
    found = people_of(draft_of(arabic))
    assert "بايدن" in found and not any("رئيسي" in name for name in found)  # 'main', not the Iranian president's name
    # after a noun whose genitive is a leader ('the Biden administration', 'Rouhani's visit'), not after any word
    found = people_of(draft_of(PAGE_AR + "\nوكانت إدارة بايدن قد فرضت القيود قبل زيارة روحاني إلى باريس.\n"))
    assert {"بايدن", "روحاني"} <= set(found)
    assert "بايدن" not in people_of(draft_of(PAGE_AR + "\nوكانت الشركة بايدن قد فرضت القيود.\n"))
    # not after 'era of': past rulers, whose namesake the knowledge base may hold
    assert "مبارك" not in people_of(draft_of(PAGE_AR + "\nوتراجع الاقتصاد المصري في عهد مبارك قبل الثورة.\n"))


def test_middle_words_of_a_known_persons_full_name_are_that_person_not_another():
    """The rules may read two middle words of a long Arabic name as a name ('فلاح مبارك'); the
    knowledge base's full name written there makes them that one person."""
    page = PAGE_AR + "\nوقال أمين مجلس التعاون، الدكتور نايف فلاح مبارك الحجرف، بعد الاجتماع إن القمة ناجحة.\n"
    people = people_of(draft_of(page))
    assert "نايف فلاح مبارك الحجرف" in people and not [name for name in people if name in ("فلاح مبارك", "نايف فلاح", "مبارك الحجرف")]


def test_a_fathers_name_that_ends_his_sons_long_nasab_is_another_person():
    """'حمدان بن محمد بن راشد آل مكتوم' (seven words) ends with his father's name: the son is found
    whole, and the father, named on his own as well, is a person of his own."""
    page = PAGE_AR + ("\nوحضر حاكم دبي الشيخ محمد بن راشد آل مكتوم الحفل، وإلى جانبه ولي عهده الشيخ حمدان بن محمد بن راشد آل مكتوم "
                      "الذي شهد توقيع الاتفاقية.\n")
    people = people_of(draft_of(page))
    assert {"محمد بن راشد آل مكتوم", "حمدان بن محمد بن راشد آل مكتوم"} <= set(people)
    assert "حمدان بن محمد" not in people


@pytest.mark.parametrize("page, expected", [
    # a known name that begins or ends another person's is not that person's middle words
    ("\nوقال الملك عبدالله الثاني إن الأردن يدعم الحل.\nوشارك الحسين بن عبدالله الثاني في الاجتماع.\n",
     {"عبدالله الثاني", "الحسين بن عبدالله الثاني"}),
    ("\nوقال الرئيس الأمريكي دونالد ترامب إن ابنه سيشارك. وحضر دونالد ترامب جونيور الحفل.\n",
     {"دونالد ترامب", "دونالد ترامب جونيور"}),
    # 'ابن' (son) in prose is no nasab: the father named after it is a person
    ("\nوقال إريك ترامب ابن دونالد ترامب إن العائلة متماسكة.\n", {"إريك ترامب", "دونالد ترامب"}),
    # 'السلطان' is also a family name
    ("\nوقال المدير العام للشركة فهد بن عبدالله السلطان إن الأرباح ارتفعت.\n", {"فهد بن عبدالله السلطان"}),
])
def test_fathers_sons_and_a_title_that_is_a_surname_stay_apart(page, expected):
    assert expected <= set(people_of(draft_of(PAGE_AR + page)))


def test_two_known_companies_names_run_together_are_no_person():
    page = PAGE_AR + ("\nوسيصبح جون إلكان ، رئيس فيات كرايسلر ، رئيس مجلس الإدارة في الشركة المندمجة. "
                      "وأسس هنري فورد شركته قبل أكثر من قرن.\n")
    people = people_of(draft_of(page))
    assert "فيات كرايسلر" not in people and "هنري فورد" in people  # a given name first: a person named like a company


def test_the_given_name_ben_is_no_son_of():
    people = people_of(draft_of(PAGE_DE + "\nNotenbankchef Bernanke warnte vor einer Rezession. Später sagte Ben Bernanke, "
                                          "die Zinsen seien zu hoch.\n"))
    assert "Ben Bernanke" in people and "Bernanke" not in people


def test_a_known_surname_that_is_a_word_or_part_of_another_name_is_no_person():
    page = PAGE_DE + ("\nDas Gesetz hat eine Lücke. Die Firma Hoyer liefert Gas. Ivanka Trump war nicht dabei. "
                      "Auch Andreessen Horowitz investiert.\n")
    people = people_of(draft_of(page))
    assert not {"Lücke", "Hoyer", "Trump", "Andreessen", "Horowitz"} & set(people)


def test_a_common_arabic_word_where_a_name_would_begin_is_not_part_of_it():
    page = PAGE_AR + "\nووافقت الشركة على التسوية مع اتهام زورين نوردمان، مسؤول كبير سابق في الشركة، بالاحتيال.\n"
    found = people_of(draft_of(page))
    assert "زورين نوردمان" in found and not any(name.startswith("اتهام") for name in found)


def test_an_arabic_name_that_begins_with_waw_keeps_it_and_is_not_also_a_surname_alone():
    page = PAGE_AR + "\nوقال وانغ تشيانغ، المدير المالي لشركة نوردفيرك، إن النتائج جيدة.\n"
    found = people_of(draft_of(page))
    assert "وانغ تشيانغ" in found  # Wang's و is his name's first letter, not 'and'
    assert "انغ تشيانغ" not in found and "وانغ" not in found


@pytest.mark.parametrize("word, expected", [
    ("سيعودان", True), ("سيتوليان", True), ("سيصبح", True),  # future verbs, also in the dual
    ("ستيفان", False), ("سيلفان", False), ("سيباستيان", False),  # names that begin the same way
])
def test_an_arabic_future_verb_also_in_the_dual_is_no_name(word, expected):
    from generator.ingest.steps.people import verb_like

    assert verb_like(word) is expected


def test_a_german_name_run_on_into_a_weekday_or_the_noun_after_its_genitive_is_the_person_already_named():
    text = ("Nordwerk streicht Stellen\n\nMusterstadt – Der Vorstandsvorsitzende Jorik Quellhauser kündigte am Montag den "
            "Abbau von 800 Stellen an. Quellhausers Bonus sei bereits gekürzt worden, sagte eine Sprecherin. Die "
            "Gewerkschaft will mit Quellhauser Sonntag Morgen verhandeln, sagte Betriebsrätin Almut Treskow.\n")
    names = [person["name"] for person in draft_of(text).people]
    assert "Jorik Quellhauser" in names and "Almut Treskow" in names
    assert not any(name.startswith("Quellhauser") for name in names)


def test_a_ruler_of_a_country_is_a_role_not_a_person():
    """'أمير' is a title and a given name: 'أمير قطر' (the Emir of Qatar) before the ruler's
    name is no person called Amir; a country is no Arab's surname."""
    draft = draft_of("قطر تستثمر في ألمانيا\n\n"
                     "أعلنت قطر أمس نيتها استثمار 12 مليار دولار في ألمانيا. وقال أمير قطر، سالم بن خالد المثالي، "
                     "خلال افتتاحه المنتدى الاقتصادي إن العلاقات بين البلدين متينة.\n")
    names = [person["name"] for person in draft.people]
    assert "أمير قطر" not in names and "سالم بن خالد المثالي" in names


def test_an_arabic_name_starts_at_its_given_name_after_a_verb_or_a_noun_and_ends_before_a_time_word():
    draft = draft_of(
        "تغيير في نوردفيرك\n\n"
        "قالت مصادر إن القاضي سامي الفلاني يتجرأ على المجلس ويوقف كريم كويلبرغ، رئيس نوردفيرك السابق، بينما أقال المجلس مديرها "
        "وعين مكانه يوسف شتاينر. وكان الملياردير الكندي ماركوس فيلدر قد اشترى الشركة بعد مقتل الصحفي جمال كويلاوي "
        "أواخر عام 2018.\n")
    names = set(people_of(draft))
    assert {"كريم كويلبرغ", "يوسف شتاينر", "ماركوس فيلدر", "جمال كويلاوي"} <= names
    assert not [name for name in names if "يوقف" in name or "مكانه" in name or "أواخر" in name]


def test_a_family_name_that_is_a_definite_given_name_and_a_german_noun_after_a_surname():
    arabic = draft_of("صفقة جديدة\n\nوقال نائب رئيس بنك نوردفيرك والمدير الإداري سامي عبدالله القاسم إن شراء الشركة سيتيح "
                      "ترسيخ مكانة البنك في الأسواق الإقليمية خلال السنوات المقبلة.\n")
    assert "سامي عبدالله القاسم" in people_of(arabic)
    from generator.ingest.langdata import load_language
    from generator.ingest.steps.people import without_german_noun

    german = load_language("de")
    # the tagger reads on from a surname the article names into the noun after it
    assert without_german_noun("Quellhuber Respekt", german, {"Quellhuber"}) == "Quellhuber"
    assert without_german_noun("Anna Quellhuber", german, {"Quellhuber"}) == "Anna Quellhuber"
    assert without_german_noun("Anna Quellhuber Erfolg", german, set()) == "Anna Quellhuber"  # a noun after two names
    assert without_german_noun("Hans Peter Koch", german, set()) == "Hans Peter Koch"  # a surname the corpora tag in names


def test_a_tagged_arabic_name_loses_an_adverb_with_tanween_and_a_virus_is_no_person(monkeypatch):
    from generator.ingest.steps import tagged_people

    spans = {"كارل كويلمان سابقًا", "فيروس كورونا"}
    monkeypatch.setattr(tagged_people, "tagged_people", lambda line, code: tuple((span, True) for span in spans if span in line))
    draft = draft_of("قيود جديدة\n\nوكانت إدارة كارل كويلمان سابقًا قد فرضت قيودا على التصدير بسبب انتشار فيروس كورونا في عدة "
                     "دول، بحسب ما ذكرت مصادر مطلعة اليوم الخميس في بيان رسمي.\n")
    assert set(people_of(draft)) == {"كارل كويلمان"}


def test_a_tagged_name_loses_an_honorific_a_speech_verb_and_a_common_word_at_its_edges():
    from generator.ingest.langdata import load_language
    from generator.ingest.steps.tagged_people import without_edge_words

    german, arabic = load_language("de"), load_language("ar")
    assert without_edge_words("Prinz Alfons Quellhuber", german) == "Alfons Quellhuber"
    assert without_edge_words("MUSTERSTADT DE NORTE", german) == ""  # a dateline in capitals
    assert without_edge_words("كويلمان قال", arabic) == "كويلمان"  # the surname and the verb after it
    assert without_edge_words("هاتف كويلمان", arabic) == "كويلمان"  # the Quellmann's phone
    assert without_edge_words("تابع كويلمان", arabic) == "كويلمان"  # a verb before the name
    assert without_edge_words("جو كويلمان", arabic) == "جو كويلمان"  # a short given name that is also a word (Joe)
    assert without_edge_words("سامي كويلمان", arabic) == "سامي كويلمان"
    assert without_edge_words("Hayen Quellhuber via Nordclip", german) == "Hayen Quellhuber"  # a video's credit
    assert without_edge_words("Zine el-Quellan Ben Ali", german) == "Zine el-Quellan Ben Ali"  # particles are lowercase
    assert without_edge_words("Musterstadt Pakistan", german) == "Musterstadt"  # a dateline's city and country
    assert without_edge_words("Anna Pakistan", german) == "Anna Pakistan"  # after a given name: a surname


def test_a_tagged_name_of_a_title_and_a_surname_is_no_second_person(monkeypatch):
    from generator.ingest.steps import tagged_people

    spans = {"Prinz Alfons", "Quellhuber Mandate"}
    monkeypatch.setattr(tagged_people, "tagged_people", lambda line, code: tuple((span, True) for span in spans if span in line))
    draft = draft_of("Neuer Chef bei Nordwerk\n\nDer Milliardär Prinz Alfons bin Quellan hält zehn Prozent an Nordwerk. "
                     "Vorstandschef Anton Quellhuber soll die Führung übernehmen, sobald Quellhuber Mandate bei anderen Konzernen "
                     "niedergelegt hat, teilte das Unternehmen am Montag in Musterstadt mit.\n")
    names = set(people_of(draft))
    assert "Anton Quellhuber" in names
    assert not [name for name in names if "Mandate" in name or name == "Prinz Alfons"]


def test_an_arabic_role_in_the_dual_is_not_a_conjunction_and_a_name():
    draft = draft_of("تعديل وزاري\n\nكما تم تعيين وزيرين جديدين للطاقة والاقتصاد، بعد أن أعفى رئيس الوزراء كريم كويلمان عددا من "
                     "المسؤولين من مناصبهم في وقت متأخر أمس السبت.\n")
    names = set(people_of(draft))
    assert not [name for name in names if "جديدين" in name]


@pytest.mark.parametrize("page, unwanted", [
    # a German compound ending in a common noun is no first name (the parent company, named by a noun)
    ("Quellbank-Mutter Lina streicht 14.000 Stellen\n\nMehr Jobs weg als befürchtet: Quellbank-Mutter Lina streicht "
     "weltweit 14.000 Stellen. Das kündigte Vorstandschef Anton Quellhuber am Donnerstag in Musterstadt an.\n", ("Quellbank-Mutter",)),
    # a name that starts as places' names do is a place's
    ("Neue Bahnstrecke\n\nDie Strecke verbindet Ras Quellhafen am Roten Meer mit Marsa Nordbucht, sagte Verkehrsminister "
     "Anton Quellhuber am Montag. Der Bau soll 2027 beginnen, teilte das Ministerium in Musterstadt mit.\n", ("Ras ", "Marsa ")),
])
def test_words_that_make_a_name_no_persons(page, unwanted):
    names = set(people_of(draft_of(page)))
    assert "Anton Quellhuber" in names
    assert not [name for name in names if name.startswith(unwanted)]


def test_a_role_whose_holder_is_named_before_the_comma_takes_no_words_between_the_next_commas():
    # the judge is named after his role; 'decided to arrest X' between the commas is no second name of it
    page = ("النيابة العامة توقف مدير الشركة\n\n"
            "وقالت الوكالة الرسمية إن «النائب العام القاضي جمال الدباغ، قرر توقيف الزيدي، بعد استجوابه على مدى ثلاث ساعات»."
            " وكان المدير قد نفى الاتهامات الموجهة إليه في وقت سابق من الأسبوع.\n")
    assert not [name for name in people_of(draft_of(page)) if "قرر" in name or "توقيف" in name]


def test_a_name_after_a_role_its_company_and_the_companys_nationality_holds_the_role():
    page = ("القبض على مديرة في كندا\n\n"
            "وألقت السلطات القبض على المديرة المالية لشركة \"نوردفيرك\" الصينية منغ وانلي بناء على طلب من سلطات تطبيق القانون."
            " وقالت الشركة إنها لم تتلق أي معلومات عن التهم الموجهة إليها حتى الآن.\n")
    people = people_of(draft_of(page))
    assert people.get("منغ وانلي", ([], None))[0] == ["المديرة المالية"], people


def test_a_role_glued_to_a_preposition_or_a_chief_of_managers_ends_an_arabic_name():
    page = ("تعيين وزير جديد للمالية\n\n"
            "وكشفت رئيسة الوزراء، سلمى الكعبي، خلال مؤتمر صحفي، عن تعيين مراد الزيدي كوزير للمالية، عقب استقالة سلفه."
            " وسيصبح المدير المالي كريم العلوي كبير المدراء التنفيذيين للشركة الجديدة.\n")
    names = set(people_of(draft_of(page)))
    assert "مراد الزيدي" in names and "كريم العلوي" in names, names
    for found in (names, rules_people(page)):  # with the tagger, and the rules alone (whose word it takes)
        assert {"مراد الزيدي", "كريم العلوي"} <= found and not [name for name in found if "كوزير" in name or "كبير" in name], found


def rules_people(text: str) -> set[str]:
    """The people the rules find, before the tagger checks them (pipeline.STEPS up to find_people)."""
    from generator.ingest.pipeline import STEPS
    from generator.ingest.steps.people import find_people

    draft = Draft(source=Source(Path("page.txt"), text.encode(), "txt", text, "utf-8"), retrieved=RETRIEVED)
    for step in STEPS[:STEPS.index(find_people) + 1]:
        draft = step(draft)
    return {person["name"] for person in draft.people}


def test_a_long_german_noun_before_a_given_name_is_no_part_of_the_name():
    page = ("Kritik an Nordwerk\n\nMusterstadt – Die Aktionärsschützerin Daniela Quellmann kritisierte am Montag den Vorstand von "
            "Nordwerk scharf. Die Hauptversammlung solle den Vorstand nicht entlasten, sagte Aktionärsschützerin Daniela Quellmann.\n")
    names = set(people_of(draft_of(page)))
    assert "Daniela Quellmann" in names and not [name for name in names if "Aktionär" in name], names
    assert "Daniela Quellmann" in rules_people(page)


@pytest.mark.parametrize(("code", "name", "expected"), [
    ("de", "König Salim Quellbar", "Salim Quellbar"), ("de", "König Salim", "Salim"),
    ("en", "King Salim Quellbar", "Salim Quellbar"), ("fr", "Roi Salim Quellbar", "Salim Quellbar"),
    ("en", "Mervyn King", "Mervyn King"),  # a surname, after the given name
])
def test_a_kings_title_is_no_part_of_his_name(code, name, expected):
    from generator.ingest.langdata import load_language
    from generator.ingest.steps.tagged_people import without_edge_words

    assert without_edge_words(name, load_language(code)) == expected


@pytest.mark.parametrize(("word", "glued"), [
    ("لروبرت", True), ("لهاتف", True),  # 'owned by Robert ...', 'Bezos's phone'
    ("لينا", False), ("بسام", False), ("لبنى", False), ("بيزوس", False),  # names that begin with the letter
])
def test_a_preposition_glued_to_a_name_the_tagger_adds_is_no_part_of_it(word, glued):
    from generator.ingest.steps.tagged_people import glued_preposition

    assert glued_preposition(word) is glued


def test_the_post_a_person_takes_is_no_part_of_an_arabic_name():
    page = ("تغيير في القيادة\n\nوأعلنت الشركة أن كريم العلوي سيتولى منصب الرئيس التنفيذي، فيما يتولى سالم الهاشمي منصب "
            "رئيس مجلس الإدارة اعتبارا من الشهر المقبل، بحسب بيان نشرته الشركة على موقعها.\n")
    assert not [name for name in rules_people(page) | set(people_of(draft_of(page))) if "منصب" in name]


def test_prosecutors_and_the_provisions_of_rules_are_no_arabic_names():
    page = ("استقالة رئيس الشركة\n\nوقال ممثلو ادعاء ألمان إنهم فتحوا تحقيقا مع الرئيس السابق للشركة، فيما علق تداول السهم وفقا "
            "لأحكام قواعد الإدراج وإجراءات التعليق المعمول بها في السوق المالية منذ سنوات.\n")
    assert not [name for name in rules_people(page) | set(people_of(draft_of(page))) if "ادعاء" in name or "قواعد" in name]


def test_one_article_may_spell_a_surname_two_ways_but_two_given_names_that_sound_alike_are_two_people(monkeypatch):
    from generator.ingest.steps import tagged_people

    monkeypatch.setattr(tagged_people, "tagged_people", lambda line, code: tuple(
        (span, True) for span in ("توني كويلمين", "أحمد حسين") if span in line))
    draft = draft_of("تغيير في القيادة\n\nأعلنت شركة نوردفيرك تنحية الرئيس التنفيذي للشركة، توني كويلمان، عن منصبه. "
                     "وقال رئيس الشركة، توني كويلمين، إنه سيبقى مستشارا. وقال المحلل أحمد حسن إن القرار متوقع، "
                     "فيما رأى أحمد حسين أنه تأخر.\n")
    assert set(people_of(draft)) == {"توني كويلمان", "أحمد حسن", "أحمد حسين"}


def test_media_a_genitive_surname_and_a_compound_noun_are_no_people():
    draft = draft_of("تغيير في الوزارة\n\nأعفي الوزير كارل كويلمان من منصبه السبت، بحسب ما أعلنت وسائل إعلام سعودية.\n")
    assert set(people_of(draft)) == {"كارل كويلمان"}
    draft = draft_of("Wechsel an der Spitze\n\nMusterstadt – Der Minister Karl al-Quellmann wurde am Samstag entlassen. "
                     "Al-Quellmanns Nachfolger ist Chalid al-Nordi. Lange arbeitete der Bonner Dax-Konzern an dem Plan, "
                     "sagte Jonas Weber.\n")
    assert not {"Al-Quellmanns Nachfolger", "Bonner Dax-Konzern"} & set(people_of(draft))


def test_a_word_whose_waw_is_its_own_is_not_a_conjunction_before_a_name():
    """'وسائل' (means, media) and 'وزراء' (ministers) begin with و as words: not و and a name
    'سائل ...' or 'زراء ...'; 'رئيس وزراء X' is a prime minister's role."""
    draft = draft_of("نوردفيرك تبيع حصتها\n\nوبلغت قيمة الصفقة 4,2 مليار يورو، فيما ذكرت وسائل إعلامية فرنسية أن الاتفاق "
                     "نهائي. واستقبلت الوزيرة سلمى المثالي في برلين رئيس وزراء المثالية الشيخ راشد بن سالم آل مثال.\n")
    names = [person["name"] for person in draft.people]
    assert not any(name.startswith(("سائل", "زراء")) for name in names), names
    assert "سلمى المثالي" in names


def test_an_article_after_a_surname_ends_the_name_but_a_particle_before_it_belongs_to_it():
    """'Anna Beispiel den Kartellfall Nordwerk': the article begins the object; 'van den Berg',
    'von der Heide' keep theirs. 'de' is no German preposition: 'Carla Muster de Beispiel' is one
    name in a German article."""
    draft = draft_of("Kommission straft Nordwerk\n\nDrei Jahre hat die EU-Kommissarin Anna Beispiel den Kartellfall Nordwerk "
                     "untersuchen lassen, sagte ein Sprecher. Präsidentin Carla Muster de Beispiel teilte am Montag mit, "
                     "dass der Staat die Aktien übernimmt. Auch Jan van den Berg sagte, das sei richtig.\n")
    names = [person["name"] for person in draft.people]
    assert "Anna Beispiel" in names and not any("Kartellfall" in name for name in names), names
    assert "Carla Muster de Beispiel" in names and "Carla Muster" not in names, names
    assert "Jan van den Berg" in names, names


def test_a_name_alone_under_the_standfirst_is_the_writer_not_a_person_of_the_story():
    draft = draft_of("Nordwerk wird verstaatlicht\n\nEs ist ein einmaliger Eingriff: Die Regierung von Musterland übernimmt den "
                     "größten Maschinenbauer des Landes, nach einem langen Streit mit den Eigentümern. Die Aktionäre sollen "
                     "entschädigt werden, doch wie hoch, ist offen, und die Gewerkschaften fordern Garantien.\n\nJonas Beispielmann\n\n"
                     "Musterland enteignet den Konzern Nordwerk. Präsidentin Carla Muster teilte am Montag mit, dass der Staat "
                     "die Aktienmehrheit übernehmen wird. Die Eigentümer wollen dagegen vor dem höchsten Gericht des Landes klagen, "
                     "wie ihr Anwalt am Abend in einer Mitteilung ankündigte.\n\nDer Konzern beschäftigt in Musterland rund 12.000 "
                     "Menschen und betreibt drei Werke. Seine Aktie verlor am Montag ein Fünftel ihres Werts, der Handel wurde "
                     "zeitweise ausgesetzt.\n")
    assert draft.author == "Jonas Beispielmann"
    assert [person["name"] for person in draft.people] == ["Carla Muster"]


def test_a_noun_before_a_persons_surname_in_the_genitive_is_that_person():
    """'Zum Sanierungsplan Beispiels' beside 'Karl Beispiel': his plan, not a person; its roles are his."""
    from generator.ingest.langdata import load_language
    from generator.ingest.steps.tagged_people import merged_surnames

    kept = {"Karl Beispiel": {"name": "Karl Beispiel", "roles": ["Vorstandschef"], "organisation": None},
            "Sanierungsplan Beispiels": {"name": "Sanierungsplan Beispiels", "roles": [], "organisation": None},
            "Jonas Beispiels": {"name": "Jonas Beispiels", "roles": [], "organisation": None}}
    assert [person["name"] for person in merged_surnames(kept, load_language("de"))] == ["Karl Beispiel", "Jonas Beispiels"]


def test_a_monarchs_number_after_a_tagged_name_belongs_to_it():
    from generator.ingest.steps.tagged_people import with_regnal_number

    line = "قبل ملك المثالية عبد الكريم الثالث يوم الاثنين الاستقالة، وقال سالم الثاني عشر مرة إنه يرفض."
    assert with_regnal_number("عبد الكريم", line) == "عبد الكريم الثالث"
    assert with_regnal_number("Karl Beispiel", "König Karl Beispiel II. dankte ab.") == "Karl Beispiel II."
    assert with_regnal_number("Karl Beispiel", "Karl Beispiel Ideen sind gut.") == "Karl Beispiel"
    assert with_regnal_number("", "Karl Beispiel II.") == ""  # nothing left of a tagged name
    assert with_regnal_number("سالم بن راشد آل مثال", "سالم بن راشد آل مثال الثاني") == "سالم بن راشد آل مثال"  # a long name: no ruler's


def test_a_known_persons_name_is_found_without_a_title_and_with_abd_apart_or_joined():
    from generator.ingest.starter import person_key_forms

    assert person_key_forms("الملك عبدالكريم الثالث") >= {"عبدالكريم الثالث", "عبد الكريم الثالث"}
    assert person_key_forms("sheikh rashid bin salim") >= {"rashid bin salim"}
    assert person_key_forms("king karl") == {"king karl"}  # one word left names nobody
    assert person_key_forms("sultan bin rashid al mithal") == {"sultan bin rashid al mithal"}  # 'Sultan' is also a given name


def test_a_name_the_tagger_doubts_in_full_stays_when_it_reads_its_surname_alone_as_a_persons(monkeypatch):
    """News names a person in full once, then by surname: the veto asks the tagger about both."""
    from generator.ingest.steps import tagged_people

    def analysed(line, code):  # the tagger's probability of a person: low for the full name, high for the surname alone
        tokens = line.split()
        probability = [0.01 if "Beispiel" in line and "Karla" in line else (0.4 if token == "Beispiel" else 0.0) for token in tokens]
        return tokens, ["O"] * len(tokens), probability

    monkeypatch.setattr(tagged_people, "analysed", analysed)
    lines = ["Die Chefin Karla Beispiel trat zurück .", "Der Fonds hatte den Abgang von Beispiel verlangt ."]
    assert tagged_people.surname_told("Karla Beispiel", lines, "de")
    assert not tagged_people.surname_told("Karla Beispiel", lines[:1], "de")  # only ever named in full: the veto stands
    assert not tagged_people.surname_told("Zahl Teil", ["Die Zahl Teil der Bilanz ."], "de")


def test_a_noun_of_a_person_a_countrys_genitive_and_a_canton_are_no_part_of_a_name():
    page = ("Erbe bei Nordwerk geregelt\n\n"
            "Nach dem Tod von Lee Kwang-su, Chef des Nordwerk-Konzerns und reichstem Mann Österreichs, hat die Familie "
            "die Zahlung einer Erbschaftsteuer von 9 Milliarden Euro angekündigt. Sonderzüge fahren durch den neuen Tunnel zwischen "
            "Altdorf im Kanton Wallis und Bodio im Kanton Tessin, sagte Finanzchefin Petra Mustermann.\n")
    names = set(people_of(draft_of(page + "In der Ära Karl Jordans, sagte Petra Mustermann, sei das Werk gewachsen.\n")))
    assert not any(name.startswith("Tod") or "Österreichs" in name or "Kanton" in name for name in names), names
    assert "Petra Mustermann" in names
    assert any(name.startswith("Karl Jordan") for name in names), names  # a surname that is a country's English name


def test_the_spokesman_alone_before_an_arabic_name_is_a_role():
    page = ("شركة نوردفيرك تغلق مصنعها\n\nأعلنت شركة نوردفيرك الألمانية إغلاق مصنعها في مدينة موستر وإلغاء نحو ١٬٢٠٠ وظيفة "
            "بحلول نهاية العام المقبل.\nوقال المتحدث سامي حداد لرويترز بعد الاجتماع إن الشركة ستتلقى إخطارا.\n")
    people = people_of(draft_of(page))
    assert people["سامي حداد"][0] == ["المتحدث"]


def test_the_tagger_adds_an_arabic_person_only_when_it_is_sure(monkeypatch):
    """A name the tagger labels a person's, no rule having found it: in Arabic, added only when its
    words are, on average, MIN_ADDED_PROBABILITY a person's ('الوحيد البافاري', the only Bavarian), or
    its first word is a given name."""
    from generator.ingest.steps import tagged_people

    def analysed(line, code):
        tokens = line.split()
        labels = ["B-PER", "I-PER", "O", "B-PER", "I-PER", "O"]
        return tokens, labels, [0.6, 0.6, 0.0, 0.95, 0.97, 0.0]

    monkeypatch.setattr(tagged_people, "analysed", analysed)
    line = "الوحيد البافاري و سامي حداد ."
    assert tagged_people.tagged_people(line, "ar") == (("الوحيد البافاري", False), ("سامي حداد", True))
    assert tagged_people.tagged_people(line, "de") == (("الوحيد البافاري", True), ("سامي حداد", True))  # German: the label alone
    # a name that starts with a given name needs no more than the label
    assert tagged_people.tagged_people("كريم البافاري و سامي حداد .", "ar") == (("كريم البافاري", True), ("سامي حداد", True))


def test_a_name_the_tagger_is_unsure_of_still_completes_a_surname_the_rules_found(monkeypatch):
    """The threshold is for people no rule found: a surname alone after a role takes the tagger's
    full name even when the tagger is not sure of it."""
    from generator.ingest.steps import tagged_people

    monkeypatch.setattr(tagged_people, "tagged_people", lambda line, code: tuple(
        (span, False) for span in ("Quorvan Quellberg",) if span in line))
    draft = draft_of("Zinsen sinken\n\nFrankfurt (dpa) – Die Zentralbank hat den Leitzins gesenkt, teilte sie am Donnerstag mit. "
                     "Bankchefin Quellberg sagte, es sei noch zu früh für eine Entwarnung. Quorvan Quellberg leitet die Bank seit 2020.\n")
    names = {person["name"] for person in draft.people}
    assert "Quorvan Quellberg" in names and "Quellberg" not in names


def test_an_arabic_noun_in_ta_marbuta_with_an_ending_is_a_common_word_before_a_tagged_name():
    from generator.ingest.langdata import load_language
    from generator.ingest.steps.tagged_people import common_word, without_edge_words

    assert common_word("جزيرتي") and common_word("جزيرة")  # 'the two islands of': the ة is written ت before the ending
    assert not common_word("ستيفاني") and not common_word("بيتي")  # given names that end so
    assert without_edge_words("جزيرتي كويلاند", load_language("ar")) == "كويلاند"
