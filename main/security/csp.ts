/**
 * The one Content-Security-Policy, for the Electron window (app:// protocol) and browser mode alike.
 * style-src allows inline styles because Mantine sets CSS variables through style attributes;
 * scripts come only from the app's own files; no plugins, frames, <base> or form posts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
