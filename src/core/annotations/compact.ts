import type { Sidecar, StoredAnnotation } from './sidecar';

/**
 * The sidecar without what only the editor needs: each annotation's quote context (`prefix`,
 * `suffix`) and the correction's `reason` sentence; an empty history goes too. What stays is a
 * valid sidecar (those fields are optional in the schema) that still re-anchors by position and
 * exact text (`text`), but no longer breaks ties between repeated quotes by their context.
 */
export function compactSidecar(s: Sidecar): Sidecar {
  const out: Sidecar = { format: s.format, version: s.version, document: s.document, annotations: s.annotations.map(compactAnnotation), history: s.history };
  if (!s.history.length) delete (out as Partial<Sidecar>).history;
  return out;
}

function compactAnnotation(a: StoredAnnotation): StoredAnnotation {
  const { prefix: _p, suffix: _s, ...rest } = a;
  if (!rest.correction?.reason) return rest;
  const { reason: _r, ...correction } = rest.correction;
  return { ...rest, correction: correction as StoredAnnotation['correction'] };
}
