import type { GraphQLRequestContextDidResolveOperation, GraphQLRequestListener } from '@apollo/server';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import type { TenantDb } from '../tenancy/tenant-db.service.js';
import { MAX_OPERATION_NAMES, MetricsService } from './metrics.service.js';

type Listener = GraphQLRequestListener<Record<string, never>>;

function service(): MetricsService {
  return new MetricsService(
    { driver: {} } as unknown as DataSource,
    {} as TenantDb,
    { metrics: {} } as AppConfig,
    { warn: () => undefined } as unknown as Logger,
  );
}

async function operation(metrics: MetricsService, operationName: string | null): Promise<Listener> {
  const listener = (await metrics.graphqlPlugin().requestDidStart!({} as never)) as Listener;
  await listener.didResolveOperation!({
    operationName,
    operation: { operation: 'query' },
  } as unknown as GraphQLRequestContextDidResolveOperation<Record<string, never>>);
  await listener.willSendResponse!({ errors: undefined } as never);
  return listener;
}

async function counts(metrics: MetricsService): Promise<Map<string, number>> {
  const metric = metrics.registry.getSingleMetric('bibliohub_graphql_operation_duration_seconds')!;
  const { values } = await metric.get();
  return new Map(
    values
      .filter(
        (v) =>
          (v as { metricName?: string }).metricName === 'bibliohub_graphql_operation_duration_seconds_count',
      )
      .map((v) => [String(v.labels['operation']), v.value]),
  );
}

describe('MetricsService GraphQL plugin', () => {
  it('hooks requests only, never fields (a field hook makes Apollo wrap every resolver)', async () => {
    const listener = await operation(service(), 'Feed');
    expect(listener).not.toHaveProperty('executionDidStart');
    expect(Object.keys(listener).sort()).toEqual(['didResolveOperation', 'willSendResponse']);
  });

  it('labels operations by name, but bounds the names clients can invent', async () => {
    const metrics = service();
    for (let i = 0; i < MAX_OPERATION_NAMES + 5; i++) await operation(metrics, `Op${i}`);
    await operation(metrics, 'Op0');
    await operation(metrics, null);
    await operation(metrics, 'x'.repeat(65));
    await operation(metrics, 'Bad-Name');
    const byName = await counts(metrics);
    expect(byName.get('Op0')).toBe(2);
    expect(byName.get(`Op${MAX_OPERATION_NAMES - 1}`)).toBe(1);
    expect(byName.has(`Op${MAX_OPERATION_NAMES}`)).toBe(false);
    expect(byName.get('(other)')).toBe(5 + 2);
    expect(byName.get('(anonymous)')).toBe(1);
    expect(byName.size).toBe(MAX_OPERATION_NAMES + 2);
  });
});
