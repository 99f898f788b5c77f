import { Channel, EvidenceKind, EvidenceStatus, Province, Role, TenantKind } from '@bibliohub/contracts';
import { TenantDb, type Actor } from '@bibliohub/api-core';
import { PostService } from '@bibliohub/api-content';
import { UsageService } from '@bibliohub/api-feed';
import { TenantService } from '@bibliohub/api-identity';
import {
  DashboardService,
  EvidenceService,
  forecast,
  PhaseDerivationService,
  TrendGranularity,
  type StrategyInput,
} from '@bibliohub/api-programme';
import {
  asOwner,
  createCentral,
  createLibrary,
  createSignedInUser,
  createTestApp,
  type GqlResponse,
  type TestApp,
} from '@bibliohub/api-testing';
import { AppModule } from '../src/app.module.js';
import { createAsset, download, PDF } from './asset-test-helpers.js';

type Headers = Record<string, string>;
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- GraphQL answers, typed where used
interface Unmet {
  code: string;
  message: string;
}
interface PhaseProgress {
  phase: string;
  status: string;
  since: string | null;
  validUntil: string | null;
  unmet: Unmet[];
}
interface Progress {
  tenantId: string;
  nextPhase: string | null;
  pendingReviews: number;
  missingForNextPhase: Unmet[];
  phases: PhaseProgress[];
}
interface Reviewed {
  kind: string;
  id: string;
  tenantId: string;
  status: string;
  version: number;
  reviewComment: string | null;
}
interface Counts {
  phase: string;
  achieved: number;
  inProgress: number;
  notStarted: number;
}
interface Dashboard {
  period: Data;
  libraryCount: number;
  phases: (Counts & {
    target: number;
    trend: (Counts & { at: string })[];
    forecast: Data;
  })[];
  provinces: { province: string | null; libraryCount: number; phases: Counts[] }[];
}
interface LibraryRow {
  tenantId: string;
  name: string;
  trained: string;
  lastActivityAt: string | null;
}
interface Figures {
  postsUsedPerMonth: Data[];
  inactiveLibraries: { tenantId: string }[];
  [key: string]: unknown;
}

const DAY = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const TODAY = isoDay(new Date());

const COMPLETE_STRATEGY = {
  onlineGoals: ['Meer volgers onder jonge ouders'],
  offlineGoals: ['Meer bezoekers bij de voorleesochtend'],
  targetGroups: [{ group: 'OUDERS', description: 'Ouders van peuters', mediaUse: 'Instagram, ’s avonds' }],
  mission: 'Wij verbinden inwoners met verhalen, kennis en elkaar.',
  socialGoals: [
    {
      goal: 'MARKETING',
      description: 'Naamsbekendheid',
      kpis: [{ name: 'Volgers', metric: 'FOLLOWERS', target: 1500 }],
    },
  ],
  tactics: [
    {
      description: 'Dagelijks een voorleestip',
      channels: ['INSTAGRAM'],
      measurementMethod: 'Maandelijks tellen',
    },
  ],
};

const PROGRESS = `{ tenantId nextPhase pendingReviews missingForNextPhase { code message }
  phases { phase status since validUntil unmet { code message } } }`;

describe('programme phases and the national dashboard', () => {
  let t: TestApp;
  let admin: Headers;
  let editor: Headers;
  let viewer: Headers;
  let adminActor: Actor;
  let editorActor: Actor;
  let viewerActor: Actor;
  let libA: { id: string; headers: Headers; actor: Actor };
  let libB: { id: string; headers: Headers; actor: Actor };
  let evidence: EvidenceService;
  let dashboards: DashboardService;

  const gql = (headers: Headers, query: string, variables?: Record<string, unknown>) =>
    t.gql<Data>(query, variables, headers);
  /** The data of a successful operation; fails the test with the errors otherwise. */
  const ok = async (res: Promise<GqlResponse<Data>>): Promise<Data> => {
    const r = await res;
    if (!r.data || r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  const code = async (res: Promise<GqlResponse<Data>>) => {
    const r = await res;
    return { code: r.errors?.[0]?.extensions?.code, subCode: r.errors?.[0]?.extensions?.subCode };
  };
  const actorOf = (tenantId: string, id: string, role: Role): Actor => ({
    kind: 'USER',
    id,
    tenantId,
    tenantKind:
      role.startsWith('CENTRAL') || role === Role.PROGRAMME_VIEWER ? TenantKind.CENTRAL : TenantKind.LIBRARY,
    role,
    scopes: [],
  });
  const newLibrary = async (overrides: Parameters<typeof createLibrary>[1] = {}) => {
    const lib = await createLibrary(t, overrides);
    const user = await createSignedInUser(t, lib.id, Role.LIBRARY_EDITOR);
    return { id: lib.id, headers: user.headers, actor: actorOf(lib.id, user.user.id, Role.LIBRARY_EDITOR) };
  };
  const myProgramme = async (headers: Headers) =>
    (await ok(gql(headers, `{ myProgramme ${PROGRESS} }`))).myProgramme as Progress;
  const phaseOf = (progress: Progress, phase: string) => progress.phases.find((p) => p.phase === phase)!;
  const review = (
    headers: Headers,
    kind: EvidenceKind,
    id: string,
    version: number,
    decision: string,
    comment?: string,
  ) =>
    gql(
      headers,
      `mutation($input: ReviewEvidenceInput!) { reviewEvidence(input: $input) { kind id tenantId status version summary reviewComment libraryName } }`,
      { input: { kind, id, version, decision, comment } },
    );
  const verify = async (kind: EvidenceKind, row: { id: string; version: number }) =>
    (await ok(review(editor, kind, row.id, row.version, 'VERIFIED'))).reviewEvidence as Reviewed;
  const history = (tenantId: string) =>
    asOwner<{ phase: string; from_status: string; to_status: string; reason: string; changed_at: Date }>(
      t,
      'SELECT phase, from_status, to_status, reason, changed_at FROM phase_history WHERE tenant_id = $1 ORDER BY changed_at, id',
      [tenantId],
    );
  beforeAll(async () => {
    t = await createTestApp((config, logger) => AppModule.register(config, logger));
    evidence = t.app.get(EvidenceService);
    dashboards = t.app.get(DashboardService);
    const central = await createCentral(t);
    const a = await createSignedInUser(t, central.id, Role.CENTRAL_ADMIN);
    admin = a.headers;
    adminActor = actorOf(central.id, a.user.id, Role.CENTRAL_ADMIN);
    const e = await createSignedInUser(t, central.id, Role.CENTRAL_EDITOR);
    editor = e.headers;
    editorActor = actorOf(central.id, e.user.id, Role.CENTRAL_EDITOR);
    const v = await createSignedInUser(t, central.id, Role.PROGRAMME_VIEWER);
    viewer = v.headers;
    viewerActor = actorOf(central.id, v.user.id, Role.PROGRAMME_VIEWER);
    libA = await newLibrary({ name: 'Bibliotheek Aalsmeer', province: Province.NOORD_HOLLAND });
    libB = await newLibrary({ name: 'Bibliotheek Borger', province: Province.DRENTHE });
  });
  afterAll(() => t.close());

  describe('evidence, verification and phase derivation', () => {
    let trainingId: string;

    it('derives IN_PROGRESS from submitted evidence and ACHIEVED once central staff verify it, with history and audit', async () => {
      expect(phaseOf(await myProgramme(libA.headers), 'TRAINED')).toMatchObject({ status: 'NOT_STARTED' });
      const training = (
        await ok(
          gql(
            libA.headers,
            `mutation($input: TrainingInput!) { saveTraining(input: $input) { id status version date module staffCount digitalVision } }`,
            {
              input: { date: TODAY, module: 'Digitale visie – basis', provider: 'ProBiblio', staffCount: 4 },
            },
          ),
        )
      ).saveTraining;
      trainingId = training.id;
      expect(training).toMatchObject({ status: 'SUBMITTED', version: 1, digitalVision: true, staffCount: 4 });

      let progress = await myProgramme(libA.headers);
      expect(phaseOf(progress, 'TRAINED')).toMatchObject({
        status: 'IN_PROGRESS',
        unmet: [
          {
            code: 'TRAINING_VERIFIED',
            message: 'Nog geen geverifieerde training in de digitale visie (1 wacht op beoordeling)',
          },
        ],
      });
      expect(progress).toMatchObject({ nextPhase: 'TRAINED', pendingReviews: 1 });

      const queue = (
        await ok(
          gql(
            editor,
            `query($t: ID) { evidenceQueue(tenantId: $t) { nodes { kind id status summary libraryName } } }`,
            { t: libA.id },
          ),
        )
      ).evidenceQueue.nodes;
      expect(queue).toEqual([
        {
          kind: 'TRAINING',
          id: training.id,
          status: 'SUBMITTED',
          summary: `Training Digitale visie – basis (ProBiblio, ${TODAY.split('-').reverse().join('-')}, 4 medewerkers)`,
          libraryName: 'Bibliotheek Aalsmeer',
        },
      ]);

      const reviewed = await verify(EvidenceKind.TRAINING, training);
      expect(reviewed).toMatchObject({ status: 'VERIFIED', version: 2, tenantId: libA.id });
      progress = await myProgramme(libA.headers);
      expect(phaseOf(progress, 'TRAINED')).toMatchObject({ status: 'ACHIEVED', unmet: [] });
      expect(phaseOf(progress, 'TRAINED').since).toBeTruthy();
      expect(progress.nextPhase).toBe('PROFESSIONALLY_PRESENT');
      expect(progress.missingForNextPhase.map((u) => u.code)).toEqual([
        'STRATEGY_MISSING',
        'POLICY_VERIFIED',
        'ACTIVE_CHANNELS',
        'KPI_RECENT',
      ]);

      expect((await history(libA.id)).map((h) => [h.phase, h.from_status, h.to_status, h.reason])).toEqual([
        ['TRAINED', 'NOT_STARTED', 'IN_PROGRESS', 'EVIDENCE'],
        ['TRAINED', 'IN_PROGRESS', 'ACHIEVED', 'REVIEW'],
      ]);
      const audit = await asOwner<{ action: string; actor_kind: string; before: Data; after: Data }>(
        t,
        `SELECT action, actor_kind, before, after FROM audit_log WHERE entity_id = $1 AND tenant_id = $2 ORDER BY id`,
        [training.id, libA.id],
      );
      expect(audit.map((a) => a.action)).toEqual(['programme.evidence.create', 'programme.evidence.verify']);
      expect(audit[1]).toMatchObject({
        before: { status: 'SUBMITTED' },
        after: { status: 'VERIFIED', reviewComment: null },
      });
    });

    it('refuses stale versions, repeated decisions and rejections without a comment; verified evidence cannot be deleted', async () => {
      expect(await code(review(editor, EvidenceKind.TRAINING, trainingId, 1, 'REJECTED', 'x'))).toEqual({
        code: 'CONFLICT',
        subCode: 'STALE_VERSION',
      });
      expect(await code(review(editor, EvidenceKind.TRAINING, trainingId, 2, 'VERIFIED'))).toEqual({
        code: 'CONFLICT',
        subCode: 'EVIDENCE_ALREADY_DECIDED',
      });
      expect(await code(review(editor, EvidenceKind.TRAINING, trainingId, 2, 'REJECTED', '  '))).toEqual({
        code: 'BAD_USER_INPUT',
        subCode: 'COMMENT_REQUIRED',
      });
      expect(
        await code(
          gql(libA.headers, `mutation($id: ID!) { deleteEvidence(kind: TRAINING, id: $id, version: 2) }`, {
            id: trainingId,
          }),
        ),
      ).toEqual({ code: 'CONFLICT', subCode: 'EVIDENCE_VERIFIED' });
      expect(
        await code(
          gql(
            libA.headers,
            `mutation { saveTraining(input: { date: "2999-01-01", module: "x", provider: "y", staffCount: 1 }) { id } }`,
          ),
        ),
      ).toEqual({ code: 'BAD_USER_INPUT', subCode: 'DATE_IN_FUTURE' });
    });

    it('takes a certificate only from the library’s own files', async () => {
      const save = (headers: Headers, certificateAssetId: string) =>
        gql(
          headers,
          `mutation($input: TrainingInput!) { saveTraining(input: $input) { id certificateAssetId } }`,
          {
            input: {
              date: TODAY,
              module: 'Certificaat',
              provider: 'ProBiblio',
              staffCount: 1,
              certificateAssetId,
            },
          },
        );
      const theirs = await createAsset(t, libB.headers, 'TEMPLATE', 'certificaat.pdf', PDF);
      expect(await code(save(libA.headers, theirs.id))).toEqual({
        code: 'BAD_USER_INPUT',
        subCode: 'CERTIFICATE_NOT_FOUND',
      });
      expect(await code(save(libA.headers, 'not-a-uuid'))).toEqual({
        code: 'BAD_USER_INPUT',
        subCode: 'CERTIFICATE_NOT_FOUND',
      });
      const mine = await createAsset(t, libA.headers, 'TEMPLATE', 'certificaat.pdf', PDF);
      const saved = (await ok(save(libA.headers, mine.id))).saveTraining;
      expect(saved.certificateAssetId).toBe(mine.id);
      // The reviewer sees the certificate with the item and can open the library's file.
      const queue = (
        await ok(
          gql(
            editor,
            `query($tenantId: ID) { evidenceQueue(first: 100, status: SUBMITTED, kind: TRAINING, tenantId: $tenantId) { nodes { id attachmentAssetId } } }`,
            { tenantId: libA.id },
          ),
        )
      ).evidenceQueue.nodes as { id: string; attachmentAssetId: string | null }[];
      expect(queue.find((n) => n.id === saved.id)?.attachmentAssetId).toBe(mine.id);
      expect(queue.filter((n) => n.id !== saved.id && n.attachmentAssetId)).toEqual([]);
      const file = await download(t, editor, mine.downloadUrl);
      expect(file.status).toBe(200);
      await ok(
        gql(libA.headers, `mutation($id: ID!) { deleteEvidence(kind: TRAINING, id: $id, version: 1) }`, {
          id: saved.id,
        }),
      );
    });

    it('needs a complete seven-step strategy, a policy, an active channel and a recent KPI measurement, all verified', async () => {
      const draft = (
        await ok(
          gql(
            libA.headers,
            `mutation($input: StrategyInput!) { saveStrategy(input: $input, baseVersion: 0) { id versionNo missingSteps complete status } }`,
            {
              input: {
                ...COMPLETE_STRATEGY,
                socialGoals: [{ goal: 'MARKETING', description: 'Naamsbekendheid', kpis: [] }],
                tactics: [],
              },
            },
          ),
        )
      ).saveStrategy;
      expect(draft).toMatchObject({
        versionNo: 1,
        missingSteps: [5, 6, 7],
        complete: false,
        status: 'SUBMITTED',
      });
      let presence = phaseOf(await myProgramme(libA.headers), 'PROFESSIONALLY_PRESENT');
      expect(presence.status).toBe('IN_PROGRESS');
      expect(presence.unmet[0]).toEqual({
        code: 'STRATEGY_INCOMPLETE',
        message:
          "Strategie is nog niet volledig: stap 5 (één of twee KPI's per doel), stap 6 (tactieken en kanalen), stap 7 (meetmethode per tactiek) ontbreekt",
      });
      // another editor saved meanwhile: a save based on version 0 is refused
      expect(
        await code(
          gql(
            libA.headers,
            `mutation($input: StrategyInput!) { saveStrategy(input: $input, baseVersion: 0) { id } }`,
            {
              input: COMPLETE_STRATEGY,
            },
          ),
        ),
      ).toEqual({ code: 'CONFLICT', subCode: 'STRATEGY_CHANGED' });
      expect(
        await code(
          gql(
            libA.headers,
            `mutation($input: StrategyInput!) { saveStrategy(input: $input, baseVersion: 1) { id } }`,
            {
              input: {
                ...COMPLETE_STRATEGY,
                socialGoals: [
                  {
                    ...COMPLETE_STRATEGY.socialGoals[0],
                    kpis: [{ name: 'a' }, { name: 'b' }, { name: 'c' }],
                  },
                ],
              },
            },
          ),
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT' });

      const strategy = (
        await ok(
          gql(
            libA.headers,
            `mutation($input: StrategyInput!) { saveStrategy(input: $input, baseVersion: 1) { id version versionNo complete } }`,
            {
              input: COMPLETE_STRATEGY,
            },
          ),
        )
      ).saveStrategy;
      expect(strategy).toMatchObject({ versionNo: 2, complete: true });
      const policy = (
        await ok(
          gql(
            libA.headers,
            `mutation { saveSocialMediaPolicy(input: { text: "Wij reageren binnen een werkdag.", adoptedOn: "${TODAY}" }) { id version } }`,
          ),
        )
      ).saveSocialMediaPolicy;
      const channel = (
        await ok(
          gql(
            libA.headers,
            `mutation { saveProgrammeChannel(input: { channel: INSTAGRAM, handle: "@bibaalsmeer", activeSince: "2025-01-01" }) { id version active endedOn } }`,
          ),
        )
      ).saveProgrammeChannel;
      expect(
        await code(
          gql(
            libA.headers,
            `mutation { saveProgrammeChannel(input: { channel: INSTAGRAM, handle: "@bibaalsmeer" }) { id } }`,
          ),
        ),
      ).toEqual({ code: 'CONFLICT', subCode: 'CHANNEL_EXISTS' });
      const kpi = (
        await ok(
          gql(
            libA.headers,
            `mutation($c: ID!) { saveKpiMeasurement(input: { channelId: $c, measuredOn: "${TODAY}", followers: 2400, posts: 31, interactions: 190, shares: 40, websiteVisits: 120 }) { id version } }`,
            { c: channel.id },
          ),
        )
      ).saveKpiMeasurement;

      for (const [kind, row] of [
        [EvidenceKind.STRATEGY, strategy],
        [EvidenceKind.POLICY, policy],
        [EvidenceKind.CHANNEL, channel],
      ] as const)
        await verify(kind, row);
      presence = phaseOf(await myProgramme(libA.headers), 'PROFESSIONALLY_PRESENT');
      expect(presence).toMatchObject({
        status: 'IN_PROGRESS',
        unmet: [
          {
            code: 'KPI_RECENT',
            message: 'Geen geverifieerde KPI-meting in de afgelopen 90 dagen (1 wacht op beoordeling)',
          },
        ],
      });
      await verify(EvidenceKind.KPI_MEASUREMENT, kpi);
      presence = phaseOf(await myProgramme(libA.headers), 'PROFESSIONALLY_PRESENT');
      expect(presence).toMatchObject({
        status: 'ACHIEVED',
        unmet: [],
        validUntil: isoDay(new Date(Date.now() + 90 * DAY)),
      });

      // A rejection (with a comment) costs the phase; correcting and re-verifying restores it.
      const rejected = (
        await ok(
          review(
            editor,
            EvidenceKind.POLICY,
            policy.id,
            policy.version + 1,
            'REJECTED',
            'Beleid is niet vastgesteld',
          ),
        )
      ).reviewEvidence;
      expect(rejected).toMatchObject({ status: 'REJECTED', reviewComment: 'Beleid is niet vastgesteld' });
      presence = phaseOf(await myProgramme(libA.headers), 'PROFESSIONALLY_PRESENT');
      expect(presence.status).toBe('IN_PROGRESS');
      expect(presence.unmet).toEqual([
        { code: 'POLICY_VERIFIED', message: 'Nog geen geverifieerd social-media-beleid voor medewerkers' },
      ]);
      const corrected = (
        await ok(
          gql(
            libA.headers,
            `mutation($id: ID!, $v: Int!) { saveSocialMediaPolicy(id: $id, version: $v, input: { text: "Vastgesteld door het MT", adoptedOn: "${TODAY}" }) { id version status reviewComment } }`,
            { id: policy.id, v: rejected.version },
          ),
        )
      ).saveSocialMediaPolicy;
      expect(corrected).toMatchObject({ status: 'SUBMITTED', reviewComment: null });
      await verify(EvidenceKind.POLICY, corrected);
      expect(phaseOf(await myProgramme(libA.headers), 'PROFESSIONALLY_PRESENT').status).toBe('ACHIEVED');

      // Ending a verified channel keeps it verified but no longer active: presence is lost.
      const ended = (
        await ok(
          gql(
            libA.headers,
            `mutation($id: ID!, $v: Int!) { saveProgrammeChannel(id: $id, version: $v, input: { channel: INSTAGRAM, handle: "@bibaalsmeer", activeSince: "2025-01-01", active: false }) { status active endedOn version } }`,
            { id: channel.id, v: channel.version + 1 },
          ),
        )
      ).saveProgrammeChannel;
      expect(ended).toMatchObject({ status: 'VERIFIED', active: false, endedOn: TODAY });
      expect(
        phaseOf(await myProgramme(libA.headers), 'PROFESSIONALLY_PRESENT').unmet.map((u) => u.code),
      ).toEqual(['ACTIVE_CHANNELS', 'KPI_RECENT']);
      const reopened = (
        await ok(
          gql(
            libA.headers,
            `mutation($id: ID!, $v: Int!) { saveProgrammeChannel(id: $id, version: $v, input: { channel: INSTAGRAM, handle: "@bibaalsmeer", activeSince: "2025-01-01" }) { id status active endedOn version } }`,
            { id: channel.id, v: ended.version },
          ),
        )
      ).saveProgrammeChannel;
      expect(reopened).toMatchObject({ status: 'SUBMITTED', active: true, endedOn: null });
      await verify(EvidenceKind.CHANNEL, reopened);
      expect(phaseOf(await myProgramme(libA.headers), 'PROFESSIONALLY_PRESENT').status).toBe('ACHIEVED');

      expect(
        (await history(libA.id))
          .filter((h) => h.phase === 'PROFESSIONALLY_PRESENT')
          .map((h) => [h.to_status, h.reason]),
      ).toEqual([
        ['IN_PROGRESS', 'EVIDENCE'],
        ['ACHIEVED', 'REVIEW'],
        ['IN_PROGRESS', 'REVIEW'],
        ['ACHIEVED', 'REVIEW'],
        ['IN_PROGRESS', 'EVIDENCE'],
        ['ACHIEVED', 'REVIEW'],
      ]);
    });

    it('reaches the value-networks phase with an active, verified network', async () => {
      const network = (
        await ok(
          gql(
            libA.headers,
            `mutation { saveValueNetwork(input: { name: "Leesclub Aalsmeer", theme: "Leesbevordering", partners: ["Boekhandel", "Wijkcentrum"], memberCount: 24, activities: ["Maandelijkse bijeenkomst"] }) { id version partners memberCount } }`,
          ),
        )
      ).saveValueNetwork;
      expect(network).toMatchObject({ partners: ['Boekhandel', 'Wijkcentrum'], memberCount: 24 });
      await verify(EvidenceKind.VALUE_NETWORK, network);
      const progress = await myProgramme(libA.headers);
      expect(progress.phases.map((p) => p.status)).toEqual(['ACHIEVED', 'ACHIEVED', 'ACHIEVED']);
      expect(progress).toMatchObject({ nextPhase: null, missingForNextPhase: [], pendingReviews: 0 });
    });

    it('re-derives every library when central admins change the criteria', async () => {
      const criteria = (
        await ok(
          gql(
            libA.headers,
            '{ programmeCriteria { version presenceRequiresHouseStyle presenceKpiWithinDays } }',
          ),
        )
      ).programmeCriteria;
      expect(criteria).toMatchObject({ presenceRequiresHouseStyle: false, presenceKpiWithinDays: 90 });
      const input = {
        trainingMinVerified: 1,
        trainingDigitalVisionOnly: true,
        presenceRequiresTrained: false,
        presenceRequiresCompleteStrategy: true,
        presenceRequiresPolicy: true,
        presenceRequiresHouseStyle: true,
        presenceMinActiveChannels: 1,
        presenceKpiWithinDays: 90,
        presenceMinKpiMeasurements: 1,
        networksRequiresPresent: false,
        networksMinActive: 1,
      };
      const update = `mutation($input: CriteriaInput!, $v: Int!) { updateProgrammeCriteria(input: $input, version: $v) { changedStatuses criteria { version presenceRequiresHouseStyle } } }`;
      expect(await code(gql(editor, update, { input, v: criteria.version }))).toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(await code(gql(viewer, update, { input, v: criteria.version }))).toMatchObject({
        code: 'FORBIDDEN',
      });

      const result = (await ok(gql(admin, update, { input, v: criteria.version }))).updateProgrammeCriteria;
      expect(result.criteria).toEqual({ version: criteria.version + 1, presenceRequiresHouseStyle: true });
      expect(result.changedStatuses).toBeGreaterThanOrEqual(1);
      const presence = phaseOf(await myProgramme(libA.headers), 'PROFESSIONALLY_PRESENT');
      expect(presence).toMatchObject({
        status: 'IN_PROGRESS',
        unmet: [{ code: 'HOUSE_STYLE_VERIFIED', message: 'Huisstijl nog niet (geverifieerd) toegepast' }],
      });
      const [stored] = await asOwner<{ present: string }>(
        t,
        'SELECT present FROM phase_status WHERE tenant_id = $1',
        [libA.id],
      );
      expect(stored.present).toBe('IN_PROGRESS');
      expect((await history(libA.id)).at(-1)).toMatchObject({
        phase: 'PROFESSIONALLY_PRESENT',
        to_status: 'IN_PROGRESS',
        reason: 'CRITERIA',
      });
      expect(await code(gql(admin, update, { input, v: criteria.version }))).toEqual({
        code: 'CONFLICT',
        subCode: 'STALE_VERSION',
      });

      const houseStyle = (
        await ok(
          gql(
            libA.headers,
            `mutation { saveHouseStyle(input: { applied: true, appliedOn: "${TODAY}" }) { id version } }`,
          ),
        )
      ).saveHouseStyle;
      await verify(EvidenceKind.HOUSE_STYLE, houseStyle);
      expect(phaseOf(await myProgramme(libA.headers), 'PROFESSIONALLY_PRESENT').status).toBe('ACHIEVED');

      // back to the defaults: nothing changes for A now, the audit log has both changes
      await ok(
        gql(admin, update, {
          input: { ...input, presenceRequiresHouseStyle: false },
          v: criteria.version + 1,
        }),
      );
      const audit = await asOwner<{ n: number }>(
        t,
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'programme.criteria.update'`,
      );
      expect(audit[0].n).toBe(2);
    });

    it('lets an achieved presence lapse 90 days after the last verified KPI measurement, dated the day it lapsed', async () => {
      const lib = await newLibrary({ name: 'Bibliotheek Coevorden', province: Province.DRENTHE });
      const start = new Date(Date.now() - 120 * DAY);
      const measured = isoDay(start);
      const at = { at: start };
      const strategyInput = COMPLETE_STRATEGY as unknown as StrategyInput;
      const s = await evidence.saveStrategy(lib.actor, strategyInput, 0, at);
      const p = await evidence.savePolicy(lib.actor, { text: 'Gedragscode', adoptedOn: measured }, {}, at);
      const c = await evidence.saveChannel(
        lib.actor,
        { channel: Channel.FACEBOOK, handle: 'Bibliotheek Coevorden', active: true },
        {},
        at,
      );
      const k = await evidence.saveKpiMeasurement(
        lib.actor,
        {
          channelId: c.id,
          measuredOn: measured,
          followers: 800,
          posts: 12,
          interactions: 40,
          shares: 5,
          websiteVisits: 20,
        },
        {},
        at,
      );
      for (const [kind, row] of [
        [EvidenceKind.STRATEGY, s],
        [EvidenceKind.POLICY, p],
        [EvidenceKind.CHANNEL, c],
        [EvidenceKind.KPI_MEASUREMENT, k],
      ] as const)
        await evidence.review(
          editorActor,
          { kind, id: row.id, version: row.version, decision: EvidenceStatus.VERIFIED },
          at,
        );
      const [before] = await asOwner<{ present: string; present_valid_until: string }>(
        t,
        'SELECT present, present_valid_until::text FROM phase_status WHERE tenant_id = $1',
        [lib.id],
      );
      expect(before).toEqual({
        present: 'ACHIEVED',
        present_valid_until: isoDay(new Date(start.getTime() + 90 * DAY)),
      });

      const swept = await t.app.get(PhaseDerivationService).sweep();
      expect(swept.changes).toEqual([
        expect.objectContaining({
          tenantId: lib.id,
          phase: 'PROFESSIONALLY_PRESENT',
          from: 'ACHIEVED',
          to: 'IN_PROGRESS',
        }),
      ]);
      const last = (await history(lib.id)).at(-1)!;
      expect(last).toMatchObject({ to_status: 'IN_PROGRESS', reason: 'EXPIRY' });
      expect(isoDay(last.changed_at)).toBe(isoDay(new Date(start.getTime() + 91 * DAY)));
      expect((await t.app.get(PhaseDerivationService).sweep()).changes).toEqual([]);
    });
  });

  describe('history replay, targets, dashboard and provinces', () => {
    let zeeland: { id: string; headers: Headers; actor: Actor }[];

    beforeAll(async () => {
      // Three libraries in Zeeland with a known past: trained in 2019 (one), in progress (one), nothing (one).
      zeeland = [
        await newLibrary({ name: 'Bibliotheek Goes', province: Province.ZEELAND }),
        await newLibrary({ name: '=Bibliotheek "Hulst", Zeeuws-Vlaanderen', province: Province.ZEELAND }),
        await newLibrary({ name: 'Bibliotheek Terneuzen', province: Province.ZEELAND }),
      ];
      const at = (iso: string) => ({ at: new Date(`${iso}T12:00:00Z`) });
      const t1 = await evidence.saveTraining(
        zeeland[0].actor,
        {
          date: '2019-01-10',
          module: 'Digitale visie',
          provider: 'Rijnbrink',
          staffCount: 3,
          digitalVision: true,
        },
        {},
        at('2019-01-10'),
      );
      await evidence.review(
        editorActor,
        { kind: EvidenceKind.TRAINING, id: t1.id, version: t1.version, decision: EvidenceStatus.VERIFIED },
        at('2019-02-01'),
      );
      await evidence.saveTraining(
        zeeland[1].actor,
        {
          date: '2019-03-01',
          module: 'Digitale visie',
          provider: 'Cubiss',
          staffCount: 2,
          digitalVision: true,
        },
        {},
        at('2019-03-01'),
      );
    });

    it('replays the history to any moment (and to now it equals the current statuses)', async () => {
      const snapshot = async (iso: string) =>
        (
          await ok(
            gql(
              viewer,
              `query($at: DateTime!) { programmeSnapshot(at: $at) { phases { phase achieved inProgress notStarted } } }`,
              { at: iso },
            ),
          )
        ).programmeSnapshot.phases[0] as Counts;
      const [{ n: libraries }] = await asOwner<{ n: number }>(
        t,
        `SELECT count(*)::int AS n FROM tenants WHERE kind = 'LIBRARY' AND active`,
      );
      expect(await snapshot('2019-01-01T00:00:00Z')).toEqual({
        phase: 'TRAINED',
        achieved: 0,
        inProgress: 0,
        notStarted: libraries,
      });
      expect(await snapshot('2019-01-20T00:00:00Z')).toEqual({
        phase: 'TRAINED',
        achieved: 0,
        inProgress: 1,
        notStarted: libraries - 1,
      });
      expect(await snapshot('2019-02-15T00:00:00Z')).toEqual({
        phase: 'TRAINED',
        achieved: 1,
        inProgress: 0,
        notStarted: libraries - 1,
      });
      expect(await snapshot('2019-03-15T00:00:00Z')).toEqual({
        phase: 'TRAINED',
        achieved: 1,
        inProgress: 1,
        notStarted: libraries - 2,
      });

      const replayed = await dashboards.statusesAt(viewerActor, new Date());
      const stored = await asOwner<{ tenant_id: string; trained: string; present: string; networks: string }>(
        t,
        'SELECT tenant_id, trained, present, networks FROM phase_status',
      );
      for (const row of stored) {
        const r = replayed.get(row.tenant_id) ?? {
          TRAINED: 'NOT_STARTED',
          PROFESSIONALLY_PRESENT: 'NOT_STARTED',
          VALUE_NETWORKS: 'NOT_STARTED',
        };
        expect([row.tenant_id, r.TRAINED, r.PROFESSIONALLY_PRESENT, r.VALUE_NETWORKS]).toEqual([
          row.tenant_id,
          row.trained,
          row.present,
          row.networks,
        ]);
      }

      const page1 = (
        await ok(
          gql(
            libA.headers,
            `{ phaseHistory(first: 2) { nodes { phase fromStatus toStatus reason changedAt } pageInfo { hasNextPage endCursor } } }`,
          ),
        )
      ).phaseHistory;
      expect(page1.nodes).toHaveLength(2);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const page2 = (
        await ok(
          gql(
            libA.headers,
            `query($after: String) { phaseHistory(first: 100, after: $after) { nodes { changedAt } } }`,
            { after: page1.pageInfo.endCursor },
          ),
        )
      ).phaseHistory;
      const all = [...page1.nodes, ...page2.nodes].map((n: Data) => n.changedAt as string);
      expect(all).toEqual([...all].sort().reverse());
      expect(all.length).toBe((await history(libA.id)).length);
    });

    it('keeps the precomputed trend equal to replaying the history, with changes since and deactivated libraries', async () => {
      const derivation = t.app.get(PhaseDerivationService);
      const args = { granularity: TrendGranularity.MONTH, periods: 100, forecastPeriods: 6 };
      /** The counts per province straight from tenants and phase_status, as the dashboard shows them. */
      const direct = async () => {
        const rows = await asOwner<{ province: string | null; phase: string; status: string; n: number }>(
          t,
          `SELECT t.province, p.phase, p.status, count(*)::int AS n
             FROM tenants t JOIN phase_status ps ON ps.tenant_id = t.id
             CROSS JOIN LATERAL (VALUES ('TRAINED', ps.trained), ('PROFESSIONALLY_PRESENT', ps.present),
                                        ('VALUE_NETWORKS', ps.networks)) AS p(phase, status)
            WHERE t.kind = 'LIBRARY' AND t.active GROUP BY 1, 2, 3`,
        );
        const provinces = [...new Set(rows.map((r) => r.province))];
        const n = (province: string | null, phase: string, status: string) =>
          rows.find((r) => r.province === province && r.phase === phase && r.status === status)?.n ?? 0;
        return provinces
          .map((province) => ({
            province,
            libraryCount: ['NOT_STARTED', 'IN_PROGRESS', 'ACHIEVED'].reduce(
              (sum, st) => sum + n(province, 'TRAINED', st),
              0,
            ),
            phases: ['TRAINED', 'PROFESSIONALLY_PRESENT', 'VALUE_NETWORKS'].map((phase) => ({
              phase,
              achieved: n(province, phase, 'ACHIEVED'),
              inProgress: n(province, phase, 'IN_PROGRESS'),
              notStarted: n(province, phase, 'NOT_STARTED'),
            })),
          }))
          .sort((a, b) => String(a.province).localeCompare(String(b.province)));
      };
      const check = async () => {
        const d = await dashboards.dashboard(viewerActor, args);
        expect(
          d.provinces
            .map(({ province, libraryCount, phases }) => ({ province, libraryCount, phases }))
            .sort((a, b) => String(a.province).localeCompare(String(b.province))),
        ).toEqual(await direct());
        for (const point of d.phases[0].trend.filter((_, i) => i % 3 === 0 || i > 90)) {
          const replayed = await dashboards.snapshot(viewerActor, point.at);
          for (const [i, phase] of d.phases.entries()) {
            const p = phase.trend.find((x) => x.periodStart === point.periodStart)!;
            expect([phase.phase, point.periodStart, p.achieved, p.inProgress]).toEqual([
              phase.phase,
              point.periodStart,
              replayed.phases[i].achieved,
              replayed.phases[i].inProgress,
            ]);
          }
        }
      };
      await check(); // nothing cached yet: all history is "since the watermark"
      await derivation.refreshCaches();
      const [state] = await asOwner<{ history_id: string }>(t, 'SELECT history_id FROM phase_trend_state');
      expect(Number(state.history_id)).toBeGreaterThan(0);
      await check();
      const lelystad = await newLibrary({ name: 'Bibliotheek Lelystad', province: Province.FLEVOLAND });
      await evidence.saveTraining(lelystad.actor, {
        date: TODAY,
        module: 'Digitale visie',
        provider: 'Cubiss',
        staffCount: 1,
        digitalVision: true,
      });
      await check(); // a change after the watermark
      const tenants = t.app.get(TenantService);
      const version = async (id: string) =>
        (await asOwner<{ version: number }>(t, 'SELECT version FROM tenants WHERE id = $1', [id]))[0].version;
      await tenants.update(adminActor, lelystad.id, {
        province: Province.UTRECHT,
        version: await version(lelystad.id),
      });
      await check(); // a library that moved province
      await tenants.update(adminActor, lelystad.id, {
        province: Province.FLEVOLAND,
        version: await version(lelystad.id),
      });
      await tenants.setActive(adminActor, zeeland[0].id, false);
      await check(); // a deactivated library leaves the cached trend too
      await tenants.setActive(adminActor, zeeland[0].id, true);
      await derivation.refreshCaches();
      await check();
    });

    it('counts per phase against the period’s targets, with percentages, a trend and a forecast', async () => {
      const dashboard = `query($p: ID) { programmeDashboard(periodId: $p, periods: 6, forecastPeriods: 3) {
          period { id name targetDate targetTrained } libraryCount
          phases { phase label target achieved inProgress notStarted percentOfTarget
                   trend { periodStart at achieved inProgress notStarted }
                   forecast { pacePerPeriod forecastDate reached willMeetTarget pointsUsed summary requiredPacePerMonth } }
          provinces { province label libraryCount phases { phase achieved inProgress notStarted } } } }`;
      const before = (await ok(gql(viewer, dashboard))).programmeDashboard as Dashboard;
      expect(before.period).toEqual({
        id: null,
        name: 'Landelijke doelstellingen',
        targetDate: null,
        targetTrained: 167,
      });
      expect(before.phases.map((p) => p.target)).toEqual([167, 125, 50]);

      const save = `mutation($input: PeriodInput!) { saveProgrammePeriod(input: $input) { id name startsOn targetDate targetTrained targetPresent targetNetworks version } }`;
      const input = {
        name: 'Programma 2025–2027',
        startsOn: '2025-01-01',
        targetDate: '2027-12-31',
        targetTrained: 8,
        targetPresent: 4,
      };
      expect(await code(gql(viewer, save, { input }))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await code(gql(admin, save, { input: { ...input, targetDate: '2024-12-31' } }))).toEqual({
        code: 'BAD_USER_INPUT',
        subCode: 'TARGET_BEFORE_START',
      });
      const period = (await ok(gql(admin, save, { input }))).saveProgrammePeriod;
      expect(period).toMatchObject({ targetTrained: 8, targetPresent: 4, targetNetworks: 50, version: 1 });
      expect((await ok(gql(viewer, '{ programmePeriods { id } }'))).programmePeriods).toEqual([
        { id: period.id },
      ]);

      const d = (await ok(gql(viewer, dashboard))).programmeDashboard as Dashboard;
      expect(d.period).toMatchObject({ id: period.id, targetDate: '2027-12-31', targetTrained: 8 });
      const [counts] = await asOwner<{
        libraries: number;
        trained: number;
        trained_p: number;
        present: number;
      }>(
        t,
        `SELECT count(*)::int AS libraries, count(*) FILTER (WHERE ps.trained = 'ACHIEVED')::int AS trained,
                count(*) FILTER (WHERE ps.trained = 'IN_PROGRESS')::int AS trained_p,
                count(*) FILTER (WHERE ps.present = 'ACHIEVED')::int AS present
           FROM tenants t LEFT JOIN phase_status ps ON ps.tenant_id = t.id WHERE t.kind = 'LIBRARY' AND t.active`,
      );
      const trained = d.phases[0];
      expect(d.libraryCount).toBe(counts.libraries);
      expect(trained).toMatchObject({
        phase: 'TRAINED',
        label: 'Getraind in de digitale visie',
        target: 8,
        achieved: counts.trained,
        inProgress: counts.trained_p,
        notStarted: counts.libraries - counts.trained - counts.trained_p,
        percentOfTarget: Math.round((counts.trained / 8) * 1000) / 10,
      });
      expect(d.phases[1]).toMatchObject({ target: 4, achieved: counts.present });
      // the last trend point is now and equals the current counts
      expect(trained.trend).toHaveLength(6);
      expect(trained.trend.at(-1)).toMatchObject({
        achieved: trained.achieved,
        inProgress: trained.inProgress,
        notStarted: trained.notStarted,
      });
      // the forecast is the pure function applied to the last forecastPeriods + 1 points
      const expected = forecast({
        points: trained.trend
          .slice(-4)
          .map((p: Data) => ({ at: new Date(p.at as string), value: p.achieved as number })),
        current: trained.achieved,
        target: 8,
        targetDate: '2027-12-31',
        asOf: new Date(trained.trend[trained.trend.length - 1].at),
      });
      expect(trained.forecast).toMatchObject({
        forecastDate: expected.forecastDate,
        reached: expected.reached,
        willMeetTarget: expected.willMeetTarget,
        pointsUsed: 4,
      });
      expect(trained.forecast.summary).toMatch(/doelstelling van 8/);

      // provinces: the three Zeeland libraries, exactly
      const zl = d.provinces.find((p) => p.province === 'ZEELAND');
      expect(zl).toEqual({
        province: 'ZEELAND',
        label: 'Zeeland',
        libraryCount: 3,
        phases: [
          { phase: 'TRAINED', achieved: 1, inProgress: 1, notStarted: 1 },
          { phase: 'PROFESSIONALLY_PRESENT', achieved: 0, inProgress: 0, notStarted: 3 },
          { phase: 'VALUE_NETWORKS', achieved: 0, inProgress: 0, notStarted: 3 },
        ],
      });
      for (const [i, phase] of d.phases.entries())
        expect(d.provinces.reduce((s, p) => s + p.phases[i].achieved, 0)).toBe(phase.achieved);
      expect(d.provinces.reduce((s, p) => s + p.libraryCount, 0)).toBe(d.libraryCount);
    });

    it('lists the libraries sorted, filtered and keyset-paginated', async () => {
      const list = `query($after: String, $sort: ProgrammeLibrarySort, $desc: Boolean, $province: Province, $phase: Phase, $status: PhaseStatus, $search: String) {
        programmeLibraries(first: 1, after: $after, sort: $sort, descending: $desc, province: $province, phase: $phase, status: $status, search: $search) {
          nodes { tenantId name province trained professionallyPresent pendingReviews lastActivityAt phases { phase status } }
          pageInfo { hasNextPage endCursor } } }`;
      const walk = async (vars: Record<string, unknown>) => {
        const out: LibraryRow[] = [];
        let after: string | null = null;
        do {
          const page = (await ok(gql(viewer, list, { ...vars, after }))).programmeLibraries as {
            nodes: LibraryRow[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
          out.push(...page.nodes);
          after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        } while (after);
        return out;
      };
      const byTrained = await walk({ province: 'ZEELAND', sort: 'TRAINED', desc: true });
      expect(byTrained.map((r) => [r.name, r.trained])).toEqual([
        ['Bibliotheek Goes', 'ACHIEVED'],
        ['=Bibliotheek "Hulst", Zeeuws-Vlaanderen', 'IN_PROGRESS'],
        ['Bibliotheek Terneuzen', 'NOT_STARTED'],
      ]);
      expect(byTrained[1]).toMatchObject({ pendingReviews: 1, lastActivityAt: '2019-03-01T12:00:00.000Z' });
      expect((await walk({ province: 'ZEELAND', sort: 'NAME' })).map((r) => r.name)).toEqual([
        '=Bibliotheek "Hulst", Zeeuws-Vlaanderen',
        'Bibliotheek Goes',
        'Bibliotheek Terneuzen',
      ]);
      expect(
        (await walk({ phase: 'TRAINED', status: 'NOT_STARTED', province: 'ZEELAND' })).map((r) => r.name),
      ).toEqual(['Bibliotheek Terneuzen']);
      expect((await walk({ search: 'aalsm' })).map((r) => r.tenantId)).toEqual([libA.id]);
      const all = await walk({ sort: 'LAST_ACTIVITY', desc: true });
      expect(new Set(all.map((r) => r.tenantId)).size).toBe(all.length);
      const times = all.map((r) => (r.lastActivityAt ? Date.parse(r.lastActivityAt) : 0));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(await code(gql(viewer, list, { after: 'bm90LWEtY3Vyc29y' }))).toEqual({
        code: 'BAD_USER_INPUT',
        subCode: 'INVALID_CURSOR',
      });
    });

    it('exports the table as CSV for Excel: BOM, attachment, escaping, filters', async () => {
      const token = viewer['authorization'];
      const res = await t
        .http()
        .get('/files/exports/dashboard-libraries.csv?province=ZEELAND&sort=TRAINED&descending=true')
        .set('authorization', token);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="bibliotheken-\d{4}-\d{2}-\d{2}\.csv"/,
      );
      const text = res.text;
      expect(text.startsWith('\uFEFF')).toBe(true);
      const lines = text.slice(1).split('\r\n');
      expect(lines[0]).toBe(
        'Bibliotheek,Provincie,Plaats,Getraind in de digitale visie,Professioneel aanwezig,Waardenetwerken,Wacht op beoordeling,Laatste activiteit,Laatste bewijs,Laatst bericht gebruikt',
      );
      expect(lines.slice(1, 4).map((l) => l.split(',').slice(0, 1)[0])).toEqual([
        'Bibliotheek Goes',
        `"'=Bibliotheek ""Hulst""`,
        'Bibliotheek Terneuzen',
      ]);
      expect(lines[2]).toBe(
        `"'=Bibliotheek ""Hulst"", Zeeuws-Vlaanderen",Zeeland,Delft,Bezig,Niet gestart,Niet gestart,1,2019-03-01T12:00:00.000Z,2019-03-01T12:00:00.000Z,`,
      );
      expect(lines.at(-1)).toBe('');
      expect(lines).toHaveLength(5);

      const semicolon = await t
        .http()
        .get('/files/exports/dashboard-libraries.csv?province=ZEELAND&delimiter=semicolon')
        .set('authorization', token);
      expect(semicolon.text.split('\r\n')[1]).toBe(
        `"'=Bibliotheek ""Hulst"", Zeeuws-Vlaanderen";Zeeland;Delft;Bezig;Niet gestart;Niet gestart;1;2019-03-01T12:00:00.000Z;2019-03-01T12:00:00.000Z;`,
      );

      const library = await t
        .http()
        .get('/files/exports/dashboard-libraries.csv')
        .set('authorization', libA.headers['authorization']);
      expect(library.status).toBe(403);
      expect(library.headers['content-type']).toMatch(/application\/json/);
      expect(library.headers['content-disposition']).toBeUndefined();
      expect(library.body.errors[0].extensions.code).toBe('FORBIDDEN');
      const anonymous = await t.http().get('/files/exports/dashboard-libraries.csv');
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const bad = await t
        .http()
        .get('/files/exports/dashboard-libraries.csv?province=ATLANTIS')
        .set('authorization', token);
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        subCode: 'VALIDATION_FAILED',
      });
    });

    it('shows network figures: posts used per month, top posts, inactive libraries, submissions and KPI reach', async () => {
      const central = await asOwner<{ tenant_id: string }>(t, 'SELECT tenant_id FROM users WHERE id = $1', [
        editorActor.id,
      ]);
      expect(central[0].tenant_id).toBe(editorActor.tenantId);
      const posts = t.app.get(PostService);
      const post = await posts.create(editorActor, { title: 'Voorleesochtend', body: 'Kom voorlezen!' });
      const published = await posts.publish(editorActor, post.id, post.version);
      await t.app.get(UsageService).markUsed(libB.actor, published.id, Channel.FACEBOOK, null, new Date());
      await t.app.get(PhaseDerivationService).sweep();

      const figures = (
        await ok(
          gql(
            viewer,
            `{ programmeNetworkFigures(months: 3, inactiveDays: 30) { postsUsedPerMonth { month uses libraries } topPosts { postId title uses libraries }
               librariesWithoutActivity inactiveLibraries { tenantId name lastActivityAt } submissions { submitted republished libraries }
               kpiReach { followers interactions shares websiteVisits libraries } } }`,
          ),
        )
      ).programmeNetworkFigures as Figures;
      expect(figures.postsUsedPerMonth).toHaveLength(3);
      expect(figures.postsUsedPerMonth.at(-1)).toEqual({ month: TODAY.slice(0, 7), uses: 1, libraries: 1 });
      expect(figures.topPosts).toEqual([
        { postId: published.id, title: 'Voorleesochtend', uses: 1, libraries: 1 },
      ]);
      const inactive = figures.inactiveLibraries.map((l) => l.tenantId);
      expect(inactive).not.toContain(libB.id);
      expect(inactive).not.toContain(libA.id);
      expect(inactive).toContain(zeeland[0].id); // active in 2019 only
      expect(figures.librariesWithoutActivity).toBe(inactive.length);
      expect(figures.submissions).toEqual({ submitted: 0, republished: 0, libraries: 0 });
      // latest verified measurement per active channel: A (2,400 followers) and Coevorden (800)
      expect(figures.kpiReach).toEqual({
        followers: 3200,
        interactions: 230,
        shares: 45,
        websiteVisits: 140,
        libraries: 2,
      });
      const row = (
        await ok(
          gql(viewer, `{ programmeLibraries(search: "Borger") { nodes { lastPostUsedAt lastActivityAt } } }`),
        )
      ).programmeLibraries.nodes[0];
      expect(row.lastPostUsedAt).toBeTruthy();
      expect(row.lastActivityAt).toBe(row.lastPostUsedAt);
    });
  });

  describe('isolation', () => {
    let trainingA: { id: string; version: number };

    beforeAll(async () => {
      trainingA = (
        await ok(
          gql(
            libA.headers,
            `mutation { saveTraining(input: { date: "${TODAY}", module: "Verdieping", provider: "Probiblio", staffCount: 2 }) { id version } }`,
          ),
        )
      ).saveTraining;
    });

    it('a library reads only its own evidence, progress and history', async () => {
      const own = (
        await ok(gql(libB.headers, '{ programmeEvidence { tenantId trainings { id } channels { id } } }'))
      ).programmeEvidence;
      expect(own).toEqual({ tenantId: libB.id, trainings: [], channels: [] });
      for (const query of [
        `query($t: ID) { programmeEvidence(tenantId: $t) { tenantId } }`,
        `query($t: ID) { kpiMeasurements(tenantId: $t) { nodes { id } } }`,
        `query($t: ID) { phaseHistory(tenantId: $t) { nodes { id } } }`,
      ])
        expect(await code(gql(libB.headers, query, { t: libA.id }))).toEqual({
          code: 'NOT_FOUND',
          subCode: 'LIBRARY_NOT_FOUND',
        });
      expect(
        await code(
          gql(libB.headers, `query($t: ID!) { libraryProgramme(tenantId: $t) { tenantId } }`, { t: libA.id }),
        ),
      ).toMatchObject({
        code: 'FORBIDDEN',
      });
      for (const query of [
        '{ programmeDashboard { libraryCount } }',
        '{ programmeLibraries { nodes { tenantId } } }',
        '{ evidenceQueue { nodes { id } } }',
      ])
        expect(await code(gql(libB.headers, query))).toMatchObject({ code: 'FORBIDDEN' });
      // row-level security, whatever the query says: evidence, status and history of A stay invisible
      for (const table of ['programme_trainings', 'programme_channels', 'phase_status', 'phase_history']) {
        const seen = await t.app
          .get(TenantDb)
          .run(libB.actor, (db) =>
            db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table} WHERE tenant_id = $1`, [
              libA.id,
            ]),
          );
        expect({ table, seen }).toEqual({ table, seen: [{ n: 0 }] });
      }
      const [, changed] = await t.app
        .get(TenantDb)
        .run(libB.actor, (db) =>
          db.query<[unknown[], number]>(
            `UPDATE phase_status SET trained = 'NOT_STARTED' WHERE tenant_id = $1`,
            [libA.id],
          ),
        );
      expect(changed).toBe(0);
    });

    it('library B cannot change, delete or review A’s evidence: it answers as if it did not exist', async () => {
      expect(
        await code(
          gql(
            libB.headers,
            `mutation($id: ID!, $v: Int!) { saveTraining(id: $id, version: $v, input: { date: "${TODAY}", module: "x", provider: "y", staffCount: 1 }) { id } }`,
            {
              id: trainingA.id,
              v: trainingA.version,
            },
          ),
        ),
      ).toEqual({ code: 'NOT_FOUND', subCode: 'EVIDENCE_NOT_FOUND' });
      expect(
        await code(
          gql(
            libB.headers,
            `mutation($id: ID!, $v: Int!) { deleteEvidence(kind: TRAINING, id: $id, version: $v) }`,
            { id: trainingA.id, v: trainingA.version },
          ),
        ),
      ).toEqual({ code: 'NOT_FOUND', subCode: 'EVIDENCE_NOT_FOUND' });
      const [channelA] = await asOwner<{ id: string }>(
        t,
        'SELECT id FROM programme_channels WHERE tenant_id = $1 LIMIT 1',
        [libA.id],
      );
      expect(
        await code(
          gql(
            libB.headers,
            `mutation($c: ID!) { saveKpiMeasurement(input: { channelId: $c, measuredOn: "${TODAY}", followers: 1, posts: 1, interactions: 1, shares: 1, websiteVisits: 1 }) { id } }`,
            {
              c: channelA.id,
            },
          ),
        ),
      ).toEqual({ code: 'NOT_FOUND', subCode: 'CHANNEL_NOT_FOUND' });
      expect(
        await code(review(libB.headers, EvidenceKind.TRAINING, trainingA.id, trainingA.version, 'VERIFIED')),
      ).toMatchObject({ code: 'FORBIDDEN' });
      await expect(
        evidence.review(libB.actor, {
          kind: EvidenceKind.TRAINING,
          id: trainingA.id,
          version: trainingA.version,
          decision: EvidenceStatus.VERIFIED,
        }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN', subCode: 'REVIEW_NOT_ALLOWED' });
      const [row] = await asOwner<{ status: string; version: number }>(
        t,
        'SELECT status, version FROM programme_trainings WHERE id = $1',
        [trainingA.id],
      );
      expect(row).toEqual({ status: 'SUBMITTED', version: trainingA.version });
    });

    it('the programme viewer reads every library but never writes, not even past the API', async () => {
      expect(
        (
          await ok(
            gql(viewer, `query($t: ID) { programmeEvidence(tenantId: $t) { trainings { id } } }`, {
              t: libA.id,
            }),
          )
        ).programmeEvidence.trainings,
      ).toEqual(expect.arrayContaining([{ id: trainingA.id }]));
      expect(
        (
          await ok(
            gql(viewer, `query($t: ID!) { libraryProgramme(tenantId: $t) ${PROGRESS} }`, { t: libA.id }),
          )
        ).libraryProgramme.tenantId,
      ).toBe(libA.id);
      expect(
        await code(review(viewer, EvidenceKind.TRAINING, trainingA.id, trainingA.version, 'VERIFIED')),
      ).toMatchObject({ code: 'FORBIDDEN' });
      expect(
        await code(
          gql(
            viewer,
            `mutation { saveTraining(input: { date: "${TODAY}", module: "x", provider: "y", staffCount: 1 }) { id } }`,
          ),
        ),
      ).toMatchObject({ code: 'FORBIDDEN' });
      await expect(
        evidence.review(viewerActor, {
          kind: EvidenceKind.TRAINING,
          id: trainingA.id,
          version: trainingA.version,
          decision: EvidenceStatus.VERIFIED,
        }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      const db = t.app.get(TenantDb);
      const [, updated] = await db.run(viewerActor, (m) =>
        m.query<[unknown[], number]>(`UPDATE programme_trainings SET status = 'VERIFIED' WHERE id = $1`, [
          trainingA.id,
        ]),
      );
      expect(updated).toBe(0);
      const [, statuses] = await db.run(viewerActor, (m) =>
        m.query<[unknown[], number]>(`UPDATE phase_status SET trained = 'ACHIEVED'`),
      );
      expect(statuses).toBe(0);
      await expect(
        db.run(viewerActor, (m) =>
          m.query(
            `INSERT INTO programme_periods (name, starts_on, target_date) VALUES ('x', '2030-01-01', '2031-01-01')`,
          ),
        ),
      ).rejects.toThrow(/row-level security/);
      await expect(
        db.run(viewerActor, (m) =>
          m.query(
            `INSERT INTO phase_history (tenant_id, phase, from_status, to_status, changed_at, reason) VALUES ($1, 'TRAINED', 'NOT_STARTED', 'ACHIEVED', now(), 'x')`,
            [libA.id],
          ),
        ),
      ).rejects.toThrow(/row-level security/);
    });
  });
});
