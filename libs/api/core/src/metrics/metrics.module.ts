import { Global, Module } from '@nestjs/common';
import { MetricsService } from './metrics.service.js';

/**
 * Prometheus metrics (`GET /metrics`). Global, so the GraphQL module (its Apollo plugin and error
 * counting) and the REST error filter in every feature module can reach the one registry.
 */
@Global()
@Module({ providers: [MetricsService], exports: [MetricsService] })
export class MetricsModule {}
