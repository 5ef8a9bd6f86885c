import type { Annotation } from '../types';

/**
 * A correction still on offer: the annotation is suggested, or accepted while its words still
 * read as before. Accepting a correction means "the correction is right": it is applied (and the
 * annotation then carries no correction), never hidden; an accepted one that still carries its
 * correction (a sidecar from a version whose Accept hid it) keeps being offered.
 */
export function hasOpenCorrection(a: Annotation): boolean {
  return !!a.correction && (a.status === 'suggested' || a.status === 'accepted') && a.end > a.start;
}
