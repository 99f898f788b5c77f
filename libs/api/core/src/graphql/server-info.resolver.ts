import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../tenancy/current-actor.decorator.js';

@ObjectType({ description: 'Facts about this BiblioHub server' })
export class ServerInfo {
  @Field({ description: 'API version' })
  version!: string;

  @Field({ description: 'Server time, useful to detect clock skew in clients' })
  time!: Date;
}

@Resolver(() => ServerInfo)
export class ServerInfoResolver {
  @Access({ public: true })
  @Query(() => ServerInfo, { description: 'Version and time of the server; needs no login' })
  serverInfo(): ServerInfo {
    return { version: process.env['npm_package_version'] ?? '0.1.0', time: new Date() };
  }
}
