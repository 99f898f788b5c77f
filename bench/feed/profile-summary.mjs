// Summarises a V8 .cpuprofile (node --cpu-prof) of the API: self time grouped by package / library,
// and the hottest functions. Usage: node bench/feed/profile-summary.mjs <dir-or-file>
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function groupOf(url, fn) {
  if (!url)
    return fn === '(garbage collector)'
      ? 'GC'
      : fn === '(program)'
        ? 'V8/native (program)'
        : fn === '(idle)'
          ? 'idle'
          : 'native';
  if (url.startsWith('node:')) return url.replace(/^node:(internal\/)?([^/]+).*/, 'node:$2');
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  const lib = /\/(libs\/[^/]+(?:\/[^/]+)?|apps\/[^/]+)\/dist\//.exec(url);
  if (lib) return lib[1];
  return url.replace(/^file:\/\//, '');
}

/** `window`: [from, to] seconds after the process started (only samples inside count). */
export function summariseProfile(target, window) {
  const file = statSync(target).isDirectory()
    ? readdirSync(target)
        .filter((f) => f.endsWith('.cpuprofile'))
        .map((f) => join(target, f))
        .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]
    : target;
  if (!file) return { text: `no .cpuprofile in ${target}`, groups: {} };
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let t = 0; // µs since the profile started (about when the process started)
  prof.samples.forEach((id, i) => {
    t += prof.timeDeltas[i] ?? 0;
    if (window && (t < window[0] * 1e6 || t > window[1] * 1e6)) return;
    self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0));
  });
  const groups = new Map();
  const fns = new Map();
  let total = 0;
  for (const [id, us] of self) {
    const n = byId.get(id);
    const g = groupOf(n.callFrame.url, n.callFrame.functionName);
    if (g === 'idle') continue;
    total += us;
    groups.set(g, (groups.get(g) ?? 0) + us);
    const key = `${n.callFrame.functionName || '(anonymous)'} ${g}${n.callFrame.url ? ':' + (n.callFrame.lineNumber + 1) : ''}`;
    fns.set(key, (fns.get(key) ?? 0) + us);
  }
  // Who calls the hottest native entries (writev, GC is not attributable): the JS frames above them.
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const callers = new Map();
  for (const [id, us] of self) {
    const n = byId.get(id);
    if (
      n.callFrame.url ||
      !/^(writev|writeBuffer|writeUtf8String|writeLatin1String)$/.test(n.callFrame.functionName)
    )
      continue;
    let p = parent.get(id);
    const chain = [];
    while (p && chain.length < 4) {
      const pn = byId.get(p);
      if (pn.callFrame.url)
        chain.push(`${pn.callFrame.functionName || '(anonymous)'}@${groupOf(pn.callFrame.url, '')}`);
      p = parent.get(p);
    }
    const key = `${n.callFrame.functionName} <- ${chain.join(' <- ')}`;
    callers.set(key, (callers.get(key) ?? 0) + us);
  }
  const pct = (us) => ((us / total) * 100).toFixed(1).padStart(5) + ' %';
  const topGroups = [...groups].sort((a, b) => b[1] - a[1]).slice(0, 18);
  const topFns = [...fns].sort((a, b) => b[1] - a[1]).slice(0, 25);
  const text = [
    `API CPU profile (${file}): ${(total / 1e6).toFixed(1)} s busy ${window ? `in ${window[0].toFixed(0)}-${window[1].toFixed(0)} s after start (the closed-loop phase)` : '(whole life)'}`,
    '  self time by package:',
    ...topGroups.map(([g, us]) => `    ${pct(us)}  ${g}`),
    '  hottest functions (self):',
    ...topFns.map(([f, us]) => `    ${pct(us)}  ${f}`),
    '  native socket writes by caller:',
    ...[...callers]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([f, us]) => `    ${pct(us)}  ${f}`),
  ].join('\n');
  return {
    text,
    groups: Object.fromEntries(topGroups.map(([g, us]) => [g, Number(((us / total) * 100).toFixed(1))])),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.argv[2]) {
    process.stderr.write('usage: node bench/feed/profile-summary.mjs <dir-or-file.cpuprofile>\n');
    process.exit(2);
  }
  process.stdout.write(summariseProfile(process.argv[2]).text + '\n');
}
