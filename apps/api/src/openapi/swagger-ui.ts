import express from 'express';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

/** Where Swagger UI's own files (the `swagger-ui-dist` package) are served. */
export const SWAGGER_UI_ASSETS = '/api/docs/ui/assets';

/**
 * The Swagger UI page. Nothing inline: the dashboard's CSP (common/csp.ts) allows only same-origin scripts
 * and styles, so the page loads the bundle and a small init script (SWAGGER_UI_INIT) as files.
 */
export const SWAGGER_UI_HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Vigil API</title>
  <link rel="stylesheet" href="${SWAGGER_UI_ASSETS}/swagger-ui.css">
  <link rel="icon" type="image/png" href="${SWAGGER_UI_ASSETS}/favicon-32x32.png">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="${SWAGGER_UI_ASSETS}/swagger-ui-bundle.js"></script>
  <script src="/api/docs/ui/init.js"></script>
</body>
</html>
`;

/** Points Swagger UI at GET /api/docs; "Try it out" sends the session cookie of a signed-in owner. */
export const SWAGGER_UI_INIT = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/api/docs',
    dom_id: '#swagger-ui',
    deepLinking: true,
    withCredentials: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
  });
});
`;

/** Static files of Swagger UI (public, like the dashboard's). */
export function swaggerUiAssets(): express.Handler {
  const folder = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/swagger-ui-bundle.js'));
  return express.static(folder, { index: false, maxAge: '1d' });
}
