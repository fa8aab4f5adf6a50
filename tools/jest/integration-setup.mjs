import { buildServerBundles } from './build-server-bundles.mjs';

export default buildServerBundles;
