export * from './dto/submission.type.js';
export * from './submission.service.js';
export * from './submissions.module.js';
