import assert from 'node:assert/strict';
import { checkWorkspaceKb, MAX_WORKSPACE_KB_BYTES } from '../../src/core/kb/workspace-check';

// Issue 21, finding 4: a workspace KB is read in untrusted workspaces too; no file may stall it.
const entity = (id: string, extra: object = {}) => ({ id, type: 'PERSON', name: 'Ada Example', description: 'Invented', ...extra });
const problem = (data: unknown): string | undefined => {
  const r = checkWorkspaceKb(typeof data === 'string' ? data : JSON.stringify(data));
  return 'problem' in r ? r.problem : undefined;
};

describe('workspace knowledge base: checked in linear work, with a message that names the fault', () => {
  it('takes a valid file', () => {
    const r = checkWorkspaceKb(JSON.stringify({ entities: [entity('ws:ada', { aliases: ['Ada'] })] }));
    assert.ok('entities' in r && r.entities.length === 1);
  });

  it('declines one entity with 100,000 aliases by the schema limit (no pairwise comparison)', () => {
    const aliases = Array.from({ length: 100_000 }, (_, i) => `Alias ${i}`);
    assert.match(problem({ entities: [entity('ws:ada', { aliases })] })!, /aliases must NOT have more than 1000 items/);
  });

  it('names repeated ids (4,000 entities with one id)', () => {
    const p = problem({ entities: Array.from({ length: 4000 }, () => entity('ws:same')) });
    assert.equal(p, 'has repeated entity ids: ws:same');
  });

  it('names a repeated item within a list', () => {
    assert.equal(problem({ entities: [entity('ws:ada', { aliases: ['Ada', 'Ada'] })] }), 'repeats "Ada" in the aliases of ws:ada');
  });

  it('declines a file over the size limit before parsing it', () => {
    assert.match(problem(' '.repeat(MAX_WORKSPACE_KB_BYTES + 1))!, /is larger than 10 MB/);
  });

  it('reports broken JSON and schema faults in words', () => {
    assert.match(problem('{"entities": [')!, /is not valid JSON/);
    assert.match(problem({ entities: [{ id: 'ws:x', type: 'ROBOT', name: 'X', description: 'x' }] })!, /does not match the knowledge-base schema: \/entities\/0\/type/);
  });
});
