import { describe, expect, it } from 'vitest';
import { grantableRoles } from '../../lib/roles';
import { canAccess, navigation } from './access';

describe('access by role', () => {
  it('shows each role its own menu', () => {
    const menu = (role: Parameters<typeof navigation>[0]) => navigation(role).map((i) => i.to);
    expect(menu('CENTRAL_ADMIN')).toEqual([
      '/',
      '/berichten',
      '/beeldmateriaal',
      '/huisstijl',
      '/themas',
      '/beoordelen',
      '/gebruik',
      '/bibliotheken',
      '/gebruikers',
      '/api-sleutels',
      '/account',
    ]);
    expect(menu('CENTRAL_EDITOR')).toEqual([
      '/',
      '/berichten',
      '/beeldmateriaal',
      '/huisstijl',
      '/themas',
      '/beoordelen',
      '/gebruik',
      '/bibliotheken',
      '/account',
    ]);
    expect(menu('PROGRAMME_VIEWER')).toEqual([
      '/',
      '/berichten',
      '/beeldmateriaal',
      '/huisstijl',
      '/gebruik',
      '/bibliotheken',
      '/account',
    ]);
    expect(menu('LIBRARY_ADMIN')).toEqual([
      '/',
      '/feed',
      '/beeldmateriaal',
      '/huisstijl',
      '/abonnement',
      '/inzendingen',
      '/profiel',
      '/gebruikers',
      '/api-sleutels',
      '/account',
    ]);
    expect(menu('LIBRARY_EDITOR')).toEqual([
      '/',
      '/feed',
      '/beeldmateriaal',
      '/huisstijl',
      '/abonnement',
      '/inzendingen',
      '/profiel',
      '/account',
    ]);
    expect(navigation('LIBRARY_ADMIN').find((i) => i.to === '/api-sleutels')?.label).toBe('nav.integrations');
  });

  it('lets only central admins edit libraries, and only editors write content and review', () => {
    expect(canAccess('CENTRAL_ADMIN', 'tenantAdmin')).toBe(true);
    expect(canAccess('CENTRAL_EDITOR', 'tenantAdmin')).toBe(false);
    expect(canAccess('LIBRARY_ADMIN', 'tenants')).toBe(false);
    expect(canAccess('PROGRAMME_VIEWER', 'contentEdit')).toBe(false);
    expect(canAccess('PROGRAMME_VIEWER', 'review')).toBe(false);
    expect(canAccess('LIBRARY_EDITOR', 'content')).toBe(false);
    expect(canAccess('CENTRAL_EDITOR', 'feed')).toBe(false);
  });

  it('offers only the roles a user may grant', () => {
    expect(grantableRoles('CENTRAL_ADMIN')).toHaveLength(5);
    expect(grantableRoles('LIBRARY_ADMIN')).toEqual(['LIBRARY_ADMIN', 'LIBRARY_EDITOR']);
    expect(grantableRoles('LIBRARY_EDITOR')).toEqual([]);
  });
});
