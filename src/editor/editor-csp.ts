/**
 * The Content-Security-Policy of the editor's pages. Keystatic's interface links a Google Fonts
 * stylesheet (`@keystatic/core/dist/keystatic-core-ui.js`, the `fonts.googleapis.com` link): this
 * policy stops it, so even the editor makes no request to another host. Keystatic styles itself
 * with inline styles and Astro's dev server runs inline module scripts, so both are allowed here;
 * the public pages keep their strict policy (src/lib/content-security-policy.ts).
 */
export const editorContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // Vite's dev server reloads the page over a WebSocket on the same host.
  "connect-src 'self' ws: wss:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
