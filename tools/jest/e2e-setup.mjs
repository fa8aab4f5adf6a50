import { startTestPostgresIfNeeded } from './test-postgres.mjs';

export default startTestPostgresIfNeeded;
