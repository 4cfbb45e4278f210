/** Written text as the editor's plain textarea holds it: a blank line starts a new paragraph, "- " a bullet. */
export interface Paragraph {
  type: 'p' | 'li';
  text: string;
}

export function parseText(source: string): Paragraph[] {
  const out: Paragraph[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = current.join(' ').replace(/\s+/g, ' ').trim();
    if (text) out.push({ type: 'p', text });
    current = [];
  };
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const bullet = /^[-–•*]\s+(.*)$/.exec(line);
    if (line === '') flush();
    else if (bullet) {
      flush();
      const text = (bullet[1] ?? '').trim();
      if (text) out.push({ type: 'li', text });
    } else current.push(line);
  }
  flush();
  return out;
}

export function formatText(paragraphs: readonly Paragraph[]): string {
  let out = '';
  paragraphs.forEach((p, i) => {
    const prev = paragraphs[i - 1];
    if (i > 0) out += prev?.type === 'li' && p.type === 'li' ? '\n' : '\n\n';
    out += p.type === 'li' ? `- ${p.text}` : p.text;
  });
  return out;
}
