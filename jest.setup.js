// Loaded before every test file.
// Decorator metadata is only recorded once reflect-metadata is loaded.
import 'reflect-metadata';

// @nestjs/graphql keeps its type registry on `global`, which outlives a test file when jest runs
// several files in one worker; a stale registry holds classes from an earlier file's realm.
delete global.GqlTypeMetadataStorage;
delete global.GqlLazyMetadataStorageHost;
