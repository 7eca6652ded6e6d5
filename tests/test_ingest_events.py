"""The events step on small invented pages: the story's kind and date, dated background
events, weekdays resolved against the publication date, plans and teasers left out."""

from __future__ import annotations

import datetime
from pathlib import Path

from generator.ingest.draft import Draft
from generator.ingest.langdata import load_language
from generator.ingest.pipeline import extract
from generator.ingest.reader import Source
from generator.ingest.steps.dates import Anchor, date_mentions
from generator.ingest.steps.events import find_events, kind_of

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
    assert dated(draft) == [("other", "2011"), ("partnership", "2026-01"), ("results", "2025")]
    assert draft.events[2]["what"].startswith("Bereits im Januar hatte Nordwerk")
    # 'Bis Ende 2031' is a plan; the teaser's year is not part of the article
    assert all("2031" not in event["what"] and "2009" not in event["what"] for event in draft.events)


def test_english_relative_publication_date_is_not_used_for_weekdays():
    draft = draft_of(PAGE_EN)
    story = draft.events[0]
    assert story["kind"] == "layoffs"
    assert story["when"] is None  # 'on Tuesday' in a page that only says '3 days ago'
    assert dated(draft) == [("results", "2025"), ("other", "1998")]
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
    assert dated(draft) == [("other", "2011"), ("layoffs", "2026-01")]


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
    assert [event["companies"] for event in events[1:]] == [["Beispiel AG"], ["Nordwerk Maschinenbau AG"], []]
    assert events[1]["figures"] == ["rund 800 Mitarbeiter", "drei Standorten"]
