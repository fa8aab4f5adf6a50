import { DomainError } from '../common/domain-error.js';

export class RuleError extends DomainError {
  static notFound(id: string): RuleError {
    return new RuleError(404, `Rule ${id.slice(0, 100)} not found`);
  }
  /** `message` is the engine's: "at position 17: expected … but found …". */
  static invalidExpression(message: string): RuleError {
    return new RuleError(400, `Invalid expression ${message}`);
  }
  static invalidBacktestRange(problem: string): RuleError {
    return new RuleError(400, `Invalid backtest range: ${problem}`);
  }
  static backtestRunning(): RuleError {
    return new RuleError(429, 'A backtest of yours is still running; wait for it to finish', {
      'Retry-After': '5',
    });
  }
  /** Nobody reads it: the client went away, which is why the scan stopped. */
  static backtestCancelled(): RuleError {
    return new RuleError(499, 'Backtest cancelled: the client disconnected');
  }
  static gone(id: string): RuleError {
    return new RuleError(
      409,
      `Rule ${id.slice(0, 100)} no longer exists; start again from the current rules`,
    );
  }
  static staleVersion(current: number): RuleError {
    return new RuleError(409, `The rule changed meanwhile (now version ${current}); reload it and try again`);
  }
}
