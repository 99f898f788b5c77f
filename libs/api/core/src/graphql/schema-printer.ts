import type { INestApplicationContext } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

/** The committed `apps/api/schema.graphql` text: the live schema, sorted, with a trailing newline. */
export function printSortedSchema(app: INestApplicationContext): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
