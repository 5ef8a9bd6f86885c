// A span of as many words as a reading form is compared word by word, not as one run of sounds:
// run together, "tsai yingwen" sounds as much like Moon Jae-in as like Tsai Ing-wen, and "li
// keqiang" like Hacken Lee, so a correctly written name would get another person's fix. (Survivor
// of the seed-21 mutation sample of src/core/names, issue 20: comparing every span as one string
// passed every test.) The index is built in the test, so that no remembered result from another
// test answers for it.
import assert from 'node:assert/strict';
import { builtinKb } from '../../src/core/kb/builtin';
import { KbIndex } from '../../src/core/kb/index';
import { readingCandidates, spanWord, SyllableIndex } from '../../src/core/names/syllable-readings';

describe('syllable readings of a span of several words', function () {
  this.timeout(60_000);

  it('compare word by word: the right person first, no other person for a name the KB lacks', () => {
    const index = new SyllableIndex(new KbIndex(builtinKb()));
    const near = (s: string) => readingCandidates(index, s.split(' ').map(spanWord), 0, s.length, 0.8).map((c) => c.entity.name);
    assert.equal(near('tsai yingwen')[0], 'Tsai Ing-wen');
    assert.ok(!near('tsai yingwen').includes('Moon Jae-in'), near('tsai yingwen').join(', '));
    for (const name of ['li keqiang', 'hu jintao']) {
      const others = near(name).filter((n) => !n.toLowerCase().includes(name.split(' ')[1]));
      assert.deepEqual(others, [], `${name}: read as another person`);
    }
  });
});
