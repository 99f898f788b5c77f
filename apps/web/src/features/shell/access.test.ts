import { describe, expect, it } from 'vitest';
import { grantableRoles } from '../../lib/roles';
import { canAccess, navigation } from './access';

describe('access by role', () => {
  it('shows each role its own menu', () => {
    const menu = (role: Parameters<typeof navigation>[0]) => navigation(role).map((i) => i.to);
    expect(menu('CENTRAL_ADMIN')).toEqual([
      '/',
      '/dashboard',
      '/berichten',
      '/beeldmateriaal',
      '/huisstijl',
      '/themas',
      '/beoordelen',
      '/bewijs',
      '/gebruik',
      '/bibliotheken',
      '/gebruikers',
      '/api-sleutels',
      '/account',
    ]);
    expect(menu('CENTRAL_EDITOR')).toEqual([
      '/',
      '/dashboard',
      '/berichten',
      '/beeldmateriaal',
      '/huisstijl',
      '/themas',
      '/beoordelen',
      '/bewijs',
      '/gebruik',
      '/bibliotheken',
      '/account',
    ]);
    expect(menu('PROGRAMME_VIEWER')).toEqual([
      '/',
      '/dashboard',
      '/berichten',
      '/beeldmateriaal',
      '/huisstijl',
      '/bewijs',
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
      '/programma',
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
      '/programma',
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
    // Programme viewers read the dashboard and the evidence queue but decide nothing.
    expect(canAccess('PROGRAMME_VIEWER', 'dashboard')).toBe(true);
    expect(canAccess('PROGRAMME_VIEWER', 'evidence')).toBe(true);
    // Only central admins change the phase criteria and the targets.
    expect(canAccess('CENTRAL_ADMIN', 'programmeSettings')).toBe(true);
    expect(canAccess('CENTRAL_EDITOR', 'programmeSettings')).toBe(false);
    expect(canAccess('PROGRAMME_VIEWER', 'programmeSettings')).toBe(false);
    expect(canAccess('LIBRARY_ADMIN', 'programmeSettings')).toBe(false);
    expect(canAccess('PROGRAMME_VIEWER', 'evidenceReview')).toBe(false);
    expect(canAccess('LIBRARY_ADMIN', 'dashboard')).toBe(false);
    expect(canAccess('LIBRARY_EDITOR', 'programme')).toBe(true);
    expect(canAccess('CENTRAL_ADMIN', 'programme')).toBe(false);
  });

  it('offers only the roles a user may grant', () => {
    expect(grantableRoles('CENTRAL_ADMIN')).toHaveLength(5);
    expect(grantableRoles('LIBRARY_ADMIN')).toEqual(['LIBRARY_ADMIN', 'LIBRARY_EDITOR']);
    expect(grantableRoles('LIBRARY_EDITOR')).toEqual([]);
  });
});
