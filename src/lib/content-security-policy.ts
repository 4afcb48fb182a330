/**
 * The Content-Security-Policy every page carries: everything from the site itself and nothing
 * from anywhere else, no inline script or style. Pagefind's search compiles WebAssembly, which
 * needs 'wasm-unsafe-eval' (it allows WebAssembly only, not JavaScript eval).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The policy of pages served by `astro dev` (`npm run dev`, the editor's preview): the same, except
 * that Vite's dev server puts each page's styles inline, which it must allow for the page to look
 * as it will. Builds always carry `contentSecurityPolicy`.
 */
export const devContentSecurityPolicy = contentSecurityPolicy.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
