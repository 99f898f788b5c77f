import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Access } from '../tenancy/current-actor.decorator.js';
import { HealthService } from './health.service.js';

@Controller('health')
@Access({ public: true })
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** The process is up and serving HTTP. */
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** 200 only when PostgreSQL and S3 answer and we are not shutting down; otherwise 503 naming what is down. */
  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    if (this.health.shuttingDown) {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'shutting_down', down: [] });
      return;
    }
    const checks = await this.health.check();
    const down = checks.filter((c) => !c.ok).map((c) => c.name);
    res.status(down.length ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.OK).json({
      status: down.length ? 'unavailable' : 'ok',
      down,
      checks: Object.fromEntries(
        checks.map((c) => [
          c.name,
          c.ok ? { status: 'ok', latencyMs: c.latencyMs } : { status: 'down', error: c.error },
        ]),
      ),
    });
  }
}
