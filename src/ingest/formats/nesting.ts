/**
 * A parsed page's (or Word document's) element nesting against SOURCE_LIMITS.maxNesting,
 * measured with an explicit stack: the readers after the parser (html-meta, html-blocks, the
 * DOM helpers) walk the tree recursively, and a page of 100,000 nested <div>s overflowed the
 * stack ("内部错误（Maximum call stack size exceeded）"). Refused in one line naming the file
 * and the limit, before any of them runs.
 */
import type { ChildNode } from 'domhandler';
import { SOURCE_LIMITS } from '../../schema/limits.ts';
import { IngestInputError } from '../state.ts';

export function checkNesting(file: string, roots: readonly ChildNode[]): void {
  const stack: [ChildNode, number][] = roots.map((n) => [n, 1]);
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > SOURCE_LIMITS.maxNesting) {
      throw new IngestInputError(`${file}: 元素嵌套超过 ${SOURCE_LIMITS.maxNesting} 层（SOURCE_LIMITS.maxNesting），不像一篇报道的网页或文档；请在浏览器或 Word 中打开，另存后再导入。`);
    }
    if ('children' in node) for (const c of node.children) stack.push([c, depth + 1]);
  }
}
