export * from './factories.js';
export * from './test-app.js';
export * from './test-infrastructure.js';
export * from './streaming-replica.js';
