import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  Access,
  AppError,
  contentDisposition,
  CurrentActor,
  validateInput,
  type Actor,
} from '@bibliohub/api-core';
import { PHASE_STATUS_LABELS, PROVINCE_LABELS } from '@bibliohub/contracts';
import { toCsv, UTF8_BOM } from './csv.js';
import { DashboardService } from './dashboard.service.js';
import { LibraryFilterArgs } from './dto/dashboard.type.js';
import { DASHBOARD_READERS } from './programme.resolver.js';

const HEADER = [
  'Bibliotheek',
  'Provincie',
  'Plaats',
  'Getraind in de digitale visie',
  'Professioneel aanwezig',
  'Waardenetwerken',
  'Wacht op beoordeling',
  'Laatste activiteit',
  'Laatste bewijs',
  'Laatst bericht gebruikt',
];

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : '');

/**
 * `GET /files/exports/dashboard-libraries.csv` — the dashboard's library table as CSV (same filters and
 * order as `programmeLibraries`, every row). `delimiter=semicolon` for Excel with Dutch list settings.
 */
@Controller('files/exports')
export class ExportsController {
  constructor(private readonly dashboards: DashboardService) {}

  @Get('dashboard-libraries.csv')
  @Access(DASHBOARD_READERS)
  async libraries(
    @CurrentActor() actor: Actor,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const { delimiter: delimiterName, ...filters } = query;
    if (delimiterName !== undefined && delimiterName !== 'comma' && delimiterName !== 'semicolon')
      throw AppError.badInput('INVALID_DELIMITER', 'delimiter must be comma or semicolon', [
        { field: 'delimiter', reason: 'isIn', message: 'comma or semicolon' },
      ]);
    const args = await validateInput(LibraryFilterArgs, {
      ...filters,
      ...(filters['inactiveDays'] !== undefined ? { inactiveDays: Number(filters['inactiveDays']) } : {}),
      pendingOnly: filters['pendingOnly'] === 'true',
      descending: filters['descending'] === 'true',
    });
    const rows = await this.dashboards.allLibraries(actor, args);
    const csv = toCsv(
      [
        HEADER,
        ...rows.map((r) => [
          r.name,
          r.province ? PROVINCE_LABELS[r.province] : '',
          r.city,
          PHASE_STATUS_LABELS[r.trained],
          PHASE_STATUS_LABELS[r.professionallyPresent],
          PHASE_STATUS_LABELS[r.valueNetworks],
          r.pendingReviews,
          iso(r.lastActivityAt),
          iso(r.lastEvidenceAt),
          iso(r.lastPostUsedAt),
        ]),
      ],
      delimiterName === 'semicolon' ? ';' : ',',
    );
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      contentDisposition(`bibliotheken-${new Date().toISOString().slice(0, 10)}.csv`),
    );
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(UTF8_BOM + csv);
  }
}
