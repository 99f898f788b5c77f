import {
  findPlaceholderProblems,
  PLACEHOLDERS,
  renderPlaceholders,
  withReservedLengths,
} from './placeholders.js';

const delft = {
  name: 'Bibliotheek Delft',
  displayName: 'DOK Delft',
  city: 'Delft',
  website: 'https://www.dok.info',
  phone: null,
};

describe('placeholders', () => {
  it('fills known placeholders from the profile, tolerating spaces inside the braces', () => {
    expect(renderPlaceholders('Kom naar {{bibliotheek.naam}} in {{ bibliotheek.plaats }}!', delft)).toBe(
      'Kom naar DOK Delft in Delft!',
    );
  });

  it('uses the defined fallback when the profile has no value, so no raw token remains', () => {
    const out = renderPlaceholders(
      'Bel {{bibliotheek.telefoon}} of kijk op {{bibliotheek.catalogus}}',
      delft,
    );
    expect(out).toBe('Bel de bibliotheek of kijk op https://www.bibliotheek.nl/catalogus');
    expect(out).not.toContain('{{');
    expect(renderPlaceholders('{{bibliotheek.naam}}', { name: 'Bibliotheek Assen' })).toBe(
      'Bibliotheek Assen',
    );
  });

  it('reports unknown and malformed tokens and accepts text without any', () => {
    expect(findPlaceholderProblems('Welkom bij {{bibliotheek.naam}}')).toEqual([]);
    expect(findPlaceholderProblems('Hallo {{bibliotheek.foo}}')).toEqual([
      { token: '{{bibliotheek.foo}}', reason: 'UNKNOWN' },
    ]);
    expect(findPlaceholderProblems('Hallo {{ naam! }}')).toEqual([
      { token: '{{ naam! }}', reason: 'MALFORMED' },
    ]);
    expect(findPlaceholderProblems('Hallo {{bibliotheek.naam')).toEqual([
      { token: '{{bibliotheek.naam', reason: 'MALFORMED' },
    ]);
    expect(findPlaceholderProblems('Hallo bibliotheek.naam}}')).toHaveLength(1);
  });

  it('reserves room for each placeholder when checking limits', () => {
    const naam = PLACEHOLDERS.find((p) => p.key === 'bibliotheek.naam')!;
    expect(withReservedLengths('{{bibliotheek.naam}}')).toHaveLength(naam.reserve);
    expect(withReservedLengths('{{bibliotheek.website}}')).toMatch(/^https:\/\/x+$/);
  });
});
