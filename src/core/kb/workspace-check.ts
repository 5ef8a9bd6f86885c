import validateKb from '../../../out/validate-kb.js';
import type { KbEntity } from './model';

/** A workspace KB larger than this is not read (the built-in KB of 16,000 entities is 3.5 MB). */
export const MAX_WORKSPACE_KB_BYTES = 10 * 1024 * 1024;

const LIST_FIELDS = ['aliases', 'mistranslations', 'contextAliases', 'demonyms', 'roles'] as const;

/**
 * The workspace KB's entities, or what is wrong with the file, in words. Every check is linear:
 * its size first, then the schema (limits on counts and lengths, no pairwise uniqueItems), then
 * repeated ids and repeated items within a list, found with Sets and named in the message.
 * Workspace files are read in untrusted workspaces too: nothing here can be made to take long.
 */
export function checkWorkspaceKb(json: string): { entities: KbEntity[] } | { problem: string } {
  if (json.length > MAX_WORKSPACE_KB_BYTES) return { problem: `is larger than ${MAX_WORKSPACE_KB_BYTES / 1048576} MB` };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { problem: `is not valid JSON (${(e as Error).message})` };
  }
  if (!validateKb(data)) {
    const first = validateKb.errors?.[0];
    return { problem: `does not match the knowledge-base schema: ${first?.instancePath || '(top level)'} ${first?.message ?? ''}`.trim() };
  }
  const entities = (data as { entities: KbEntity[] }).entities;
  const repeated = repeatedIds(entities);
  if (repeated.length) return { problem: `has repeated entity ids: ${listed(repeated)}` };
  for (const e of entities) {
    const list = repeatedItem(e);
    if (list) return { problem: `repeats "${list.item}" in the ${list.field} of ${e.id}` };
  }
  return { entities };
}

function repeatedIds(entities: readonly KbEntity[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const e of entities) (seen.has(e.id) ? repeated : seen).add(e.id);
  return [...repeated];
}

function repeatedItem(e: KbEntity): { field: string; item: string } | undefined {
  const lists: Array<[string, readonly string[] | undefined]> = [...LIST_FIELDS.map((f) => [f, e[f]] as [string, readonly string[] | undefined]), ...Object.entries(e.names ?? {}).map(([lang, v]) => [`${lang} names`, v] as [string, readonly string[] | undefined])];
  for (const [field, list] of lists) {
    const seen = new Set<string>();
    for (const item of list ?? []) {
      if (seen.has(item)) return { field, item };
      seen.add(item);
    }
  }
  return undefined;
}

const listed = (ids: string[]): string => (ids.length > 5 ? `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more` : ids.join(', '));
