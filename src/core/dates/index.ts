/**
 * Date finding and resolution for News Annotator. Pure TypeScript (no vscode, no Node APIs):
 * runs in the extension host, the CLI and a browser web worker.
 */
export type { ArticleDateFacts, DateMention, FindDatesOptions } from './types';
export { articleDateFacts, findDates, farVerdicts, type FarVerdict } from './find';
export { inferReferenceDate, inferReferenceDateInPieces } from './reference';
export { dateNotes, describeDate } from './describe';
export { isValidIsoDate, isValidIsoValue } from './iso';
export { marksThisYear } from './months';
