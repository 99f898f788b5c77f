export * from './dto/feed.type.js';
export * from './feed.module.js';
export * from './feed.service.js';
export * from './override.service.js';
export * from './dto/override.type.js';
export * from './usage.service.js';
export * from './webhook-dispatcher.service.js';
export * from './webhook.service.js';
