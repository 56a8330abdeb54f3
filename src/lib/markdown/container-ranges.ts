/**
 * Helpers for rules that rewrite a markdown-it-container block into one token:
 * find the matching close token, honouring nested containers.
 */
import type { StateCore, Token } from 'markdown-it';

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

/**
 * Replaces each `container_<name>` block of `state.tokens` (open … close) with the one token
 * `make` returns for it, given the open token and the tokens between open and close.
 */
export function collapseContainers(state: StateCore, name: string, make: (open: Token, inner: Token[]) => Token): void {
  const out: Token[] = [];
  for (let i = 0; i < state.tokens.length; i++) {
    const token = state.tokens[i]!;
    if (token.type !== `container_${name}_open`) {
      out.push(token);
      continue;
    }
    const close = findContainerClose(state.tokens, i);
    out.push(make(token, state.tokens.slice(i + 1, close)));
    i = close;
  }
  state.tokens = out;
}
