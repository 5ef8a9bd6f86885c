import assert from 'node:assert/strict';
import { builtinKb, createBuiltinAnalyzer } from '../../src/core/kb/builtin';
import type { KbEntity } from '../../src/core/kb/model';
import { LIKELY_CONFIDENCE, type Annotation } from '../../src/core/types';
import { scriptOfCountry, spellingsBefore, throughScript } from '../../src/core/names/script-round-trips';
import { arabicSkeleton } from '../../src/core/names/romanisation-variants';
import { caseEndingOf, nominativesOf } from '../../src/core/names/slavic-case-endings';
import { foreignNameCases, type Case } from './foreign-name-sets';

const analyzer = createBuiltinAnalyzer();
const REF = '2024-03-01';

function annotate(text: string): Annotation[] {
  return analyzer.analyze(text, REF).annotations.filter((a) => a.label !== 'DATE');
}

/** The annotation over `span` in `text`, if one covers its first letter. */
function over(text: string, span: string): Annotation | undefined {
  const at = text.indexOf(span);
  return annotate(text).find((a) => a.start <= at && at < a.end);
}

/** Whether the analyzer does what the case expects (see Case.expect). */
function asExpected(c: Case): boolean {
  const at = c.text.indexOf(c.span);
  const a = annotate(c.text).find((x) => x.start <= at && at < x.end && x.kbId === c.entity.id);
  const whole = !!a && a.start === at && a.end === at + c.span.length;
  const forms = [c.entity.name, ...(c.entity.aliases ?? []), c.entity.name.split(' ').pop()];
  if (c.expect === 'fix') return whole && !!a.correction && forms.includes(a.correction.replacement);
  if (c.expect === 'link') return whole && !a.correction;
  return !(a?.correction && a.correction.confidence >= LIKELY_CONFIDENCE);
}

describe('names translated from other source languages', () => {
  describe('script round trips', () => {
    it('explain a name through the script it came through', () => {
      assert.deepEqual(throughScript('Butin', 'Putin', 'arabic')?.notes, ['p written b']);
      assert.deepEqual(throughScript('Khillari', 'Hillary', 'cyrillic')?.notes.includes('h written kh'), true);
      assert.ok(throughScript('Torampu', 'Trump', 'kana')!.similarity > 0.9);
      assert.ok(throughScript('Peuranseu', 'France', 'hangul')!.notes.includes('f written p'));
    });

    it('do not bring unrelated names together', () => {
      assert.ok((throughScript('Merkel', 'Macron', 'arabic')?.similarity ?? 0) < 0.75);
    });

    it('spell a word back before the script for finding candidates', () => {
      assert.ok(spellingsBefore('Dzhonson').includes('jonson'));
      assert.ok(spellingsBefore('Makuron').includes('makron'));
    });
  });

  describe('Slavic case endings', () => {
    it('give the nominative of a declined surname, male or female form', () => {
      for (const [word, name] of [['Lavrovym', 'Lavrov'], ['Putina', 'Putin'], ['Zelenskogo', 'Zelensky'], ['Kowalskiego', 'Kowalski'], ['Vucicem', 'Vucic'], ['Sergeya', 'Sergey']]) {
        assert.ok(caseEndingOf(word, name), `${word} is a case of ${name}`);
      }
      assert.equal(caseEndingOf('Petra', 'Pe'), undefined, 'a stem of two letters is no name');
      assert.equal(nominativesOf('Ana').length, 0);
    });
  });

  it('the lead\'s examples: a declined full name, surname first, two scripts, a whole-span fix', () => {
    let text = 'Russian Foreign Minister Sergei Lavrova met his counterpart on Monday.';
    let a = over(text, 'Sergei Lavrova')!;
    assert.equal(a.text, 'Sergei Lavrova');
    assert.equal(a.kbId, 'person:sergey-lavrov');
    assert.equal(a.correction?.replacement, 'Sergei Lavrov');
    assert.match(a.correction!.reason, /case ending "-a"/);

    text = 'Japanese Prime Minister Kishida Fumio spoke to reporters in Tokyo.';
    a = over(text, 'Kishida Fumio')!;
    assert.equal(a.text, 'Kishida Fumio');
    assert.equal(a.kbId, 'person:fumio-kishida');
    assert.equal(a.correction, undefined);
    assert.ok(!annotate(text).some((x) => x.text === 'Fumio'), 'the given name is no place');

    text = 'Russian President Fladimir Butin said the talks would continue.';
    a = over(text, 'Fladimir Butin')!;
    assert.equal(a.text, 'Fladimir Butin');
    assert.equal(a.correction?.replacement, 'Vladimir Putin');
    assert.ok(a.correction!.confidence >= LIKELY_CONFIDENCE);
    assert.match(a.correction!.reason, /reads as Vladimir Putin through Arabic script: v written f, p written b/);

    // An Iranian's own name by another romanisation of its letters (vowels the script does not
    // write): the person, written right, so no correction.
    text = 'Iranian President Ibrahim Raeesi arrived in Tehran.';
    a = over(text, 'Ibrahim Raeesi')!;
    assert.equal(a.kbId, 'person:ebrahim-raisi');
    assert.equal(a.text, 'Ibrahim Raeesi');
    assert.equal(a.correction, undefined);

    text = 'UN Secretary-General Antoniu Gutteres called for a ceasefire.';
    a = over(text, 'Antoniu Gutteres')!;
    assert.equal(a.text, 'Antoniu Gutteres');
    assert.equal(a.correction?.replacement, 'António Guterres');
  });

  it('a single word written back from Cyrillic is found and compared as it was before (kh, dzh: h, j)', () => {
    const text = 'Speaking in Moscow, British Prime Minister Dzhonson said the deal was done.';
    const a = over(text, 'Dzhonson')!;
    assert.equal(a.kbId, 'person:boris-johnson');
    assert.equal(a.correction?.replacement, 'Johnson');
    assert.match(a.correction!.reason, /through Cyrillic: j written dzh/);
  });

  it('a single garbled word says which script explains it, where the article plausibly came through it', () => {
    const iran = 'Iranian President Raeesi said on Monday.';
    assert.match(over(iran, 'Raeesi')!.correction!.reason, /reads as Raisi through Arabic script: long i written ee/);
    // Russia writes Cyrillic: b for p is no Arabic-script spelling there, only a sound-alike.
    const russia = 'Russian President Butin said the talks would continue.';
    const a = over(russia, 'Butin')!;
    assert.equal(a.correction?.replacement, 'Putin');
    assert.doesNotMatch(a.correction!.reason, /Arabic/);
    // l for r is what a Chinese round trip does too: an article that names Korea does not make it hangul's.
    const korea = 'After talks in Seoul, the Libyan commander haftal said the truce would hold.';
    const h = over(korea, 'haftal')!;
    assert.equal(h.correction?.replacement, 'Haftar');
    assert.doesNotMatch(h.correction!.reason, /hangul|through/);
  });

  it('a declined surname alone is fixed only with support in the article', () => {
    const supported = 'Sergey Lavrov arrived in Minsk. Reporters asked Lavrovu about the talks.';
    const a = over(supported, 'Lavrovu')!;
    assert.equal(a.kbId, 'person:sergey-lavrov');
    assert.equal(a.correction?.replacement, 'Lavrov');
    assert.match(a.correction!.reason, /case ending "-u"/);
    const alone = 'The actress Irina Lavrova opened the festival.';
    assert.ok(!(over(alone, 'Irina Lavrova')?.correction?.confidence ?? 0 >= LIKELY_CONFIDENCE));
  });

  it('an oblique case no nominative has ("-ogo", "-ym") is the person even alone: a hint, likely with their country, in their own spelling', () => {
    const alone = over('Putin said Zelenskogo was not ready for talks.', 'Zelenskogo');
    assert.equal(alone?.kbId, 'person:volodymyr-zelenskyy');
    assert.ok(alone!.correction!.confidence < LIKELY_CONFIDENCE);
    const country = over('Putin said Zelenskogo was not ready for talks with Kyiv.', 'Zelenskogo');
    assert.equal(country?.correction?.replacement, 'Zelenskyy');
    assert.ok(country!.correction!.confidence >= LIKELY_CONFIDENCE);
  });

  it('without the article\'s support a word-for-word sound-alike is a hint, never a preferred fix', () => {
    const text = 'A baker called Ibrahim Raeesi opened a shop in Lyon.';
    const a = over(text, 'Ibrahim Raeesi');
    assert.ok(!a?.correction || a.correction.confidence < LIKELY_CONFIDENCE);
  });

  it('English phrases and places next to a script\'s country are left alone', () => {
    for (const text of ['In Moscow, Red Square was closed to visitors.', 'Tokyo Tower lit up in blue.', 'The Cairo Museum reopened.', 'In Seoul, Olympic Park was full.']) {
      assert.ok(!annotate(text).some((a) => a.correction && /whole-name|script-round-trip|case-ending/.test(a.rule ?? '')), text);
    }
  });

  describe('names with particles (bin, al, de, von), each word garbled on a script route', () => {
    // Generated from the KB: every person whose name has a particle between its words, each
    // capitalised word through Arabic script (o read u, e read i). The particle used to end the
    // window, so only the words before it were compared (and fixed to someone else's first name).
    const people = builtinKb().entities.filter((e) => e.type === 'PERSON' && /\s(?:bin|bint|ibn|al|el|abu|de|da|van|von|der|dos|du)\s/.test(e.name) && /^[\p{L}\s'-]+$/u.test(e.name));
    const byId = new Map(builtinKb().entities.map((e) => [e.id, e]));
    // Arabic script has no letters with marks: a name back from it has none ("Fernandez", never
    // "Firnándiz"; a word with marks was written from a dictionary that knew it: own-spellings.ts).
    const withoutMarks = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '');
    /**
     * Each name respelled by `respell`, in a sentence with the person's country: how many are fixed
     * whole to the person (or, for a person of an Arabic-script country whose name changed only in
     * the vowels the script does not write, linked whole without a fix: their own name in another
     * romanisation), how many to someone else.
     */
    const fixedWhole = (names: KbEntity[], respell: (w: string) => string): { changed: number; right: number; wrong: number } => {
      const r = { changed: 0, right: 0, wrong: 0 };
      for (const e of names) {
        const written = e.name.split(' ').map(respell).join(' ');
        if (written === e.name) continue;
        r.changed++;
        const country = e.country ? byId.get(e.country) : undefined;
        const a = over(`${country?.demonyms?.[0] ?? 'The'} officials said on Monday that ${written} would travel to Geneva next week.`, written);
        const ownRomanisation = arabicSkeleton(written) === arabicSkeleton(e.name) && scriptOfCountry(e.country?.replace(/^country:/, '')) === 'arabic';
        if (a?.kbId === e.id && a.text === written && (ownRomanisation ? !a.correction : !!a.correction)) r.right++;
        else if (a?.correction && a.kbId !== e.id) r.wrong++;
      }
      return r;
    };

    it('fixes most of them whole, to the person, and few to someone else', () => {
      const arabic = (w: string): string => (/^\p{Lu}/u.test(w) ? withoutMarks(w).replace(/o/g, 'u').replace(/e/g, 'i') : w);
      const { changed, right, wrong } = fixedWhole(people, arabic);
      assert.ok(changed >= 100, `${changed} names`);
      assert.ok(right >= 0.8 * changed, `${right} of ${changed} fixed whole`);
      assert.ok(wrong <= 0.05 * changed, `${wrong} of ${changed} fixed to someone else`);
    });

    it('a name with the article joined to a word ("al-Zahar"): the KB\'s people with one, each word through Arabic script', () => {
      // The window took only capitalised words: "Mahmud al-Zahar" was "Mahmud" alone (14 of 78
      // fixed whole before, 5 to someone else).
      const withArticle = builtinKb().entities.filter((e) => e.type === 'PERSON' && /(?:^|\s)[ae]l-\p{Lu}/u.test(e.name) && /^[\p{L}\s'-]+$/u.test(e.name));
      const throughArabic = (w: string): string => withoutMarks(w).replace(/(^|-)(\p{Lu}\p{Ll}+)/gu, (_, p: string, x: string) => p + x.replace(/o/g, 'u').replace(/e/g, 'i'));
      const { changed, right, wrong } = fixedWhole(withArticle, throughArabic);
      assert.ok(changed >= 60, `${changed} names`);
      assert.ok(right >= 0.5 * changed, `${right} of ${changed} fixed whole`);
      assert.ok(wrong <= 0.05 * changed, `${wrong} of ${changed} fixed to someone else`);
    });

    it('an Emirati name with bin and Al: the whole name, not its first word', () => {
      const text = 'Emirati President Muhammad bin Zayid Al Nahyan met the delegation.';
      const a = over(text, 'Muhammad');
      assert.equal(a?.text, 'Muhammad bin Zayid Al Nahyan');
      assert.equal(a?.kbId, 'person:mohamed-bin-zayed');
    });
  });

  describe('invented sentences generated from the KB, per source language', () => {
    const cases = foreignNameCases(builtinKb());
    const sets = new Map<string, Case[]>();
    for (const c of cases) sets.set(c.set, [...(sets.get(c.set) ?? []), c]);
    // What each set reaches, minus a small margin (the failures left: surnames that are English
    // words have no sound key; a possessive that takes a given name first; a "kh" for h before
    // a vowel change in a one-word surname). The sets are drawn from the KB: its growth changes
    // which people they hold (the Cyrillic surnames went from 26 to 20 with the third growth; the
    // Arabic-script and hangul western people from 28 and 26 to 27 and 25 with the fifth, whose
    // newly drawn misses fail the same way with the KB before it).
    const floors: Record<string, number> = {
      'Arabic script, people of Arabic-script countries': 27,
      'Arabic script, western people': 27,
      'Cyrillic, western people': 26,
      'Japanese kana, western people': 23,
      'Korean hangul, western people': 25,
      // 25 before the twenty-first session looked a lone word up spelt back from every script (j for g: "Jrant").
      'Arabic script, surname alone': 27,
      'Cyrillic, surname alone': 18,
      'Japanese kana, surname alone': 26,
      'slavic case, full name': 26,
      'slavic case, surname named before': 27,
      'slavic case, another person (negative)': 30,
      'slavic case, no support (negative)': 30,
      'surname first': 29,
      'Chinese name one syllable off (negative)': 30,
    };
    for (const [set, list] of sets) {
      it(`${set}: at least ${floors[set]} of ${list.length} as expected`, () => {
        assert.equal(list.length, 30, 'the KB gives 30 people for the set');
        const ok = list.filter(asExpected).length;
        assert.ok(ok >= floors[set], `${ok} of ${list.length}`);
      });
    }
  });
});
