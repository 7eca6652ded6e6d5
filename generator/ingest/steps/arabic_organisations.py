"""Organisation mentions in Arabic-script text.

Names after a descriptive word (شركة، مجموعة، صندوق، وزارة ...), in quotes («X»), before a
transliterated kind word ('X كابيتال'), or descriptive names of public bodies (المفوضية الأوروبية،
المحكمة الإقليمية في ...).  A Latin-script name in brackets after one is its alias, and
'X التابعة لمجموعة Y' makes X a unit of Y.
"""

from __future__ import annotations

import re

from generator.ingest.draft import Draft
from generator.ingest.langdata import TANWEEN
from generator.ingest.names import SPELLED_LETTERS
from generator.ingest.tagger.common_words import common_words
from generator.ingest.steps.arabic_roles import CONJUNCTION, arabic_tokens, phrase_at
from generator.ingest.steps.organisation_rules import (
    PUBLIC_KINDS,
    Mention,
    Rules,
    best_kind,
    line_mentions,
    plain,
    territories,
)

QUOTE_OPEN, QUOTE_CLOSE = "«", "»"
#: a quote that begins with one ('"لا تحرز أي تقدم"') is words from a speech, not a name
NEGATIONS = {"لا", "لم", "لن", "ليس"}
PUNCT = set("،,.:;؛()!?؟\"«»")


#: relative pronouns, folded: a definite noun before one heads a clause of its own
RELATIVE_PRONOUNS = frozenset({"الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللواتي", "اللاتي"})


def bare(word: str) -> str:
    """A folded word without tatweel and without a glued و، ف، ل or ب before ال ('والمعادن')."""
    word = word.replace("\u0640", "")
    return re.sub(r"^(?:و|ف)?(?:ل|ب)?(?=ال)", "", word) if len(word) > 4 else word


def listed(word: str, words: set) -> bool:
    """The word, or the word without one glued letter (و، ف، ل، ب), is in the list."""
    word = word.replace("\u0640", "")
    return word in words or bare(word) in words or len(word) > 3 and word[0] in "وفلب" and word[1:] in words


#: the conjunction و glued to a name that begins with the article and a word of three letters or
#: more (not ف: foreign names begin with فال, Val-/Fal-)
GLUED_CONJUNCTION = re.compile(r"^و(?=ال[\u0621-\u064a]{3})")


#: 'for a period of': after a body's name, never part of it
DURATION_WORDS = {"لمده", "لفتره"}
#: definite words for a business, which with a country's adjective only describe one ('البنك السويسري')
COMMERCIAL_WORDS = {"البنك", "المصرف", "الشركه", "المجموعه"}


class ArabicFinder:
    """Organisation mentions in one Arabic-script line."""

    def __init__(self, line: str, index: int, rules: Rules, people: set[str]):
        self.line, self.index, self.rules, self.people = line, index, rules, people
        self.language = rules.language
        self.tokens = arabic_tokens(line, quotes=True)
        self.mentions: list[Mention] = []
        self.abbreviations = self.dotted_abbreviations()

    def text(self, first: int, last: int) -> str:
        return self.line[self.tokens[first].start:self.tokens[last - 1].end]

    def stop(self, k: int) -> bool:
        token = self.tokens[k]
        if any(first < k < last for first, last in self.abbreviations):
            return False  # the dots and letters inside 'جي.آي.سي' ('آي' is also a word, 'أي')
        word = CONJUNCTION.sub("", token.folded) if token.folded not in self.language.stopwords else token.folded
        return (token.folded in PUNCT or token.folded in self.language.stopwords or word in self.language.stopwords
                or word in self.language.months or word in self.language.weekdays or word in self.language.speech_verbs
                or not re.search(r"[\u0621-\u064a]", word) or bool(phrase_at(self.tokens, k, self.language.role_words, 3)))

    def kind(self, first: int, last: int) -> str | None:
        kinds = []
        for k in range(first, last):
            length = phrase_at(self.tokens, k, self.rules.kind_names, 4)
            if length:
                words = " ".join(t.folded for t in self.tokens[k:k + length])
                kinds.append(self.language.org_kind_words.get(words) or self.language.org_kind_words.get(bare(words)))
            elif self.tokens[k].folded[-5:] and len(self.tokens[k].folded) > 6:
                kinds.append(next((kind for word, kind in self.rules.kind_exact.items() if len(word) >= 5 and self.tokens[k].folded.endswith(word)), None))
        return best_kind(kinds)

    def add(self, first: int, last: int, core_first: int, weak: bool = False, **extra) -> Mention | None:
        if last <= core_first:
            return None
        text = self.text(first, last)
        head = self.tokens[first].folded
        if first < core_first and head[:1] in "ولب" and head[1:] in self.language.org_prefixes:
            text = text[1:].lstrip("\u0640")  # 'لشركة X' -> 'شركة X'
        core = self.text(core_first, self.before_legal_form(core_first, last))
        start = self.tokens[first].start
        if GLUED_CONJUNCTION.match(text):  # 'والبنك المركزي': the name is 'البنك المركزي'
            text, start = text[1:], start + 1
            core = core[1:] if GLUED_CONJUNCTION.match(core) else core
        if plain(core) in self.people or plain(core) in territories("ar") or self.description(first, last):
            return None
        extra.setdefault("kind", self.kind(first, last))
        mention = Mention(text.strip(), self.index, start, core=core.strip(), weak=weak, **extra)
        self.mentions.append(mention)
        return mention

    def before_legal_form(self, first: int, last: int) -> int:
        """Where a name ends without the legal form it ends in ('آر دبليو إي إيه جي': RWE, AG
        spelled out), so that its core is the name a record or another article knows."""
        for length in (3, 2, 1):
            if last - length > first and " ".join(token.folded for token in self.tokens[last - length:last]) in self.language.org_suffixes:
                return last - length
        return last

    def description(self, first: int, last: int) -> bool:
        """'البنك السويسري', 'المصرف السويسري', 'الشركة الألمانية': a definite commercial word and a
        country's adjective describe an organisation named elsewhere ('the Swiss bank'); a public
        body so named is one ('المفوضية الأوروبية'), and so is 'البنك الدولي' (a region's or a level's)."""
        if last - first != 2:
            return False
        head, adjective = (bare(token.folded) for token in self.tokens[first:last])
        return head in COMMERCIAL_WORDS and adjective in self.language.country_demonyms

    def quoted(self, k: int) -> int | None:
        """Index after the closing quote when a short quoted name starts at k: not words quoted from
        a speech, which begin or end with a function word or begin with a negation ('"من
        التلفزيون"', '"لا تحرز أي تقدم"')."""
        if k >= len(self.tokens) or self.tokens[k].folded != QUOTE_OPEN:
            return None
        for close in range(k + 2, min(len(self.tokens), k + 7)):
            if self.tokens[close].folded == QUOTE_CLOSE:
                ends = {self.tokens[k + 1].folded, self.tokens[close - 1].folded}
                return None if ends & (self.language.stopwords | NEGATIONS) else close  # words quoted from a speech
            if self.tokens[close].folded in PUNCT:
                return None
        return None

    def latin_bracket(self, k: int, mention: Mention | None) -> None:
        """'شركة نوردفيرك (Nordwerk AG)': the Latin name in brackets is an alias."""
        while k < len(self.tokens) and listed(self.tokens[k].folded, self.language.demonyms):
            k += 1
        after = self.line[self.tokens[k - 1].end:] if k else ""
        # 'هيئة الدولة للمشاركات الصناعية SEPI': also without brackets, capitalised, before Arabic or punctuation
        match = re.match(r"\s*\(([A-Za-z][\w .&,'’-]{1,60})\)", after) \
            or re.match(r"\s+([A-Z][\w&.’'-]*[A-Za-z0-9](?:\s+[A-Z][\w&.’'-]*[A-Za-z0-9]){0,2})(?=\s*(?:$|[،,.؛:()\u0600-\u06ff]))", after)
        if mention and match and not re.search(r"[\u0600-\u06ff]", match.group(1)):
            mention.aliases.append(match.group(1).strip())

    def find(self) -> list[Mention]:
        tokens = self.tokens
        for i in range(len(tokens)):
            length = phrase_at(tokens, i, self.language.org_prefixes, 3)
            if length and not (i and tokens[i - 1].folded == QUOTE_OPEN) and not self.in_role(i):
                self.after_prefix(i, i + length)
            close = self.quoted(i)
            if close is not None:
                self.quoted_name(i, close)
            elif self.tokens[i].folded not in PUNCT and (not i or tokens[i - 1].folded != QUOTE_OPEN):
                self.transliterated(i)
        for first, last in self.abbreviations:
            if any(other.start <= self.tokens[first].start < other.start + len(other.text) for other in self.mentions):
                continue  # inside a name found already ('صندوق جي.آي.سي')
            mention = self.add(first, last, first)
            if mention is not None:  # the abbreviation in Latin letters ('CVC'), to find it known
                head = self.tokens[first].folded
                if head not in SPELLED_LETTERS:  # 'وبي.تي': the conjunction is not part of it
                    mention.text, mention.start, head = mention.text[1:], mention.start + 1, head[1:]
                mention.core = "".join(SPELLED_LETTERS[token] for token in [head, *(t.folded for t in self.tokens[first + 2:last:2])]).upper()
        return self.mentions

    def dotted_abbreviations(self) -> list[tuple[int, int]]:
        """'دي.إس.في': Latin letters spelt in Arabic with dots between them, as wire copy writes an
        abbreviation (DSV): (first token, token after the last letter) of each."""
        tokens, letters = self.tokens, SPELLED_LETTERS
        runs, i = [], 0
        while i < len(tokens):
            k = i + 1
            first = tokens[i].folded
            first = first[1:] if first.startswith("و") and first[1:] in letters else first  # 'وبي.تي': and BT
            # a space may follow a dot ('جي.اس. ام.ايه'), not stand before one
            while first in letters and k + 1 < len(tokens) and tokens[k].folded == "." \
                    and tokens[k + 1].folded in letters and tokens[k - 1].end == tokens[k].start and tokens[k + 1].start - tokens[k].end in (0, 1):
                k += 2
            if k > i + 1:
                runs.append((i, k))
            i = k
        return runs

    def in_role(self, i: int) -> bool:
        """'رئيس مجلس الادارة': a word inside a role phrase."""
        return any(phrase_at(self.tokens, b, self.language.role_words, 4) > i - b for b in range(max(0, i - 3), i))

    def after_prefix(self, i: int, j: int) -> None:
        tokens = self.tokens
        prefix = " ".join(t.folded for t in tokens[i:j])
        prefix = prefix[1:] if prefix[:1] in "ولب" and prefix[1:] in self.language.org_prefixes else prefix
        division = any(word in self.language.org_division_words for word in prefix.split())
        for k in range(j, min(len(tokens), j + 5)):  # 'شركة الذكاء الاصطناعي الأمريكية «X»'
            close = self.quoted(k)
            if close is not None:
                mention = self.add(k + 1, close, k + 1, division=division)
                self.latin_bracket(close + 1, mention)
                return
            if self.stop(k):
                break
        if prefix.startswith("ال"):
            return self.descriptive(i, j)
        dual = prefix in self.language.org_dual_prefixes  # 'شركتي آبل وميتا': two names joined by و
        public = self.kind(i, j) in PUBLIC_KINDS
        k = j
        while k < len(tokens) and k - j < 6 and not self.stop(k):
            word = tokens[k].folded
            if dual and k > j and word.startswith("و") and len(word) > 3:
                self.add(j, k, j, division=division)  # the dual belongs to neither name
                self.second_of_two(k)
                return
            level = k > j and public and listed(word, self.language.demonyms) and not listed(word, self.language.country_demonyms)
            if not level and (listed(word, self.language.demonyms) or listed(word, self.language.org_division_words)
                              or phrase_at(tokens, k, self.language.org_prefixes, 2)):
                break  # 'محكمة ميونيخ الإقليمية': a level's adjective is part of a public body's name, a country's is not
            purpose = word.startswith("ل") and not word.startswith("لل") and word[1:] in common_words("ar")  # 'لصناعة', 'لمدة'
            if k == j and (word.startswith(("ال", "وال", "بال", "لل")) and prefix not in self.language.org_definite_prefixes
                           or listed(word, self.language.org_non_names) or not word.startswith(("ال", "وال", "بال", "لل")) and word.replace("\u0640", "") in common_words("ar")
                           or purpose):
                return  # 'شركة ناشئة', 'منصة بث', 'بنك مركزي': a common noun, adjective or verb (tagger/common_words.py), no name
            if k > j and len(word) >= 5 and word.endswith("يه") and not word.startswith(("ال", "وال", "بال", "لل")):
                return  # 'شركة سلع استهلاكية رائدة': an indefinite adjective, so an indefinite noun before it, no name
            if k > j and word.startswith("ال") and not word.endswith(("ي", "يه", "ه")) and k + 1 < len(tokens) \
                    and tokens[k + 1].folded in RELATIVE_PRONOUNS:
                break  # 'رفضت شركة X العرض الذي قدمته': the verb's object and its clause, not the name's end
            if k > j and TANWEEN.search(tokens[k].text):
                break  # tanween ('وموصيًا'): an indefinite word, which no name takes
            if k > j and len(word) > 3 and word.startswith("ب") and word[1:] in common_words("ar"):
                break  # 'شركة بوينغ بقيمة 96 مليار': a preposition and a common noun after the name
            if k > j and word.startswith(("بال", "وب")) or k > j + 1 and tokens[k - 1].folded.startswith("وال"):
                break  # 'وزارة الاقتصاد والطاقة الملف': a coordinated word ends the name
            if k > j and word.startswith("و") and word[1:] in self.language.honorifics:
                break  # 'مجموعة طيران الإمارات والسيد فلان': 'and Mr' begins another name
            if k > j and purpose:
                break  # 'مجموعة سامبا المالية لأغراض الصفقة': a purpose after the name ('لمدة', 'لأغراض')
            if k > j and len(word) > 3 and word.endswith("ا") and word[:-1] in common_words("ar"):
                break  # an indefinite accusative ('شركة X مديرا جديدا'): a common word with its alif, not a name's end
            if len(word) > 4 and re.search(r"(?:ها|هم|هما)$", word):
                if k == j or k == j + 1 and re.match(r"[يتن]", tokens[j].folded):
                    return  # 'شركة تبلغ ايراداتها': a clause, not a name
                break
            if k > j and not (tokens[k].folded.startswith(("ل", "ال", "وال")) or word in self.rules.kind_exact
                              or not re.match(r"[يتن]", tokens[k].folded) and not tokens[k - 1].folded.startswith(("ل", "ال"))):
                break  # a verb after the name ('شركة X تغلق'): names go on with complements and adjectives
            k += 1
        end = k
        while end < len(tokens) and listed(tokens[end].folded, self.language.demonyms):
            end += 1
        # definite as written ('ألمانية' folds to a word that starts like one)
        country = public and k > j and all(token.text.lstrip("\u0640").startswith("ال") for token in tokens[k:end])
        if end > k and (country or re.match(r"\s*\([A-Z][A-Z0-9&]{1,6}\)", self.line[tokens[end - 1].end:])):
            # 'اتحاد الناشرين الالمان (ABC)': the acronym shows where the name ends; 'وزارة الصناعة
            # اليابانية': a public body's country is part of its name (every country has one)
            k = end
        if k > j:
            mention = self.add(i, k, j, division=division)
            self.latin_bracket(k, mention)
            self.parent_after(k, mention)

    def second_of_two(self, k: int) -> None:
        """The second name after a dual ('شركتي آبل وميتا'): from the و glued to it to the next stop."""
        end = k + 1
        while end < len(self.tokens) and end - k < 4 and not self.stop(end) and not self.tokens[end].folded.startswith("و"):
            end += 1
        mention = self.add(k, end, k)
        if mention is not None and mention.text.startswith("و"):
            without_conjunction(mention)

    def descriptive(self, i: int, j: int) -> None:
        """'المفوضية الأوروبية', 'المحكمة الإقليمية في ...', 'الاتحاد ... (ABC)': a public body named by a phrase."""
        tokens = self.tokens
        k = j
        while k < len(tokens) and k - j < 6 and not self.stop(k) and tokens[k].folded.startswith(("ال", "ل", "وال")) \
                and tokens[k].folded not in DURATION_WORDS:
            k += 1  # a duration after the name ends it ('المجلس التنفيذي للشركة ... لمدة عامين'); a remit does not ('لمكافحة الاحتكار')
        # 'في' and a city or country ('المحكمة الإقليمية في كالتنبرون'), not a common noun ('في بيان': in a statement)
        place = k + 1 < len(tokens) and tokens[k].folded == "في" and not self.stop(k + 1) \
            and (not tokens[k + 1].folded.startswith("ال") and tokens[k + 1].folded not in common_words("ar")
                 or plain(tokens[k + 1].text) in territories("ar")) \
            and (k + 2 >= len(tokens) or self.stop(k + 2))
        geo = any(listed(t.folded, self.language.demonyms) for t in tokens[j:k])
        bracket = re.match(r"\s*\([A-Z]", self.line[tokens[k - 1].end:]) is not None if k > j else False
        if k > j and (geo or place or bracket):
            mention = self.add(i, k + 2 if place else k, i)
            self.latin_bracket(k, mention)

    def quoted_name(self, k: int, close: int) -> None:
        """'«X»': an organisation when a role or kind word says so, else only an alias of one."""
        tokens = self.tokens
        before = k - 1
        while before >= 0 and tokens[before].folded in ("لـ", "ل", "في", "لدي", "من"):
            before -= 1
        role = before >= 0 and any(phrase_at(tokens, b, self.language.role_words, 4) >= before - b + 1
                                   for b in range(max(0, before - 3), before + 1))
        kind = self.kind(k + 1, close)
        if plain(self.text(k + 1, close)) in self.people:
            return
        mention = self.add(k + 1, close, k + 1, weak=not (role or kind and kind != "company"))
        self.latin_bracket(close + 1, mention)

    def transliterated(self, i: int) -> None:
        """'X كابيتال', 'X فنتشرز': a transliterated kind word ends a name."""
        word = self.tokens[i].folded
        if word.startswith(("ال", "ل", "ب")) or self.kind(i, i + 1) not in ("fund", "media", "company") or phrase_at(self.tokens, i, self.language.org_prefixes, 1) \
                or word in common_words("ar"):
            return  # an Arabic noun such as 'شركات' stands before a name ('أصول شركات الاتصالات'), never after it
        first = i
        while first > 0 and i - first < 2 and not self.stop(first - 1) and not self.tokens[first - 1].folded.startswith(("ال", "ل")) \
                and not (first < i and self.tokens[first].folded.startswith("و")) \
                and not self.in_role(first - 1) and not phrase_at(self.tokens, first - 1, self.language.role_words, 1) \
                and not phrase_at(self.tokens, first - 1, self.language.org_prefixes, 1) and not listed(self.tokens[first - 1].folded, self.language.non_name_words) \
                and self.tokens[first - 1].folded not in common_words("ar"):  # 'تستهدف مها كابيتال': a verb before the name
            first -= 1
        if first < i:
            mention = self.add(first, i + 1, first)
            if mention is not None and mention.text.startswith("و") and len(self.tokens[first].folded) > 3:
                without_conjunction(mention)  # 'وسبرنت كورب'

    def parent_after(self, k: int, mention: Mention | None) -> None:
        """'X التابعة لمجموعة Y': X is a unit of Y."""
        tokens = self.tokens
        if mention is None or k >= len(tokens) or not listed(tokens[k].folded, self.language.org_division_words):
            return
        mention.division = True
        if k + 1 < len(tokens) and tokens[k + 1].folded.startswith("ل"):
            finder = ArabicFinder(self.line[tokens[k + 1].start:], self.index, self.rules, self.people)
            found = finder.find()
            if found and found[0].start == 0:
                mention.parent = found[0].core
                found[0].start += tokens[k + 1].start
                self.mentions.append(found[0])


def without_conjunction(mention: Mention) -> None:
    """A mention without the 'و' (and) glued to its first word ('وميتا' after a dual, 'وسبرنت كورب')."""
    mention.text, mention.core, mention.start = mention.text[1:], mention.core[1:], mention.start + 1


def arabic_mentions(draft: Draft, rules: Rules, people: set[str]) -> list[Mention]:
    mentions = []
    for index, line in enumerate(draft.body_lines()):
        mentions += line_mentions(ArabicFinder, line, index, rules, people)
    return mentions
