import { serverBundleConfig } from '../../tools/vite/server-bundle.js';

export default serverBundleConfig('worker');
