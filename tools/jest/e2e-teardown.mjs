import { stopTestPostgres } from './test-postgres.mjs';

export default stopTestPostgres;
