// The registry these machines reach serves only the linux-x64 builds of platform-specific optional
// packages, so `npm install` leaves the others out of package-lock.json and `npm ci` then refuses the
// lock as out of sync. Record each missing platform package with its os/cpu, as npm itself would,
// so `npm ci` skips it on this platform. Runs after every `npm install` (root postinstall).
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
let lock;
try {
  lock = JSON.parse(readFileSync(file, 'utf8'));
} catch {
  process.exit(0);
}
const OS = [
  'darwin',
  'linux',
  'win32',
  'freebsd',
  'android',
  'openbsd',
  'sunos',
  'aix',
  'netbsd',
  'openharmony',
];
const CPU = [
  'x64',
  'arm64',
  'arm',
  'ia32',
  'ppc64',
  's390x',
  'riscv64',
  'loong64',
  'mips64el',
  'wasm32',
  'universal',
];
const packages = lock.packages ?? {};
let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const exact = String(version).replace(/^[\^~=]/, '');
    const top = `node_modules/${name}`;
    const nested = path ? `${path}/node_modules/${name}` : top;
    if (packages[nested] || packages[top]?.version === exact) continue;
    const target = packages[top] ? nested : top;
    const parts = name.split('/').pop().split('-');
    const os =
      parts.find((p) => OS.includes(p)) ??
      (parts.includes('win') ? 'win32' : parts.includes('macos') ? 'darwin' : undefined);
    const cpu = parts.find((p) => CPU.includes(p)) ?? (parts.includes('x86_64') ? 'x64' : undefined);
    if (!os && !cpu) continue;
    packages[target] = {
      version: exact,
      ...(meta.dev ? { dev: true } : {}),
      optional: true,
      ...(os ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu === 'universal' ? 'x64' : cpu] } : {}),
    };
    added++;
  }
}
if (added) {
  lock.packages = Object.fromEntries(
    Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
  );
  writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
}
