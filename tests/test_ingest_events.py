"""The events step on small invented pages: the story's kind and date, dated background
events with their short titles, weekdays resolved against the publication date, plans and
teasers left out; and one entry for a background event that two reports of a story mention."""

from __future__ import annotations

import datetime
from pathlib import Path

from generator.entries.store import load_entry
from generator.ingest.draft import Draft
from generator.ingest.langdata import load_language
from generator.ingest.pipeline import extract
from generator.ingest.reader import Source
from generator.ingest.run import ingest
from generator.ingest.steps.dates import Anchor, date_mentions
from generator.ingest.steps.events import find_events, kind_of, short_title

RETRIEVED = datetime.date(2026, 5, 10)

PAGE_DE = """Beispielblatt
Startseite | Wirtschaft | Politik | Sport

Nordwerk übernimmt Beispiel AG

Von Anna Beispiel | 12.03.2026, 10:00 Uhr

Teilen

Der Maschinenbauer Nordwerk übernimmt den Zulieferer Beispiel AG für rund 300 Millionen Euro. Das teilte das Unternehmen am Dienstag in Musterstadt mit. Vorstandschefin Lea Berger sprach von einem wichtigen Schritt für den Konzern und seine Kunden.

Die Beispiel AG war 2011 gegründet worden und beschäftigt heute rund 800 Mitarbeiter an drei Standorten in Norddeutschland.

Bereits im Januar hatte Nordwerk eine Partnerschaft mit einem Batteriehersteller aus Skandinavien vereinbart. Der Umsatz war im vergangenen Jahr um 3 Prozent gesunken.

Bis Ende 2031 sollen alle Werke des Konzerns modernisiert und an die neuen Anforderungen angepasst werden.

Lesen Sie auch: Anderer Konzern übernimmt 2009 gegründetes Start-up
Mehr zum Thema
Industrie · Maschinenbau

© Beispielblatt 2026 | Impressum | Datenschutz
"""

PAGE_EN = """The Example Times
Business | Tech | Markets
3 days ago

Nordwerk to cut 1,350 jobs as demand slows

By Jane Example

Nordwerk said on Tuesday it would cut 1,350 jobs by the end of 2031 as demand for its machines slows in Europe and Asia. The company, which employs about 9,000 people, will also close a plant in Exampleton.

Revenue fell 4% last year to $2.1 billion, the company said in a statement to investors. The group was founded in 1998 in Exampleton.

RELATED
Other firm posts record results in 2009
Why machine makers are struggling
"""

PAGE_FR = """Le Journal Exemple
Économie | Entreprises | Marchés

Nordwerk nomme Claire Exemple à la tête du groupe

Par Paul Modèle – Publié le 05/02/2026 à 08h00

Le conseil d'administration de Nordwerk a nommé mardi Claire Exemple au poste de directrice générale, en remplacement de Marc Modèle, qui quitte le groupe après dix ans. La nouvelle dirigeante prendra ses fonctions le 1er mars.

En janvier dernier, le groupe avait annoncé la suppression de 300 postes en France, principalement par des départs volontaires.

Les syndicats appellent à une grève jeudi prochain devant le siège du groupe à Exempleville.

À lire aussi : Un autre groupe annonce des suppressions de postes en janvier
"""

PAGE_AR = """موقع المثال
الرئيسية | اقتصاد | شركات | تقنية

شركة نوردفيرك تستحوذ على شركة المثال مقابل ٣٠٠ مليون يورو

١٢ مارس ٢٠٢٦

أعلنت شركة نوردفيرك الألمانية يوم الثلاثاء استحواذها على شركة المثال مقابل نحو ٣٠٠ مليون يورو، في صفقة هي الأكبر في تاريخ الشركة منذ تأسيسها قبل عقود في مدينة موستر.

وكانت شركة المثال قد تأسست عام ٢٠١١، ويعمل لديها نحو ٨٠٠ موظف في ثلاثة مصانع.

وفي يناير الماضي أعلنت نوردفيرك خفض ٢٠٠ وظيفة في ألمانيا ضمن خطة لخفض التكاليف.

اقرأ أيضًا: شركة أخرى تأسست عام ٢٠٠٩ تعلن أرباحًا قياسية
"""


def draft_of(text: str, name: str = "page.txt") -> Draft:
    source = Source(Path(name), text.encode(), "txt", text, "utf-8")
    return extract(source, RETRIEVED)


def dated(draft: Draft) -> list[tuple[str, str | None]]:
    return [(event["kind"], event["when"]) for event in draft.events if not event["story"]]


def test_german_story_weekday_and_background_events():
    draft = draft_of(PAGE_DE)
    story = draft.events[0]
    assert [event["story"] for event in draft.events] == [True, False, False, False]
    assert story["kind"] == "acquisition"
    assert story["what"] == "Nordwerk übernimmt Beispiel AG"
    assert story["when"] == "2026-03-10"  # 'am Dienstag' in a page dated Thursday 12.03.2026
    assert "rund 300 Millionen Euro" in story["figures"]
    assert dated(draft) == [("founding", "2011"), ("partnership", "2026-01"), ("results", "2025")]
    assert draft.events[2]["what"].startswith("Bereits im Januar hatte Nordwerk")
    # 'Bis Ende 2031' is a plan; the teaser's year is not part of the article
    assert all("2031" not in event["what"] and "2009" not in event["what"] for event in draft.events)


def test_english_relative_publication_date_is_not_used_for_weekdays():
    draft = draft_of(PAGE_EN)
    story = draft.events[0]
    assert story["kind"] == "layoffs"
    assert story["when"] is None  # 'on Tuesday' in a page that only says '3 days ago'
    assert dated(draft) == [("results", "2025"), ("founding", "1998")]
    assert draft.events[1]["figures"] == ["4%", "$2.1 billion"]


def test_french_weekday_plans_and_last_month_name():
    draft = draft_of(PAGE_FR)
    story = draft.events[0]
    assert story["kind"] == "appointment"
    assert story["when"] == "2026-02-03"  # 'mardi' in a page dated Thursday 05/02/2026
    # 'le 1er mars' lies after publication and 'jeudi prochain' is announced: plans, not events
    assert dated(draft) == [("layoffs", "2026-01")]


def test_arabic_story_and_dated_events():
    draft = draft_of(PAGE_AR)
    story = draft.events[0]
    assert draft.published == datetime.date(2026, 3, 12)
    assert story["kind"] == "acquisition"
    assert story["when"] == "2026-03-10"  # 'يوم الثلاثاء'
    assert dated(draft) == [("founding", "2011"), ("layoffs", "2026-01")]


def test_date_mentions_resolve_against_the_publication_date():
    german = load_language("de")
    published = datetime.date(2026, 3, 12)  # a Thursday
    anchor = Anchor(reference=published, day=published, month=published)

    def whens(text: str, anchor: Anchor = anchor) -> list[str]:
        return [mention.when for mention in date_mentions(text, german, anchor)]

    assert whens("Das teilte Nordwerk am Mittwoch mit.") == ["2026-03-11"]
    assert whens("Das teilte Nordwerk am Donnerstag mit.") == ["2026-03-12"]
    assert whens("Im Oktober hatte Nordwerk gewarnt.") == ["2025-10"]
    assert whens("Im Juni soll die Fabrik öffnen.") == []  # nearest June lies ahead: a plan
    assert whens("Am 3. Februar 2025 wurde der Vertrag unterschrieben.") == ["2025-02-03"]
    assert whens("Ende Mai 2024 kam die Klage.") == ["2024-05"]
    assert whens("Die Firma war 1987 gegründet worden.") == ["1987"]
    assert whens("Bis 2025 sollte alles fertig sein, ab 2027 dann mehr.") == []
    assert whens("Nordwerk beschäftigt 2000 Mitarbeiter.") == []
    assert whens("Gestern fiel die Aktie.") == ["2026-03-11"]
    estimated = Anchor(reference=published, day=None, month=published)
    assert whens("Das teilte Nordwerk am Mittwoch mit.", estimated) == []
    assert whens("Im Januar fiel die Entscheidung.", estimated) == ["2026-01"]


def test_kind_from_word_stems_and_phrases_with_numbers():
    assert kind_of("Nordwerk will 1.200 Stellen abbauen", load_language("de")) == "layoffs"
    assert kind_of("Nordwerk to cut about 1,200 jobs", load_language("en")) == "layoffs"
    assert kind_of("وأعلنت الشركة الاستحواذ على حصة", load_language("ar")) == "acquisition"
    assert kind_of("Le groupe a nommé une nouvelle directrice", load_language("fr")) == "appointment"
    assert kind_of("Das Wetter war schön", load_language("de")) is None


def test_people_companies_and_figures_of_an_event():
    draft = draft_of(PAGE_DE)
    draft.companies = [
        {"name": "Nordwerk Maschinenbau AG", "aliases": ["Nordwerk"]},
        {"name": "Beispiel AG", "aliases": []},
    ]
    events = find_events(draft).events
    assert events[0]["companies"] == ["Nordwerk Maschinenbau AG", "Beispiel AG"]
    assert events[0]["people"] == ["Lea Berger"]
    # 'Der Umsatz war im vergangenen Jahr ... gesunken' names nobody: the story's organisation's
    assert [event["companies"] for event in events[1:]] == [["Beispiel AG"], ["Nordwerk Maschinenbau AG"], ["Nordwerk Maschinenbau AG"]]
    assert events[1]["figures"] == ["rund 800 Mitarbeiter", "drei Standorten"]


def test_dated_background_events_get_a_short_title_and_keep_their_sentence():
    german = draft_of(PAGE_DE)
    story, founded, partnership, results = german.events
    assert "title" not in story and "summary" not in story  # the article's title stays the story's
    assert partnership["title"] == "Nordwerk: Partnerschaft"
    assert partnership["summary"].startswith("Bereits im Januar hatte Nordwerk eine Partnerschaft")
    assert founded["title"] == "Beispiel: Gründung"
    assert results["title"] == "Nordwerk: Geschäftszahlen"  # no organisation named: the story's
    assert results["summary"] == "Der Umsatz war im vergangenen Jahr um 3 Prozent gesunken."
    arabic = draft_of(PAGE_AR)
    assert arabic.events[2]["title"] == "نوردفيرك: تسريح موظفين"  # 'نوردفيرك' alone names 'شركة نوردفيرك'
    assert arabic.events[2]["summary"].startswith("وفي يناير الماضي")
    # nobody named, not even by the story: the sentence says who and what, never the bare 'Suppressions de postes'
    assert draft_of(PAGE_FR).events[1]["title"] == "En janvier dernier, le groupe avait annoncé la suppression de 300 postes en France …"
    untitled = draft_of(PAGE_DE)
    untitled.title = None  # the story is then told by the lead's first sentence
    story = find_events(untitled).events[0]
    assert story["summary"].startswith("Der Maschinenbauer Nordwerk übernimmt den Zulieferer Beispiel AG")
    assert story["title"] == "Nordwerk, Beispiel: Übernahme"


def test_short_titles_by_language():
    assert short_title("layoffs", ["Acme"], "de") == "Acme: Stellenabbau"
    assert short_title("layoffs", ["أكمي"], "ar") == "أكمي: تسريح موظفين"
    assert short_title("layoffs", ["Acme"], "en") == "Acme: Layoffs"
    assert short_title("layoffs", ["Acme"], "fr") == "Acme : suppressions de postes"
    assert short_title("investment", ["أكمي", "بيتا", "غاما"], "ar") == "أكمي، بيتا: استثمار"
    assert short_title("investment", ["Acme", "Acme"], "en") == "Acme: Investment"
    assert short_title("results", [], "fr") == "Résultats financiers"
    assert short_title("launch", ["Acme"], "es") == "Acme: Launch"  # a language without labels: English


def test_arabic_event_words_in_their_common_forms():
    arabic = load_language("ar")
    layoffs = [
        "وكانت آخر عملية تخفيضات كبيرة في قوى العمل قد جرت في يناير 2023، حين تم إنهاء مئات الوظائف.",
        "وقررت المجموعة تخفيض عدد الموظفين في مصانعها الثلاثة.",
        "وكانت الشركة قد سرّحت نحو 80 عاملًا في العام الماضي.",
        "أعلنت الشركة قطع 500 وظيفة في أوروبا.",
        "وتعتزم الشركة خفض آلاف الوظائف بحلول نهاية العام.",
    ]
    assert [kind_of(sentence, arabic) for sentence in layoffs] == ["layoffs"] * len(layoffs)
    assert kind_of("وانطلق موسم التخفيضات في المتاجر الكبرى.", arabic) is None  # sales, not job cuts
    assert kind_of("واستثمرت الشركة 20 مليون دولار في منصة ناشئة.", arabic) == "investment"
    assert kind_of("وأُقيل المدير العام للشركة بعد خلاف مع المساهمين.", arabic) == "departure"


def test_past_tense_event_words_and_a_word_left_open_in_a_phrase():
    assert kind_of("Nordwerk cut hundreds of jobs last year", load_language("en")) == "layoffs"
    assert kind_of("Nordwerk hatte 2019 rund 500 Mitarbeiter entlassen", load_language("de")) == "layoffs"
    assert kind_of("Nordwerk strich 2019 rund 500 Stellen", load_language("de")) == "layoffs"
    assert kind_of("Nordwerk a supprimé 300 postes en 2019", load_language("fr")) == "layoffs"


def test_one_background_event_told_by_two_articles_of_a_story_is_one_entry(tmp_path):
    """The German and the Arabic report of one story both mention layoffs in January 2025
    without naming the company (so the story's company is meant): one entry with both titles
    and summaries.  Another story's
    layoffs of the same month stay apart."""
    fixtures = Path(__file__).parent / "fixtures" / "ingest"
    arabic_line = "ويعمل لدى نوردفيرك نحو 9500 موظف حول العالم."
    pages = {
        "nordwerk-de.txt": (fixtures / "nordwerk-de.txt").read_text(encoding="utf-8"),
        "nordwerk-ar.txt": (fixtures / "nordwerk-ar.txt").read_text(encoding="utf-8").replace(
            arabic_line, arabic_line + " وكانت الشركة قد أعلنت في يناير 2025 إنهاء مئات الوظائف."
        ),
        "harbour-de.txt": (fixtures / "harbour-de.txt").read_text(encoding="utf-8").replace(
            "gestrichen hatte.", "gestrichen hatte. Im Januar 2025 hatte der Betreiber bereits 40 Stellen gestrichen."
        ),
    }
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    content = tmp_path / "content"
    german, arabic, harbour = ingest([tmp_path / name for name in pages], content, datetime.date(2026, 6, 3)).placed
    assert german.story == arabic.story != harbour.story
    articles = {placed.article: load_entry(content / "articles" / f"{placed.article}.md", "a", "articles").data for placed in (german, arabic, harbour)}
    german_events, arabic_events, harbour_events = (articles[placed.article]["events"] for placed in (german, arabic, harbour))
    assert german_events == arabic_events and len(german_events) == 1
    assert harbour_events != german_events
    event = load_entry(content / "events" / f"{german_events[0]}.md", "e", "events").data
    assert (str(event["date"]), event["kind"]) == ("2025-01", "layoffs")
    assert dict(event["title"]) == {"de": "Nordwerk: Stellenabbau", "ar": "نوردفيرك: تسريح موظفين"}
    assert dict(event["summary"]) == {
        "de": "Im Januar 2025 hatte das Unternehmen bereits 300 Stellen gestrichen.",
        "ar": "وكانت الشركة قد أعلنت في يناير 2025 إنهاء مئات الوظائف.",
    }


def test_a_dated_sentence_without_a_kind_makes_no_event(tmp_path):
    """Background events are dated happenings of a known kind with someone who did them: a
    sentence that only carries a date ('Am 3. März 2025 regnete es in Bremen') makes none, while
    the earlier layoff round of the same page is kept under the story's organisation."""
    text = (Path(__file__).parent / "fixtures" / "ingest" / "nordwerk-de.txt").read_text(encoding="utf-8")
    text = text.replace("Nordwerk beschäftigt weltweit", "Am 3. März 2025 regnete es in Bremen den ganzen Tag. Nordwerk beschäftigt weltweit")
    (tmp_path / "nordwerk-de.txt").write_text(text, encoding="utf-8")
    content = tmp_path / "content"
    placed = ingest([tmp_path / "nordwerk-de.txt"], content, datetime.date(2026, 6, 3)).placed[0]
    article = load_entry(content / "articles" / f"{placed.article}.md", "a", "articles").data
    events = [load_entry(content / "events" / f"{id_}.md", "e", "events").data for id_ in article["events"]]
    assert [(str(event["date"]), event["kind"], dict(event["title"])) for event in events] == [
        ("2025-01", "layoffs", {"de": "Nordwerk: Stellenabbau"})
    ]
    story = load_entry(content / "events" / f"{placed.story}.md", "e", "events").data
    assert story["summary"]["de"].startswith("Der Autozulieferer Nordwerk AG baut 1.200 Stellen ab")


def test_the_site_check_counts_what_story_pages_lack(tmp_path):
    """digest eval's 'events on the site' line: a story reported in German and Arabic is one
    story with a summary, people and a labelled figure; its background layoffs are titled by who
    and what."""
    from generator.ingest.evaluate import event_quality

    fixtures = Path(__file__).parent / "fixtures" / "ingest"
    content = tmp_path / "content"
    ingest([fixtures / "nordwerk-de.txt", fixtures / "nordwerk-ar.txt"], content, datetime.date(2026, 6, 3))
    quality = event_quality(content)
    assert quality["stories"] == 1 and quality["events"] >= 2
    assert {key: value for key, value in quality.items() if key not in ("events", "stories")} == {
        "bare kind titles": 0, "stories without summary": 0, "stories without people": 0, "stories without a labelled figure": 0}


def one_regex(code: str):
    """The event words as one regex, as kind_matcher compiled them before KindMatcher (the reference)."""
    import re

    from generator.ingest.steps.events import ARABIC_PREFIX, kind_matcher

    language, matcher = load_language(code), kind_matcher(code)
    fillers = sorted(language.approximators | set(language.scale_words), key=len, reverse=True)
    filler = "|".join([*map(re.escape, fillers), r"\d[\d.,٬٫\u00a0]*"])
    gap = rf"\s+(?:(?:{filler})\s+){{0,3}}"
    alternatives = "|".join(gap.join(r"\S+" if part == "*" else re.escape(part) for part in word.split()) for word in matcher.phrases)
    prefix = ARABIC_PREFIX if language.script == "arabic" else ""
    return re.compile(rf"(?<!\w){prefix}({alternatives})", re.IGNORECASE)


def test_event_words_are_found_where_one_regex_of_them_all_finds_them():
    from generator.ingest.langdata import fold
    from generator.ingest.steps.events import kind_matcher

    sentences = {
        "en": ["Nordwerk to cut about 1,200 jobs and slashed thousands of jobs, after the takeover of Quellbank.",
               "The group said it would take over as owner; a series B round raised $20 million."],
        "ar": ["وأعلنت الشركة للاستحواذ على حصة، وتخفيضات كبيرة في قوى العمل، وخفض نحو 300 الوظائف، فيما قررت والاستحواذ.",
               "قالت نوردفيرك إنها ستسرح 500 موظف بعد الاندماج مع كويلبنك."],
    }
    for code, texts in sentences.items():
        reference, matcher = one_regex(code), kind_matcher(code)
        for text in texts:
            folded = fold(text)
            expected = [(match.start(), match.group(1)) for match in reference.finditer(folded)]
            assert list(matcher.matches(folded)) == expected and expected, text


def test_a_background_date_is_a_happening_only_with_its_kind_word_near_and_no_expectation():
    """A sentence may tell of one thing and date another: its kind word must stand within
    KIND_WINDOW words of the date; and a date next to an expectation word is a plan."""
    page = PAGE_DE.replace(
        "Bis Ende 2031 sollen alle Werke",
        "Der Abschluss der Übernahme wird nach Erhalt aller Genehmigungen im Laufe des Jahres 2025 erwartet. "
        "Die Übernahme des Konkurrenten, über die in Musterstadt lange verhandelt wurde und die viele Beobachter "
        "an den Märkten überraschte, folgt auf den Umbau des Vorstands im Jahr 2023. "
        "Schon 2022 kaufte Nordwerk einen Konkurrenten aus Skandinavien. Bis Ende 2031 sollen alle Werke",
    )
    events = dated(draft_of(page))
    assert ("acquisition", "2025") not in events  # 'wird ... 2025 erwartet': a plan
    assert ("acquisition", "2023") not in events  # 'Übernahme' 20 words before '2023'
    assert ("acquisition", "2022") in events  # 'Schon 2022 kaufte Nordwerk einen Konkurrenten'
    english = dated(draft_of(PAGE_EN.replace(
        "The group was founded in 1998 in Exampleton.",
        "The group was founded in 1998 in Exampleton. The sale is expected to close in 2025.")))
    assert ("founding", "1998") in english and all(kind != "acquisition" for kind, _ in english)


def test_a_story_another_article_mentions_is_linked_not_retitled(tmp_path):
    """A later article of another story names the reported story's happening in a background
    sentence: its article links to that story, whose title and summary stay those its own
    articles gave (a background title 'Nordwerk: Layoffs' would take the place of the headline
    of the first English report of it)."""
    fixtures = Path(__file__).parent / "fixtures" / "ingest"
    (tmp_path / "nordwerk-de.txt").write_text((fixtures / "nordwerk-de.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "later-en.txt").write_text("""The Example Times
Business | Tech | Markets

Nordwerk swings to a quarterly loss as orders dry up

By Jane Example | July 21, 2026

Nordwerk AG reported a net loss of 85 million euros for the second quarter on Tuesday, as orders from carmakers fell sharply. Chief financial officer Sophie Wagner said the outlook for the year had been lowered.
On May 12, 2026, Nordwerk announced job cuts at its headquarters in Bremen.
""", encoding="utf-8")
    content = tmp_path / "content"
    german, english = ingest([tmp_path / "nordwerk-de.txt", tmp_path / "later-en.txt"], content, datetime.date(2026, 7, 22)).placed
    assert german.story != english.story
    story = load_entry(content / "events" / f"{german.story}.md", "e", "events").data
    assert dict(story["title"]) == {"de": "Nordwerk streicht 1.200 Stellen in Bremen"}
    assert list(story["summary"]) == ["de"]
    article = load_entry(content / "articles" / f"{english.article}.md", "a", "articles").data
    assert german.story in article["events"]
