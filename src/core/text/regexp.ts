/** A string as a regular expression that matches it literally (names put into generated patterns). */
export const escapeRegExp = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
