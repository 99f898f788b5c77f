import { renderPlaceholders } from '@bibliohub/contracts';
import { describe, expect, it } from 'vitest';
import { EMPTY_TENANT, profileInput, slugify, tenantValues } from './profile-form';
import { PREVIEW_TEXT, placeholderProfile } from './profile-preview';

describe('library profile form', () => {
  it('turns empty fields into null (clear), leaves out an empty branch count, drops empty channels', () => {
    const input = profileInput({
      ...EMPTY_TENANT,
      city: '  Delft ',
      website: '',
      branchCount: '',
      channels: [
        { channel: 'INSTAGRAM', handle: ' @dok ', url: '' },
        { channel: 'X', handle: '  ', url: 'https://x.com/dok' },
      ],
    });
    expect(input).toEqual({
      displayName: null,
      city: 'Delft',
      website: null,
      phone: null,
      openingHoursUrl: null,
      catalogueUrl: null,
      contactEmail: null,
      channels: [{ channel: 'INSTAGRAM', handle: '@dok', url: null }],
    });
    expect(profileInput({ ...EMPTY_TENANT, branchCount: '4' }).branchCount).toBe(4);
  });

  it('reads a tenant into form values', () => {
    const values = tenantValues({
      id: '1',
      slug: 'delft',
      name: 'Bibliotheek Delft',
      kind: 'LIBRARY',
      province: 'ZUID_HOLLAND',
      city: 'Delft',
      displayName: null,
      website: 'https://www.dok.info',
      phone: null,
      openingHoursUrl: null,
      catalogueUrl: null,
      contactEmail: null,
      branchCount: 4,
      channels: [{ channel: 'INSTAGRAM', handle: '@dok', url: null }],
      active: true,
      version: 3,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    });
    expect(values).toMatchObject({ displayName: '', branchCount: '4', province: 'ZUID_HOLLAND' });
    expect(values.channels).toEqual([{ channel: 'INSTAGRAM', handle: '@dok', url: '' }]);
  });

  it('suggests a slug from the name', () => {
    expect(slugify('Centre Céramique Maastricht')).toBe('centre-ceramique-maastricht');
    expect(slugify('  Bibliotheek  Den Haag! ')).toBe('bibliotheek-den-haag');
  });

  it('previews a post as the API renders it, with fallbacks for empty fields', () => {
    const values = { ...EMPTY_TENANT, displayName: 'DOK', city: 'Delft', website: 'https://www.dok.info' };
    expect(renderPlaceholders(PREVIEW_TEXT, placeholderProfile(values, 'Bibliotheek Delft'))).toBe(
      'Kom naar DOK in Delft! Meer info: https://www.dok.info',
    );
    expect(renderPlaceholders(PREVIEW_TEXT, placeholderProfile(EMPTY_TENANT, 'Bibliotheek Delft'))).toBe(
      'Kom naar Bibliotheek Delft in jouw buurt! Meer info: https://www.bibliotheek.nl',
    );
  });
});
