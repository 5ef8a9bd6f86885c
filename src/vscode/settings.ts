import { isValidIsoDate } from '../core/dates/iso';

/** The largest file size a setting may ask for: above it the editor would hold too much. */
const MAX_FILE_SIZE_MB = 50;

export interface Settings {
  highlighting: boolean;
  diagnostics: boolean;
  minConfidence: number;
  saveOnSave: boolean;
  referenceDate: string | null;
  maxFileBytes: number;
}

/**
 * The settings, each of the wrong shape falling back to its default: a reference date
 * "8 Jan 2020" would be written into sidecars that then fail their schema, a file size limit of
 * a gigabyte would hold the editor. (In an untrusted workspace VS Code does not apply the
 * workspace's own values of the settings listed in package.json `restrictedConfigurations`.)
 * Pure, no `vscode`: `get` reads one setting.
 */
export function checkedSettings(get: (key: string) => unknown): Settings {
  const bool = (key: string) => get(key) !== false;
  const minConfidence = get('diagnostics.minConfidence');
  const referenceDate = get('referenceDate');
  const sizeMb = get('maxFileSizeMB');
  return {
    highlighting: bool('highlighting.enabled'),
    diagnostics: bool('diagnostics.enabled'),
    minConfidence: typeof minConfidence === 'number' && minConfidence >= 0 && minConfidence <= 1 ? minConfidence : 0.5,
    saveOnSave: bool('sidecar.saveOnSave'),
    referenceDate: typeof referenceDate === 'string' && isValidIsoDate(referenceDate) ? referenceDate : null,
    maxFileBytes: (typeof sizeMb === 'number' && sizeMb > 0 && sizeMb <= MAX_FILE_SIZE_MB ? sizeMb : 5) * 1024 * 1024,
  };
}
