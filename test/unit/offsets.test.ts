import assert from 'node:assert/strict';
import { codePointLength, offsetConverter } from '../../src/core/text/offsets';

describe('offsets: UTF-16 <-> code points', () => {
  it('is the identity on ASCII', () => {
    const c = offsetConverter('Haftar said');
    assert.equal(c.toCodePoint(6), 6);
    assert.equal(c.toUtf16(6), 6);
    assert.equal(c.codePointLength, 11);
  });

  it('counts an emoji as one code point and two UTF-16 units', () => {
    const text = 'A 😀 B 👍🏽 Haftar';
    const c = offsetConverter(text);
    const u = text.indexOf('Haftar');
    assert.equal(u, 12);
    assert.equal(c.toCodePoint(u), [...text.slice(0, u)].length);
    assert.equal(c.toUtf16(c.toCodePoint(u)), u);
    assert.equal(c.codePointLength, [...text].length);
  });

  it('counts combining marks as code points of their own', () => {
    const text = 'Çavus\u0327og\u0306lu met Erdog\u0306an';
    const c = offsetConverter(text);
    const u = text.indexOf('Erdog');
    assert.equal(c.toCodePoint(u), u, 'combining marks are single UTF-16 units: offsets agree');
    assert.equal(codePointLength(text), text.length);
  });

  it('round-trips every boundary of a mixed text', () => {
    const text = '𝐀b😀c\u0301d中文🇩🇿e';
    const c = offsetConverter(text);
    let u = 0;
    for (const ch of text) {
      assert.equal(c.toUtf16(c.toCodePoint(u)), u);
      u += ch.length;
    }
    assert.equal(c.toCodePoint(text.length), c.codePointLength);
  });
});
