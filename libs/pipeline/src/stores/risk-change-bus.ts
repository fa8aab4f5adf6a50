import { type RiskChange } from '../pipeline-registry.js';

/**
 * How the api tells workers that rules, lists or thresholds changed. The revision counter makes the next
 * event any worker scores reload first (a change applies to everything processed after the api answered);
 * the notification reloads idle workers ahead of time.
 */
export interface RiskChangeBus {
  announce(what: RiskChange): Promise<void>;
  /** The current revision (null before the first change). */
  revision(): Promise<number | null>;
  /** Calls `onChange` on every announcement from any process until close(). */
  subscribe(onChange: () => void): Promise<void>;
  close(): Promise<void>;
}
