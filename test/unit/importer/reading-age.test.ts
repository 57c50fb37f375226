import { describe, expect, it } from 'vitest';
import { readingAge } from '../../../shared/importer/reading-age';

describe('reading age of a promise', () => {
  it('a plain promise is easy; an officer’s sentence is hard', () => {
    expect(readingAge('We will visit you where you live.')).toMatchObject({ hard: false });
    const hard = readingAge(
      'We will ensure that appropriate multi-agency arrangements facilitate continuity of educational provision.',
    );
    expect(hard?.hard).toBe(true);
    expect(hard?.grade).toBeGreaterThan(12);
    expect(hard?.age).toBe((hard?.grade ?? 0) + 5);
  });

  it('nothing to read has no reading age', () => {
    expect(readingAge('  ')).toBeNull();
  });
});
