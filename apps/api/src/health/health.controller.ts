import { Controller, Get, Inject, Logger, Res, ServiceUnavailableException } from '@nestjs/common';
import type { Response } from 'express';
import {
  HealthCheck,
  type HealthCheckResult,
  HealthCheckService,
  HealthIndicatorService,
} from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SHARED_STORES, type SharedStores } from '@vigil/pipeline';
import { Public } from '../auth/auth.decorators.js';
import { ReadinessProblem, readinessProbe } from './readiness-probe.js';
import { ApiOkResponse, ApiServiceUnavailableResponse } from '@nestjs/swagger';
import { liveness, readiness } from '../openapi/responses/operations.js';

@Controller('health')
@Public()
export class HealthController {
  private readonly logger = new Logger(HealthController.name);

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SHARED_STORES) private readonly stores: SharedStores,
  ) {}

  /** Liveness: the process answers. */
  @ApiOkResponse({ standardSchema: liveness })
  @Get()
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * Readiness: PostgreSQL (and Redis, in Redis mode) reachable, migrations applied, the owner exists. The
   * `mode` entry says which store carries the queues, counters and live fan-out: `redis` or `postgres`.
   */
  @ApiOkResponse({ standardSchema: readiness })
  @ApiServiceUnavailableResponse({
    standardSchema: readiness,
    description: 'Not ready: the failing check says why.',
  })
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
      () => this.indicators.check('mode').up({ mode: this.stores.mode }),
      () => this.probe(this.stores.mode === 'redis' ? 'redis' : 'shared-stores', () => this.stores.ping()),
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
