/**
 * Issue 20: the manifest (package.json `contributes`) decides what users see before any code runs:
 * colours of the semantic tokens, the Command Palette, keyboard shortcuts, menus and when the
 * Entities view is listed. No other test reads it, so a deleted `semanticTokenScopes` or rebound
 * keys passed the whole suite. Expected values are written out here, not read from the code.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes;

/** The semantic token legend, in the legend's order (src/vscode/highlighting.ts). */
const LEGEND_TYPES = [
  'newsPerson',
  'newsOrganization',
  'newsPlace',
  'newsLocation',
  'newsNationality',
  'newsMedia',
  'newsFacility',
  'newsEvent',
  'newsDate',
  'newsHeadline',
  'newsHeading',
];
const LEGEND_MODIFIERS = ['misrendered', 'flagged'];

/** The project's own scope for each token type; a theme may colour it directly. */
const NEWS_SCOPE: Record<string, string> = {
  newsPerson: 'news.person',
  newsOrganization: 'news.organization',
  newsPlace: 'news.place',
  newsLocation: 'news.location',
  newsNationality: 'news.nationality',
  newsMedia: 'news.media',
  newsFacility: 'news.facility',
  newsEvent: 'news.event',
  newsDate: 'news.date',
  newsHeadline: 'news.headline',
  newsHeading: 'news.heading',
};

/** Commands hidden from the Command Palette, each with the reason it makes no sense there. */
const HIDDEN_FROM_PALETTE: Record<string, string> = {
  'newsAnnotator.applyCorrection': 'needs the word and the fix that the light bulb passes',
  'newsAnnotator.ignoreCorrection': 'needs the word that the light bulb passes',
  'newsAnnotator.ignoreInFile': 'needs the misrendering that the light bulb passes',
  'newsAnnotator.ignoreInWorkspace': 'needs the misrendering that the light bulb passes',
  'newsAnnotator.revealAnnotation': 'needs the annotation clicked in the Entities view',
  'newsAnnotator.view.accept': 'acts on an Entities view item (inline button)',
  'newsAnnotator.view.reject': 'acts on an Entities view item (inline button)',
  'newsAnnotator.view.changeLabel': 'acts on an Entities view item (context menu)',
  'newsAnnotator.view.remove': 'acts on an Entities view item (context menu)',
  'newsAnnotator.view.reattach': 'acts on an orphaned Entities view item (context menu)',
};

/** Keyboard shortcuts (Windows/Linux key, macOS key, command), as the README documents them. */
const KEYBINDINGS = [
  ['ctrl+alt+]', 'cmd+alt+]', 'newsAnnotator.nextSuggestion'],
  ['ctrl+alt+[', 'cmd+alt+[', 'newsAnnotator.previousSuggestion'],
  ['ctrl+alt+enter', 'cmd+alt+enter', 'newsAnnotator.acceptAnnotation'],
  ['ctrl+alt+backspace', 'cmd+alt+backspace', 'newsAnnotator.rejectAnnotation'],
  ['ctrl+alt+a', 'cmd+alt+a', 'newsAnnotator.annotateSelection'],
];

/**
 * Context keys a view's `when` clause (and its title and item menus) may use. Editor keys such as
 * `editorLangId` or `editorTextFocus` are false as soon as focus moves into the view, so a view or
 * a view button that depends on them disappears the moment the user clicks it.
 */
const VIEW_CONTEXT_KEYS = new Set(['view', 'viewItem', 'newsAnnotator.articleActive', 'workspaceFolderCount', 'isWorkspaceTrusted']);

/** The context keys a `when` clause reads (left-hand sides of comparisons and bare keys). */
function contextKeysOf(when: string): string[] {
  const withoutLiterals = when.replace(/=~\s*\/(?:\\.|[^/\\])*\//g, '== x').replace(/'[^']*'|"[^"]*"/g, 'x');
  const keys: string[] = [];
  for (const atom of withoutLiterals.split(/&&|\|\||[()]/)) {
    const left = atom.split(/==|!=|<=|>=|<|>| not in | in /)[0]!.replace(/^\s*!+/, '').trim();
    if (left && left !== 'true' && left !== 'false') keys.push(left);
  }
  return keys;
}

/** The token types of the legend the extension registers, read from its source (it imports vscode). */
function legendInSource(): string[] {
  const source = readFileSync(join(root, 'src', 'vscode', 'highlighting.ts'), 'utf8');
  const list = /export const TOKEN_TYPES = \[([^\]]*)\]/.exec(source);
  assert.ok(list, 'TOKEN_TYPES not found in src/vscode/highlighting.ts');
  return [...list[1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}

const commandIds = (): string[] => contributes.commands.map((c: { command: string }) => c.command);

describe('manifest: semantic tokens', () => {
  it('declares the token types and modifiers of the legend the extension registers', () => {
    assert.deepEqual(legendInSource(), LEGEND_TYPES, 'src/vscode/highlighting.ts registers another legend');
    assert.deepEqual(contributes.semanticTokenTypes.map((t: { id: string }) => t.id), LEGEND_TYPES);
    assert.deepEqual(contributes.semanticTokenModifiers.map((t: { id: string }) => t.id), LEGEND_MODIFIERS);
  });

  it('gives every token type a scope, in news text and plain text, so every theme colours entities', () => {
    const entries: Array<{ language?: string; scopes: Record<string, string[]> }> = contributes.semanticTokenScopes ?? [];
    assert.deepEqual(
      entries.map((e) => e.language ?? '(every language)'),
      ['newstext', '(every language)'],
      'semanticTokenScopes needs one entry for news text and one for every language (plain text), or themes leave entities uncoloured',
    );
    for (const entry of entries) {
      for (const type of LEGEND_TYPES) {
        const scopes = entry.scopes[type];
        assert.ok(scopes, `${type} has no scope for ${entry.language ?? 'every language'}: plain themes will not colour it`);
        assert.equal(scopes[0], NEWS_SCOPE[type], `${type}'s first scope`);
        assert.ok(
          scopes.some((s) => !s.startsWith('news.')),
          `${type} has only news.* scopes: no common theme colours them`,
        );
      }
    }
  });
});

describe('manifest: commands', () => {
  it('gives every command a title in the News Annotator category', () => {
    for (const c of contributes.commands) {
      assert.ok(typeof c.title === 'string' && c.title.trim(), `${c.command} has no title`);
      assert.equal(c.category, 'News Annotator', `${c.command}'s category`);
    }
    assert.equal(new Set(commandIds()).size, commandIds().length, 'a command is contributed twice');
  });

  it('lists every command in the Command Palette unless there is a stated reason not to', () => {
    const hidden = contributes.menus.commandPalette
      .filter((e: { when?: string }) => e.when === 'false')
      .map((e: { command: string }) => e.command)
      .sort();
    assert.deepEqual(hidden, Object.keys(HIDDEN_FROM_PALETTE).sort(), 'commands hidden from the Command Palette without a stated reason, or listed there though they need arguments');
  });

  it('binds the documented keys to the documented commands, each key once', () => {
    const bound = contributes.keybindings.map((k: { key: string; mac: string; command: string }) => [k.key, k.mac, k.command]);
    assert.deepEqual(bound, KEYBINDINGS, 'the keyboard shortcuts differ from the ones the README documents');
    for (const k of contributes.keybindings) {
      assert.match(k.when, /editorTextFocus/, `${k.key} would fire outside the editor`);
    }
  });

  it('refers only to contributed commands in keybindings and menus', () => {
    const known = new Set(commandIds());
    for (const k of contributes.keybindings) assert.ok(known.has(k.command), `keybinding ${k.key}: unknown command ${k.command}`);
    for (const [menu, entries] of Object.entries(contributes.menus) as Array<[string, Array<{ command: string }>]>) {
      for (const e of entries) assert.ok(known.has(e.command), `menu ${menu}: unknown command ${e.command}`);
    }
  });
});

describe('manifest: activation', () => {
  // The workbench starts the extension when a news or plain-text file is opened. (The Entities
  // view's implicit onView event also starts it when the Explorer is open at start, which hid a
  // manifest without these events from every workbench test: see activation.test.ts.)
  it('activates when a news or plain text file is opened', () => {
    assert.deepEqual([...manifest.activationEvents].sort(), ['onLanguage:newstext', 'onLanguage:plaintext'],
      'activationEvents: without onLanguage:plaintext a .txt article opened with the Explorer closed is never analysed');
  });
});

describe('manifest: views', () => {
  it('lists the Entities view in the Explorer while an article is open', () => {
    assert.deepEqual(contributes.views.explorer.map((v: { id: string; name: string; when: string }) => [v.id, v.name, v.when]), [
      ['newsAnnotator.entities', 'Entities', 'newsAnnotator.articleActive'],
    ], 'the Explorer should list one Entities view, shown while an article is active');
  });

  it("uses in views' when clauses only context keys that hold while the view has focus", () => {
    const clauses: Array<[string, string]> = [];
    for (const views of Object.values(contributes.views) as Array<Array<{ id: string; when?: string }>>) {
      for (const v of views) if (v.when) clauses.push([`view ${v.id}`, v.when]);
    }
    for (const menu of ['view/title', 'view/item/context']) {
      for (const e of contributes.menus[menu] ?? []) if (e.when) clauses.push([`${menu} ${e.command}`, e.when]);
    }
    assert.ok(clauses.length >= 7, `only ${clauses.length} when clauses found`);
    for (const [where, when] of clauses) {
      for (const key of contextKeysOf(when)) {
        assert.ok(VIEW_CONTEXT_KEYS.has(key), `${where}: "${when}" reads ${key}, which a view cannot rely on`);
      }
    }
  });

  it('reads context keys out of when clauses (the check above depends on it)', () => {
    assert.deepEqual(contextKeysOf("view == a.b && viewItem =~ /^x\\.(y|z)$/"), ['view', 'viewItem']);
    assert.deepEqual(contextKeysOf('!editorLangId || (editorHasSelection && resourceScheme != file)'), [
      'editorLangId',
      'editorHasSelection',
      'resourceScheme',
    ]);
  });
});
