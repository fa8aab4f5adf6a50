/**
 * A rule expression that cannot be compiled. `position` is the 0-based offset (UTF-16 code units) into the
 * source where the problem starts, so an editor can point at it; `expected` says what would have been valid there.
 */
export class RuleSyntaxError extends Error {
  override readonly name = 'RuleSyntaxError';
  readonly position: number;
  readonly expected: string;
  readonly found: string;

  constructor(position: number, expected: string, found: string, hint?: string) {
    super(`at position ${position}: expected ${expected} but found ${found}${hint ? ` (${hint})` : ''}`);
    this.position = position;
    this.expected = expected;
    this.found = found;
  }
}
