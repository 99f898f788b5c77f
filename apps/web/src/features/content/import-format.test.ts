import { describe, expect, it } from 'vitest';
import { importFormatOf } from './import-format';

describe('importFormatOf', () => {
  it('reads the format from the extension, in any case', () => {
    expect(importFormatOf('berichten.jsonl')).toBe('jsonl');
    expect(importFormatOf('Berichten.NDJSON')).toBe('jsonl');
    expect(importFormatOf('export.2026.csv')).toBe('csv');
  });

  it('refuses other files and names without an extension', () => {
    expect(importFormatOf('berichten.xlsx')).toBeUndefined();
    expect(importFormatOf('berichten.json')).toBeUndefined();
    expect(importFormatOf('csv')).toBeUndefined();
  });
});
