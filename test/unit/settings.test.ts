import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { checkedSettings } from '../../src/vscode/settings';

// Issue 21, finding 11: settings of the wrong shape never reach sidecars or the analysis.
const settings = (values: Record<string, unknown>) => checkedSettings((k) => values[k]);

describe('settings are checked before use', () => {
  it('a reference date that is not YYYY-MM-DD is ignored (it would break the sidecar schema)', () => {
    assert.equal(settings({ referenceDate: '8 Jan 2020' }).referenceDate, null);
    assert.equal(settings({ referenceDate: '2020-02-30' }).referenceDate, null);
    assert.equal(settings({ referenceDate: '2020-01-08' }).referenceDate, '2020-01-08');
  });

  it('a file size limit outside 0-50 MB falls back to 5 MB; minConfidence outside 0-1 to 0.5', () => {
    assert.equal(settings({ maxFileSizeMB: 1024 }).maxFileBytes, 5 * 1024 * 1024);
    assert.equal(settings({ maxFileSizeMB: 'big' }).maxFileBytes, 5 * 1024 * 1024);
    assert.equal(settings({ maxFileSizeMB: 12 }).maxFileBytes, 12 * 1024 * 1024);
    assert.equal(settings({ 'diagnostics.minConfidence': 7 }).minConfidence, 0.5);
    assert.equal(settings({ 'diagnostics.minConfidence': 0.8 }).minConfidence, 0.8);
  });

  it('the manifest keeps untrusted workspaces from setting the file size limit and the reference date', () => {
    const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['newsAnnotator.maxFileSizeMB', 'newsAnnotator.referenceDate']);
  });
});
