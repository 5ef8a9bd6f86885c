import * as vscode from 'vscode';
import { assert } from 'chai';
import {
  activateExtension, closeAllEditors, EXTENSION_ID, exists, freshCopy, misplacedAnnotations, open, readText,
  saveAndReadSidecar, sha256Hex, waitForDiagnostics,
} from './helpers';

const LABELS = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'MEDIA', 'FAC', 'EVENT', 'DATE'];
const KINDS = ['transliteration', 'case', 'possessive', 'abbreviation-confusion', 'mistranslation'];
const STATUSES = ['suggested', 'accepted', 'rejected', 'orphaned'];

suite('8. Sidecar file', () => {
  suiteSetup(async () => {
    await activateExtension();
  });
  suiteTeardown(closeAllEditors);

  test('the saved sidecar has the SIDECAR.md fields and matches its text', async () => {
    const editor = await open(await freshCopy());
    const doc = editor.document;
    await waitForDiagnostics(doc.uri);
    await vscode.commands.executeCommand('newsAnnotator.setReferenceDate', '2020-01-08');
    const sidecar = await saveAndReadSidecar(editor);
    const text = doc.getText();
    const name = doc.uri.path.slice(doc.uri.path.lastIndexOf('/') + 1);

    assert.strictEqual(sidecar.format, 'news-annotator');
    assert.strictEqual(sidecar.version, 1);
    assert.isObject(sidecar.document);
    assert.strictEqual(sidecar.document.path, name, 'document.path');
    assert.strictEqual(sidecar.document.length, Array.from(text).length, 'document.length (code points)');
    assert.strictEqual(sidecar.document.sha256, await sha256Hex(text), 'document.sha256');
    assert.strictEqual(sidecar.document.referenceDate, '2020-01-08', 'document.referenceDate');
    assert.isArray(sidecar.annotations);
    assert.isArray(sidecar.history);
    assert.isAtLeast(sidecar.annotations.length, 60, 'annotations on the seed');

    const ids = new Set<string>();
    for (const a of sidecar.annotations) {
      const where = `annotation ${JSON.stringify(a).slice(0, 160)}`;
      assert.isString(a.id, where);
      assert.isFalse(ids.has(a.id), `duplicate id ${a.id}`);
      ids.add(a.id);
      assert.isTrue(Number.isInteger(a.start) && Number.isInteger(a.end) && a.start < a.end, `${where}: start/end`);
      assert.isString(a.text, where);
      assert.include(LABELS, a.label, `${where}: label`);
      assert.include(STATUSES, a.status, `${where}: status`);
      assert.include(['auto', 'manual'], a.source, `${where}: source`);
      if (a.correction) {
        assert.isString(a.correction.replacement, `${where}: correction.replacement`);
        assert.include(KINDS, a.correction.kind, `${where}: correction.kind`);
        assert.isTrue(a.correction.confidence >= 0 && a.correction.confidence <= 1, `${where}: correction.confidence`);
      }
      if (a.label === 'DATE') {
        assert.isTrue(a.value === null || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(a.value ?? ''), `${where}: value`);
      }
    }
    const sorted = [...sidecar.annotations].sort((x, y) => x.start - y.start || x.end - y.end);
    assert.deepEqual(sidecar.annotations.map((a) => a.id), sorted.map((a) => a.id), 'annotations sorted by start, end');
    assert.deepEqual(misplacedAnnotations(sidecar, text), [], 'annotations whose text is not at their offsets');

    const monday = sidecar.annotations.find((a) => a.label === 'DATE' && a.text === 'Monday');
    assert.ok(monday, 'a DATE annotation for "Monday"');
    assert.strictEqual(monday.value, '2020-01-06');
    const haftal = sidecar.annotations.find((a) => a.text === 'haftal');
    assert.ok(haftal, 'an annotation for "haftal"');
    assert.strictEqual(haftal.canonical, 'Khalifa Haftar');
    assert.strictEqual(haftal.correction?.replacement, 'Haftar');
  });

  test('the sidecar satisfies the required fields of schemas/sidecar.schema.json', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const schemaUri = vscode.Uri.joinPath(ext.extensionUri, 'schemas', 'sidecar.schema.json');
    const raw = (await exists(schemaUri)) ? await readText(schemaUri).catch(() => undefined) : undefined;
    assert.isString(raw, `${schemaUri.toString()} cannot be read`);
    const schema = JSON.parse(raw!) as JsonSchema;
    const editor = await open(await freshCopy());
    await waitForDiagnostics(editor.document.uri);
    const sidecar = await saveAndReadSidecar(editor);
    assert.deepEqual(missingRequired(schema, sidecar, schema), [], 'required properties missing');
  });
});

interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  required?: string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  $defs?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
  allOf?: JsonSchema[];
}

/** Walks `required`, `properties`, `items`, `allOf` and local `$ref`s; enough for this check, no ajv. */
function missingRequired(schema: JsonSchema, value: unknown, root: JsonSchema, at = '$'): string[] {
  if (schema.$ref?.startsWith('#/')) {
    let target: unknown = root;
    for (const part of schema.$ref.slice(2).split('/')) target = (target as Record<string, unknown>)?.[part];
    if (target) return missingRequired(target as JsonSchema, value, root, at);
  }
  const out: string[] = [];
  for (const sub of schema.allOf ?? []) out.push(...missingRequired(sub, value, root, at));
  if (Array.isArray(value) && schema.items) {
    value.forEach((v, i) => out.push(...missingRequired(schema.items!, v, root, `${at}[${i}]`)));
  } else if (value && typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in obj)) out.push(`${at}.${key}`);
    for (const [key, sub] of Object.entries(schema.properties ?? {})) {
      if (key in obj) out.push(...missingRequired(sub, obj[key], root, `${at}.${key}`));
    }
  }
  return out;
}
