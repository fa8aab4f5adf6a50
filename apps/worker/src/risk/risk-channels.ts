import { type VigilConfig } from '@vigil/config';
import { redisChannelPrefix } from '@vigil/pipeline';

/*
 * How the api tells workers that rules, lists or thresholds changed. The api side
 * (apps/api/src/rules/risk-change-notifier.service.ts) uses the same names; the risk integration tests
 * exercise both ends.
 */

/** Incremented by the api on every change: a worker that sees a newer value reloads before scoring. */
export const riskRevisionKey = (config: Pick<VigilConfig, 'redisPrefix'>): string =>
  `${config.redisPrefix}:risk:revision`;

/** Published after a change so idle workers reload ahead of the next event. */
export const riskChangeChannel = (
  config: Pick<VigilConfig, 'redisUrl' | 'redisPrefix'>,
  what: 'lists' | 'rules',
): string => `${redisChannelPrefix(config)}:${what}-changed`;

/** settings.key of the score thresholds. */
export const RISK_THRESHOLDS_SETTING = 'risk_thresholds';
