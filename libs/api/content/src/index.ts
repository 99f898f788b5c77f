export * from './content.module.js';
export * from './dto/post.input.js';
export * from './dto/theme.type.js';
export * from './post-scheduler.service.js';
export * from './post.entity.js';
export * from './post.service.js';
export * from './theme.entity.js';
export * from './theme.service.js';
