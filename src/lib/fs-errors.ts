/**
 * One line for a file-system error that is the machine's state, not a bug: a full disk, a
 * folder without write permission, a read-only file system. Named with the folder, in the
 * language of the tool's other messages; anything else keeps its own message.
 */
import path from 'node:path';

const CAUSES: Record<string, { en: string; zh: string }> = {
  ENOSPC: { en: 'the disk is full', zh: '磁盘已满' },
  EDQUOT: { en: 'the disk quota is used up', zh: '磁盘配额已用完' },
  EACCES: { en: 'no permission to write there', zh: '没有写入权限' },
  EPERM: { en: 'no permission to write there', zh: '没有写入权限' },
  EROFS: { en: 'the file system is read-only', zh: '文件系统是只读的' },
};

/** The error's code when it is one of the states above, else undefined. */
export function fsStateCode(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code && Object.hasOwn(CAUSES, code) ? code : undefined;
}

/**
 * `cannot write to <folder>: the disk is full (ENOSPC)`. `folder` names where the write went
 * (the error's own path is a temp file the reader never asked for).
 */
export function fsErrorLine(err: unknown, folder: string, lang: 'en' | 'zh' = 'en'): string {
  const code = fsStateCode(err);
  const shown = path.relative(process.cwd(), folder) || '.';
  const where = shown.startsWith('..') ? folder : shown;
  if (!code) return lang === 'zh' ? `无法写入 ${where}：${(err as Error).message}` : `cannot write to ${where}: ${(err as Error).message}`;
  const cause = CAUSES[code]!;
  return lang === 'zh' ? `无法写入 ${where}：${cause.zh}（${code}）。腾出空间或改正权限后重新运行。` : `cannot write to ${where}: ${cause.en} (${code}). Free space or fix the permissions, then build again.`;
}
