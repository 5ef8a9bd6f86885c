// A stand-in for the few parts of the `vscode` module that src/vscode/sidecar-files.ts uses
// (workspace.fs, FileType, FileSystemError, Uri.with), so that the editor's own save can be
// tested in Node. The file system is a map of paths to bytes that records every call, and can be
// told to fail part-way through a write (as a full disk does) or on a rename.
import Module from 'node:module';

export class FakeUri {
  constructor(readonly scheme: string, readonly path: string) {}
  with(change: { path?: string }): FakeUri {
    return new FakeUri(this.scheme, change.path ?? this.path);
  }
  toString(): string {
    return `${this.scheme}:${this.path}`;
  }
}

class FileSystemError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
  }
}

export type FsCall = { op: 'writeFile' | 'rename' | 'delete' | 'stat' | 'readFile'; path: string; to?: string };

export class FakeFs {
  readonly files = new Map<string, Uint8Array>();
  readonly calls: FsCall[] = [];
  /** The next writeFile stores only the first half of its bytes, then throws (a full disk). */
  failNextWriteHalfway = false;
  /** The next rename throws before doing anything. */
  failNextRename = false;

  async stat(uri: FakeUri): Promise<{ type: number; size: number }> {
    this.calls.push({ op: 'stat', path: uri.path });
    const bytes = this.files.get(uri.path);
    if (!bytes) throw new FileSystemError(`${uri.path} not found`, 'FileNotFound');
    return { type: 1, size: bytes.length };
  }
  async readFile(uri: FakeUri): Promise<Uint8Array> {
    this.calls.push({ op: 'readFile', path: uri.path });
    const bytes = this.files.get(uri.path);
    if (!bytes) throw new FileSystemError(`${uri.path} not found`, 'FileNotFound');
    return bytes;
  }
  async writeFile(uri: FakeUri, content: Uint8Array): Promise<void> {
    this.calls.push({ op: 'writeFile', path: uri.path });
    if (this.failNextWriteHalfway) {
      this.failNextWriteHalfway = false;
      this.files.set(uri.path, content.slice(0, Math.floor(content.length / 2)));
      throw new FileSystemError(`no space left writing ${uri.path}`, 'Unavailable');
    }
    this.files.set(uri.path, content);
  }
  async rename(from: FakeUri, to: FakeUri, options?: { overwrite?: boolean }): Promise<void> {
    this.calls.push({ op: 'rename', path: from.path, to: to.path });
    if (this.failNextRename) {
      this.failNextRename = false;
      throw new FileSystemError(`cannot rename ${from.path}`, 'NoPermissions');
    }
    const bytes = this.files.get(from.path);
    if (!bytes) throw new FileSystemError(`${from.path} not found`, 'FileNotFound');
    if (this.files.has(to.path) && !options?.overwrite) throw new FileSystemError(`${to.path} exists`, 'FileExists');
    this.files.delete(from.path);
    this.files.set(to.path, bytes);
  }
  async delete(uri: FakeUri): Promise<void> {
    this.calls.push({ op: 'delete', path: uri.path });
    this.files.delete(uri.path);
  }
  text(path: string): string | undefined {
    const bytes = this.files.get(path);
    return bytes && new TextDecoder().decode(bytes);
  }
}

/** Makes `import ... from 'vscode'` load the fake from here on; returns its file system. */
export function installFakeVscode(): FakeFs {
  const fs = new FakeFs();
  const fake = { workspace: { fs }, FileType: { File: 1, Directory: 2, SymbolicLink: 64 }, FileSystemError, Uri: FakeUri };
  const id = '\0fake-vscode';
  const loader = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const resolve = loader._resolveFilename;
  loader._resolveFilename = (request, ...rest) => (request === 'vscode' ? id : resolve(request, ...rest));
  const cache = (Module as unknown as { _cache: Record<string, unknown> })._cache;
  cache[id] = { id, filename: id, loaded: true, exports: fake };
  return fs;
}
