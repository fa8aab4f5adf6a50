// Node flags for the api and worker processes, set here only: `npm start`, `npm run start:api|start:worker`
// (tools/start.mjs) and everything that starts the built apps through `spawnApp` (libs/testing: the bench,
// the fault and integration tests) pass them. Plain JavaScript so that tools/start.mjs runs it unbuilt.
//
// --max-semi-space-size=32: a young generation of 32 MB per semi-space instead of V8's 16 MB, so more of a
// batch's and a request's short-lived objects die in a scavenge instead of being promoted and collected by
// the costlier old-generation GC (docs/profile.md, "Sixth pass": worker and api CPU per event; 64 MB did not
// help further).
export const APP_NODE_FLAGS = Object.freeze(['--max-semi-space-size=32']);
