import { Controller, Get, Inject, Logger, Res, ServiceUnavailableException } from '@nestjs/common';
import type { Response } from 'express';
import {
  HealthCheck,
  type HealthCheckResult,
  HealthCheckService,
  HealthIndicatorService,
} from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators.js';
import { REDIS } from '../common/redis.module.js';
import { ReadinessProblem, readinessProbe } from './readiness-probe.js';

@Controller('health')
@Public()
export class HealthController {
  private readonly logger = new Logger(HealthController.name);

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** Liveness: the process answers. */
  @Get()
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: PostgreSQL and Redis reachable, migrations applied, the owner exists. */
  @Get('ready')
  @HealthCheck()
  async ready(@Res({ passthrough: true }) response: Response): Promise<HealthCheckResult> {
    try {
      return await this.check();
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      // Keep terminus' per-check details in the 503 body: they say what is missing (never driver errors).
      response.status(503);
      return error.getResponse() as HealthCheckResult;
    }
  }

  private check(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.probe('database', async () => void (await this.dataSource.query('SELECT 1'))),
      () => this.probe('redis', async () => void (await this.redis.ping())),
      () =>
        this.probe('migrations', async () => {
          if (await this.dataSource.showMigrations()) throw new ReadinessProblem('pending migrations');
        }),
      () =>
        this.probe('owner', async () => {
          const [row] = (await this.dataSource.query(
            `SELECT count(*)::int AS n FROM users WHERE role = 'owner'`,
          )) as Array<{ n: number }>;
          if (!row || row.n === 0) throw new ReadinessProblem('no owner account yet');
        }),
    ]);
  }

  private probe(key: string, check: () => Promise<void>) {
    return readinessProbe(this.indicators, key, check, this.logger);
  }
}
