/** Node flags for the api and worker processes (see app-node-flags.mjs for why). */
export declare const APP_NODE_FLAGS: readonly string[];
