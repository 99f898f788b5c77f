// Static checks of infra/helm/bibliohub for machines without `helm` (no `helm lint`/`helm template`
// here): the plain YAML files parse and hold the operational settings, the templates are balanced,
// every `.Values` path they use exists, and every variable they set is one the API reads.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHART = join(ROOT, 'infra/helm/bibliohub');
const read = (path: string) => readFileSync(join(CHART, path), 'utf8');
const templates = Object.fromEntries(
  readdirSync(join(CHART, 'templates')).map((file) => [file, read(`templates/${file}`)]),
);

type Tree = Record<string, unknown>;
const chart = parse(read('Chart.yaml')) as Tree;
const values = parse(read('values.yaml')) as Tree;

function lookup(tree: unknown, path: string): { found: boolean; value?: unknown } {
  let node = tree;
  for (const key of path.split('.')) {
    if (!node || typeof node !== 'object' || !(key in node)) return { found: false };
    node = (node as Tree)[key];
  }
  return { found: true, value: node };
}
const value = (path: string) => lookup(values, path).value;

describe('Helm chart infra/helm/bibliohub', () => {
  it('has a v2 Chart.yaml whose appVersion is the API version', () => {
    const api = JSON.parse(readFileSync(join(ROOT, 'apps/api/package.json'), 'utf8')) as { version: string };
    expect(chart).toMatchObject({ apiVersion: 'v2', name: 'bibliohub', type: 'application' });
    expect(chart['version']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(chart['appVersion']).toBe(api.version);
  });

  it('defaults to a non-root, read-only, resource-bounded, disruption-tolerant deployment', () => {
    expect(value('podSecurityContext')).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
    expect(value('securityContext')).toMatchObject({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    });
    expect(value('resources')).toMatchObject({
      requests: { cpu: expect.anything(), memory: expect.anything() },
      limits: { memory: expect.anything() },
    });
    expect(value('terminationGracePeriodSeconds')).toBeGreaterThanOrEqual(15);
    // preStop plus the API's own 10 s shutdown deadline must fit in the grace period.
    expect(Number(value('preStopSleepSeconds')) + 10).toBeLessThan(
      Number(value('terminationGracePeriodSeconds')),
    );
    expect(value('replicaCount')).toBeGreaterThanOrEqual(2);
    expect(value('podDisruptionBudget')).toEqual({ enabled: true, maxUnavailable: 1 });
    expect(value('migrations.command')).toEqual(['node', 'apps/api/dist/cli.js', 'migrate']);
  });

  it('probes readiness and liveness on the API health routes, and rolls out without downtime', () => {
    const deployment = templates['deployment.yaml'];
    expect(deployment).toMatch(/readinessProbe:\s+httpGet:\s+path: \/health\/ready\b/);
    expect(deployment).toMatch(/livenessProbe:\s+httpGet:\s+path: \/health\/live\b/);
    expect(deployment).toMatch(/startupProbe:\s+httpGet:\s+path: \/health\/live\b/);
    expect(deployment).toMatch(/maxUnavailable: 0/);
    expect(deployment).toContain(
      'terminationGracePeriodSeconds: {{ max 15 .Values.terminationGracePeriodSeconds }}',
    );
    expect(deployment).toContain('{{- toYaml .Values.securityContext | nindent 12 }}');
  });

  it('runs the migrations as a pre-install/pre-upgrade hook Job before the Secret-dependent rollout', () => {
    const job = templates['migration-job.yaml'];
    expect(job).toContain('kind: Job');
    expect(job).toContain('"helm.sh/hook": pre-install,pre-upgrade');
    expect(job).toContain('restartPolicy: Never');
    expect(job).toContain('{{- toYaml .Values.migrations.command | nindent 12 }}');
    // The chart-made Secret must exist before the Job: a hook with a lower weight.
    const weight = (text: string) => Number(/"helm\.sh\/hook-weight": "(-?\d+)"/.exec(text)?.[1]);
    expect(weight(templates['secret.yaml'])).toBeLessThan(weight(job));
    // Regular resources do not exist yet at pre-install: the Job must not need a ConfigMap or the release's ServiceAccount.
    expect(job).not.toMatch(/configMapRef|configMapKeyRef|serviceAccountName/);
    for (const kind of ['Deployment', 'Service', 'PodDisruptionBudget', 'HorizontalPodAutoscaler', 'Ingress'])
      expect(Object.values(templates).some((t) => t.includes(`kind: ${kind}`))).toBe(true);
  });

  it('runs Node with the same flags as the image (the chart nodeOptions replace the Dockerfile ENV)', () => {
    const image = /^ENV NODE_OPTIONS="([^"]*)"$/m.exec(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
    expect(image?.[1]).toBe(value('nodeOptions'));
    expect(value('nodeOptions')).toMatch(/--max-old-space-size=\d+/);
  });

  it('has balanced template blocks in every file', () => {
    for (const [file, text] of Object.entries(templates)) {
      const opened = text.match(/\{\{-?\s*(if|range|with|define)\b/g)?.length ?? 0;
      const closed = text.match(/\{\{-?\s*end\s*-?\}\}/g)?.length ?? 0;
      expect({ file, opened }).toEqual({ file, opened: closed });
      expect({ file, braces: text.split('{{').length }).toEqual({ file, braces: text.split('}}').length });
    }
  });

  it('uses only .Values paths that values.yaml defines', () => {
    const used = new Set(
      Object.values(templates).flatMap((t) =>
        [...t.matchAll(/\.Values\.([A-Za-z0-9_.]+)/g)].map((m) => m[1]),
      ),
    );
    expect(used.size).toBeGreaterThan(30);
    const missing = [...used].filter((path) => !lookup(values, path.replace(/\.$/, '')).found);
    expect(missing).toEqual([]);
  });

  it('sets only environment variables the API reads (or the chart itself uses)', () => {
    const helpers = templates['_helpers.tpl'];
    const names = new Set([
      ...[...helpers.matchAll(/^- name: ([A-Z0-9_]+)$/gm)].map((m) => m[1]),
      ...[...helpers.matchAll(/"name" "([A-Z0-9_]+)"/g)].map((m) => m[1]),
    ]);
    for (const required of [
      'DATABASE_URL',
      'DATABASE_APP_PASSWORD',
      'JWT_SECRET',
      'S3_ENDPOINT',
      'S3_SECRET_ACCESS_KEY',
    ])
      expect(names.has(required)).toBe(true);
    const configSource = ['app-config.ts', 'secrets.ts']
      .map((f) => readFileSync(join(ROOT, 'libs/api/core/src/config', f), 'utf8'))
      .join('\n');
    // DATABASE_OWNER_PASSWORD only builds DATABASE_URL inside the pod; NODE_OPTIONS is node's own.
    const unknown = [...names].filter(
      (name) =>
        !['DATABASE_OWNER_PASSWORD', 'NODE_OPTIONS'].includes(name) &&
        !configSource.includes(`'${name}'`) &&
        !configSource.includes(`\`${name}\``),
    );
    expect(unknown).toEqual([]);
  });
});
