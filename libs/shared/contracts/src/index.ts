export * from './error-code.js';
export * from './role.js';
export * from './tenancy.js';
