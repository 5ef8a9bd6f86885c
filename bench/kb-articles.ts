// Varied news-like articles for the corpus figures: names drawn from the built-in KB (people,
// organisations, places, media, events), numbers, dates and sentence templates chosen by a
// seeded PRNG, so that 5,000 articles name thousands of different entities and the analyzer's
// caches do not flatter the figure (a corpus of reshuffled paragraphs of a few articles would).
import type { CompiledKb, KbEntity } from '../src/core/kb/model';
import { prng } from './corpus';

export interface GeneratedArticle {
  id: string;
  text: string;
  referenceDate: string;
}

type Pick = () => string;

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Sentence templates: {P} person, {O} organisation, {G} place, {M} media, {E} event, {N} number, {D} date, {R} role. */
const TEMPLATES = [
  '{P} met {P} in {G} on {D} to discuss the {N} million dollar aid package, {M} reported.',
  'According to {M}, {O} said on {D} that {N} people had been evacuated from {G}.',
  '{P}, the {R}, told reporters in {G} that talks with {O} would resume {D}.',
  'The {E} drew {N} visitors to {G}, organisers said {D}.',
  '{O} announced {D} that it would open {N} new offices across {G} and {G}.',
  'Speaking to {M} {D}, {P} said the agreement with {O} was "a step forward".',
  '{N} delegates from {G} attended the meeting chaired by {P}, the {R}.',
  'Officials in {G} said {D} that the budget had grown by {N} percent since {Y}.',
  '{P} and {P} signed the memorandum at the headquarters of {O} in {G}.',
  'The report by {O}, published {D}, counted {N} incidents in {G} in {Y}.',
  'A spokesperson for {P} declined to comment on the claims made by {M}.',
  'Flights between {G} and {G} were suspended for {N} hours {D}.',
  '{M} quoted {P} as saying that {O} had "no plans" to leave {G}.',
  'Since {Y}, {O} has invested {N} billion yuan in {G}, the {R} said.',
  'Protesters gathered outside the offices of {O} in {G} on {D}, {M} said.',
  'The {R} {P} is expected to visit {G} after the {E}.',
];

const ROLES = ['foreign minister', 'prime minister', 'spokesperson', 'chief executive', 'governor', 'ambassador', 'president', 'envoy', 'mayor', 'chairman'];

function pools(kb: CompiledKb): Record<'P' | 'O' | 'G' | 'M' | 'E', string[]> {
  const by = (types: KbEntity['type'][]) => kb.entities.filter((e) => types.includes(e.type) && !e.from).map((e) => e.name);
  return { P: by(['PERSON']), O: by(['ORG']), G: by(['GPE', 'LOC']), M: by(['MEDIA']), E: by(['EVENT']) };
}

/** `count` articles of 2-8 KB, each with its own names, numbers and dates; the same on every run. */
export function kbArticles(kb: CompiledKb, count: number, seed = 18): GeneratedArticle[] {
  const rnd = prng(seed);
  const pool = pools(kb);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const year = 2015 + Math.floor(rnd() * 11);
    const ref = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    // A handful of entities per article, named again and again, as news does.
    const cast = Object.fromEntries(Object.entries(pool).map(([k, names]) => [k, Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => pick(names))])) as Record<keyof typeof pool, string[]>;
    const slot: Record<string, Pick> = {
      P: () => pick(cast.P),
      O: () => pick(cast.O),
      G: () => pick(cast.G),
      M: () => pick(cast.M),
      E: () => pick(cast.E),
      R: () => pick(ROLES),
      N: () => String(1 + Math.floor(rnd() * (rnd() < 0.5 ? 100 : 100_000))).replace(/\B(?=(\d{3})+$)/g, ','),
      Y: () => String(year - 1 - Math.floor(rnd() * 8)),
      D: () => pick([() => `on ${pick(WEEKDAYS)}`, () => `${pick(MONTHS)} ${1 + Math.floor(rnd() * 28)}`, () => 'last week', () => `in ${pick(MONTHS)} ${year}`, () => 'yesterday'])(),
    };
    const target = 2_000 + Math.floor(rnd() * 5_300);
    const headline = `${slot.P()} visits ${slot.G()} as ${slot.O()} weighs new plan`;
    const paragraphs: string[] = [headline, `${slot.G()}, ${pick(MONTHS)} ${1 + Math.floor(rnd() * 28)} (${slot.M()}) --`];
    let bytes = paragraphs.join('\n\n').length;
    while (bytes < target) {
      const sentences = Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => pick(TEMPLATES).replace(/\{([A-Z])\}/g, (_, k: string) => slot[k]()));
      const p = sentences.join(' ');
      paragraphs.push(p);
      bytes += Buffer.byteLength(p) + 2;
    }
    out.push({ id: `kb-article-${String(i).padStart(5, '0')}`, text: `${paragraphs.join('\n\n')}\n`, referenceDate: ref });
  }
  return out;
}
