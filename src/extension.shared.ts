import * as vscode from 'vscode';
import { createBuiltinAnalyzer } from './core/kb/builtin';
import { addBuiltinDetails } from './core/kb/builtin-details';
import { provideExternalData } from './core/text/bundled-data';
import { StructureTrees } from './vscode/structure-trees';
import { registerExport } from './vscode/export';
import { AnnotationService, LANGUAGE, yieldToEditor } from './vscode/service';
import { registerHighlighting } from './vscode/highlighting';
import { registerHover } from './vscode/hover';
import { registerDiagnostics } from './vscode/diagnostics';
import { registerCodeActions } from './vscode/code-actions';
import { registerOutline } from './vscode/outline';
import { registerStatusBar } from './vscode/status-bar';
import { registerAnnotateOffer } from './vscode/annotate-offer';
import { registerCommands } from './vscode/commands';
import { registerReview } from './vscode/review';
import { EntitiesView, registerEntitiesView } from './vscode/entities-view';
import { registerWorkspaceKb } from './vscode/workspace-kb';
import { workspaceTrust } from './vscode/trust';
import { registerCorrectionsList } from './vscode/corrections-list';

/** Articles: the newstext language, and plain text opted in with "Annotate This File". */
const SELECTOR: vscode.DocumentSelector = [{ language: LANGUAGE }, { language: 'plaintext' }];

/** What the extension exports: for other extensions and for the integration tests. */
export interface ExtensionApi {
  service: AnnotationService;
  entitiesView: EntitiesView;
  /** Where a document's structure comes from: the tree-sitter parser, or line shapes as a fallback. */
  structureSource(uri: vscode.Uri): 'tree-sitter' | 'line-shapes';
  /** Whether the workspace is trusted, as every file write asks it (tests replace `isTrusted`). */
  workspaceTrust: typeof workspaceTrust;
}

/** The composition root, shared by the desktop and web entries. */
export function activateShared(context: vscode.ExtensionContext): ExtensionApi {
  const trees = new StructureTrees(context.extensionUri);
  const service = new AnnotationService(async () => {
    await loadDataFiles(context.extensionUri, FIRST_PAINT_FILES);
    const analyzer = createBuiltinAnalyzer();
    // The first article is annotated at once with what the KB's name forms and the date finder
    // give; the name matchers' data files are read and their indexes and the code's first runs
    // prepared after, in short steps (built at once they would hold the editor for seconds),
    // then open articles are analysed again with every detector.
    // The KB's descriptions and pinyin come with them (the name matchers read the pinyin).
    analyzer.deferNamesUntilPrepared(() => loadDataFiles(context.extensionUri, NAME_INDEX_FILES).then(addBuiltinDetails));
    await analyzer.prepareFirstPaint(yieldToEditor);
    void analyzer
      .prepare(yieldToEditor)
      // Without its name matchers the analyzer still gives the first paint's annotations.
      .catch((e: unknown) => console.error('News Annotator: the name matchers could not be prepared', e))
      .then(() => service.namesPrepared(analyzer));
    return analyzer;
  }, trees);
  const entities = registerEntitiesView(service);
  context.subscriptions.push(
    trees,
    service,
    registerHighlighting(SELECTOR, service),
    registerHover(SELECTOR, service),
    registerDiagnostics(service),
    registerCodeActions(SELECTOR, service),
    // Articles only: VS Code keeps a document's outline per text version and set of providers,
    // so a plain-text file annotated (it becomes newstext) must meet another provider set to be
    // asked again; a provider for plain text too would leave its empty outline in place.
    registerOutline([{ language: LANGUAGE }], service),
    registerStatusBar(service),
    registerAnnotateOffer(service),
    registerCommands(service),
    registerReview(service),
    entities,
    registerWorkspaceKb(service),
    registerCorrectionsList(service),
    registerExport(service),
  );
  return { service, entitiesView: entities.view, structureSource: (uri) => service.structureSource(uri), workspaceTrust };
}

/** The data of the first paint: the KB without its details, its name forms and the English lexicon. */
const FIRST_PAINT_FILES = ['kb.first.json', 'kb.precompiled.json', 'english.bloom.json'];
/** The name matchers' indexes and the KB's details (descriptions, pinyin): 7 MB, read after the first paint. */
const NAME_INDEX_FILES = ['kb.sounds.json', 'kb.literal.json', 'kb.readings.json', 'kb.details.json'];
const loaded = new Map<string, Promise<void>>();

/**
 * Reads data files (the knowledge base, its indexes, the lexicon) from the extension's dist/data/
 * (through vscode.workspace.fs, so the same code works on the desktop and in VS Code for the
 * web), each once.
 */
export function loadDataFiles(extensionUri: vscode.Uri, names: readonly string[] = [...FIRST_PAINT_FILES, ...NAME_INDEX_FILES]): Promise<void> {
  const key = names.join(' ');
  let pending = loaded.get(key);
  if (!pending) {
    pending = (async () => {
      const decoder = new TextDecoder();
      // Read side by side: on the web each read is a request to the extension's host.
      const contents = await Promise.all(names.map((name) => vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', 'data', name))));
      provideExternalData(Object.fromEntries(names.map((name, i) => [name, decoder.decode(contents[i])])));
    })();
    loaded.set(key, pending);
  }
  return pending;
}
