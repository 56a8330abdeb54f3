// The registry mirror this project is built behind serves only the linux builds of
// packages with per-platform binaries, so npm writes a lock without the other
// platforms' entries and `npm ci` then refuses the lock as out of sync. This adds
// the missing entries as optional, platform-restricted stubs: npm skips them on
// linux (os/cpu mismatch) and resolves them normally elsewhere.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages: Record<string, any> = lock.packages;

const OS_WORDS: Record<string, string> = { darwin: 'darwin', win32: 'win32', windows: 'win32', linux: 'linux', freebsd: 'freebsd', android: 'android', openbsd: 'openbsd', sunos: 'sunos', aix: 'aix', openharmony: 'openharmony', netbsd: 'netbsd' };
const CPU_WORDS: Record<string, string> = { arm64: 'arm64', x64: 'x64', ia32: 'ia32', arm: 'arm', wasm32: 'wasm32', riscv64: 'riscv64', ppc64: 'ppc64', s390x: 's390x', loong64: 'loong64', mips64el: 'mips64el' };

let added = 0;
for (const [path, entry] of Object.entries({ ...packages })) {
  for (const [dep, range] of Object.entries<string>(entry.optionalDependencies ?? {})) {
    const nested = `${path ? path + '/' : ''}node_modules/${dep}`;
    if (packages[nested] || packages[`node_modules/${dep}`]) continue;
    const words = dep.split('/').pop()!.split('-');
    const os = words.map((w) => OS_WORDS[w]).find(Boolean);
    const cpu = words.map((w) => CPU_WORDS[w]).find(Boolean);
    if (!os && !cpu) continue;
    packages[`node_modules/${dep}`] = { version: range.replace(/^[\^~]/, ''), optional: true, ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}) };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
console.log(`added ${added} foreign-platform stub entries to package-lock.json`);
