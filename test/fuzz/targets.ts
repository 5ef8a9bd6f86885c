/**
 * Fuzz targets shared by the short run (test/unit/fuzz.test.ts, part of npm test) and the long
 * run (test/fuzz/fuzz.ts, npm run fuzz). Each target: an arbitrary and a check that throws on a
 * broken invariant. The only exception allowed to escape the code under test is SidecarProblem
 * (from restore/mergeFrom of a sidecar that must not be overwritten).
 */
import fc from 'fast-check';
import { Analyzer } from '../../src/core/analyzer';
import { AnnotatedDocument, SidecarProblem } from '../../src/core/annotated-document';
import { IncrementalAnalysis } from '../../src/core/incremental';
import { parseSidecar, serializeSidecar } from '../../src/core/annotations/sidecar';
import type { KbEntity, CompiledKb } from '../../src/core/kb/model';
import { ENTITY_LABELS } from '../../src/core/types';
import { smallKb } from '../fixtures/small-kb';
import { hostileKbProperty, hostileSidecarProperty, unendedProperty } from './hostile-targets';
import { articleArb, concreteEdit, editSpecArb, SEED, structuralProblems, unicodeString } from './generators';

export const smallAnalyzer = new Analyzer(smallKb);

function check(text: string, doc: { annotations: AnnotatedDocument['annotations'] }, what: string): void {
  const p = structuralProblems(text, doc.annotations);
  if (p.length) throw new Error(`${what}: ${p.slice(0, 3).join('; ')}`);
}

function checkSidecarOffsets(doc: AnnotatedDocument): void {
  const s = doc.toSidecar();
  const cps = [...doc.text];
  for (const a of s.annotations) {
    if (a.status !== 'orphaned' && cps.slice(a.start, a.end).join('') !== a.text) throw new Error(`sidecar code points of ${a.id}: ${JSON.stringify(a.text)} vs ${JSON.stringify(cps.slice(a.start, a.end).join(''))}`);
  }
  const parsed = parseSidecar(serializeSidecar(s));
  if (!parsed.ok) throw new Error(`own sidecar invalid: ${parsed.problem}`);
}

// ---- random text --------------------------------------------------------------------------
const INSERT_NAMES = ['Haftar', 'haftal', 'Sarraj', 'salaj', 'Libya', 'Tripoli', 'Erdogan', 'GNA', 'Deutsche Welle', 'Monday', 'June 7', '2020', '利', '阿'];
const mutatedSeed: fc.Arbitrary<string> = fc
  .tuple(
    fc.nat({ max: SEED.length - 1 }),
    fc.integer({ min: 50, max: 1500 }),
    fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...INSERT_NAMES)), { maxLength: 10 }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([from, len, inserts, lower, noApostrophes]) => {
    let t = SEED.slice(from, from + len);
    for (const [f, name] of inserts) {
      const at = Math.floor(f * t.length);
      t = `${t.slice(0, at)} ${name} ${t.slice(at)}`;
    }
    if (lower) t = t.toLowerCase();
    if (noApostrophes) t = t.replace(/['’]/g, '');
    return t;
  });

export const textArb: fc.Arbitrary<string> = fc.oneof(
  unicodeString(300),
  fc.lorem({ maxCount: 40, mode: 'sentences' }),
  mutatedSeed,
  articleArb,
  fc.array(fc.oneof(fc.constantFrom(...INSERT_NAMES, ' ', '\n', '\n\n', '. ', "'s", '😀', '\r\n', '\u0301'), fc.string({ maxLength: 4 })), { maxLength: 40 }).map((a) => a.join('')),
);

function targetText(text: string): void {
  const doc = new AnnotatedDocument(smallAnalyzer, text, 'f.txt');
  doc.analyze();
  check(text, doc, 'analyze');
  checkSidecarOffsets(doc);
  doc.correctAll(0);
  check(doc.text, doc, 'correctAll');
  doc.analyze();
  check(doc.text, doc, 'analyze after correctAll');
}

// ---- random edit sequences ----------------------------------------------------------------
const editsArb = fc.tuple(fc.oneof(mutatedSeed, articleArb, fc.lorem({ maxCount: 10, mode: 'sentences' })), fc.array(editSpecArb, { minLength: 1, maxLength: 15 }));

function targetEdits([text, specs]: [string, Parameters<typeof concreteEdit>[1][]]): void {
  const doc = new AnnotatedDocument(smallAnalyzer, text, 'f.txt');
  doc.analyze();
  doc.acceptAll();
  const inc = new IncrementalAnalysis(smallAnalyzer, text, null);
  let previous: Parameters<typeof concreteEdit>[2];
  for (const spec of specs) {
    const before = doc.text;
    const c = concreteEdit(before, spec, previous);
    if (!c) continue;
    doc.applyEdit(c);
    inc.edit(c);
    previous = { change: c, before };
    check(doc.text, doc, `AnnotatedDocument after ${JSON.stringify(c)}`);
    check(inc.text, inc, `IncrementalAnalysis after ${JSON.stringify(c)}`);
  }
  doc.analyze();
  check(doc.text, doc, 'analyze after edits');
}

// ---- random and mutated sidecars ----------------------------------------------------------
const SIDE_TEXT = '😀 Prime Minister salaj met haftal in Tripoli on Monday.\n\nLibya and Egypt, CNN said on June 7, 2020.\n';
const baseSidecar = (() => {
  const d = new AnnotatedDocument(smallAnalyzer, SIDE_TEXT, 'a.txt');
  d.setReferenceDate('2020-06-08');
  d.analyze();
  d.annotate(3, 17, 'PERSON');
  d.setStatus(d.annotations[2].id, 'accepted');
  return d.toSidecar();
})();

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const WEIRD: Json[] = [null, true, -1, 0, 1e308, -1e308, 2 ** 53, 2 ** 31, 1.5, '', 'x', '😀', [], {}, 'UNKNOWN', 'orphaned', 999999];
type Mutation = { path: number; op: number; value: number };

function paths(v: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...prefix, i], out));
  else if (v && typeof v === 'object') for (const k of Object.keys(v)) paths(v[k], [...prefix, k], out);
  return out;
}

function mutate(doc: Json, m: Mutation): void {
  const all = paths(doc).filter((p) => p.length > 0);
  const p = all[m.path % all.length];
  const parent = p.slice(0, -1).reduce<Json>((o, k) => (o as Record<string, Json>)[k as string], doc) as Record<string | number, Json>;
  const key = p[p.length - 1];
  const anns = (doc as { annotations: Record<string, Json>[] }).annotations;
  const a = Array.isArray(anns) && anns.length ? anns[m.value % anns.length] : undefined;
  switch (m.op % 9) {
    case 0: // delete a field
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 1: // wrong type / weird value
      parent[key] = WEIRD[m.value % WEIRD.length];
      break;
    case 2: // negative offset
      if (a) a[m.value % 2 ? 'start' : 'end'] = -1 - (m.value % 5);
      break;
    case 3: // end < start
      if (a) [a.start, a.end] = [a.end, a.start];
      break;
    case 4: // offsets past the end
      if (a) {
        a.start = (a.start as number) + 200 + (m.value % 50);
        a.end = (a.start as number) + 5;
      }
      break;
    case 5: // duplicated id
      if (a && anns.length > 1) anns[(m.value + 1) % anns.length].id = a.id;
      break;
    case 6: // unknown label / status / source
      if (a) a[['label', 'status', 'source'][m.value % 3]] = 'UNKNOWN';
      break;
    case 7: // huge numbers
      if (a) a[m.value % 2 ? 'start' : 'end'] = m.value % 3 ? 1e308 : 2 ** 53;
      break;
    case 8: // text changed (the document hash still says it is the same text)
      if (a) a.text = `${a.text}x`;
      break;
  }
}

const sidecarArb = fc.tuple(
  fc.array(fc.record({ path: fc.nat(), op: fc.nat(), value: fc.nat() }), { minLength: 1, maxLength: 4 }),
  fc.constantFrom('same', 'edited', 'other'),
  fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: unicodeString(60) }),
);

export const sidecarStats = { parsedOk: 0, rejected: 0 };

function targetSidecar([mutations, which, garbage]: [Mutation[], string, string | undefined]): void {
  const data = JSON.parse(JSON.stringify(baseSidecar)) as Json;
  for (const m of mutations) mutate(data, m);
  const json = garbage ?? JSON.stringify(data);
  const text = which === 'same' ? SIDE_TEXT : which === 'edited' ? SIDE_TEXT.replace('salaj', 'Sarraj').replace('Monday', 'Tuesday') : 'Nothing to see.';
  const parsed = parseSidecar(json); // never throws
  const doc = new AnnotatedDocument(smallAnalyzer, text, 'a.txt');
  try {
    doc.restore(json);
  } catch (e) {
    if (!(e instanceof SidecarProblem)) throw e;
    if (parsed.ok) throw new Error('restore threw SidecarProblem for a sidecar parseSidecar accepted');
    sidecarStats.rejected++;
    return;
  }
  if (!parsed.ok) throw new Error(`restore accepted a sidecar parseSidecar rejected: ${parsed.problem}`);
  sidecarStats.parsedOk++;
  check(text, doc, `restore of a mutated sidecar (${which} text) ${json.length < 4000 ? json : ''}`);
  doc.analyze();
  check(text, doc, 'analyze after restore');
  checkSidecarOffsets(doc);
}

// ---- random and mutated KBs ---------------------------------------------------------------
const oddName = fc.oneof(
  fc.constantFrom('', ' ', '.', '...', '!!', '-', "'", '😀', '😀 😀', 'A', 'a', 'the', 'Libya', 'Haftar', 'x'.repeat(1000), 'Ab '.repeat(300), '\n', '\u0301', '[x](command:workbench.action.terminal.new)', '<img src=x onerror=alert(1)>', '`rm -rf`'),
  unicodeString(20),
  fc.string({ unit: fc.constantFrom('.', ',', '!', '-', "'", ' ', '(', ')'), maxLength: 6 }),
);
const entityArb: fc.Arbitrary<KbEntity> = fc.record(
  {
    id: fc.oneof(fc.constantFrom('person:x', 'country:LY', 'org:gna', 'person:khalifa-haftar'), fc.string({ maxLength: 10 }).map((s) => `ws:${s.replace(/\s/g, '_') || '_'}`)), // kind:key, no space (the KB schema, which every KB loader checks)
    type: fc.constantFrom(...ENTITY_LABELS),
    name: oddName,
    aliases: fc.array(oddName, { maxLength: 3 }),
    mistranslations: fc.array(oddName, { maxLength: 2 }),
    contextAliases: fc.array(oddName, { maxLength: 2 }),
    demonyms: fc.array(oddName, { maxLength: 2 }),
    names: fc.record({ zh: fc.array(oddName, { maxLength: 2 }) }),
    pinyin: fc.array(oddName, { maxLength: 2 }),
    description: oddName,
    country: fc.constantFrom('country:LY', 'country:XX', ''),
    roles: fc.array(oddName, { maxLength: 2 }),
  },
  { requiredKeys: ['id', 'type', 'name', 'description'] },
);
const kbArb = fc.tuple(
  fc.array(entityArb, { maxLength: 4 }),
  fc.array(fc.nat({ max: smallKb.entities.length - 1 }), { maxLength: 3 }),
  fc.array(fc.record({ char: oddName, readings: fc.array(oddName, { maxLength: 2 }) }), { maxLength: 2 }),
  fc.boolean(),
);

function targetKb([entities, dropped, abbreviations, asWorkspace]: [KbEntity[], number[], CompiledKb['abbreviations'], boolean]): void {
  const kb: CompiledKb = {
    version: 1,
    entities: smallKb.entities.filter((_, i) => !dropped.includes(i)).concat(asWorkspace ? [] : entities),
    abbreviations: [...smallKb.abbreviations, ...abbreviations],
  };
  const analyzer = new Analyzer(kb, asWorkspace ? entities : []);
  const names = entities.flatMap((e) => [e.name, ...(e.aliases ?? [])]).filter((n) => n.length < 200);
  const text = `${SIDE_TEXT} ${names.join(' said. ')} met ${names.map((n) => n.toLowerCase()).join(', ')} in Tripoli.\n`;
  const doc = new AnnotatedDocument(analyzer, text, 'k.txt');
  doc.analyze();
  check(text, doc, 'analyze with a mutated KB');
  checkSidecarOffsets(doc);
}

export interface Target {
  name: string;
  property: fc.IProperty<never>;
}

const prop = <T>(arb: fc.Arbitrary<T>, f: (x: T) => void) => fc.property(arb, f) as unknown as fc.IProperty<never>;

export const TARGETS: Target[] = [
  { name: 'text', property: prop(textArb, targetText) },
  { name: 'edits', property: prop(editsArb, targetEdits) },
  { name: 'sidecar', property: prop(sidecarArb, targetSidecar) },
  { name: 'kb', property: prop(kbArb, targetKb) },
  { name: 'hostile-sidecar', property: hostileSidecarProperty as unknown as fc.IProperty<never> },
  { name: 'hostile-kb', property: hostileKbProperty as unknown as fc.IProperty<never> },
  { name: 'unended', property: unendedProperty as unknown as fc.IProperty<never> },
];
