import { registerSchema } from '@bibliohub/api-core';
import { Content1763900002000 } from './migrations/1763900002000-content.migration.js';
import { PostsUpdatedIndex1763900009200 } from './migrations/1763900009200-posts-updated-index.migration.js';
import { PostImports1763900009300 } from './migrations/1763900009300-post-imports.migration.js';
import { PostRevisionEntity } from './post-revision.entity.js';
import { PostEntity } from './post.entity.js';
import { ThemeEntity } from './theme.entity.js';

registerSchema({
  entities: [ThemeEntity, PostEntity, PostRevisionEntity],
  migrations: [Content1763900002000, PostsUpdatedIndex1763900009200, PostImports1763900009300],
});
