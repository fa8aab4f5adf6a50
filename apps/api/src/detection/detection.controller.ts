import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  type CalibrationResultJson,
  type RiskThresholdsJson,
  type RuleJson,
  type SimulationStreamLine,
} from '@vigil/contracts';
import { type Actor } from '../auth/actor.js';
import { CurrentActor, Roles } from '../auth/auth.decorators.js';
import { apiErrorReply } from '../common/api-error.js';
import { CalibrationService } from './calibration.service.js';
import {
  type CalibrationApplyInput,
  calibrationApplySchema,
  type CalibrationInput,
  calibrationSchema,
  type SimulationInput,
  simulationSchema,
} from './detection.schemas.js';
import { SimulationAborted, SimulationService } from './simulation.service.js';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import { calibrationApplied, calibrationResult, simulationResult } from '../openapi/responses/detection.js';

const NDJSON = 'application/x-ndjson';

/** Aborts when the client goes away before the answer is complete. */
function clientGone(response: Response): AbortSignal {
  const controller = new AbortController();
  response.on('close', () => {
    if (!response.writableFinished) controller.abort();
  });
  return controller.signal;
}

/**
 * Whole-rule-set simulation and calibration (docs/detection.md). Read-only runs over every stored snapshot of
 * a period, so they are the owner's, like the backtest.
 */
@Controller('api/rules')
@Roles('owner')
export class DetectionController {
  constructor(
    private readonly simulations: SimulationService,
    private readonly calibrations: CalibrationService,
  ) {}

  /**
   * JSON by default; with `Accept: application/x-ndjson`, progress lines stream while it runs, then the
   * result (or an error line: the status is already sent by then).
   */
  @ApiOkResponse({ standardSchema: simulationResult })
  @ApiProduces('application/json', NDJSON)
  @Post('simulate')
  // The handler writes its own 200 (it may stream); said here for the route inventory and the docs.
  @HttpCode(200)
  async simulate(
    @Body({ schema: simulationSchema }) body: SimulationInput,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const prepared = await this.simulations.prepare(body, actor.user.id);
    const signal = clientGone(response);
    if (!(request.headers.accept ?? '').includes(NDJSON)) {
      response.status(200).json(await this.simulations.run(prepared, undefined, signal));
      return;
    }
    const line = (value: SimulationStreamLine): void => {
      if (!response.writableEnded) response.write(`${JSON.stringify(value)}\n`);
    };
    response.status(200).setHeader('content-type', NDJSON);
    response.setHeader('cache-control', 'no-store');
    response.flushHeaders();
    try {
      const result = await this.simulations.run(
        prepared,
        (progress) => line({ type: 'progress', ...progress }),
        signal,
      );
      line({ type: 'result', result });
    } catch (error) {
      if (error instanceof SimulationAborted) return;
      // The status line is long gone: the error travels as the stream's last line instead.
      const { status, body, unexpected } = apiErrorReply(error);
      line({ type: 'error', status, message: unexpected ? 'the simulation failed' : body.message });
    }
    response.end();
  }

  @ApiOkResponse({ standardSchema: calibrationResult })
  @Post('calibrate')
  @HttpCode(200)
  calibrate(
    @Body({ schema: calibrationSchema }) body: CalibrationInput,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CalibrationResultJson> {
    return this.calibrations.calibrate(body, actor.user.id, clientGone(response));
  }

  @ApiOkResponse({ standardSchema: calibrationApplied })
  @Post('calibrate/apply')
  @HttpCode(200)
  apply(
    @Body({ schema: calibrationApplySchema }) body: CalibrationApplyInput,
    @CurrentActor() actor: Actor,
  ): Promise<{ rules: RuleJson[]; thresholds: RiskThresholdsJson }> {
    return this.calibrations.apply(body, actor);
  }
}
