/**
 * The header every Styrbord client (the web UI, the test harness) sends on every request. A
 * cross-site form or `text/plain` fetch cannot set it without a CORS preflight, which the server
 * never grants, so together with the Origin check it keeps state-changing requests same-origin.
 */
export const CLIENT_HEADER = 'x-styrbord-client';
