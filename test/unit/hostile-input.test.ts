/**
 * Hostile and pathological input (issue 21): findings 1, 2, 3 and 5. No test here measures time:
 * work is counted in steps, and what must not happen (a remote image, a foreign link) is checked
 * on the rendered markdown.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { findDates } from '../../src/core/dates/find';
import { inferReferenceDate } from '../../src/core/dates/reference';
import { MAX_TENSE_SENTENCE, sentenceTense, tenseAround, tenseCues, tenseIn, tenseLookup, tenseWork, type Sentence, type TenseCue } from '../../src/core/dates/cues';
import { cueWindows, MAX_CHRONO_WINDOW } from '../../src/core/dates/absolute';
import type { Tense } from '../../src/core/dates/types';
import { AnnotatedDocument, uniqueIds } from '../../src/core/annotated-document';
import { fieldsBut, fromSidecar, parseSidecar, serializeSidecar, storedToAnnotation, textSha256, type Sidecar, type StoredAnnotation } from '../../src/core/annotations/sidecar';
import { possibleLoneUses } from '../../src/core/names/acronym';
import type { Annotation } from '../../src/core/types';
import { codeSpan, escapeMarkdown, hoverMarkdown } from '../../src/vscode/hover-markdown';
import { analyzeSmall, prng, smallAnalyzer } from './helpers';
import { ROOT } from '../fuzz/generators';

// ---------- 1. tense cues: linear work on text without full stops ----------

/** The tense lookup of the version before the fix: every cue looked at, boundaries counted by a regex over the slice. */
function referenceTense(s: string, ms: number, me: number, cues: readonly TenseCue[]): Tense {
  const RE = /[,;:()]|\b(?:and|but|that|while|which|who|after|before|when|because)\b/gi;
  const between = (from: number, to: number) => s.slice(from, to).match(RE)?.length ?? 0;
  let best: Tense = 'neutral';
  let bestDist = Infinity;
  for (const { start: cs, end: ce, future } of cues) {
    if (cs >= ms && ce <= me) continue;
    let dist: number;
    if (ce <= ms) dist = ms - ce + 25 * between(ce, ms);
    else {
      if (between(me, cs) > 0) continue;
      dist = (cs - me) * 1.5 + 2;
    }
    if (dist < bestDist) {
      bestDist = dist;
      best = future ? 'future' : 'past';
    }
  }
  return best;
}

const repeat = (unit: string, chars: number): string => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

/** Steps of the tense lookup for `f`. */
function stepsOf(f: () => unknown): number {
  const before = tenseWork.steps;
  f();
  return tenseWork.steps - before;
}

describe('hostile input (issue 21)', function () {
  this.timeout(60000);

  describe('1. tense of dates in text without full stops', () => {
    for (const unit of ['On Monday he said, ', '2020-01-08 10:00 updated, ', 'Friday, and the talks will be held while they said Monday that ']) {
      it(`tense work grows linearly: 10x the text of ${JSON.stringify(unit)} costs at most 15x the steps (findDates with and without a reference date, inferring the reference date)`, () => {
        const analyse = (text: string) => {
          inferReferenceDate(text);
          findDates(text, '2020-01-08');
          findDates(text, null);
        };
        const small = stepsOf(() => analyse(repeat(unit, 3_000)));
        const large = stepsOf(() => analyse(repeat(unit, 30_000)));
        assert.ok(small > 0, 'the tense lookup runs');
        assert.ok(large <= 15 * small, `3 KB: ${small} steps, 30 KB: ${large} steps (${(large / small).toFixed(1)}x)`);
      });
    }

    it('inferring the reference date (no --reference-date) does linear tense work', () => {
      const small = stepsOf(() => inferReferenceDate(repeat('On Monday he said, ', 3_000)));
      const large = stepsOf(() => inferReferenceDate(repeat('On Monday he said, ', 30_000)));
      assert.ok(large <= 15 * small, `3 KB: ${small} steps, 30 KB: ${large} steps`);
    });

    it('a sentence is read once however many dates it has: 100 KB without a full stop costs a bounded number of steps per character', () => {
      const text = repeat('On Monday he said, ', 100_000);
      const steps = stepsOf(() => findDates(text, null));
      assert.ok(steps < 40 * text.length, `${steps} steps for ${text.length} characters`);
    });

    it('the tense of every mention is the one of the former lookup (all cues, regex over the slice), on random sentences', () => {
      const words = ['said', 'will', 'next', 'and', 'but', 'butter', 'sand', 'Monday', 'on', ',', ';', '(', ')', 'that', 'while', 'whiled', 'was', 'expected to', 'is expected to', 'went', 'united', 'ago', 'last', 'xand', 'andx', 'Because', 'AND', "'ll", '_and', '2020-01-08', 'andé', 'who', 'whom', ''];
      const rnd = prng(21);
      let compared = 0;
      for (let n = 0; n < 400; n++) {
        let s = '';
        for (let i = 1 + Math.floor(rnd() * 20); i > 0; i--) s += words[Math.floor(rnd() * words.length)] + (rnd() < 0.7 ? ' ' : '');
        const cues = tenseCues(s);
        const t = sentenceTense(s, cues);
        for (let a = 0; a < s.length; a++) {
          for (let b = a + 1; b <= s.length + 1; b++) {
            assert.equal(tenseIn(t, a, b), referenceTense(s, a, b, cues), `${JSON.stringify(s)} [${a}, ${b})`);
            compared++;
          }
        }
      }
      assert.ok(compared > 10_000, `${compared} mentions compared`);
    });

    it('tenseAround keeps its meaning: past before "said", future before "will", a boundary between changes the nearest cue', () => {
      const text = 'He said on Monday that the talks on Friday will resume.';
      const sentence: Sentence = { start: 0, end: text.length };
      const at = (w: string) => [text.indexOf(w), text.indexOf(w) + w.length] as const;
      assert.equal(tenseAround(text, ...at('Monday'), sentence), 'past');
      assert.equal(tenseAround(text, ...at('Friday'), sentence), 'future');
    });

    it(`a sentence longer than ${MAX_TENSE_SENTENCE} characters is read in pieces (cues far away are not looked at)`, () => {
      const text = `He will go ${'x '.repeat(MAX_TENSE_SENTENCE)}on Monday`;
      const tense = tenseLookup(text, [{ start: 0, end: text.length }]);
      const at = text.indexOf('Monday');
      assert.equal(tense(at, at + 6), 'neutral', 'the cue "will" is in another piece');
      const short = 'He will go on Monday';
      assert.equal(tenseLookup(short, [{ start: 0, end: short.length }])(14, 20), 'future');
    });

    it(`chrono is given windows of at most ${MAX_CHRONO_WINDOW} characters where the text has spaces, covering every cue`, () => {
      const sentence = repeat('On Monday he said, ', 100_000);
      const cues = [...sentence.matchAll(/Monday/g)].map((m) => ({ start: m.index!, end: m.index! + 6 }));
      const windows = cueWindows(sentence, cues);
      assert.ok(windows.length > 1);
      for (const w of windows) assert.ok(w.end - w.start <= MAX_CHRONO_WINDOW + 100, `window of ${w.end - w.start}`);
      for (const c of cues) assert.ok(windows.some((w) => w.start <= c.start && c.end <= w.end), `cue at ${c.start} inside a window`);
      // An ordinary sentence: one window, as before.
      const normal = 'The meeting on Monday, January 6, was followed by talks on Tuesday.';
      const nc = [...normal.matchAll(/Monday|January|Tuesday/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
      assert.deepEqual(cueWindows(normal, nc), [{ start: 0, end: normal.length }]);
    });

    it('dates in text without full stops are still found and resolved', () => {
      const dates = findDates(repeat('On Monday he said, ', 20_000), '2020-01-08');
      assert.ok(dates.length > 1000);
      assert.ok(dates.every((d) => d.text === 'Monday' && d.value === '2020-01-06'), 'every Monday is the one before the reference date');
    });
  });

  // ---------- 2. hover markdown and sidecar members ----------

  describe('2. hover markdown of a hostile sidecar; prototype members', () => {
    const MarkdownIt = createRequire(path.join(ROOT, 'package.json'))('markdown-it') as new (o: object) => { parse(s: string, env: object): MdToken[] };
    interface MdToken {
      type: string;
      tag: string;
      attrs: Array<[string, string]> | null;
      children: MdToken[] | null;
      content: string;
    }
    // Like VS Code's renderer for a hover: no HTML; bare URLs become links (GFM).
    const md = new MarkdownIt({ html: false, linkify: true });
    const URI = 'file:///w/a.txt';

    function render(markdown: string): { images: string[]; links: string[]; html: string[] } {
      const out = { images: [] as string[], links: [] as string[], html: [] as string[] };
      const walk = (ts: MdToken[]) => {
        for (const t of ts) {
          if (t.type === 'image') out.images.push(t.attrs?.find(([k]) => k === 'src')?.[1] ?? '');
          if (t.type === 'link_open') out.links.push(t.attrs?.find(([k]) => k === 'href')?.[1] ?? '');
          if (t.type === 'html_inline' || t.type === 'html_block') out.html.push(t.content);
          if (t.children) walk(t.children);
        }
      };
      walk(md.parse(markdown, {}));
      return out;
    }

    /** The commands a hover may link to, written out (not the code's LINK_COMMANDS, which could grow unseen). */
    const HOVER_COMMANDS = [
      'newsAnnotator.applyCorrection',
      'newsAnnotator.ignoreCorrection',
      'newsAnnotator.acceptAnnotation',
      'newsAnnotator.rejectAnnotation',
      'newsAnnotator.changeLabel',
      'newsAnnotator.removeAnnotation',
      'newsAnnotator.addToKnowledgeBase',
    ];
    /** Every link is one of our commands, with the arguments [document uri, annotation id]. */
    function assertOnlyOurLinks(markdown: string, a: Annotation): string[] {
      const { images, links, html } = render(markdown);
      assert.deepEqual(images, [], `no image in ${markdown}`);
      assert.deepEqual(html, [], `no HTML in ${markdown}`);
      const commands: string[] = [];
      for (const href of links) {
        const m = /^command:([\w.]+)\?(.*)$/.exec(href);
        assert.ok(m, `a command link, not ${href}`);
        assert.ok(HOVER_COMMANDS.includes(m[1]!), `a hover links to ${m[1]}, which is not one of the hover's commands`);
        assert.deepEqual(JSON.parse(decodeURIComponent(m[2]!)), [URI, a.id], `arguments of ${href}`);
        commands.push(m[1]!);
      }
      return commands;
    }

    const EVIL = [
      'x`\n\n![p](https://evil.invalid/p.png)\n\n[Accept](command:newsAnnotator.applyCorrection?%5B%22file%3A%2F%2F%2Fw%2Fb.txt%22%2C%22x%22%5D)',
      '\r\n\r\n<img src="https://evil.invalid/q.png">\u2028[a](command:workbench.action.terminal.new)',
      ' `` ![p](https://evil.invalid/p.png) `` https://evil.invalid/r www.evil.invalid a@evil.invalid',
      '\n    indented code\n# heading\n> quote\n1. list [ref]: https://evil.invalid\n\n[ref]',
      '$(zap) &lt;img&gt; &#x3C;b&#x3E; **bold** _i_ ~~s~~ \\[x\\](command:newsAnnotator.applyCorrection)',
    ];

    function hostile(label: Annotation['label'], payload: string): Annotation {
      return {
        id: 'x',
        start: 0,
        end: 4,
        text: `t${payload}`,
        label,
        kbId: `person:a${payload}`,
        canonical: `Name ${payload}`,
        description: `About ${payload}`,
        wikidata: `Q1${payload}`,
        rule: `kb:exact${payload}`,
        correction: { replacement: `R ${payload}`, kind: `case${payload}` as 'case', confidence: 0.9, reason: `because ${payload}` },
        value: label === 'DATE' ? '2020-01-06' : undefined,
        likelyValue: label === 'DATE' ? `2020-01-07${payload}` : undefined,
        flags: label === 'DATE' ? ([`weekday-mismatch${payload}`] as Annotation['flags']) : undefined,
        status: `suggested${payload}` as 'suggested',
        source: 'manual',
      };
    }

    for (const [i, payload] of EVIL.entries()) {
      it(`an entity hover with hostile values (payload ${i + 1}) has no image, no HTML, no link but our commands with [uri, id]`, () => {
        const a = hostile('PERSON', payload);
        const markdown = hoverMarkdown(a, { mentions: 1, uri: URI, referenceDate: `2020-01-08${payload}` });
        const commands = assertOnlyOurLinks(markdown, a);
        assert.deepEqual(commands, ['newsAnnotator.applyCorrection', 'newsAnnotator.ignoreCorrection', 'newsAnnotator.acceptAnnotation', 'newsAnnotator.rejectAnnotation', 'newsAnnotator.changeLabel', 'newsAnnotator.removeAnnotation']);
      });

      it(`a date hover with hostile values (payload ${i + 1}) has no image, no HTML, no link but our commands with [uri, id]`, () => {
        const a = hostile('DATE', payload);
        for (const referenceDate of [`2020-01-08${payload}`, '2020-01-08', null]) {
          const commands = assertOnlyOurLinks(hoverMarkdown(a, { mentions: 1, uri: URI, referenceDate }), a);
          assert.deepEqual(commands, ['newsAnnotator.acceptAnnotation', 'newsAnnotator.rejectAnnotation', 'newsAnnotator.changeLabel', 'newsAnnotator.removeAnnotation']);
        }
      });
    }

    it('code spans and escaped text stay on one line and keep what is shown', () => {
      assert.equal(codeSpan('person:a`\n\n![p](x)'), '`person:a ![p](x)`');
      assert.equal(codeSpan('kb:exact'), '`kb:exact`');
      assert.equal(escapeMarkdown('a\r\n\r\nb'), 'a b');
      assert.equal(escapeMarkdown('![p](https://x)'), '\\!\\[p\\]\\(https\\:\\/\\/x\\)');
      for (const p of EVIL) assert.ok(!/[\r\n\u2028\u2029]/.test(escapeMarkdown(p) + codeSpan(p)));
    });

    it('the hover of an ordinary annotation is unchanged in what it shows (title, ids, date, distance)', () => {
      const text = 'Khalifa Haftar met officials in Tripoli on Monday.\n';
      const all = analyzeSmall(text);
      const person = all.find((a) => a.label === 'PERSON')!;
      const entity = hoverMarkdown(person, { mentions: 1, uri: URI, referenceDate: '2020-01-08' });
      assert.match(entity, /^\*\*Khalifa Haftar\*\* · Person\n\n/);
      assert.ok(entity.includes(`KB \`${person.kbId}\``), entity);
      const date = all.find((a) => a.label === 'DATE')!;
      const card = hoverMarkdown(date, { mentions: 0, uri: URI, referenceDate: '2020-01-08' });
      assert.ok(card.startsWith('**2020-01-06** · Monday\n\n'), card);
      assert.match(card, /\b2 days\b.*\(2020-01-08\)/);
      assertOnlyOurLinks(card, date);
    });

    function sidecarWith(text: string, members: Record<string, unknown>[]): string {
      const s: Sidecar = {
        format: 'news-annotator',
        version: 1,
        document: { path: 'a.txt', sha256: textSha256(text), length: text.length, referenceDate: '2020-01-08' },
        annotations: members.map((m, i) => ({ id: `a${i}`, start: 0, end: 6, text: 'Haftar', label: 'PERSON', status: 'accepted', source: 'auto', ...m }) as StoredAnnotation),
        history: [],
      };
      return serializeSidecar(s);
    }

    it('a "__proto__" member of an annotation does not become its prototype (own keys only)', () => {
      const text = 'Haftar spoke.\n';
      const json = sidecarWith(text, [{}]).replace('"id": "a0",', '"id": "a0", "__proto__": { "wikidata": "Q1\\n\\n![p](https://evil.invalid/p.png)", "label": "EVIL" }, "constructor": { "x": 1 },');
      const stored = JSON.parse(json).annotations[0];
      assert.ok(Object.hasOwn(stored, '__proto__'), 'JSON.parse keeps "__proto__" as an own member');
      const a = storedToAnnotation(text)(stored);
      assert.equal(Object.getPrototypeOf(a), Object.prototype);
      assert.equal(a.wikidata, undefined);
      assert.equal(a.label, 'PERSON');
      assert.ok(!Object.hasOwn(a, 'constructor'));
      const copy = fieldsBut(JSON.parse('{"a": 1, "__proto__": {"b": 2}, "prototype": 3}'));
      assert.deepEqual(Object.keys(copy), ['a']);
      assert.equal((copy as { b?: number }).b, undefined);
      assert.equal(Object.getPrototypeOf(copy), Object.prototype);
    });

    it('the schema rejects "__proto__", "constructor" and "prototype" members, a kbId, wikidata or rule that is not a token', () => {
      const text = 'Haftar spoke.\n';
      const ok = parseSidecar(sidecarWith(text, [{ kbId: 'person:khalifa-haftar', wikidata: 'Q1', rule: 'names:transliteration-pinyin', canonical: 'Khalifa Haftar' }, { rule: '' }]));
      assert.ok(ok.ok, JSON.stringify(ok));
      const bad: Array<[string, string]> = [
        ['__proto__', sidecarWith(text, [{}]).replace('"id": "a0",', '"id": "a0", "__proto__": { "wikidata": "Q1 x" },')],
        ['constructor', sidecarWith(text, [{ constructor: 1 }])],
        ['prototype in correction', sidecarWith(text, [{ correction: { replacement: 'H', kind: 'case', confidence: 1, prototype: 1 } }])],
        ['top-level __proto__', sidecarWith(text, [{}]).replace('"version": 1,', '"version": 1, "__proto__": {},')],
        ['kbId with a line break', sidecarWith(text, [{ kbId: 'person:x\n\n![p](https://evil.invalid)' }])],
        ['kbId with a space', sidecarWith(text, [{ kbId: 'person:khalifa haftar' }])],
        ['kbId with a next-line character', sidecarWith(text, [{ kbId: 'Q1\u0085x' }])],
        ['kbId too long', sidecarWith(text, [{ kbId: `person:${'a'.repeat(200)}` }])],
        ['empty kbId', sidecarWith(text, [{ kbId: '' }])],
        ['wikidata with a line break', sidecarWith(text, [{ wikidata: 'Q1\n' }])],
        ['wikidata Q0', sidecarWith(text, [{ wikidata: 'Q0' }])],
        ['rule with markdown', sidecarWith(text, [{ rule: 'kb:exact` ![p](https://evil.invalid)' }])],
        ['rule with a line break', sidecarWith(text, [{ rule: 'kb:exact\n' }])],
        ['rule too long', sidecarWith(text, [{ rule: 'a'.repeat(81) }])],
      ];
      for (const [what, json] of bad) {
        const r = parseSidecar(json);
        assert.ok(!r.ok && r.kind === 'schema', `${what}: ${JSON.stringify(r)}`);
      }
    });

    it('a kbId of another knowledge base passes, as SIDECAR.md allows ("Q19878", a bare key); the hover shows it as code', () => {
      const text = 'Haftar spoke.\n';
      for (const kbId of ['Q19878', 'Haftar', 'wd:Q19878', 'person:khalifa-haftar']) {
        const r = parseSidecar(sidecarWith(text, [{ kbId, canonical: 'Khalifa Haftar' }]));
        assert.ok(r.ok, `${kbId}: ${JSON.stringify(r)}`);
        const a = fromSidecar(text, r.sidecar)[0]!;
        assert.equal(a.kbId, kbId);
        assert.ok(hoverMarkdown(a, { mentions: 1, uri: URI, referenceDate: null }).includes(`KB \`${kbId}\``));
      }
    });

    it('every sidecar the analyzer writes is valid under the tightened schema (kbId, wikidata, rule of every annotation)', () => {
      const text = [
        'Khalifa Haftar and the Islamic state (is) met in Tripoli on Monday, January 6, 2020.',
        'The talks will be held next week; haftal said last year that Turkeys army was not welcome.',
        'Three days ago the financial times reported it. On the 5th the meeting took place.',
      ].join('\n\n');
      for (const ref of ['2020-01-08', null]) {
        const doc = new AnnotatedDocument(smallAnalyzer, text, 'a.txt');
        doc.setReferenceDate(ref);
        doc.analyze();
        const json = serializeSidecar(doc.toSidecar());
        const r = parseSidecar(json);
        assert.ok(r.ok, JSON.stringify(r));
        const rules = new Set(r.sidecar.annotations.map((a) => a.rule));
        assert.ok(rules.size > 3, [...rules].join(' '));
        assert.deepEqual(fromSidecar(text, r.sidecar).length, doc.annotations.length);
      }
    });
  });

  // ---------- 3. duplicate ids ----------

  describe('3. duplicate ids', () => {
    /** The former uniqueIds: the smallest free suffix, searched from 2 for every copy. */
    function referenceUniqueIds(ids: string[]): string[] {
      const seen = new Set<string>();
      return ids.map((base) => {
        let id = base;
        for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
        seen.add(id);
        return id;
      });
    }

    it('20,000 annotations with one id get unique, deterministic ids in linear steps', () => {
      const list = Array.from({ length: 20_000 }, () => ({ id: 'same' }));
      const tried = uniqueIds(list);
      const ids = list.map((a) => a.id);
      assert.equal(new Set(ids).size, 20_000);
      assert.equal(ids[0], 'same');
      assert.equal(ids[1], 'same-2');
      assert.equal(ids[19_999], 'same-20000');
      assert.ok(tried <= 2 * list.length, `${tried} ids tried`);
      const again = Array.from({ length: 20_000 }, () => ({ id: 'same' }));
      uniqueIds(again);
      assert.deepEqual(again.map((a) => a.id), ids, 'deterministic');
    });

    it('the ids are the former ones when suffixed ids are themselves taken (random lists)', () => {
      const rnd = prng(3);
      const pool = ['a', 'a-2', 'a-3', 'a-2-2', 'b', 'b-2', 'a-10', 'b-3'];
      for (let n = 0; n < 300; n++) {
        const ids = Array.from({ length: 1 + Math.floor(rnd() * 30) }, () => pool[Math.floor(rnd() * pool.length)]!);
        const list = ids.map((id) => ({ id }));
        uniqueIds(list);
        assert.deepEqual(list.map((a) => a.id), referenceUniqueIds(ids), ids.join(' '));
      }
    });

    it('a sidecar with 20,000 copies of one id is restored with unique ids, nothing dropped', () => {
      const text = 'Haftar spoke.\n';
      const s: Sidecar = {
        format: 'news-annotator',
        version: 1,
        document: { path: 'a.txt', sha256: textSha256(text), length: text.length, referenceDate: '2020-01-08' },
        annotations: Array.from({ length: 20_000 }, () => ({ id: 'dup', start: 0, end: 6, text: 'Haftar', label: 'PERSON', status: 'accepted', source: 'manual' }) as StoredAnnotation),
        history: [],
      };
      const doc = new AnnotatedDocument(smallAnalyzer, text, 'a.txt');
      doc.restore(serializeSidecar(s));
      const ids = doc.annotations.map((a) => a.id);
      assert.equal(ids.length, 20_000);
      assert.equal(new Set(ids).size, 20_000);
      assert.ok(ids.includes('dup') && ids.includes('dup-20000'));
    });
  });

  // ---------- 5. acronym pattern from annotation text ----------

  describe('5. acronym text is matched as text, never as a pattern', () => {
    it('"(a|aa)+c" (catastrophic as a pattern) is matched literally', () => {
      const text = `the base of ${'a'.repeat(44)} and the fighters of (a|aa)+c left.`;
      assert.deepEqual(possibleLoneUses(text, '(a|aa)+c'), [text.indexOf('(a|aa)+c')]);
    });

    it('"((" does not throw, and is matched literally', () => {
      assert.deepEqual(possibleLoneUses('the base of (( is here', '(('), [12]);
      assert.deepEqual(possibleLoneUses('the base of it is here', '(('), []);
      assert.doesNotThrow(() => possibleLoneUses('x', '[\\'));
    });

    it('an acronym is found as before', () => {
      const text = 'Islamic state (is) fighters. The largest base of is was taken, drove out is.';
      assert.deepEqual(possibleLoneUses(text, 'is'), [text.indexOf('of is') + 3, text.indexOf('out is') + 4]);
    });
  });
});
