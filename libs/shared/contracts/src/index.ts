export * from './assets.js';
export * from './content.js';
export * from './error-code.js';
export * from './placeholders.js';
export * from './role.js';
export * from './tenancy.js';
export * from './programme.js';
