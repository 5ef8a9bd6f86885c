/**
 * Shared generators and invariant checks for the reliability, property and fuzz tests.
 * Only test code: nothing under src/ imports this.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { Annotation } from '../../src/core/types';
import type { TextChange } from '../../src/core/annotations/edits';

export const ROOT = path.resolve(__dirname, '../..');
export const SEED = fs.readFileSync(path.join(ROOT, 'seeds/000_5427bc860031b65b.txt'), 'utf8');

/** FUZZ_SCALE=10 multiplies the counts for the long run. */
export const SCALE = Math.max(0.01, Number(process.env.FUZZ_SCALE ?? '1') || 1);
export const scaled = (n: number): number => Math.max(1, Math.round(n * SCALE));
/** Seed of every fc run, printed so that a failure can be replayed (FUZZ_SEED=...). */
export const FC_SEED = Number(process.env.FUZZ_SEED ?? '20260124');

// Names of the small KB, misrendered forms the detectors look for, and filler.
const NAMES = ['Haftar', 'haftal', 'Hifter', 'Fayez al-Sarraj', 'salaj', 'Sarraj', 'Libya', 'Tripoli', 'Turkey', 'Erdogan', 'Cavusoglu',
  'Egypt', 'Algeria', 'Afghanistan', 'the GNA', 'the LNA', 'Islamic State', 'Deutsche Welle', 'German voice', 'CNN', 'the Financial Times',
  'Qardabiya Air Base', 'Libyan', 'Turkish', 'Arabs', 'the government of national unity', 'the national army', 'Lee government'];
const DATES = ['on Monday', 'on June 7', 'in June 2015', 'on January 8, 2020', 'last week', 'yesterday', 'in December 2016', 'on Friday'];
const VERBS = ['said', 'met', 'attacked', 'criticised', 'welcomed', 'told reporters', 'announced', 'denied'];
const FILLER = ['the talks continued', 'forces moved south', 'a ceasefire was proposed', 'officials declined to comment', 'the city was quiet'];

/** A generated news article: headline, blank lines, paragraphs of sentences with names and dates. */
export const articleArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 4 }),
    fc.array(
      fc.array(
        fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...VERBS), fc.constantFrom(...NAMES), fc.constantFrom(...DATES), fc.constantFrom(...FILLER)),
        { minLength: 1, maxLength: 5 },
      ),
      { minLength: 1, maxLength: 6 },
    ),
  )
  .map(([head, paras]) => {
    const headline = head.join(' and ') + ' in talks';
    const body = paras.map((ss) => ss.map(([a, v, b, d, f]) => `${a} ${v} ${b} ${d}, and ${f}.`).join(' '));
    return [headline, '', ...body.flatMap((p) => [p, ''])].join('\n').trimEnd() + '\n';
  });

/** An edit described independently of the text: fractions are mapped onto the current text. */
export type EditSpec =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'replace'; at: number; len: number; text: string }
  | { kind: 'paste'; at: number; para: number; replace: boolean }
  | { kind: 'undo' };

const INSERTS = ['x', ' ', '\n', '\n\n', 'Haftar', 'Libya ', "'s", 'the ', 'é', '😀', '\r\n', 'Sarraj said ', '.'];

export const editSpecArb: fc.Arbitrary<EditSpec> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ maxLength: 6 })) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.integer({ min: 1, max: 20 }), text: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ maxLength: 8 })) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('paste' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), para: fc.nat(), replace: fc.boolean() }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
);

/** Never splits a surrogate pair (an editor never produces such an offset). */
function clampToCodePoint(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return at > 0 && at < text.length && c >= 0xdc00 && c <= 0xdfff ? at - 1 : at;
}

export function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (;;) {
    const i = text.indexOf('\n\n', start);
    const end = i < 0 ? text.length : i;
    if (end > start) out.push({ start, end });
    if (i < 0) return out;
    start = i + 2;
  }
}

/** Turns a spec into a concrete change of `text`; `previous` is the last applied change (for undo). */
export function concreteEdit(text: string, spec: EditSpec, previous: { change: TextChange; before: string } | undefined): TextChange | undefined {
  const pos = (f: number) => clampToCodePoint(text, Math.min(text.length, Math.floor(f * (text.length + 1))));
  switch (spec.kind) {
    case 'insert': {
      const at = pos(spec.at);
      return { start: at, end: at, text: spec.text };
    }
    case 'delete':
    case 'replace': {
      const start = pos(spec.at);
      const end = clampToCodePoint(text, Math.min(text.length, start + spec.len));
      return { start, end, text: spec.kind === 'replace' ? spec.text : '' };
    }
    case 'paste': {
      const ps = paragraphs(text);
      if (!ps.length) return undefined;
      const p = ps[spec.para % ps.length];
      const para = text.slice(p.start, p.end);
      const target = ps[Math.floor(spec.at * ps.length) % ps.length];
      // Paste the copied paragraph before another one (as a new paragraph) or over it.
      return spec.replace ? { start: target.start, end: target.end, text: para } : { start: target.start, end: target.start, text: `${para}\n\n` };
    }
    case 'undo': {
      if (!previous) return undefined;
      const c = previous.change;
      return { start: c.start, end: c.start + c.text.length, text: previous.before.slice(c.start, c.end) };
    }
  }
}

/** Random word spans of a text (for manual annotations). */
export function wordSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[A-Za-z][A-Za-z'-]{2,}(?: [A-Z][A-Za-z'-]+)?/g)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** Structural invariants of a list of annotations over `text`; returns the problems found. */
export function structuralProblems(text: string, list: Annotation[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  let prev: Annotation | undefined;
  for (const a of list) {
    if (!(Number.isInteger(a.start) && Number.isInteger(a.end) && 0 <= a.start && a.start <= a.end && a.end <= text.length)) {
      problems.push(`out of bounds: ${a.source}/${a.status} ${a.id} [${a.start}, ${a.end}) in a text of ${text.length}`);
    }
    if (ids.has(a.id)) problems.push(`duplicate id: ${a.id} (${a.source}/${a.status} ${JSON.stringify(a.text)})`);
    ids.add(a.id);
    if (prev && (prev.start > a.start || (prev.start === a.start && prev.end > a.end))) {
      problems.push(`not sorted: ${prev.source}/${prev.status} ${prev.id} [${prev.start}, ${prev.end}) before ${a.source}/${a.status} ${a.id} [${a.start}, ${a.end})`);
    }
    if (a.status !== 'orphaned') {
      if (text.slice(a.start, a.end) !== a.text) problems.push(`text mismatch: ${a.id} says ${JSON.stringify(a.text)}, text has ${JSON.stringify(text.slice(a.start, a.end))}`);
      if (a.start === a.end) problems.push(`empty span: ${a.id} at ${a.start} (${a.status})`);
    }
    prev = a;
  }
  return problems;
}

/** fc.string with every kind of unicode (astral included). */
export const unicodeString = (maxLength: number): fc.Arbitrary<string> => fc.string({ unit: 'binary', maxLength });
