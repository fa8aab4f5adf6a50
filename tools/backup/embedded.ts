// The embedded PostgreSQL for `npm run backup` / `npm run restore` (plain Node scripts): bundled by
// tools/backup/vite.config.ts from the same TypeScript the api and worker run, only when DATABASE_URL is
// unset (see database.mjs).
export { readDatabaseChoice } from '@vigil/config';
export {
  clusterMajor,
  openDatabase,
  postgresBinaries,
  withEmbeddedStopped,
} from '../../libs/persistence/src/embedded/index.js';
