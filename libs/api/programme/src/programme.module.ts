import { Module } from '@nestjs/common';
import './programme.schema.js';
import { DashboardService } from './dashboard.service.js';
import { EvidenceService } from './evidence.service.js';
import { ExportsController } from './exports.controller.js';
import { PhaseDerivationService } from './phase-derivation.service.js';
import { ProgrammeResolver } from './programme.resolver.js';
import { ProgrammeSettingsService } from './programme-settings.service.js';

/**
 * The national programme: evidence, verification, phase status (derived and kept current), targets,
 * the national dashboard and its CSV export. Reads other features' tables with SQL; nothing imports it.
 */
@Module({
  controllers: [ExportsController],
  providers: [
    PhaseDerivationService,
    EvidenceService,
    DashboardService,
    ProgrammeSettingsService,
    ProgrammeResolver,
  ],
  exports: [PhaseDerivationService, EvidenceService, DashboardService, ProgrammeSettingsService],
})
export class ProgrammeModule {}
