import { Injectable } from '@nestjs/common';
import { AppError, AuditService, TenantDb, type Actor } from '@bibliohub/api-core';
import type { ThemeInput, ThemeType, UpdateThemeInput } from './dto/theme.type.js';
import { ThemeEntity } from './theme.entity.js';

const notFound = () => AppError.notFound('THEME_NOT_FOUND', 'No such theme or campaign');

/** Themes and national campaigns: shared central content every library can read. */
@Injectable()
export class ThemeService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, activeOnly: boolean): Promise<ThemeEntity[]> {
    return this.db.run(actor, (db) =>
      db.find(ThemeEntity, {
        where: activeOnly ? { active: true } : {},
        order: { kind: 'ASC', name: 'ASC' },
      }),
    );
  }

  async getBySlug(actor: Actor, slug: string): Promise<ThemeEntity> {
    const theme = await this.db.run(actor, (db) => db.findOneBy(ThemeEntity, { slug }));
    if (!theme) throw notFound();
    return theme;
  }

  create(actor: Actor, input: ThemeInput): Promise<ThemeEntity> {
    assertPeriod(input);
    return this.db.run(actor, async (db) => {
      const theme = await db
        .save(db.create(ThemeEntity, { ...input, tenantId: actor.tenantId }))
        .catch((error: Error & { code?: string }) => {
          throw error.code === '23505'
            ? AppError.conflict('SLUG_TAKEN', `The slug "${input.slug}" is already in use`)
            : error;
        });
      await this.audit.record(db, actor, {
        tenantId: theme.tenantId,
        action: 'theme.create',
        entityType: 'Theme',
        entityId: theme.id,
        after: { ...input },
      });
      return theme;
    });
  }

  update(actor: Actor, id: string, input: UpdateThemeInput): Promise<ThemeEntity> {
    assertPeriod(input);
    return this.db.run(actor, async (db) => {
      const theme = await db.findOneBy(ThemeEntity, { id });
      if (!theme) throw notFound();
      const { version, ...fields } = input;
      const result = await db
        .createQueryBuilder()
        .update(ThemeEntity)
        .set({ ...fields, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (result.affected !== 1)
        throw AppError.conflict(
          'STALE_VERSION',
          `This theme was changed meanwhile (now version ${theme.version})`,
          { currentVersion: theme.version },
        );
      const saved = (await db.findOneBy(ThemeEntity, { id }))!;
      await this.audit.record(db, actor, {
        tenantId: theme.tenantId,
        action: 'theme.update',
        entityType: 'Theme',
        entityId: id,
        before: { ...theme },
        after: { ...saved },
      });
      return saved;
    });
  }
}

function assertPeriod(input: ThemeInput): void {
  if ((input.periodStart && !input.periodEnd) || (!input.periodStart && input.periodEnd)) {
    throw AppError.badInput(
      'INCOMPLETE_PERIOD',
      'Give both the start and the end of the period, or neither',
      [{ field: 'periodEnd', reason: 'required', message: 'start and end go together' }],
    );
  }
  if (input.periodStart && input.periodEnd && input.periodEnd < input.periodStart && !input.recursYearly) {
    throw AppError.badInput('INVALID_PERIOD', 'The period ends before it starts', [
      { field: 'periodEnd', reason: 'afterStart', message: 'must not lie before the start' },
    ]);
  }
}

/**
 * The occurrences of a campaign that overlap [from, until): a yearly campaign is moved into each year
 * of the range (a period over New Year, such as Poëzieweek, ends in the following year).
 */
export function projectCampaign(theme: ThemeEntity, from: Date, until: Date): ThemeType[] {
  if (!theme.periodStart || !theme.periodEnd) return [];
  const overlaps = (start: Date, end: Date) => start < until && end >= from;
  if (!theme.recursYearly) {
    return overlaps(new Date(theme.periodStart), new Date(theme.periodEnd)) ? [theme] : [];
  }
  const out: ThemeType[] = [];
  const [sm, sd] = theme.periodStart.slice(5).split('-').map(Number) as [number, number];
  const [em, ed] = theme.periodEnd.slice(5).split('-').map(Number) as [number, number];
  for (let year = from.getUTCFullYear() - 1; year <= until.getUTCFullYear(); year++) {
    const start = new Date(Date.UTC(year, sm - 1, sd));
    const end = new Date(Date.UTC(em < sm || (em === sm && ed < sd) ? year + 1 : year, em - 1, ed));
    if (overlaps(start, end)) out.push({ ...theme, periodStart: iso(start), periodEnd: iso(end) });
  }
  return out;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
