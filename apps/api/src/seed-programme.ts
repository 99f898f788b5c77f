import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import {
  Channel,
  EvidenceKind,
  EvidenceStatus,
  Goal,
  Role,
  TargetGroup,
  TenantKind,
} from '@bibliohub/contracts';
import { TenantDb, type Actor } from '@bibliohub/api-core';
import { UsageService } from '@bibliohub/api-feed';
import { UserService } from '@bibliohub/api-identity';
import {
  EvidenceService,
  KpiMetric,
  PhaseDerivationService,
  ProgrammeSettingsService,
  type StrategyInput,
} from '@bibliohub/api-programme';

const DAY = 86_400_000;

/**
 * Each seeded library's path through the programme, in months before today (null: not (yet)).
 * Together: ten trained, five professionally present (a sixth lapsed when its KPI measurements
 * stopped), two facilitating a value network, and a few libraries on their way.
 */
interface Path {
  /** Training recorded and verified. */
  trained: number | null;
  /** Training recorded, not yet reviewed. */
  trainingPending?: number;
  /** Strategy, policy, channels and the first KPI measurement verified; KPIs every other month from then on. */
  present: number | null;
  /** Months ago of the last KPI measurement (default: this month). */
  kpiUntil?: number;
  /** Presence work under way: 'incomplete' strategy, or a 'pending' policy. */
  presenceStarted?: { at: number; state: 'incomplete' | 'pending' };
  /** A value network: verified, or still awaiting review. */
  network?: { at: number; verified: boolean };
}

const PATHS: Path[] = [
  { trained: 17, present: 12, network: { at: 6, verified: true } }, // Delft
  { trained: 16, present: 10, network: { at: 3, verified: true } }, // OBA Amsterdam
  { trained: 15, present: 9, network: { at: 1, verified: false } }, // Utrecht
  { trained: 14, present: 7 }, // Groningen
  { trained: 12, present: 5 }, // Eindhoven
  { trained: 11, present: null, presenceStarted: { at: 4, state: 'incomplete' } }, // Maastricht
  { trained: 9, present: 7, kpiUntil: 4 }, // Zwolle: measurements stopped, presence lapsed
  { trained: 8, present: null, presenceStarted: { at: 2, state: 'pending' } }, // Arnhem
  { trained: 6, present: null }, // Leeuwarden
  { trained: null, trainingPending: 1, present: null }, // Assen
  { trained: 3, present: null }, // Almere
  { trained: null, present: null }, // Middelburg: not started
];

const PROVIDERS = ['ProBiblio', 'Rijnbrink', 'Cubiss', 'Biblionet Groningen', 'Bibliotheekservice Fryslân'];

const STRATEGY: StrategyInput = {
  onlineGoals: ['Meer volgers en gesprekken met inwoners', 'Meer bezoek aan de website vanuit sociale media'],
  offlineGoals: ['Meer deelnemers aan activiteiten in de vestigingen'],
  targetGroups: [
    {
      group: TargetGroup.OUDERS,
      description: 'Ouders van jonge kinderen',
      mediaUse: 'Instagram en Facebook, ’s avonds',
    },
    { group: TargetGroup.SENIOREN, description: 'Senioren', mediaUse: 'Facebook, overdag; delen veel door' },
  ],
  mission: 'Wij verbinden inwoners met verhalen, kennis en elkaar, online en in de vestigingen.',
  socialGoals: [
    {
      goal: Goal.MARKETING,
      description: 'Naamsbekendheid van de activiteiten',
      kpis: [{ name: 'Volgers', metric: KpiMetric.FOLLOWERS, target: 2500 }],
    },
    {
      goal: Goal.KLANTENBINDING,
      description: 'Vragen en reacties binnen een werkdag beantwoorden',
      kpis: [{ name: 'Gesprekken per maand', metric: KpiMetric.INTERACTIONS, target: 150 }],
    },
  ],
  tactics: [
    {
      description: 'Dagelijks een bericht uit de landelijke contentdatabase, lokaal gemaakt',
      channels: [Channel.INSTAGRAM, Channel.FACEBOOK],
      measurementMethod: 'Elk kwartaal volgers, interacties en websitebezoek vastleggen',
    },
  ],
};

/** Noon (UTC) `months` months and `days` days before `now`. */
const monthsAgo = (now: Date, months: number, days = 0) =>
  new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, Math.min(now.getUTCDate(), 28) - days, 12),
  );
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

interface Event {
  at: Date;
  run: () => Promise<unknown>;
}

export interface SeedProgrammeOptions {
  centralId: string;
  /** A central editor who reviews the evidence. */
  reviewerId: string;
  libraries: { id: string; name: string; slug: string; channels: { channel: Channel; handle: string }[] }[];
  now?: Date;
}

/**
 * Demo data for the national dashboard: a programme period, and for the seeded libraries evidence
 * recorded and reviewed over the last 18 months through the real services (audited, row-level security),
 * replayed in time order so the phase history, the trend and the forecast look like a real programme.
 * A little content use per month for the network figures.
 */
export async function seedDemoProgramme(
  app: INestApplicationContext,
  options: SeedProgrammeOptions,
): Promise<{ evidence: number; statusChanges: number }> {
  const now = options.now ?? new Date();
  const evidence = app.get(EvidenceService);
  const db = app.get(TenantDb);
  const [admin] = await db.asCentralSystem((m) =>
    m.query<{ id: string }[]>(
      `SELECT id FROM users WHERE tenant_id = $1 AND role = 'CENTRAL_ADMIN' LIMIT 1`,
      [options.centralId],
    ),
  );
  const central = (id: string, role: Role): Actor => ({
    kind: 'USER',
    id,
    tenantId: options.centralId,
    tenantKind: TenantKind.CENTRAL,
    role,
    scopes: [],
  });
  const reviewer = central(options.reviewerId, Role.CENTRAL_EDITOR);
  const start = monthsAgo(now, 18);
  await app
    .get(ProgrammeSettingsService)
    .savePeriod(central(admin?.id ?? options.reviewerId, Role.CENTRAL_ADMIN), {
      name: `Landelijk programma ${start.getUTCFullYear()}–${start.getUTCFullYear() + 3}`,
      startsOn: `${start.toISOString().slice(0, 7)}-01`,
      targetDate: `${start.getUTCFullYear() + 3}-12-31`,
      targetTrained: 167,
      targetPresent: 125,
      targetNetworks: 50,
    });

  const events: Event[] = [];
  let count = 0;
  /** Records evidence at `at` and, unless `verifyAfterDays` is null, verifies it that many days later. */
  const record = <T extends { id: string; version: number }>(
    kind: EvidenceKind,
    at: Date,
    save: (when: { at: Date }) => Promise<T>,
    verifyAfterDays: number | null = 7,
    then?: (row: T) => void,
  ) => {
    let saved: T | undefined;
    count += 1;
    // Nothing in the future: the latest records land minutes before now, their reviews after them.
    const savedAt = new Date(Math.min(at.getTime(), now.getTime() - 10 * 60_000 + count));
    events.push({
      at: savedAt,
      run: async () => {
        saved = await save({ at: savedAt });
        then?.(saved);
      },
    });
    if (verifyAfterDays === null) return;
    const reviewAt = new Date(
      Math.min(savedAt.getTime() + verifyAfterDays * DAY, now.getTime() - 60_000 + count),
    );
    events.push({
      at: reviewAt,
      run: () =>
        evidence.review(
          reviewer,
          { kind, id: saved!.id, version: saved!.version, decision: EvidenceStatus.VERIFIED },
          { at: reviewAt },
        ),
    });
  };

  const users = app.get(UserService);
  const actors: Actor[] = [];
  for (const [i, lib] of options.libraries.entries()) {
    const path = PATHS[i % PATHS.length];
    const user = await users.create(null, {
      tenantId: lib.id,
      email: `sociale-media@${lib.slug}.demo.bibliohub.nl`,
      name: 'Team sociale media',
      role: Role.LIBRARY_EDITOR,
      password: randomBytes(24).toString('base64url'), // records evidence in the demo; nobody logs in as it
    });
    const actor: Actor = {
      kind: 'USER',
      id: user.id,
      tenantId: lib.id,
      tenantKind: TenantKind.LIBRARY,
      role: Role.LIBRARY_EDITOR,
      scopes: [],
    };
    actors.push(actor);
    const training = (month: number, verify: boolean) => {
      const at = monthsAgo(now, month);
      record(
        EvidenceKind.TRAINING,
        at,
        (when) =>
          evidence.saveTraining(
            actor,
            {
              date: isoDay(new Date(at.getTime() - 3 * DAY)),
              module: 'De digitale visie van de bibliotheek',
              provider: PROVIDERS[i % PROVIDERS.length],
              staffCount: 2 + (i % 5),
              digitalVision: true,
            },
            {},
            when,
          ),
        verify ? 10 : null,
      );
    };
    if (path.trained !== null) training(path.trained, true);
    if (path.trainingPending !== undefined) training(path.trainingPending, false);

    const channels = lib.channels.length ? lib.channels : [{ channel: Channel.FACEBOOK, handle: lib.name }];
    const channelIds: string[] = [];
    const presence = (month: number, verify: boolean, strategy: StrategyInput) => {
      const at = monthsAgo(now, month, 20);
      record(
        EvidenceKind.STRATEGY,
        at,
        (when) => evidence.saveStrategy(actor, strategy, 0, when),
        verify ? 14 : null,
      );
      record(
        EvidenceKind.POLICY,
        new Date(at.getTime() + DAY),
        (when) =>
          evidence.savePolicy(
            actor,
            {
              text: 'Gedragscode sociale media voor medewerkers: toon, reactietijd, privacy.',
              adoptedOn: isoDay(at),
            },
            {},
            when,
          ),
        verify ? 14 : null,
      );
      for (const [c, ch] of channels.entries())
        record(
          EvidenceKind.CHANNEL,
          new Date(at.getTime() + (2 + c) * DAY),
          (when) =>
            evidence.saveChannel(
              actor,
              {
                channel: ch.channel,
                handle: ch.handle,
                active: true,
                activeSince: isoDay(monthsAgo(now, 30)),
              },
              {},
              when,
            ),
          verify ? 14 : null,
          (row) => channelIds.push(row.id),
        );
    };
    if (path.present !== null) {
      presence(path.present, true, STRATEGY);
      // KPI measurements every other month from the month presence was reached
      for (let m = path.present; m >= (path.kpiUntil ?? 0); m -= 2) {
        const at = monthsAgo(now, m);
        const growth = 1 + (path.present - m) * 0.03;
        for (const [c] of channels.entries()) {
          const followers = Math.round((600 + i * 170 + c * 900) * growth);
          record(
            EvidenceKind.KPI_MEASUREMENT,
            at,
            (when) =>
              evidence.saveKpiMeasurement(
                actor,
                {
                  channelId: channelIds[c],
                  measuredOn: isoDay(at),
                  followers,
                  posts: 20 + ((i + m) % 15),
                  interactions: Math.round(followers * 0.07),
                  shares: Math.round(followers * 0.015),
                  websiteVisits: Math.round(followers * 0.03),
                },
                {},
                when,
              ),
            5,
          );
        }
      }
    }
    if (path.presenceStarted) {
      const incomplete = path.presenceStarted.state === 'incomplete';
      presence(
        path.presenceStarted.at,
        false,
        incomplete ? { ...STRATEGY, tactics: [{ ...STRATEGY.tactics[0], measurementMethod: '' }] } : STRATEGY,
      );
    }
    const network = path.network;
    if (network) {
      record(
        EvidenceKind.VALUE_NETWORK,
        monthsAgo(now, network.at, 10),
        (when) =>
          evidence.saveValueNetwork(
            actor,
            {
              name: i === 0 ? 'Makers van Delft' : i === 1 ? 'Amsterdamse Leesclubs' : 'Taalhuis Utrecht',
              theme: i === 0 ? 'Makerspace' : i === 1 ? 'Leesbevordering' : 'Taal en integratie',
              partners: ['Gemeente', 'Vrijwilligers', i === 2 ? 'ROC' : 'Hogeschool'],
              memberCount: 25 + i * 18,
              activities: ['Maandelijkse bijeenkomst', 'Online themagroep'],
              active: true,
              startedOn: isoDay(monthsAgo(now, network.at + 1)),
            },
            {},
            when,
          ),
        network.verified ? 12 : null,
      );
    }
  }

  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const event of events) await event.run();

  await seedUsage(app, options, actors, now);
  // Statuses that lapsed since (no recent KPI measurement), dated the day they lapsed.
  await app.get(PhaseDerivationService).sweep(now);
  const [{ changes }] = await db.asCentralSystem((m) =>
    m.query<{ changes: number }[]>('SELECT count(*)::int AS changes FROM phase_history'),
  );
  return { evidence: count, statusChanges: changes };
}

/** Libraries that are professionally present use a few central posts a month. */
async function seedUsage(
  app: INestApplicationContext,
  options: SeedProgrammeOptions,
  actors: Actor[],
  now: Date,
): Promise<void> {
  const posts = await app
    .get(TenantDb)
    .asCentralSystem((m) =>
      m.query<{ id: string }[]>(
        `SELECT id FROM posts WHERE status = 'PUBLISHED' ORDER BY published_at, id LIMIT 40`,
      ),
    );
  if (!posts.length) return;
  const usage = app.get(UsageService);
  for (const [i, lib] of options.libraries.entries()) {
    const path = PATHS[i % PATHS.length];
    if (path.present === null && !path.presenceStarted) continue;
    const months = Math.min(path.present ?? 2, 6);
    const actor = actors[i];
    for (let m = months; m >= 0; m--) {
      for (let k = 0; k < 2 + ((i + m) % 3); k++) {
        const post = posts[(i * 7 + m * 3 + k) % posts.length];
        const at = new Date(Math.min(monthsAgo(now, m, 2 + k * 3).getTime(), now.getTime() - 60_000));
        const channel = k % 2 ? Channel.INSTAGRAM : Channel.FACEBOOK;
        await usage.markUsed(actor, post.id, channel, `https://social.example/${lib.slug}/${m}-${k}`, at);
      }
    }
  }
}
