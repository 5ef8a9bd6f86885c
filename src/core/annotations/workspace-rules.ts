/**
 * The workspace's own list of corrections (`.news-annotator/corrections.txt`, one "X -> Y" a
 * line, as Code Spell Checker's `wrong->right` tables): where the analysis annotates the words X,
 * the correction offered is Y; "X -> X" says X is right as written, so it is never flagged.
 */
import type { Annotation, CorrectionKind } from '../types';

export interface CorrectionRules {
  /** X -> Y with Y different from X. */
  corrections: Map<string, string>;
  /** X -> X: never flagged. */
  ignored: Set<string>;
  /** Lines that are not "X -> Y", by line number (1-based), for a warning. */
  unreadable: number[];
}

export const RULE_ARROW = ' -> ';

/** Parses the list: blank lines and lines starting with # are skipped. */
export function parseCorrectionRules(text: string): CorrectionRules {
  const rules: CorrectionRules = { corrections: new Map(), ignored: new Set(), unreadable: [] };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const at = line.indexOf('->');
    const from = at > 0 ? line.slice(0, at).trim() : '';
    const to = at > 0 ? line.slice(at + 2).trim() : '';
    if (!from || !to) return void rules.unreadable.push(i + 1);
    if (from === to) rules.ignored.add(from);
    else rules.corrections.set(from, to);
  });
  return rules;
}

/** The list with one more line, as the file should read (existing lines kept as written). */
export function withRule(fileText: string, from: string, to: string): string {
  const body = fileText.length && !fileText.endsWith('\n') ? `${fileText}\n` : fileText;
  return `${body}${from}${RULE_ARROW}${to}\n`;
}

function kindOf(from: string, to: string): CorrectionKind {
  if (from.toLowerCase() === to.toLowerCase()) return 'case';
  if (/s$/.test(from) && to === `${from.slice(0, -1)}'s`) return 'possessive';
  return 'transliteration';
}

/**
 * Applies the rules to an analysis's annotations (in place): suggested annotations of the words
 * X get the correction X -> Y; those of an ignored X lose theirs. Decided annotations are left alone.
 */
export function applyCorrectionRules(annotations: Annotation[], rules: CorrectionRules): void {
  if (!rules.corrections.size && !rules.ignored.size) return;
  for (const a of annotations) {
    if (a.status !== 'suggested' || a.label === 'DATE') continue;
    if (rules.ignored.has(a.text)) delete a.correction;
    const to = rules.corrections.get(a.text);
    if (to) a.correction = { replacement: to, kind: kindOf(a.text, to), confidence: 0.99, reason: `the workspace's corrections list says "${a.text}${RULE_ARROW}${to}"` };
  }
}
