import { removeServerBundles } from './build-server-bundles.mjs';

export default removeServerBundles;
