import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.tokens.js';
import { LOGGER } from '../logging/logger.tokens.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { createErrorFormatter } from './format-error.js';
import { queryLimitsRule } from './graphql-limits.js';
import { jitExecutionPlugin } from './jit-execution.js';

export interface GraphqlContext {
  req: Request;
  res: Response;
}

/** Apollo at /graphql: code-first, sorted schema, CSRF prevention, query limits, one error format. */
export const graphqlModule = GraphQLModule.forRootAsync<ApolloDriverConfig>({
  driver: ApolloDriver,
  inject: [APP_CONFIG, LOGGER, MetricsService],
  useFactory: (config: AppConfig, logger: Logger, metrics: MetricsService): ApolloDriverConfig => ({
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    graphiql: false,
    introspection: config.nodeEnv !== 'production',
    csrfPrevention: true,
    // Resolvers that may be cached (feed reads over GET) set Cache-Control themselves. Apollo's default
    // cache-control plugin wraps every field resolver (~19 % of the feed's CPU, bench/README.md), so it is off.
    // The metrics plugin uses request-level hooks only, for the same reason.
    plugins: [ApolloServerPluginCacheControlDisabled(), metrics.graphqlPlugin(), jitExecutionPlugin()],
    includeStacktraceInErrorResponses: false,
    validationRules: [queryLimitsRule()],
    formatError: metrics.countingGraphqlErrors(createErrorFormatter(logger)),
    context: ({ req, res }: GraphqlContext): GraphqlContext => ({ req, res }),
  }),
});
