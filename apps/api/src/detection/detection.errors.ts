import { DomainError } from '../common/domain-error.js';

export class DetectionError extends DomainError {
  static invalidRule(name: string, message: string): DetectionError {
    return new DetectionError(400, `Rule "${name.slice(0, 200)}" does not compile: ${message}`);
  }
  static badRange(message: string): DetectionError {
    return new DetectionError(400, message);
  }
  static busy(): DetectionError {
    return new DetectionError(
      409,
      'A simulation or calibration of yours is still running; wait for it to finish',
    );
  }
  static staleRule(ruleId: string, version: number): DetectionError {
    return new DetectionError(
      409,
      `Rule ${ruleId} changed since the calibration (now version ${version}); calibrate again`,
    );
  }
  static unknownRule(ruleId: string): DetectionError {
    return new DetectionError(400, `suggestion names rule ${ruleId.slice(0, 100)}, which does not exist`);
  }
}
