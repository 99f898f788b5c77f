import { csvCell, toCsv } from './csv.js';

describe('CSV', () => {
  it('quotes fields with delimiters, quotes and line breaks (RFC 4180), CRLF between rows', () => {
    expect(toCsv([['a', 'b, c', 'zeg "hoi"', 'twee\nregels', 3, null]])).toBe(
      'a,"b, c","zeg ""hoi""","twee\nregels",3,\r\n',
    );
  });

  it('only quotes what the chosen delimiter needs', () => {
    expect(toCsv([['b, c', 'd;e']], ';')).toBe('b, c;"d;e"\r\n');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","klik")')).toBe(`"'=HYPERLINK(""http://x"",""klik"")"`);
    expect(csvCell('+31 15 123')).toBe("'+31 15 123");
    expect(csvCell('@bibliotheek')).toBe("'@bibliotheek");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('Bibliotheek Delft')).toBe('Bibliotheek Delft');
  });
});
