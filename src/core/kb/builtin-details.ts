import detailsFile from '../../../out/kb.details.json';
import { bundledData } from '../text/bundled-data';
import { builtinKb } from './builtin';
import { addDetails, type KbDetails } from './details';

/**
 * The built-in KB's descriptions and pinyin, put back into its entities (the extension reads them
 * after the first paint, with the name matchers' indexes: src/core/kb/details.ts). Only the
 * extension and the CLI bundle import this module (the KB the tests import is whole). Idempotent.
 */
export function addBuiltinDetails(): void {
  const kb = builtinKb();
  if (kb.detailsApart) addDetails(kb, bundledData<KbDetails>(detailsFile));
}
