/**
 * Fuzz targets of issue 21: hostile sidecars and workspace knowledge bases through the loaders and
 * the hover builder, and texts without sentence ends through the analysis. No time is measured:
 * each input's counted work (ids tried, tense steps, hover markdown written) must stay within a
 * budget linear in the input's size, and the rendered hover may hold no image, no HTML and no link
 * but the extension's own commands with [document uri, annotation id].
 */
import fc from 'fast-check';
import { Analyzer } from '../../src/core/analyzer';
import { AnnotatedDocument, SidecarProblem, uniqueIds } from '../../src/core/annotated-document';
import { parseSidecar, storedToAnnotation, textSha256, type StoredAnnotation } from '../../src/core/annotations/sidecar';
import { checkWorkspaceKb } from '../../src/core/kb/workspace-check';
import { tenseWork } from '../../src/core/dates/cues';
import type { Annotation } from '../../src/core/types';
import { hoverMarkdown, LINK_COMMANDS } from '../../src/vscode/hover-markdown';
import { smallKb } from '../fixtures/small-kb';
import { structuralProblems } from './generators';
import { hoverRenderer, type MdToken } from './rendered-markdown';

// ---- the rendered hover ---------------------------------------------------------------------

const markdown = hoverRenderer;
const URI = 'file:///w/a.txt';

/** Throws when the hover of `a` shows an image, HTML, or a link that is not one of our commands on `a`. */
function checkHover(a: Annotation, referenceDate: string | null): number {
  const md = hoverMarkdown(a, { mentions: 1, uri: URI, referenceDate });
  const walk = (tokens: MdToken[]): void => {
    for (const t of tokens) {
      if (t.type === 'image') throw new Error(`hover has an image: ${md.slice(0, 500)}`);
      if (t.type === 'html_inline' || t.type === 'html_block') throw new Error(`hover has HTML ${t.content}`);
      if (t.type === 'link_open') {
        const href = t.attrs?.find(([k]) => k === 'href')?.[1] ?? '';
        const m = /^command:([\w.]+)\?(.*)$/.exec(href);
        if (!m || !(LINK_COMMANDS as readonly string[]).includes(m[1]!)) throw new Error(`hover links to ${href}`);
        const args = JSON.parse(decodeURIComponent(m[2]!));
        if (JSON.stringify(args) !== JSON.stringify([URI, a.id])) throw new Error(`hover command ${m[1]} with arguments ${m[2]}`);
      }
      if (t.children) walk(t.children);
    }
  };
  walk(markdown.parse(md, {}));
  return md.length;
}

// ---- hostile values -------------------------------------------------------------------------

/** Line breaks, markdown, links, images, HTML, theme icons, bare URLs, backticks. */
const NASTY = [
  '\n\n![p](https://evil.invalid/p.png)\n\n',
  '[Accept](command:newsAnnotator.applyCorrection?%5B%22file%3A%2F%2F%2Fw%2Fb.txt%22%2C%22x%22%5D)',
  '[t](command:workbench.action.terminal.new)',
  '<img src="https://evil.invalid/q.png">',
  '\r\n\r\n# heading\n> quote\n1. list',
  '`` ` ``` code `',
  'https://evil.invalid/r www.evil.invalid a@evil.invalid',
  '$(zap) &lt;b&gt; &#x3C;i&#x3E; **b** _i_',
  '\u2028\u2029\u0085\v\f\t\0\x1b[31m',
  '    indented code',
  '[ref]\n\n[ref]: https://evil.invalid',
  '\\[x\\](command:newsAnnotator.acceptAnnotation)',
];
const nastyArb = fc.oneof(fc.constantFrom(...NASTY), fc.array(fc.constantFrom(...NASTY, 'x', ' ', 'Haftar'), { maxLength: 4 }).map((a) => a.join('')));
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];

const analyzer = new Analyzer(smallKb);
const TEXT = 'Prime Minister salaj met haftal in Tripoli on Monday.\n\nLibya and Egypt, CNN said on June 7, 2020.\n';
const LABELS = ['PERSON', 'ORG', 'GPE', 'DATE', 'MEDIA'];

type Plain = Record<string, unknown>;

/** A stored annotation whose string fields are (some of them) hostile. */
function hostileAnnotation(i: number, nasty: string[], which: number): Plain {
  const pick = (k: number) => (which >> k) & 1 ? nasty[k % nasty.length]! : '';
  const label = LABELS[i % LABELS.length]!;
  return {
    id: `a${i % 7}${pick(0)}`,
    start: 0,
    end: 6,
    text: `Prime ${pick(1)}`,
    prefix: pick(2),
    suffix: pick(3),
    label: which & 1024 ? `PERSON${pick(4)}` : label,
    kbId: `person:x${pick(5)}`,
    canonical: `Name ${pick(6)}`,
    description: `About ${pick(7)}`,
    wikidata: `Q1${pick(8)}`,
    rule: `kb:exact${pick(9)}`,
    correction: { replacement: `R ${pick(10)}`, kind: `case${pick(11)}`, confidence: 0.9, reason: `because ${pick(12)}` },
    ...(label === 'DATE' ? { value: `2020-01-06${pick(13)}`, likelyValue: `2020-01-07${pick(14)}`, flags: [`weekday-mismatch${pick(15)}`] } : {}),
    status: which & 2048 ? `accepted${pick(16)}` : 'accepted',
    source: i % 2 ? 'manual' : 'auto',
  };
}

/** JSON text with a prototype key inserted as an own member of some objects (JSON.stringify cannot write one). */
function withProtoKeys(json: string, keys: number): string {
  if (!keys) return json;
  const member = (k: number) => `"${PROTO_KEYS[k % 3]}":{"wikidata":"Q1\\n\\n![p](https://evil.invalid/p.png)","label":"EVIL","status":"accepted"},`;
  let n = 0;
  return json.replace(/\{"(id|replacement|format)":/g, (m) => ((keys >> n++ % 12) & 1 ? `{${member(n)}${m.slice(1)}` : m));
}

type HostileSidecar = { nasty: string[]; which: number[]; copies: number; protoKeys: number; history: string[]; sameText: boolean; tame: boolean };
/** The fields of hostileAnnotation whose values the schema leaves free (text, names, descriptions, reasons). */
const FREE_FIELDS = (1 << 1) | (1 << 2) | (1 << 3) | (1 << 6) | (1 << 7) | (1 << 10) | (1 << 12);
const hostileSidecarArb: fc.Arbitrary<HostileSidecar> = fc.record({
  nasty: fc.array(nastyArb, { minLength: 1, maxLength: 6 }),
  which: fc.array(fc.nat({ max: 0x1ffff }), { minLength: 1, maxLength: 6 }),
  copies: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 20 }) }, { weight: 1, arbitrary: fc.integer({ min: 200, max: 3000 }) }),
  protoKeys: fc.nat({ max: 0xfff }),
  history: fc.array(nastyArb, { maxLength: 3 }),
  sameText: fc.boolean(),
  // Hostile values only where the schema allows any text, no prototype keys: sidecars it accepts.
  tame: fc.boolean(),
});

export const hostileStats = { sidecarsAccepted: 0, sidecarsRejected: 0, kbsAccepted: 0, kbsRejected: 0, hovers: 0 };

/** Hostile sidecars: the loader (schema, prototype keys, repeated ids, re-anchoring) and every hover. */
function targetHostileSidecar({ nasty, which, copies, protoKeys, history, sameText, tame }: HostileSidecar): void {
  const annotations: Plain[] = [];
  for (let i = 0; i < copies; i++) annotations.push(hostileAnnotation(i, nasty, which[i % which.length]! & (tame ? FREE_FIELDS : ~0)));
  const sidecar = {
    format: 'news-annotator',
    version: 1,
    document: { path: 'a.txt', sha256: sameText ? textSha256(TEXT) : '0'.repeat(64), length: TEXT.length, referenceDate: '2020-01-08' },
    annotations,
    history: history.map((h, i) => ({ at: '2026-01-01T00:00:00Z', action: 'correct', id: `a${i}`, from: h, to: h })),
  };
  const json = withProtoKeys(JSON.stringify(sidecar), tame ? 0 : protoKeys);
  const parsed = parseSidecar(json);
  // The loader's own steps are counted: repeated ids are made unique in linear work.
  const stored = (JSON.parse(json) as { annotations: StoredAnnotation[] }).annotations;
  const tried = uniqueIds(stored.map((s) => ({ id: String(s.id) })));
  if (tried > 2 * stored.length + 1) throw new Error(`${tried} ids tried for ${stored.length} annotations`);
  // Whatever the schema says, the annotations the loader would build are shown safely.
  const toAnnotation = storedToAnnotation(TEXT);
  let written = 0;
  for (const s of stored.slice(0, 50)) {
    const a = toAnnotation(s);
    if (Object.getPrototypeOf(a) !== Object.prototype) throw new Error('an annotation got another prototype');
    written += checkHover(a, '2020-01-08');
    hostileStats.hovers++;
  }
  if (written > 20 * json.length + 20_000) throw new Error(`${written} characters of hover markdown for a ${json.length}-character sidecar`);
  const doc = new AnnotatedDocument(analyzer, TEXT, 'a.txt');
  try {
    doc.restore(json);
  } catch (e) {
    if (!(e instanceof SidecarProblem)) throw e;
    if (parsed.ok) throw new Error('restore refused a sidecar parseSidecar accepted');
    hostileStats.sidecarsRejected++;
    return;
  }
  if (!parsed.ok) throw new Error(`restore accepted a sidecar parseSidecar rejected: ${parsed.problem}`);
  hostileStats.sidecarsAccepted++;
  const problems = structuralProblems(TEXT, doc.annotations);
  if (problems.length) throw new Error(`restored: ${problems.slice(0, 3).join('; ')}`);
  for (const a of doc.annotations.slice(0, 50)) checkHover(a, doc.referenceDate);
}

const hostileKbArb = fc.record({
  entities: fc.array(
    fc.record({
      id: fc.oneof({ weight: 4, arbitrary: fc.nat().map((n) => `ws:e${n}`) }, { weight: 1, arbitrary: fc.constantFrom('ws:a', 'person:x') }, { weight: 1, arbitrary: nastyArb.map((s) => `ws:${s}`) }),
      name: fc.oneof(fc.constantFrom('Zorblax Quentavian', 'Libya'), nastyArb.map((s) => `Zorblax ${s}`)),
      aliases: fc.oneof({ weight: 4, arbitrary: fc.array(nastyArb.map((s) => `Alias ${s}`), { maxLength: 3 }) }, { weight: 1, arbitrary: fc.array(nastyArb, { maxLength: 3 }) }, { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 100, max: 1500 }), fc.boolean()).map(([n, repeats]) => Array.from({ length: n }, (_, i) => `Alias ${repeats ? i % 50 : i}`)) }),
      description: nastyArb.map((s) => `About ${s}`),
      wikidata: fc.constantFrom(undefined, undefined, 'Q1', 'Q1\n\n![p](https://evil.invalid)'),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  protoKeys: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat({ max: 0xfff }) }),
});

/** Hostile workspace KBs: the checker (sizes, repeated ids and items, schema) and the hovers of an analysis with the KB. */
function targetHostileKb({ entities, protoKeys }: { entities: Array<{ id: string; name: string; aliases: string[]; description: string; wikidata?: string }>; protoKeys: number }): void {
  const json = withProtoKeys(JSON.stringify({ entities: entities.map(({ id, ...rest }) => ({ id, type: 'PERSON', ...rest })) }), protoKeys);
  const checked = checkWorkspaceKb(json);
  if ('problem' in checked) {
    hostileStats.kbsRejected++;
    return;
  }
  hostileStats.kbsAccepted++;
  const withKb = new Analyzer(smallKb, checked.entities);
  const text = `${TEXT}Zorblax Quentavian met ${checked.entities.flatMap((e) => e.aliases ?? []).slice(0, 20).join(', ')} in Tripoli on Monday.\n`;
  const doc = new AnnotatedDocument(withKb, text, 'k.txt');
  doc.setReferenceDate('2020-01-08');
  doc.analyze();
  const problems = structuralProblems(text, doc.annotations);
  if (problems.length) throw new Error(`analysis with a hostile KB: ${problems.slice(0, 3).join('; ')}`);
  for (const a of doc.annotations) {
    checkHover(a, doc.referenceDate);
    hostileStats.hovers++;
  }
}

// ---- texts without sentence ends ------------------------------------------------------------

const PIECES = ['On Monday he said', 'will meet', 'next week', '2020-01-08 10:00 updated', 'Friday', 'and', 'but', 'while', 'last year', 'June 7', 'the 5th', '会议', '利比亚', 'Haftar', 'salaj', ',', ';', '(', ')', '"', '12:30', '...', '-', '—'];
const unendedArb = fc.record({
  pieces: fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 60 }),
  repeat: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 20 }) }, { weight: 1, arbitrary: fc.integer({ min: 100, max: 400 }) }),
  lineEvery: fc.oneof(fc.constant(0), fc.integer({ min: 5, max: 200 })),
  reference: fc.boolean(),
});

/** Text without a full stop, question or exclamation mark: the analysis's tense steps stay linear. */
function targetUnended({ pieces, repeat, lineEvery, reference }: { pieces: string[]; repeat: number; lineEvery: number; reference: boolean }): void {
  let text = '';
  for (let r = 0; r < repeat; r++) {
    pieces.forEach((p, i) => {
      text += (lineEvery && (r * pieces.length + i) % lineEvery === lineEvery - 1 ? '\n' : ' ') + p;
    });
  }
  text = text.replace(/[.!?]/g, ',');
  const before = tenseWork.steps;
  const doc = new AnnotatedDocument(analyzer, text, 'u.txt');
  if (reference) doc.setReferenceDate('2020-01-08');
  doc.analyze();
  const steps = tenseWork.steps - before;
  if (steps > 120 * text.length + 1000) throw new Error(`${steps} tense steps for ${text.length} characters`);
  const problems = structuralProblems(text, doc.annotations);
  if (problems.length) throw new Error(`analysis of unended text: ${problems.slice(0, 3).join('; ')}`);
}

export const hostileSidecarProperty = fc.property(hostileSidecarArb, targetHostileSidecar);
export const hostileKbProperty = fc.property(hostileKbArb, targetHostileKb);
export const unendedProperty = fc.property(unendedArb, targetUnended);
