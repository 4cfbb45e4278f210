/**
 * The one HTML escape, for the few documents Styrbord writes as string templates (the committee
 * document, the PDF footer, the published page and its withdrawal notice): text and attribute
 * values alike, so quotes are escaped too.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
