import { LIKELY_CONFIDENCE, type Annotation } from '../types';

/**
 * A correction still on offer: the annotation is suggested, or accepted while its words still
 * read as before. Accepting a correction means "the correction is right": it is applied (and the
 * annotation then carries no correction), never hidden; an accepted one that still carries its
 * correction (a sidecar from a version whose Accept hid it) keeps being offered.
 */
export function hasOpenCorrection(a: Annotation): boolean {
  return !!a.correction && (a.status === 'suggested' || a.status === 'accepted') && a.end > a.start;
}

/** How a misrendered name is reported: a likely fix (Information) or a possible one (a Hint). */
export type CorrectionNotice = 'likely' | 'possible';

/**
 * The notice for a correction on offer, or null when there is none or its confidence is below the
 * user's `newsAnnotator.diagnostics.minConfidence` (the setting hides weak suggestions).
 */
export function correctionNotice(a: Annotation, minConfidence: number): CorrectionNotice | null {
  if (!a.correction || !hasOpenCorrection(a) || a.correction.confidence < minConfidence) return null;
  return a.correction.confidence >= LIKELY_CONFIDENCE ? 'likely' : 'possible';
}
