import assert from 'node:assert/strict';
import { FakeUri, installFakeVscode } from './fake-vscode-fs';

// Issue 20: the editor's sidecar save (src/vscode/sidecar-files.ts, used for sidecars, the
// workspace KB, the corrections list and exports) writes a temporary file beside the target and
// renames it over the target, so that a save that fails half-way (a full disk, a crash) leaves the
// previous file whole. A save that wrote the target directly passed every test before this one.
const fs = installFakeVscode();
// Loaded after the fake is installed, so that its `import ... from 'vscode'` gets the fake.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeAtomic } = require('../../src/vscode/sidecar-files') as typeof import('../../src/vscode/sidecar-files');
type Target = Parameters<typeof writeAtomic>[0];

const FOLDER = '/ws/articles';
const TARGET = `${FOLDER}/story.txt.annotations.json`;
const OLD = '{ "format": "news-annotator", "annotations": ["the decisions of yesterday"] }\n';
const NEW = '{ "format": "news-annotator", "annotations": ["the decisions of today, a longer list"] }\n';
const uri = new FakeUri('file', TARGET) as unknown as Target;

describe('the editor saves a sidecar through a temporary file and a rename', () => {
  beforeEach(() => {
    fs.files.clear();
    fs.calls.length = 0;
    fs.failNextWriteHalfway = false;
    fs.failNextRename = false;
    fs.files.set(TARGET, new TextEncoder().encode(OLD));
  });

  it('a save that fails half-way through writing leaves the previous sidecar whole', async () => {
    fs.failNextWriteHalfway = true;
    await assert.rejects(writeAtomic(uri, NEW), /no space left/);
    assert.equal(fs.text(TARGET), OLD, 'the sidecar after a failed save: the old one, not half of the new one');
  });

  it('a save whose rename fails leaves the previous sidecar and no temporary file', async () => {
    fs.failNextRename = true;
    await assert.rejects(writeAtomic(uri, NEW), /cannot rename/);
    assert.equal(fs.text(TARGET), OLD);
    assert.deepEqual([...fs.files.keys()], [TARGET], 'files left in the folder');
  });

  it('a good save: the new text is written to a hidden file in the same folder, then renamed over the sidecar', async () => {
    await writeAtomic(uri, NEW);
    assert.equal(fs.text(TARGET), NEW);
    assert.deepEqual([...fs.files.keys()], [TARGET], 'files left in the folder');
    const writes = fs.calls.filter((c) => c.op === 'writeFile' || c.op === 'rename');
    assert.equal(writes.length, 2, `writes: ${JSON.stringify(writes)}`);
    const [write, rename] = writes;
    assert.equal(write.op, 'writeFile');
    assert.notEqual(write.path, TARGET, 'the sidecar itself is never written to, only renamed over');
    assert.equal(write.path.slice(0, write.path.lastIndexOf('/')), FOLDER, 'the temporary file is in the sidecar\'s folder (a rename across file systems is not atomic)');
    assert.match(write.path.slice(write.path.lastIndexOf('/') + 1), /^\.story\.txt\.annotations\.json\..+\.tmp$/);
    assert.deepEqual(rename, { op: 'rename', path: write.path, to: TARGET });
  });
});
