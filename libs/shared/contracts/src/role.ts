/** User roles, ordered from most to least privileged within their side. */
export enum Role {
  CENTRAL_ADMIN = 'CENTRAL_ADMIN',
  CENTRAL_EDITOR = 'CENTRAL_EDITOR',
  PROGRAMME_VIEWER = 'PROGRAMME_VIEWER',
  LIBRARY_ADMIN = 'LIBRARY_ADMIN',
  LIBRARY_EDITOR = 'LIBRARY_EDITOR',
}
