"""Extraction steps, each on small invented pages: chrome, title, byline, dates, figures."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

from generator.ingest.draft import Draft
from generator.ingest.langdata import load_language
from generator.ingest.pipeline import extract, prepare, read_article
from generator.ingest.reader import Source
from generator.ingest.steps.figures import find_figures
from generator.ingest.steps.chrome import chrome_reason

RETRIEVED = datetime.date(2026, 5, 10)

PAGE_DE = """Beispielblatt
Startseite | Wirtschaft | Politik | Sport
Wir verwenden Cookies, um Ihnen ein besseres Erlebnis zu bieten. Akzeptieren | Einstellungen

Nordwerk schließt Werk in Musterstadt

Von Anna Beispiel | 03.02.2026, 09:15 Uhr

Teilen

Musterstadt (dpa) – Der Maschinenbauer Nordwerk will sein Werk in Musterstadt bis Ende 2027 schließen und rund 1.200 Stellen abbauen. Das teilte das Unternehmen am Dienstag mit. Die Kosten beziffert der Konzern auf 250 Millionen Euro.

Der Umsatz war im vergangenen Jahr um 4,5 Prozent gesunken. Betroffen sind auch zwei Zulieferer aus der Region, die zusammen etwa 300 Beschäftigte haben und nun neue Kunden suchen müssen.

Lesen Sie auch: Ein anderes Unternehmen meldet Rekordgewinn
Mehr zum Thema
Industrie · Arbeitsmarkt

© Beispielblatt 2026 | Impressum | Datenschutz
Nordwerk schließt Werk in Musterstadt | Beispielblatt
"""

PAGE_AR = """موقع المثال
الرئيسية | اقتصاد | شركات | تقنية
منذ 3 أيام

شركة نوردفيرك تغلق مصنعها وتلغي ١٬٢٠٠ وظيفة

برلين - «د ب أ»: أعلنت شركة نوردفيرك الألمانية إغلاق مصنعها في مدينة موستر وإلغاء نحو ١٬٢٠٠ وظيفة بحلول نهاية العام المقبل، في إطار خطة لخفض التكاليف بقيمة ٢٥٠ مليون يورو.

وتراجعت إيرادات الشركة بنسبة ٤٫٥٪ خلال العام الماضي، فيما يعمل لدى الموردين في المنطقة نحو ٣ آلاف موظف قد يتأثرون بالقرار بشكل مباشر.

شارك الخبر
اقرأ أيضًا: شركة أخرى تعلن أرباحًا قياسية
جميع الحقوق محفوظة © موقع المثال ٢٠٢٦
"""


def draft_of(text: str, name: str = "page.txt") -> Draft:
    source = Source(Path(name), text.encode(), "txt", text, "utf-8")
    return extract(source, RETRIEVED)


def test_german_page_metadata_and_chrome():
    draft = draft_of(PAGE_DE)
    assert draft.language == "de"
    assert draft.title == "Nordwerk schließt Werk in Musterstadt"
    assert draft.publisher == "Beispielblatt"
    assert draft.author == "Anna Beispiel"
    assert (draft.published, draft.published_from) == (datetime.date(2026, 2, 3), "03.02.2026")
    assert draft.dateline == "Musterstadt (dpa) –"
    assert draft.summary.startswith("Der Maschinenbauer Nordwerk will sein Werk")
    body = draft.body
    for chrome in ("Startseite", "Cookies", "Teilen", "Lesen Sie auch", "Mehr zum Thema", "Industrie ·", "©", "| Beispielblatt"):
        assert chrome not in body, chrome
    assert "Zulieferer aus der Region" in body


def test_arabic_page_metadata_and_relative_date():
    draft = draft_of(PAGE_AR)
    assert draft.language == "ar"
    assert draft.title == "شركة نوردفيرك تغلق مصنعها وتلغي ١٬٢٠٠ وظيفة"
    assert draft.publisher == "موقع المثال"
    assert draft.published == RETRIEVED - datetime.timedelta(days=3)
    assert draft.published_from == "منذ 3 أيام"
    assert draft.summary.startswith("أعلنت شركة نوردفيرك")
    for chrome in ("الرئيسية", "شارك الخبر", "اقرأ أيضًا", "جميع الحقوق"):
        assert chrome not in draft.body, chrome


def test_figures_are_normalised():
    assert [(f["value"], f["unit"], f["text"]) for f in draft_of(PAGE_DE).figures] == [
        (1200, "jobs", "rund 1.200 Stellen"),
        (250000000, "EUR", "250 Millionen Euro"),
        (4.5, "percent", "4,5 Prozent"),
        (300, "employees", "etwa 300 Beschäftigte"),
    ]
    assert [(f["value"], f["unit"], f["text"]) for f in draft_of(PAGE_AR).figures] == [
        (1200, "jobs", "نحو ١٬٢٠٠ وظيفة"),
        (250000000, "EUR", "٢٥٠ مليون يورو"),
        (4.5, "percent", "٤٫٥٪"),
        (3000, "employees", "نحو ٣ آلاف موظف"),
    ]


@pytest.mark.parametrize(
    "lang, sentence, value, unit",
    [
        ("de", "Der Konzern streicht 14.000 Stellen.", 14000, "jobs"),
        ("ar", "ستلغي الشركة ١٤٬٠٠٠ وظيفة.", 14000, "jobs"),
        ("ar", "ستلغي الشركة 14 ألف وظيفة.", 14000, "jobs"),
        ("en", "The group will cut 14,000 jobs.", 14000, "jobs"),
        ("de", "Der Dienst hat über 300 Millionen Abonnenten.", 300000000, "subscribers"),
        ("de", "Das Werk kostet 1,2 Mrd. Euro.", 1200000000, "EUR"),
        ("en", "The deal is worth $3.4 billion.", 3400000000, "USD"),
        ("de", "Sie wollen die Anteile mindestens zehn Jahre halten.", 10, "years"),
        ("ar", "وتضم المنصة مليوني مشترك.", 2000000, "subscribers"),
        # written numbers with a scale and a currency or percent, as in most German copy
        ("de", "Der Bund gibt knapp zehn Milliarden Euro.", 10000000000, "EUR"),
        ("de", "Der Umsatz sank um sieben Prozent.", 7, "percent"),
        ("de", "Das kostet mehr als eine Milliarde Dollar.", 1000000000, "USD"),
        ("ar", "بقيمة ثمانية مليارات يورو.", 8000000000, "EUR"),
        # binary noise: 16.33 billion is 16330000000, not 16329999999.999998
        ("ar", "بلغت الإيرادات 16.33 مليار دولار.", 16330000000, "USD"),
        # the Gulf wires' decimal 'ر', fraction first in the logical order
        ("ar", "بلغت الأرباح 9ر12 مليار دولار.", 12900000000, "USD"),
        # the Arabic comma between digits as the decimal mark, in the logical order
        ("ar", "بلغت الخسائر 2،9 مليار دولار.", 2900000000, "USD"),
        ("ar", "تراجعت المبيعات 18،6 في المئة.", 18.6, "percent"),
        ("ar", "ارتفعت المبيعات 12 في المئة.", 12, "percent"),
        ("en", "Sales rose 11.5 per cent.", 11.5, "percent"),
        ("en", "Revenue was SAR42.1 billion.", 42100000000, "SAR"),
        ("en", "Profit was Dh128.5 billion.", 128500000000, "AED"),
        ("fr", "Le groupe emploie quelque 147'000 employés.", 147000, "employees"),
        ("ar", "تسلمت الشركة (54) طائرة.", 54, "aircraft"),
        ("ar", "بسعر 254 درهماً للسهم.", 254, "AED"),
        ("de", "Vorstandschefin Anna Beispiel (54) sagte das.", 54, "years (age)"),
        # an age written with its word, not a duration
        ("de", "Der 42-jährige Banker übernimmt das Amt.", 42, "years (age)"),
        ("en", "The 62-year-old banker takes over.", 62, "years (age)"),
        ("fr", "La directrice, âgée de 54 ans, part.", 54, "years (age)"),
        ("ar", "وقال المدير البالغ من العمر 65 سنة إنه سيستقيل.", 65, "years (age)"),
        # a daily rate of barrels
        ("de", "Die Förderung steigt um 548.000 Barrel pro Tag.", 548000, "barrels_per_day"),
        ("ar", "زيادة الإنتاج 548 ألف برميل يوميًا.", 548000, "barrels_per_day"),
        ("en", "Output rises by 2.2 million barrels a day.", 2200000, "barrels_per_day"),
        ("de", "Im Lager liegen 548.000 Barrel.", 548000, "barrels"),
        # a German compound counts what its last part names; a short 'head' is a word of its own
        ("de", "Das Land kauft 80 französische Kampfflugzeuge.", 80, "aircraft"),
        ("de", "Es gab zehn Ja-Stimmen.", 10, "votes"),
        # percentage points, German percent adjectives
        ("de", "Die Zentralbank senkt den Zins um 0,25 Prozentpunkte.", 0.25, "percent"),
        ("de", "Sie hält einen 9,9 prozentigen Anteil.", 9.9, "percent"),
        ("ar", "خفض البنك الفائدة 0.5 نقطة مئوية.", 0.5, "percent"),
        # an aircraft maker after a count; a number after a maker is its model ('Boeing 787')
        ("en", "The airline ordered 130 Boeing 787 Dreamliners.", 130, "aircraft"),
        ("de", "Die Fluglinie bestellt 99 Airbus im Jahr.", 99, "aircraft"),
        ("ar", "وستدفع إيرباص 559 مليون دولار.", 559000000, "USD"),
        # an Arabic number written in parts joined by 'و'
        ("ar", "حصل الرئيس على 39 مليونا و702 ألف و451 صوتا.", 39702451, "votes"),
        ("ar", "وبلغت قيمة الصفقة مليار و600 مليون ريال.", 1600000000, "SAR"),
        # a conjunction or preposition written onto the number
        ("ar", "دفعت الشركة و200 مليون يورو.", 200000000, "EUR"),
        ("ar", "الدفعة الأولى بـ15 مليار دولار.", 15000000000, "USD"),
        # a half before a scale ('eine halbe Milliarde'); alone it is a share, no number (below)
        ("de", "Mistral sammelt eine halbe Milliarde US-Dollar ein.", 500000000, "USD"),
        ("en", "The firm raised half a billion dollars.", 500000000, "USD"),
        ("ar", "جمعت الشركة نصف مليار دولار.", 500000000, "USD"),
        # a comma before one or two digits is a decimal, whatever the language's convention
        ("ar", "رفعت الشركة حصتها إلى 9,9%.", 9.9, "percent"),
        # Arabic counts and durations as the other languages read them
        ("ar", "عبرت القناة 544 سفينة.", 544, "ships"),
        ("ar", "توقف العمل في المصنع ستة أشهر.", 6, "months"),
        ("ar", "تبلغ قدرة المحطة 1200 ميغاواط.", 1200, "MW"),
        # a time of day counts nothing: the count is the later number's
        ("de", "Das Parlament stimmte mit 182 Stimmen dafür. 02.03.2025 - 12:11 Uhr Artikel anhören", 182, "votes"),
        # the yen in the accusative
        ("ar", "وارتفع الدولار إلى 120,40 ينا بعد القرار.", 120.4, "JPY"),
    ],
)
def test_one_figure(lang, sentence, value, unit):
    draft = Draft(source=Source(Path("x.txt"), b"", "txt", sentence, "utf-8"), retrieved=RETRIEVED, language=lang)
    from generator.ingest.draft import Line

    draft.lines = [Line(sentence)]
    figures = find_figures(draft).figures
    assert [(figure["value"], figure["unit"]) for figure in figures] == [(value, unit)]


def test_a_headlines_figure_counts_and_a_shared_currency_name_follows_the_place():
    page = ("Nordwerk streicht 1.200 Stellen in Musterstadt\n\nDer Autozulieferer Nordwerk AG baut in Musterstadt Stellen ab, "
            "sagte Vorstandschef Karl Schmidt am Montag. Das Werk hatte zuletzt 300 Millionen Euro Umsatz.\n")
    assert [(figure["value"], figure["unit"]) for figure in draft_of(page).figures] == [(1200, "jobs"), (300000000, "EUR")]
    french = ("Le groupe de Dubaï a publié ses résultats annuels lundi. Son bénéfice atteint 22,7 milliards de dirhams, "
              "un record pour la compagnie aérienne, qui transporte plus de 50 millions de passagers par an.\n")
    assert ("22,7 milliards de dirhams", "AED") in [(figure["text"], figure["unit"]) for figure in draft_of(french).figures]
    moroccan = french.replace("Dubaï", "Casablanca")
    assert ("22,7 milliards de dirhams", "MAD") in [(figure["text"], figure["unit"]) for figure in draft_of(moroccan).figures]


def test_a_short_end_of_a_german_word_is_no_count_noun():
    draft = Draft(source=Source(Path("x.txt"), b"", "txt", "", "utf-8"), retrieved=RETRIEVED, language="de")
    from generator.ingest.draft import Line

    draft.lines = [Line("Der Start dauerte 10 Sekunden, die 28 Triebwerke liefen.")]  # not 'Kunden', not 'Werke'
    assert find_figures(draft).figures == []


WRAPPED_AR = """توسيع الأسطول

أعلنت شركة الطيران الوطنية اليوم الأحد عن خطة
لتوسيع أسطولها بشراء عشرين طائرة جديدة خلال
السنوات الخمس المقبلة، في صفقة تقدر قيمتها
بنحو أربعة مليارات دولار، وفق بيان رسمي.

وأضاف أن الطائرات الجديدة ستخدم الخطوط الطويلة
إلى أوروبا وآسيا، وأن أول طائرة ستصل في الربع
الأخير من العام المقبل.
"""

HEADLINES = """Mehr aus der Wirtschaft
Werk in Musterstadt schließt Ende des Jahres
Zulieferer meldet Kurzarbeit für 300 Leute an
Bahnstreik: Was Pendler jetzt wissen müssen
"""


def test_a_hard_wrapped_paragraph_is_one_line_and_the_page_is_no_chrome():
    from generator.ingest.pipeline import check_article_text

    source = Source(Path("page.txt"), WRAPPED_AR.encode(), "txt", WRAPPED_AR, "utf-8")
    check_article_text(source)  # was refused: "only page chrome"
    paragraphs = [line for line in draft_of(WRAPPED_AR).body_lines() if line != "توسيع الأسطول"]
    assert len(paragraphs) == 2 and paragraphs[0].startswith("أعلنت") and paragraphs[0].endswith("وفق بيان رسمي.")


BULLETED_AR = """اشترك الآن في النشرة البريدية
احصل على آخر الأخبار يومياً في بريدك
اشترك

أبرز النقاط:
- شركة المثال للطيران تطلب عشرين طائرة جديدة
- قيمة الصفقة نحو أربعة مليارات دولار
- أول طائرة تصل في الربع الأخير من العام المقبل
"""


def test_a_bulleted_summary_after_a_marketing_block_is_the_article():
    from generator.ingest.pipeline import check_article_text

    source = Source(Path("page.txt"), BULLETED_AR.encode(), "txt", BULLETED_AR, "utf-8")
    check_article_text(source)  # was refused: the last item was taken as the headline, every line above it as chrome
    draft = draft_of(BULLETED_AR)
    assert draft.title is None or not draft.title.startswith("-")
    assert [line for line in draft.body_lines() if line.startswith("-")] == BULLETED_AR.splitlines()[-3:]


SHORT_PARAGRAPHS_AR = """إقالة مدير شركة المثال للطيران بقرار من مجلس الإدارة .
أفادت مصادر مطلعة بأن مجلس إدارة شركة المثال للطيران قد صوت على إقالة المدير التنفيذي للشركة،
وذلك على خلفية الخسائر الكبيرة التي سجلتها الشركة خلال العام الماضي في عدة أسواق.
متابعة: فلان الفلاني
وبحسب البيان الصادر عن الشركة، فقد أيد القرار سبعة أعضاء وعارضه عضوان اثنان فقط،
وامتنع عضو واحد عن التصويت في الجلسة التي عقدت مساء أمس.
سبب الإقالة
ومن المنتظر أن يعين المجلس مديرا جديدا خلال الأسابيع المقبلة لقيادة خطة إعادة الهيكلة
"""


def test_a_page_of_short_paragraphs_only_keeps_its_first_line_as_headline_and_is_no_chrome():
    from generator.ingest.pipeline import check_article_text

    source = Source(Path("page.txt"), SHORT_PARAGRAPHS_AR.encode(), "txt", SHORT_PARAGRAPHS_AR, "utf-8")
    check_article_text(source)  # was refused: the last line was taken as the headline, every line above it as chrome
    draft = draft_of(SHORT_PARAGRAPHS_AR)
    assert draft.title == SHORT_PARAGRAPHS_AR.splitlines()[0]
    assert draft.body_lines()[0].startswith("أفادت مصادر")


CAPTIONED_DE = """Wirtschaft
Nordwerk streicht 1.200 Stellen in Musterstadt

Der Maschinenbauer Nordwerk baut in seinem Stammwerk massiv Personal ab.

Das Nordwerk-Stammwerk in Musterstadt
Das Nordwerk-Stammwerk in Musterstadt (picture alliance / Beispielagentur / Max Muster)
Die Stellen sollen bis Ende 2027 wegfallen, teilte das Unternehmen am Dienstag mit. Betroffen sind vor allem die Verwaltung und die Montage, die Kosten beziffert der Konzern auf 250 Millionen Euro. Die Gewerkschaft kündigte Widerstand an.
"""


def test_a_pictures_caption_and_its_alternative_text_are_chrome_not_the_headline():
    draft = draft_of(CAPTIONED_DE)
    assert draft.title == "Nordwerk streicht 1.200 Stellen in Musterstadt"  # was the caption, the last line before the text
    assert [line.why for line in draft.lines if "Stammwerk in Musterstadt" in line.text] == ["caption", "caption"]


def test_lines_that_do_not_fill_a_width_are_not_joined():
    from generator.ingest.steps.structure import unwrap

    lines = HEADLINES.splitlines()
    assert unwrap(lines) == lines  # headlines of a teaser list, each a line of its own
    assert unwrap(["Home", "Politik", "Wirtschaft", "Sport"]) == ["Home", "Politik", "Wirtschaft", "Sport"]
    assert unwrap(["- one item that is long enough to fill", "- another item that is long enough", "- and a third"]) == [
        "- one item that is long enough to fill", "- another item that is long enough", "- and a third"]


AGENCY_COPY_DE = """Nordwerk streicht 1.200 Stellen in Musterstadt

Der Maschinenbauer Nordwerk baut in seinem Stammwerk in Musterstadt bis Ende 2027 rund 1.200 Stellen ab, wie das Unternehmen mitteilte.

- von Anna Beispiel und Karl Muster

Betroffen sind vor allem die Verwaltung und die Montage, sagte Vorstandschef Bernd Quellmann. Die Kosten beziffert der Konzern auf 250 Millionen Euro, die Gewerkschaft kündigte Widerstand an.

(Bericht von Lena Probe, Mitarbeit: Tom Versuch; redigiert von Paul Prüfer. Bei Rückfragen wenden Sie sich bitte an unsere Redaktion.)
"""


def test_a_byline_under_the_lead_and_an_agencys_credit_line_name_authors_not_people():
    draft = draft_of(AGENCY_COPY_DE)
    assert draft.author == "Anna Beispiel und Karl Muster"  # a byline after the first paragraph, behind a dash
    assert [line.why for line in draft.lines if line.text.startswith("(Bericht von")] == ["credits"]
    names = {person["name"] for person in draft.people}
    assert "Bernd Quellmann" in names and not names & {"Anna Beispiel", "Karl Muster", "Lena Probe", "Tom Versuch", "Paul Prüfer"}


CAPTIONED_AR = """نوردفيرك تطلب عشرين طائرة جديدة

A Nordwerk Airways passenger aircraft seen in the air on final approach to land at the airport of Musterstadt. The airline has its headquarters and its main hub in Musterstadt and flies to forty destinations in Europe, Asia and Africa with a fleet of sixty planes, most of them narrow-body aircraft. (Photo by Max Muster/Beispielagentur via Getty Images)
طائرة تابعة لنوردفيرك (غيتي)

أعلنت شركة نوردفيرك للطيران اليوم الاثنين عن طلب عشرين طائرة جديدة ضيقة البدن، في صفقة تبلغ قيمتها نحو أربعة مليارات دولار.

وقالت الشركة في بيان إن أول طائرة ستصل في الربع الأخير من العام المقبل.
"""


def test_a_long_photo_caption_in_another_script_is_chrome_and_does_not_decide_the_language():
    draft = draft_of(CAPTIONED_AR)
    assert draft.language == "ar"  # the English caption had more letters than the Arabic text: the page was read as English
    assert [line.why for line in draft.lines if "Getty Images" in line.text] == ["caption"]


RUN_TOGETHER_DE = """Nordwerk streicht 1.200 Stellen in Musterstadt

Vorstandschef Bernd Quellmann bei der Präsentation der Zahlen in Musterstadt (2024) Bild: Max Muster/dpa/picture alliance

Der Maschinenbauer Nordwerk baut in seinem Stammwerk in Musterstadt bis Ende 2027 rund 1.200 Stellen ab, wie das Unternehmen mitteilte. Betroffen sind vor allem die Verwaltung und die Montage. Der Konzern will die Entwicklung genau im Auge behalten. (Bericht von Lena Probe, geschrieben von Tom Versuch. Redigiert von Paul Prüfer. Bei Rückfragen wenden Sie sich bitte an unsere Redaktion.)
"""


def test_a_credit_run_into_a_paragraph_or_a_caption_is_a_chrome_line_of_its_own():
    draft = draft_of(RUN_TOGETHER_DE)
    names = {person["name"] for person in draft.people}
    assert "Bernd Quellmann" in names and not names & {"Max Muster", "Lena Probe", "Tom Versuch", "Paul Prüfer"}
    assert {line.why for line in draft.lines if line.text.startswith(("(Bericht", "Bild:"))} == {"credits", "caption"}
    assert any(line.endswith("genau im Auge behalten.") for line in draft.body_lines())  # the paragraph itself stays


AGENCY_BYLINE_AR = """متحدث: نوردفيرك في محادثات مع كويلبنك بشأن عرض استحواذ

تم النشر 21 ديسمبر, 2023 13:40

من سارة المثال ويوسف القاسمي

موسكات (رويترز) - قال متحدث باسم شركة نوردفيرك الألمانية اليوم الخميس إن الشركة تجري محادثات مفتوحة مع كويلبنك بشأن عرض استحواذ محتمل.
"""


def test_an_arabic_agency_byline_is_the_author_and_not_the_headline_but_a_question_is_a_headline():
    draft = draft_of(AGENCY_BYLINE_AR)
    assert draft.author == "سارة المثال ويوسف القاسمي"
    assert draft.title.startswith("متحدث: نوردفيرك")
    question = draft_of(AGENCY_BYLINE_AR.replace("من سارة المثال ويوسف القاسمي", "من يدفع الثمن"))
    assert question.author is None


@pytest.mark.parametrize("marker, published", [("date 2024-09 ", None), ("date 2024-09-13 ", "2024-09-13"),
                                               ("date 2024-02-30 ", None)])  # no such day: read as no date
def test_an_archived_pages_date_before_its_headline_is_its_date_not_its_text(marker, published):
    draft = draft_of(f"{marker}Nordwerk streicht 1.200 Stellen in Musterstadt\n\nDer Autozulieferer Nordwerk AG baut in "
                     "Musterstadt 1.200 Stellen ab. Das kündigte Vorstandschef Karl Schmidt an, wie das Unternehmen mitteilte.\n")
    assert draft.title == "Nordwerk streicht 1.200 Stellen in Musterstadt"
    real = None if marker == "date 2024-02-30 " else marker.split()[1]
    assert draft.page_date == real
    assert (draft.published.isoformat() if draft.published else None) == published
    assert [event["when"] for event in draft.events if event.get("story")] == [real]


@pytest.mark.parametrize("head, published", [
    ("أزمة نوردفيرك تتفاقم\nآخر تحديث 26-07-2020 17:37\n", "2020-07-26"),  # a short line above the article
    ("نوردفيرك تلغي 1200 وظيفة\n09:18 - 28 أكتوبر 2024", "2024-10-28"),  # a time and a date opening its paragraph
])
def test_a_date_stated_above_the_article_is_its_publication_date(head, published):
    draft = draft_of(f"{head}أعلنت شركة نوردفيرك الألمانية يوم الثلاثاء إلغاء 1200 وظيفة في إطار خطة لخفض التكاليف، "
                     "وقال رئيسها التنفيذي كارل شميت إن الشركة ستغلق مصنعين في ألمانيا.\n")
    assert draft.published.isoformat() == published


LEAD_DE = ("Der Autozulieferer Nordwerk AG baut in Musterstadt 1.200 Stellen ab. Das kündigte Vorstandschef Karl Schmidt "
           "am 2. März 2025 an, wie das Unternehmen mitteilte.")


@pytest.mark.parametrize("page, published", [
    # headline, stamp and lead run together into one paragraph
    (f"date 2025-03 Nordwerk streicht 1.200 Stellen Stand: 06.03.2025 05:00 Uhr {LEAD_DE}\n", "2025-03-06"),
    # a note closing the article that dates it
    (f"Nordwerk streicht 1.200 Stellen\n\n{LEAD_DE}\n\nDiese Nachricht wurde am 06.03.2025 im Programm gesendet.\n",
     "2025-03-06"),
    # a stamp in the lead's paragraph, beside a clock time
    (f"Nordwerk streicht 1.200 Stellen\n\nMusterstadt, 06.03.2025 - 12:11 Uhr. {LEAD_DE}\n", "2025-03-06"),
    # the page's header shows the day it was seen; the date line under the headline is the article's
    (f"Montag, 10. März 2025 08:00 Uhr\n\nNordwerk streicht 1.200 Stellen\n\n06.03.2025 Beispielblatt\n\n{LEAD_DE}\n",
     "2025-03-06"),
    # a date in running text is no publication date, with or without a stamp elsewhere
    (f"Nordwerk streicht 1.200 Stellen\n\n{LEAD_DE}\n", None),
    # a stamp with a year of two digits before the time
    (f"Nordwerk streicht 1.200 Stellen\n\n06.03.25 16:02 Uhr\n\n{LEAD_DE}\n", "2025-03-06"),
    # a dateline of places and a date that ends with a full stop
    (f"Nordwerk streicht 1.200 Stellen\n\nMusterstadt/Berlin, 6. März 2025. {LEAD_DE}\n", "2025-03-06"),
    # a date and a time with a dot ('14.27 Uhr') at the end of the standfirst
    (f"date 2025-03 Wirtschaft Nordwerk streicht 1.200 Stellen Der Konzern steckt nach einem schwachen Jahr in einer tiefen "
     f"Krise. Hofft der Vorstand nun mit dem Abbau auf die Wende? 06.03.2025, 14.27 Uhr\n\n{LEAD_DE}\n", "2025-03-06"),
    # a date alone on a line after the article
    (f"{LEAD_DE}\n\nWirtschaft\n\nNordwerk streicht 1.200 Stellen\n\n06-03-2025\n", "2025-03-06"),
    # the stamp closing a Dow Jones Newswires story: month, day, year of two digits and New York time
    (f"{LEAD_DE}\n\n(END) Dow Jones Newswires\n\n03-06-25 1822ET\n", "2025-03-06"),
])
def test_a_stamped_date_anywhere_in_the_article_is_its_publication_date(page, published):
    draft = draft_of(page)
    assert (draft.published.isoformat() if draft.published else None) == published
    assert "Diese Nachricht" not in draft.body


def test_a_page_month_rules_out_a_date_of_another_month():
    """A stored copy's month ('date 2024-08') is the article's: a caption's old date is not its
    publication date, the stamp under the headline is."""
    caption = "Laurent Beispiel in Mexiko-Stadt, le 3 mars 2020. (Anna Beispiel/REUTERS)"
    page = (f"date 2024-08 Nordwerk change de directeur\n{caption}\npublié le 23 août 2024 à 17h41\n\n"
            "Le groupe Nordwerk a nommé un nouveau directeur général, a annoncé l'entreprise vendredi dans un communiqué "
            "publié à Musterstadt, où elle emploie 1 200 personnes.\n")
    assert draft_of(page).published == datetime.date(2024, 8, 23)
    assert draft_of(page.replace("publié le 23 août 2024 à 17h41\n", "")).published is None


def test_dates_in_teasers_after_the_article_lose_to_the_header():
    page = ("Nordwerk streicht 1.200 Stellen\nMittwoch, 5. März 2025 12:43 Uhr\nNordwerk\n\n"
            f"{LEAD_DE}\n\nDas könnte Sie auch interessieren\nAndere Firma meldet Rekord\n15.12.2025 16:00 Uhr\n")
    assert draft_of(page).published == datetime.date(2025, 3, 5)


LEAD_AR = ("أعلنت شركة نوردفيرك الألمانية يوم الثلاثاء إلغاء 1200 وظيفة في إطار خطة لخفض التكاليف، "
           "وقال رئيسها التنفيذي كارل شميت إن الشركة ستغلق مصنعين في ألمانيا.")


@pytest.mark.parametrize("page, title", [
    # headline, date lines, a picture's caption and its credit, then the lead: the caption is no headline
    (f"Nordwerk streicht 1.200 Stellen in Musterstadt\nVeröffentlicht: 03.03.2025\nGeschrieben von: Anna Beispiel\n"
     f"Nordwerk Logo an Glasfassade\nbeispiel / Depositphotos.com\n\n{LEAD_DE}\n", "Nordwerk streicht 1.200 Stellen in Musterstadt"),
    # the site's name and the date above the headline
    (f"بوابة المثال | أخبار الاقتصاد\nالأربعاء ١٤ يناير ٢٠٢٦\nنوردفيرك الألمانية تلغي 1200 وظيفة وتغلق مصنعين في ألمانيا\n\n{LEAD_AR}\n",
     "نوردفيرك الألمانية تلغي 1200 وظيفة وتغلق مصنعين في ألمانيا"),
    # the page's title bar with the site's name, then the headline itself
    (f"نوردفيرك تلغي 1200 وظيفة في ألمانيا - بوابة المثال\nالسبت 26 يوليه 2025 8:27 ص\nالأكثر قراءة\n"
     f"نوردفيرك تلغي 1200 وظيفة في ألمانيا\nنشر في: الجمعة 25 يوليه 2025 - 5:37 ص\n\n{LEAD_AR}\n", "نوردفيرك تلغي 1200 وظيفة في ألمانيا"),
    # a stored copy that starts with the article: its first paragraph is no headline
    ("Musterstadt (dpa) – Der Autozulieferer Nordwerk streicht in seinem Werk in Musterstadt rund 1.200 Stellen, wie "
     f"das Unternehmen am Montag mitteilte.\n\n{LEAD_DE}\n", None),
])
def test_the_headline_model_finds_the_headline_among_the_lines_above_the_article(page, title):
    draft = draft_of(page)
    assert draft.title == title
    if "يوليه" in page:
        assert draft.published == datetime.date(2025, 7, 25)  # the article's date under the headline, not the page header's


@pytest.mark.parametrize("page, title", [
    # headline, stamp and lead run together into one paragraph
    (f"Nordwerk besiegelt Abspaltung der Antriebssparte Stand: 25.04.2025 17:58 Uhr {LEAD_DE}\n",
     "Nordwerk besiegelt Abspaltung der Antriebssparte"),
    # a headline with the stamp glued to it, on a line of its own: no time stamp line
    (f"Nordwerk besiegelt Abspaltung der Antriebssparte Stand: 25.04.2025 17:58 Uhr\n\n{LEAD_DE}\n",
     "Nordwerk besiegelt Abspaltung der Antriebssparte"),
    # a kicker with a slash, an agency's service mark
    (f"Stellenabbau / Nordwerk streicht 1.200 Stellen in Musterstadt\n\n{LEAD_DE}\n", "Nordwerk streicht 1.200 Stellen in Musterstadt"),
    (f"DJ Nordwerk streicht 1.200 Stellen in Musterstadt\n\n{LEAD_DE}\n", "Nordwerk streicht 1.200 Stellen in Musterstadt"),
    # a slash inside a headline is no kicker's
    (f"Nordwerk / Südwerk: Fusion geplatzt\n\n{LEAD_DE}\n", "Nordwerk / Südwerk: Fusion geplatzt"),
])
def test_a_headline_is_freed_of_a_run_in_stamp_a_kicker_and_a_service_mark(page, title):
    draft = draft_of(page)
    assert draft.title == title
    assert draft.body.startswith("Der Autozulieferer Nordwerk AG")
    if "Stand:" in page:
        assert draft.published == datetime.date(2025, 4, 25)


@pytest.mark.parametrize("chrome", [
    "18.03.25 16:02 Uhr",
    "Veröffentlicht: Mo 23.09.2024, 16:34 Uhr Aktualisiert: Mo 23.09.2024, 16:35 Uhr",
    "anna.beispiel / Depositphotos.com",
    "Ein Werkstor von Nordwerk in Musterstadt. (Anna Beispiel/AP/dpa)",
])
def test_time_stamps_and_photo_credits_are_never_the_headline(chrome):
    draft = draft_of(f"Nordwerk streicht 1.200 Stellen in Musterstadt\n\n{chrome}\n\nDer Autozulieferer Nordwerk AG baut in "
                     "Musterstadt 1.200 Stellen ab. Das kündigte Vorstandschef Karl Schmidt an, wie das Unternehmen mitteilte.\n")
    assert draft.title == "Nordwerk streicht 1.200 Stellen in Musterstadt"


def test_a_lead_after_a_dateline_with_two_agencies_is_the_article_and_its_preview_is_chrome():
    lead = ("Musterstadt (APA/dpa) - In Musterstadt wird heute, Mittwoch, die längste Brücke des Landes eröffnet. "
            "Zur Einweihung werden neben der Regierung zahlreiche Gäste erwartet - unter ihnen Frankreichs Präsident "
            "Paul Beispiel und die Ministerpräsidentin Anna Muster.")
    preview = lead[:lead.index("eröffnet.") + len("eröffnet.")] + " Zur Einweihung werden..."
    page = (f"Musterstadt feiert die neue Brücke\n\n{preview}\n\n{lead}\n\n"
            "Die Bauarbeiten dauerten nach Angaben der Betreiber zwölf Jahre und kosteten rund 900 Millionen Euro.\n")
    draft = draft_of(page)
    assert draft.body.count("In Musterstadt wird heute") == 1  # the preview is chrome, the paragraph is not a photo credit
    president = next(person for person in draft.people if person["name"] == "Paul Beispiel")
    assert president["organisation"] is None  # the agencies of the dateline are no president's organisation
    german = load_language("de")
    assert chrome_reason(lead, german) is None
    assert chrome_reason("(Foto: Max Muster/dpa) Die neue Brücke bei Nacht, kurz vor der Eröffnung.", german)  # a caption


def test_extracting_from_the_prepared_draft_gives_what_extracting_the_source_gives(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE_DE, encoding="utf-8")
    marked = prepare(path)
    assert extract(marked.source, RETRIEVED, marked) == extract(read_article(path), RETRIEVED)


def test_a_video_credit_via_a_social_video_agency_is_chrome():
    german = load_language("de")
    assert chrome_reason("Rauch steigt über dem Flughafen von Musterstadt auf. Video: Twitter/Anna Beispiel via Storyful", german) == "photo credit"
    assert chrome_reason("Die Lieferung kam via Musterstadt zum Kunden, teilte das Unternehmen mit.", german) is None


def test_buttons_run_together_are_chrome():
    assert chrome_reason("Skip to content Skip to Search", load_language("en")) == "buttons"
    assert chrome_reason("Skip to content and learn what the deal means", load_language("en")) is None


def test_a_headline_with_a_time_or_a_date_is_no_time_stamp():
    german = load_language("de")
    assert chrome_reason("Um 15:30 Uhr im Plus: Nordwerk-Aktie steigt nach dem Stellenabbau", german) is None
    assert chrome_reason("Nordwerk streicht bis 2027 rund 1.200 Stellen in Musterstadt", german) is None
    assert chrome_reason("Stand: 06.06.2024 14:15 Uhr", german) == "time stamp"


@pytest.mark.parametrize(
    "lang, sentence, expected",
    [
        # a range whose unit (and scale) is written once, after its second number
        ("de", "Der Anteil stieg von 9 auf 21 Prozent.", [(9, "percent"), (21, "percent")]),
        ("de", "Das kostet zwischen 4 und 5 Milliarden Euro.", [(4000000000, "EUR"), (5000000000, "EUR")]),
        ("en", "Spending falls to $1-2 billion a year.", [(1000000000, "USD"), (2000000000, "USD")]),
        ("ar", "بنسبة 7 أو 8%.", [(7, "percent"), (8, "percent")]),
        # not figures: a plural scale word alone, an article, a year before a verb, a rate's noun
        ("ar", "استثمرت مليارات الدولارات.", []),
        ("de", "Ein Unternehmen plant ein Jahr voraus.", []),
        ("de", "2023 beschäftigte der Konzern viele Menschen.", []),
        ("fr", "Le chiffre a doublé, dix en un an.", []),
        # an Arabic duration written as a definite noun and its definite number after it
        ("ar", "ستستثمر الشركة خلال السنوات الخمس المقبلة.", [(5, "years")]),
        ("ar", "وهو الأعلى للسنوات العشر الماضية.", [(10, "years")]),
        ("ar", "تتصدر الشركات الخمس الكبرى السوق.", []),
        ("ar", "وقال المتحدث اليوم الإثنين إن العمل مستمر.", []),  # today, Monday (الاثنين is also two)
        # a cut of workers counts jobs; a workforce counts employees
        ("ar", "قررت الشركة تسريح 1200 عامل في مصانعها.", [(1200, "jobs")]),
        ("ar", "يعمل في مصانع الشركة 1200 عامل.", [(1200, "employees")]),
        # a count of fewer than three things tells who, not how much; a measure may be small
        ("en", "The two companies will build a plant of 2 GW.", [(2, "GW")]),
        ("de", "Der Konzern schließt zwei Werke und streicht 300 Stellen.", [(300, "jobs")]),
        # oil: a day's barrels make the article's other barrels a day's; a barrel's litres are no figure
        ("de", "Mexiko kürzt um 100 000 Barrel am Tag, die Opec um 400 000 Barrel. Ein Barrel entspricht 159 Litern.",
         [(100000, "barrels_per_day"), (400000, "barrels_per_day")]),
        ("de", "Das Land hat Reserven von 260 Milliarden Barrel und fördert 9 Millionen Barrel am Tag.",
         [(260000000000, "barrels"), (9000000, "barrels_per_day")]),
    ],
)
def test_figures_in_a_sentence(lang, sentence, expected):
    from generator.ingest.draft import Line

    draft = Draft(source=Source(Path("x.txt"), b"", "txt", sentence, "utf-8"), retrieved=RETRIEVED, language=lang)
    draft.lines = [Line(sentence)]
    assert [(figure["value"], figure["unit"]) for figure in find_figures(draft).figures] == expected


def test_folding_for_positions_keeps_every_character_one_character():
    """The finders match folded lines and cut the original at the same positions: any
    character, 'İ' (lowercase 'i' and a combining dot) and Arabic marks among them, folds to one."""
    from generator.ingest.langdata import fold, fold_keep_length

    assert [hex(code) for code in range(0x110000) if len(fold_keep_length(chr(code))) != 1] == []
    assert fold_keep_length("İlhan ٢٠٢٤ إدارة") == "ilhan 2024 اداره"
    assert fold("İlhan") == "ilhan"


@pytest.mark.parametrize("line", ["Der Kandidat İlhan Yıldıray erhielt 30,6 Prozent der Stimmen.",
                                  "İlhan Yıldıray erhielt 30,6 Prozent"])
def test_a_figure_after_a_turkish_capital_i_is_cut_where_it_stands(line):
    from generator.ingest.steps.figures import figures_in

    assert [(figure["value"], figure["text"]) for figure in figures_in(line, load_language("de"))] == [(30.6, "30,6 Prozent")]


@pytest.mark.parametrize("code", ["de", "ar", "en", "fr"])
def test_a_measures_cue_words_are_found_where_their_pattern_finds_them(code):
    """Cues.spans is a faster finditer: the same spans for text made of cue words, their pieces,
    clitics, compounds and endings, in any order."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from generator.ingest.langdata import fold

    language = load_language(code)
    measures = [measure.cues for measure in language.figure_measures if measure.cues]
    cue_words = sorted({fold(str(word)) for spec in language.data["figure_measures"].values() for word in spec.get("cues") or ()})
    pieces = cue_words + [word[:3] for word in cue_words] + ["x", "und", "و", "ال", "لل", "s", "en", "ing", "1"]
    separators = [" ", "", "", "-", ". ", ", ", "  "]
    text = st.lists(st.tuples(st.sampled_from(pieces), st.sampled_from(separators)), max_size=12).map(
        lambda parts: "".join(piece + separator for piece, separator in parts))

    @settings(max_examples=300, deadline=None)
    @given(text)
    def same_spans(line):
        for cues in measures:
            assert cues.spans(line) == tuple(match.span() for match in cues.pattern.finditer(line))

    same_spans()


def test_every_unit_that_ingest_writes_has_a_label_on_the_site():
    """A figure's unit comes from the language files; the page shows its label in the page's
    language ('105 Flugzeuge'), so a unit without a label would show the English key on a German
    or Arabic page. Physical symbols (GW, kWh, TEU) are shown as they are."""
    from generator.ingest.langdata import available
    from generator.render.text import load_labels

    labels = load_labels()["unit"]
    units = {str(unit) for code in available() for unit in load_language(code).unit_nouns.values()}
    missing = {unit for unit in units if unit not in labels and not re.fullmatch(r"[kMGT]?W?h?|[A-Z]{2,4}|km", unit)}
    assert not missing
    assert all({"de", "ar"} <= set(labels[unit]) for unit in units & set(labels))


@pytest.mark.parametrize(
    "lang, sentence, expected",
    [
        ("de", "Der Konzern will 5.000 Stellen abbauen und 200 Millionen Euro investieren.",
         [(5000, "Stellenabbau"), (200000000, "Investition")]),
        ("de", "Der Umsatz stieg um 12 Prozent.", [(12, "Umsatz")]),
        ("ar", "أعلنت الشركة إلغاء 1200 وظيفة.", [(1200, "وظائف ملغاة")]),
        ("en", "UniCredit raised its stake to 28 percent. Shares fell on Monday.", [(28, "stake")]),
        ("fr", "Le groupe emploie 9 000 salariés.", [(9000, "effectif")]),
        # a price per share is no billion: the deal's value is not labelled a share price
        ("en", "The shares are worth $12 each.", [(12, "share price")]),
        ("en", "The shares changed hands for $12 billion.", [(12000000000, None)]),
        # the age after a name, by the unit alone; a figure with no cue in its sentence gets nothing
        ("de", "Anna Beispiel (54) leitet das Werk.", [(54, "Alter")]),
        ("de", "Das Werk liegt 350 Kilometer entfernt.", [(350, None)]),
        ("de", "Nordwerk verschiebt den Bau um zwei Jahre.", [(2, "Verzögerung")]),
        ("de", "Der Absatz ging um 23 Prozent zurück.", [(23, "Absatz")]),
        ("ar", "وقضت المحكمة بالسجن 4 سنوات.", [(4, "السجن")]),
    ],
)
def test_a_figure_says_what_it_measures(lang, sentence, expected):
    """`about`: the nearest cue in the figure's sentence whose measure fits the unit, in the
    article's language; none rather than a guess."""
    from generator.ingest.draft import Line

    draft = Draft(source=Source(Path("x.txt"), b"", "txt", sentence, "utf-8"), retrieved=RETRIEVED, language=lang)
    draft.lines = [Line(sentence)]
    assert [(figure["value"], figure.get("about")) for figure in find_figures(draft).figures] == expected


@pytest.mark.parametrize(
    "lang, line",
    [
        ("ar", "0 الإعجابات 0 تعليقات"),
        ("ar", "استمع إلى الملخص"),
        ("ar", "شعار شركة المثال للصناعات"),
        ("ar", "صورة أرشيفية لمقر الشركة في دبي"),
        ("ar", "موقع المثال - فريق التحرير"),
        ("de", "per Mail teilen"),
        ("en", "Listen to this article"),
    ],
)
def test_widgets_and_picture_labels_are_chrome(lang, line):
    """Lines that were taken for headlines on real pages: reaction counters, audio players,
    'logo of ...' and 'archive picture ...' labels, an editorial-team byline, share buttons."""
    assert chrome_reason(line, load_language(lang)) is not None


@pytest.mark.parametrize(
    "lang, title, expected",
    [
        ("de", "Nordwerk streicht 1.200 Stellen Stand: 15.05.2026 03:57 Uhr", "Nordwerk streicht 1.200 Stellen"),
        ("fr", "Nordwerk: le rachat est finalisé information fournie par Exemple Finance • 20/01/2026 à 14:33",
         "Nordwerk: le rachat est finalisé"),
        ("en", "Nordwerk cuts jobs. Updated 3 March 2026, 10:15", "Nordwerk cuts jobs."),
        # a stamp word that starts the headline's own words is kept
        ("de", "Stand der Dinge: Nordwerk baut 300 Stellen ab", "Stand der Dinge: Nordwerk baut 300 Stellen ab"),
        ("en", "Nordwerk published its 2025 results on Monday", "Nordwerk published its 2025 results on Monday"),
    ],
)
def test_a_time_stamp_glued_to_the_headline_is_cut(lang, title, expected):
    from generator.ingest.steps.chrome import without_stamp

    assert without_stamp(title, load_language(lang)) == expected


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("ar", "أعلنت الشركة في 12 أيلول/سبتمبر 2024 عن الصفقة", datetime.date(2024, 9, 12)),
        ("ar", "وفي 3 تشرين الأول (أكتوبر) 2024 وقعت الشركتان", datetime.date(2024, 10, 3)),
        ("ar", "بتاريخ 15 كانون الثاني 2025", datetime.date(2025, 1, 15)),
        ("ar", "في ١٤ يناير ٢٠٢٦", datetime.date(2026, 1, 14)),
        ("fr", "le 5 février 2026", datetime.date(2026, 2, 5)),
        ("de", "am 05.02.2026", datetime.date(2026, 2, 5)),
        # a page's stamp with slashes: year first, or a month name between the slashes
        ("ar", "الأربعاء 2025/05/14", datetime.date(2025, 5, 14)),
        ("ar", "الأربعاء 20/ديسمبر/2023 - 03:00 م", datetime.date(2023, 12, 20)),
        ("en", "Published 20-Dec-2023", datetime.date(2023, 12, 20)),
    ],
)
def test_absolute_dates_in_every_series_and_spelling(lang, text, expected):
    """Levantine month names beside the Egyptian/Gulf ones, and both written together
    ('أيلول/سبتمبر', as Levantine papers do)."""
    from generator.ingest.steps.dates import find_date

    assert find_date(text, load_language(lang))[0] == expected


def test_a_pictures_placeholder_is_chrome_in_any_page():
    """'No Image' where a picture failed to load, also on an Arabic page: not an organisation."""
    assert chrome_reason("No Image", load_language("ar")) == "caption"
    assert chrome_reason("No image available", load_language("en")) == "caption"
    assert chrome_reason("No image of the plant was released", load_language("en")) is None


def test_a_half_without_a_scale_is_no_figure():
    """'die Hälfte', 'نصف الموظفين' (half the staff): a share of something, not a number of it."""
    from generator.ingest.draft import Line

    for lang, sentence in (("ar", "وسيفقد نصف الموظفين وظائفهم."), ("en", "Half the staff will leave."),
                           ("de", "Die Firma streicht die halben Stellen.")):
        draft = Draft(source=Source(Path("x.txt"), b"", "txt", sentence, "utf-8"), retrieved=RETRIEVED, language=lang)
        draft.lines = [Line(sentence)]
        assert find_figures(draft).figures == [], sentence


def test_a_dateline_of_a_place_a_writer_and_a_date_before_dashes_is_left_out_of_the_summary():
    draft = draft_of("أبوظبي - سارة المثال - الجمعة 24 يناير 2025 12:05 صباحا - في خطوة لافتة أعلنت شركة نوردفيرك عن مشروع جديد "
                     "للذكاء الاصطناعي بقيمة مليار دولار، وقال رئيسها كريم السالمي إن المشروع سيبدأ العام المقبل.\n")
    assert draft.dateline == "أبوظبي - سارة المثال - الجمعة 24 يناير 2025 12:05 صباحا -"
    assert draft.summary.startswith("في خطوة لافتة")
    # the part of a sentence before a dash is no dateline, though it names a date
    sentence = draft_of("Nordwerk schließt Werk\n\nDer Maschinenbauer Nordwerk hat am 3. Mai 2025 mitgeteilt – nach langen Gesprächen "
                        "mit dem Betriebsrat –, dass das Werk in Musterstadt zum Jahresende schließt. Betroffen sind 800 Beschäftigte.\n")
    assert sentence.dateline is None


def test_photo_credits_update_notes_stamps_and_print_buttons_are_chrome_not_headlines():
    german = draft_of("Letzte Aktualisierung: um 20:04 Uhr\n\nPrint Friendly, PDF & Email\n\n"
                      "Max Muster/picture alliance Der Nordwerk-Standort in Musterstadt soll zum Jahresende schließen, heißt es\n\n"
                      "Die Nordwerk AG war 2022 bei der Quellbank eingestiegen. (Foto: IMAGO/Beispiel) Quellbank\n\n"
                      "Sieht Aufholbedarf: Nordwerk-Chef Karl Schmidt Max Muster / Gettyimages; Collage: Beispielblatt\n\n"
                      "Der Autozulieferer Nordwerk baut 1.200 Stellen ab. Das kündigte Vorstandschef Karl Schmidt am Dienstag in "
                      "Musterstadt an, nachdem der Umsatz im ersten Quartal deutlich gesunken war.\n")
    assert german.title is None
    assert [line.role for line in german.lines[:5]] == ["chrome"] * 5
    arabic = draft_of("*تم إضافة تصريحات من شركة نوردفيرك\n\n«الصحيفة» - سارة المثال - تصوير - كريم السالمي\n\n"
                      "المصور: يوسف القاسمي\n\n"
                      "أعلنت شركة نوردفيرك اليوم خفض ألف وظيفة في مصنعها الرئيسي، وقال الرئيس التنفيذي كريم السالمي إن القرار صعب "
                      "ولكنه ضروري لمستقبل الشركة في السنوات المقبلة.\n")
    assert arabic.title is None
    assert [line.role for line in arabic.lines[:3]] == ["chrome"] * 3


def test_a_headline_after_a_date_and_a_colon_is_the_headline_and_the_date_its_publication():
    draft = draft_of("Mittwoch, 21. August 2024: Nordair droht mit Flugstreichungen in Musterstadt\n"
                     "Fliegen ist in Deutschland vergleichsweise teuer. Der Billigflieger Nordair hat deshalb angekündigt, im Winter "
                     "ein Drittel seiner Flüge ab Musterstadt zu streichen, wie das Unternehmen am Mittwoch mitteilte.\n")
    assert draft.title == "Nordair droht mit Flugstreichungen in Musterstadt"
    assert draft.published == datetime.date(2024, 8, 21)


def test_the_last_line_of_a_copy_cut_in_mid_sentence_is_text_and_a_link_list_is_chrome():
    cut = draft_of(f"Nordwerk streicht 1.200 Stellen\n\n{LEAD_DE}\n\nZuerst hatte die Quellzeitung über die Pläne des Konzerns berichtet und")
    assert cut.lines[-1].role == "body"
    links = draft_of(f"Nordwerk streicht 1.200 Stellen\n\n{LEAD_DE}\n\nMehr zum Thema\n\nSüdwerk baut neues Werk in Musterstadt\n\n"
                     "Quellbank senkt die Zinsen für alle Kunden")
    assert [line.role for line in links.lines[-3:]] == ["chrome"] * 3


def test_a_bookmark_notice_is_chrome_not_the_headline():
    draft = draft_of("Sie haben den Artikel in Ihre Merkliste aufgenommen. Möchten Sie ihn nicht auch gleich mit Freunden teilen?\n\n"
                     "Nordwerk streicht 800 Stellen\n\n"
                     "Der Maschinenbauer Nordwerk will bis Jahresende 800 Stellen streichen. Das kündigte Vorstandschef Karl Schmidt am "
                     "Dienstag in Musterstadt an, nachdem der Umsatz im ersten Quartal deutlich gesunken war.\n")
    assert draft.lines[0].role == "chrome"
    assert draft.title == "Nordwerk streicht 800 Stellen"


@pytest.mark.parametrize("title, headline", [
    ("Bei Werksbesuch in Musterstadt Nordwerk kündigt neue Investitionen an", "Nordwerk kündigt neue Investitionen an"),
    ("Verlust in Halbjahresbilanz Quell Bahn will 3.000 Stellen streichen", "Quell Bahn will 3.000 Stellen streichen"),
    # a main clause: the subject's phrase with a preposition, then the verb second
    ("Chefin von Nordwerk tritt nach zehn Jahren zurück", "Chefin von Nordwerk tritt nach zehn Jahren zurück"),
    ("Saudisches Start-up Quellnet sammelt 140 Millionen Dollar ein", "Saudisches Start-up Quellnet sammelt 140 Millionen Dollar ein"),
    ("Nordwerk-Chef Karl Schmidt tritt nach zehn Jahren zurück", "Nordwerk-Chef Karl Schmidt tritt nach zehn Jahren zurück"),
])
def test_a_german_kicker_run_into_the_headline_is_cut_off(title, headline):
    from generator.ingest.langdata import load_language
    from generator.ingest.steps.masthead import without_kicker

    assert without_kicker(title, load_language("de")) == headline


def test_a_full_stop_run_into_the_next_arabic_sentence_gets_its_space_back_and_ends_the_figure():
    draft = draft_of("اندماج ملغى\n\nكانت قيمة الاندماج 45 مليار دولار.وقال رئيس الشركة إن القرار نهائي بعد مفاوضات طويلة "
                     "بين الحكومات، وإن شركة ش.م.ع للتجارة لم تعلق.\n")
    assert "45 مليار دولار. وقال" in draft.body and "ش.م.ع" in draft.body  # between single letters: an abbreviation
    assert [(figure["value"], figure["unit"]) for figure in draft.figures] == [(45000000000, "USD")]

