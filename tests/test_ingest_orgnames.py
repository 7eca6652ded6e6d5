"""Organisation names compared by meaning across languages (generator/ingest/orgnames.py).

The names are invented; the words are the project's language files (`org_words`)."""

import pytest

from generator.ingest.knowledge import ACCEPT, form_of, generic_words
from generator.ingest.orgnames import build_lexicon, compound, org_name, org_similarity, similarity

GENERIC = generic_words("companies")


def same_body(one: str, other: str) -> float:
    return similarity(form_of("companies", one), form_of("companies", other))


@pytest.mark.parametrize("one, other", [
    ("Landgericht Kaltenbrunn", "tribunal régional de Kaltenbrunn"),
    ("Landgericht Kaltenbrunn", "المحكمة الإقليمية في كالتنبرون"),
    ("Bundeskartellamt", "Office fédéral allemand des ententes"),
    ("Bundeskartellamt", "المكتب الاتحادي لمكافحة الاحتكار في ألمانيا"),
    ("Europäischen Kommission", "المفوضية الأوروبية"),
    ("European Commission", "Commission européenne"),
    ("Marwick Trading GmbH", "شركة مارويك للتجارة"),
    ("Tamrah Ventures", "صندوق تمرة للاستثمار الجريء"),
    ("Qurum Green Hydrogen Company", "شركة قرم للهيدروجين الأخضر"),
    ("Helvik Energie", "Helvik Energy"),
    ("Powell-Stein-Institut", "معهد باول-شتاين"),  # 'باول' is a name, not 'ب' + 'أول' (first)
])
def test_translated_names_of_one_body_match(one, other):
    assert same_body(one, other) >= ACCEPT
    assert same_body(other, one) >= ACCEPT


@pytest.mark.parametrize("one, other", [
    ("Marwick Trading GmbH", "شركة مارويك للطاقة"),  # the same family name, another business
    ("Landgericht Kaltenbrunn", "Landgericht Oberried"),  # another city
    ("Landgericht Kaltenbrunn", "Amtsgericht Kaltenbrunn"),  # another court
    ("Bundeskartellamt", "Bundesamt für Justiz"),
    ("Europäische Kommission", "Europäische Zentralbank"),
    ("Kommission", "المفوضية"),  # one meaning word alone says too little
    ("Helvik Bank", "Helvik Bahn"),  # close skeletons, different meaning
    ("Raxona", "Erkessen"),  # two Latin spellings that only sound alike (both RKSN)
    ("Vorxan Labs", "Ferkson"),
])
def test_different_bodies_do_not_match(one, other):
    assert same_body(one, other) < ACCEPT
    assert same_body(other, one) < ACCEPT


def test_a_place_named_in_both_names_must_agree():
    assert same_body("Bundeskartellamt", "Office fédéral allemand des ententes") >= ACCEPT
    assert same_body("Office fédéral allemand des ententes", "Office fédéral suisse des ententes") < ACCEPT


def test_type_words_and_legal_forms_are_left_out():
    assert org_name("Gruppe Marwick Trading GmbH", GENERIC) == org_name("Marwick Trading", GENERIC)
    assert org_name("شركة مارويك للتجارة", GENERIC) == org_name("مارويك تجارة", GENERIC)


def test_a_latin_name_and_its_arabic_transliteration_still_match_by_sound():
    assert same_body("Raxona", "راكسونا") >= ACCEPT
    assert same_body("Raxona Holding", "Raxona") >= ACCEPT  # a type word is no letter of the name


def test_a_transliterated_name_without_meaning_words_still_matches_by_skeleton():
    # 'ميدياس' is the transliteration, not the translation, of 'Médias'
    assert same_body("Lumaris Médias", "مجموعة لوماريس ميدياس") >= ACCEPT
    assert same_body("Alexor Fund", "صندوق أليكسور للاستثمار") >= ACCEPT


def test_a_name_of_only_place_and_meaning_words_matches_its_word_for_word_transliteration():
    # 'Deutsche Börse' says only where and what; Arabic news may sound it out instead of translating
    assert same_body("Deutsche Börse", "دويتشه بورسي") >= ACCEPT
    assert same_body("Deutsche Börse", "البورصة الألمانية") >= ACCEPT
    # one word that sounds like a description says too little; a different meaning word still differs
    assert same_body("Verts", "فيرتس") < ACCEPT
    assert same_body("Deutsche Börse", "دويتشه بنك") < ACCEPT


def test_a_transliteration_the_lexicon_does_not_list_still_matches_word_for_word():
    # 'جلوبل' is a spelling of 'global' that the word lists lack: it stays a word of the name's own
    assert same_body("Global Times", "جلوبل تايمز") >= ACCEPT
    assert same_body("Global Times", "جلوبل نيوز") < ACCEPT  # not word for word: another meaning


def test_compounds_split_only_into_listed_words():
    lexicon = build_lexicon([{"meaning": {"federal": ["bundes"], "office": ["amt"], "court": ["gericht"]}}])
    assert compound("bundesamt", lexicon) == [("meaning", "federal"), ("meaning", "office")]
    assert compound("bundesgerichts", lexicon) == [("meaning", "federal"), ("meaning", "court")]
    assert compound("bundesliga", lexicon) is None  # 'liga' is not listed: a name of its own


def test_arabic_clitics_and_endings_are_stripped():
    lexicon = build_lexicon([{"meaning": {"trading": ["تجارة"], "regional": ["إقليمي"]}}])
    assert org_name("للتجارة", lex=lexicon).meaning == {"trading"}
    assert org_name("والإقليمية", lex=lexicon).meaning == {"regional"}
    assert org_similarity(org_name("للتجارة", lex=lexicon), org_name("التجارة", lex=lexicon)) == 0.0  # one word only


def test_a_country_subsidiary_is_not_its_parent():
    assert same_body("Marwick Germany", "Marwick") < ACCEPT
    assert same_body("Marwick Deutschland", "مارويك ألمانيا") >= ACCEPT


def test_a_name_made_of_listed_words_is_still_a_name():
    # 'Osthafen' splits into 'ost' + 'hafen', but the Arabic spelling transliterates it
    assert same_body("Osthafen Trading", "شركة أوستهافن للتجارة") >= ACCEPT
    assert same_body("Osthafen Trading", "شركة أوستهافن للطاقة") < ACCEPT
