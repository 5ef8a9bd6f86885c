import type { Annotation } from '../types';
import { byPosition } from '../text/spans';
import { fromSidecar, textSha256, toSidecar, type HistoryEvent, type Sidecar } from './sidecar';
import { reanchor } from './anchor';
import { isDecided } from './merge';

const eventKey = (h: HistoryEvent): string => `${h.at}|${h.action}|${h.id ?? ''}|${h.from ?? ''}|${h.to ?? ''}`;

/** When a person last decided on an annotation, by the history. */
function lastDecision(history: HistoryEvent[], id: string): string {
  let at = '';
  for (const h of history) if (h.id === id && h.at > at) at = h.at;
  return at;
}

/**
 * Merges the decisions of another copy of the sidecar (another window, a git checkout) into
 * ours, for the same text: their manual, accepted and rejected annotations that we lack are
 * added (re-anchored if they were written for another version of the text); where both decided
 * on the same annotation, the later decision in the history wins; histories are united.
 * Nothing of either side is lost.
 */
export function mergeDecisions(
  text: string,
  ours: Annotation[],
  oursHistory: HistoryEvent[],
  theirs: Sidecar,
): { annotations: Annotation[]; history: HistoryEvent[] } {
  const theirAnnotations = theirs.document.sha256 === textSha256(text) ? fromSidecar(text, theirs) : reanchor(text, theirs.annotations).map((a) => a.annotation);
  const history = [...oursHistory];
  const seen = new Set(history.map(eventKey));
  for (const h of theirs.history ?? []) if (!seen.has(eventKey(h))) history.push(h);
  history.sort((a, b) => a.at.localeCompare(b.at));
  const byId = new Map(ours.map((a) => [a.id, a]));
  const out = [...ours];
  for (const t of theirAnnotations.filter(isDecided)) {
    const mine = byId.get(t.id);
    if (!mine) {
      out.push(t);
      continue;
    }
    const theirsLater = lastDecision(theirs.history ?? [], t.id) > lastDecision(oursHistory, t.id);
    if (!isDecided(mine) || (theirsLater && mine.status !== t.status)) out[out.indexOf(mine)] = { ...mine, status: t.status, label: t.label };
  }
  return { annotations: out.sort(byPosition), history };
}

/**
 * Two sidecar files of the same text merged into one (a git merge, two windows): ours with the
 * decisions of theirs, as mergeDecisions; valid, sorted, ids unique, each history event once.
 */
export function mergeSidecars(text: string, ours: Sidecar, theirs: Sidecar): Sidecar {
  const mine = ours.document.sha256 === textSha256(text) ? fromSidecar(text, ours) : reanchor(text, ours.annotations).map((a) => a.annotation);
  const merged = mergeDecisions(text, mine, ours.history ?? [], theirs);
  return toSidecar(text, ours.document.path, merged.annotations, ours.document.referenceDate ?? theirs.document.referenceDate ?? null, merged.history);
}
