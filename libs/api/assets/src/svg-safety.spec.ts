import { SvgDangerScanner, svgDanger } from './svg-safety.js';

const svg = (inner: string, attributes = ''): Buffer =>
  Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg"${attributes}>${inner}</svg>`);

describe('svgDanger', () => {
  it.each([
    ['a script element', svg('<script>alert(1)</script>'), '<script>'],
    ['a SCRIPT in capitals', svg('<SCRIPT>alert(1)</SCRIPT>'), '<script>'],
    ['onload on the root', svg('', ' onload="alert(1)"'), 'an on… event attribute'],
    ['onclick on a child', svg('<rect onclick = "x()"/>'), 'an on… event attribute'],
    ['a javascript: link', svg('<a href="javascript:alert(1)">x</a>'), 'a javascript: URL'],
    [
      'a javascript: link split by a tab entity',
      svg('<a href="java&#x09;script:x">x</a>'),
      'a javascript: URL',
    ],
    [
      'a javascript: link with decimal references',
      svg('<a href="&#106;avascript&#58;x">x</a>'),
      'a javascript: URL',
    ],
    ['a javascript: link split by a newline', svg('<a href="java\nscript:x">x</a>'), 'a javascript: URL'],
    ['a foreignObject', svg('<foreignObject><p>x</p></foreignObject>'), '<foreignObject>'],
    ['an iframe', svg('<iframe src="x"/>'), 'embedded HTML content'],
    [
      'an entity declaration',
      Buffer.from('<!DOCTYPE svg [<!ENTITY x "y">]><svg/>'),
      'an XML entity declaration',
    ],
    ['a data:text/html link', svg('<a href="data:text/html;base64,xx">x</a>'), 'a data:text/html URL'],
  ])('finds %s', (_name, data, found) => {
    expect(svgDanger(data)).toBe(found);
  });

  it('passes clean drawings, including words that merely look alike', () => {
    expect(
      svgDanger(
        svg('<title>Bijeenkomst online</title><text>Description: scripted on paper</text><rect width="10"/>'),
      ),
    ).toBeNull();
  });

  it('finds a pattern split across two chunks', () => {
    const scanner = new SvgDangerScanner(Buffer.from('<svg><rect/><scr'));
    scanner.push(Buffer.from('ipt>alert(1)</script></svg>'));
    expect(scanner.found).toBe('<script>');
    const chunked = new SvgDangerScanner();
    for (const part of ['<svg on', 'load="x()"></svg>']) chunked.push(Buffer.from(part));
    expect(chunked.found).toBe('an on… event attribute');
  });
});
