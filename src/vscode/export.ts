import * as vscode from 'vscode';
import { exportAnnotations, FORMATS, type ExportFormat } from '../core/annotations/exporters/index';
import type { AnnotationService } from './service';
import { writeAtomic } from './sidecar-files';
import { workspaceTrust } from './trust';
import { isSymbolicLink, type FileTypes } from './symbolic-links';

/**
 * "Export Annotations...": the active article's annotations in a format annotation tools read,
 * written into a folder the user picks (by default an `export` folder beside the text). The text
 * itself is never overwritten (brat's copy goes into the export folder).
 */
export function registerExport(service: AnnotationService): vscode.Disposable {
  return vscode.commands.registerCommand('newsAnnotator.exportAnnotations', async (formatArg?: ExportFormat, folderArg?: string) => {
    const d = vscode.window.activeTextEditor?.document;
    const state = d && (await service.ensure(d));
    if (!d || !state) return void vscode.window.showInformationMessage('News Annotator: open an article to export its annotations.');
    if (!workspaceTrust.isTrusted()) return void vscode.window.showInformationMessage('News Annotator: the workspace is not trusted, so no file is written.');
    const format =
      formatArg ??
      ((await vscode.window.showQuickPick(
        Object.entries(FORMATS).map(([label, f]) => ({ label, detail: f.description })),
        { title: 'Export annotations as', matchOnDetail: true },
      ))?.label as ExportFormat | undefined);
    if (!format) return undefined;
    const folder = folderArg ? vscode.Uri.parse(folderArg) : vscode.Uri.joinPath(d.uri, '..', 'export');
    if (await isSymbolicLink(workspaceTypes, folder.toString())) {
      return void vscode.window.showWarningMessage(`News Annotator: ${vscode.workspace.asRelativePath(folder)} is a symbolic link (it may lead out of the workspace); nothing is exported into it.`);
    }
    service.reanalyze(d);
    const baseName = d.uri.path.slice(d.uri.path.lastIndexOf('/') + 1);
    const files = exportAnnotations(format, state.doc.text, state.doc.toSidecar(), baseName);
    await vscode.workspace.fs.createDirectory(folder);
    for (const f of files) await writeAtomic(vscode.Uri.joinPath(folder, f.name), f.content);
    void vscode.window.showInformationMessage(`News Annotator: exported ${files.map((f) => f.name).join(', ')} to ${vscode.workspace.asRelativePath(folder)}.`);
    return files.map((f) => vscode.Uri.joinPath(folder, f.name).toString());
  });
}

/** VS Code's file system, as `isSymbolicLink` asks it. */
const workspaceTypes: FileTypes = {
  stat: (path) => vscode.workspace.fs.stat(vscode.Uri.parse(path)).then((s) => s.type, () => undefined),
  list: (folder) => vscode.workspace.fs.readDirectory(vscode.Uri.parse(folder)).then((e) => e, (): Array<[string, number]> => []),
};
