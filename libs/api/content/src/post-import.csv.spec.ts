import { CsvParser, CsvRecordCounter, type CsvRecord } from './post-import.csv.js';

function parse(text: string, chunkSize = text.length || 1): CsvRecord[] {
  const parser = new CsvParser();
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += chunkSize) out.push(...parser.push(text.slice(i, i + chunkSize)));
  out.push(...parser.end());
  return out;
}

function count(text: string): number {
  const counter = new CsvRecordCounter();
  counter.push(Buffer.from(text));
  return counter.end();
}

const SAMPLE = [
  '\uFEFFid,title,body',
  '1,Gewoon,tekst',
  '2,"Met, komma","Zeg ""hoi"""',
  '3,"Twee',
  'regels",""',
  '',
  '4,,"na een lege regel"',
].join('\r\n');

describe('CsvParser (RFC 4180)', () => {
  it('reads plain, quoted and escaped fields, line breaks inside quotes and CRLF, with start lines', () => {
    expect(parse(SAMPLE)).toEqual([
      { line: 1, fields: ['id', 'title', 'body'] },
      { line: 2, fields: ['1', 'Gewoon', 'tekst'] },
      { line: 3, fields: ['2', 'Met, komma', 'Zeg "hoi"'] },
      { line: 4, fields: ['3', 'Twee\r\nregels', ''] },
      { line: 7, fields: ['4', '', 'na een lege regel'] },
    ]);
  });

  it('gives the same records however the input is split into chunks', () => {
    const whole = parse(SAMPLE);
    for (const size of [1, 2, 3, 5, 7, 11]) expect(parse(SAMPLE, size)).toEqual(whole);
  });

  it('handles LF line ends, a last line without line end and empty trailing fields', () => {
    expect(parse('a,b\n1,\n2,x')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', ''] },
      { line: 3, fields: ['2', 'x'] },
    ]);
  });

  it('keeps text after a closing quote and quotes inside an unquoted field', () => {
    expect(parse('"ab"c,d"e\n')).toEqual([{ line: 1, fields: ['abc', 'd"e'] }]);
  });

  it('reports a quoted field that never ends', () => {
    expect(parse('a,b\n1,"open\nnog steeds')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', 'open\nnog steeds'], error: 'unterminated quoted field' },
    ]);
  });
});

describe('CsvRecordCounter', () => {
  it('counts records, not lines: line breaks inside quotes do not count', () => {
    expect(count('a,b\n1,"x\ny"\n2,z\n')).toBe(3);
    expect(count('a,b\n1,"x\ny"\n2,z')).toBe(3);
    expect(count('')).toBe(0);
  });
});
