import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isSymbolicLink, SYMBOLIC_LINK, type FileTypes } from '../../src/vscode/symbolic-links';

// Issue 21, finding 13: "Export Annotations..." writes into export/ beside the text; a cloned
// folder can make that a link out of the workspace. The check is asked of two kinds of file
// system over the real disk: one whose stat flags links (VS Code desktop's disk provider) and one
// whose stat follows them silently while the listing shows them.
const typeOf = (s: fs.Stats | fs.Dirent): number => (s.isFile() ? 1 : s.isDirectory() ? 2 : 0);

const flagging: FileTypes = {
  async stat(p) {
    try {
      return typeOf(fs.statSync(p)) | (fs.lstatSync(p).isSymbolicLink() ? SYMBOLIC_LINK : 0);
    } catch {
      return undefined;
    }
  },
  list: async (dir) => fs.readdirSync(dir, { withFileTypes: true }).map((d) => [d.name, typeOf(d) | (d.isSymbolicLink() ? SYMBOLIC_LINK : 0)]),
};
const silent: FileTypes = {
  async stat(p) {
    try {
      return typeOf(fs.statSync(p));
    } catch {
      return undefined;
    }
  },
  list: flagging.list,
};

describe('export: a symlinked export/ folder is recognised', () => {
  let dir: string;
  let outside: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-export-'));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'na-outside-'));
    fs.mkdirSync(path.join(dir, 'plain', 'export'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'linked'));
    fs.symlinkSync(outside, path.join(dir, 'linked', 'export'));
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  for (const [name, types] of [['stat flags links', flagging], ['stat follows links silently', silent]] as const) {
    it(`${name}: the link is one, a plain folder and a missing one are not`, async () => {
      assert.equal(await isSymbolicLink(types, path.join(dir, 'linked', 'export')), true);
      assert.equal(await isSymbolicLink(types, path.join(dir, 'plain', 'export')), false);
      assert.equal(await isSymbolicLink(types, path.join(dir, 'missing', 'export')), false);
    });
  }
});
