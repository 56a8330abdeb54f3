/**
 * Helpers for rules that rewrite a markdown-it-container block into one token:
 * find the matching close token, honouring nested containers.
 */
import type { Token } from 'markdown-it';

export function findContainerClose(tokens: readonly Token[], openIndex: number): number {
  const open = tokens[openIndex]!;
  const closeType = open.type.replace(/_open$/, '_close');
  let depth = 0;
  for (let i = openIndex; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === open.type) depth++;
    else if (t.type === closeType && --depth === 0) return i;
  }
  return tokens.length - 1;
}

/** The words after the container name: `figure fig-1` → `fig-1`, `facts 数说` → `数说`. */
export function containerArgument(token: Token, name: string): string {
  return token.info.trim().slice(name.length).trim();
}
