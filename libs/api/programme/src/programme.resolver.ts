import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CENTRAL_ROLES, EvidenceKind, LIBRARY_ROLES, Role } from '@bibliohub/contracts';
import { Access, Connection, CurrentActor, type Actor, type Page } from '@bibliohub/api-core';
import {
  ChannelInput,
  EvidenceQueueArgs,
  HouseStyleInput,
  KpiMeasurementInput,
  KpiMeasurementsArgs,
  PolicyInput,
  ReviewEvidenceInput,
  SaveArgs,
  StrategyInput,
  TrainingInput,
  ValueNetworkInput,
} from './dto/evidence.input.js';
import {
  ChannelType,
  EvidenceItemType,
  HouseStyleType,
  KpiMeasurementType,
  LibraryEvidenceType,
  PolicyType,
  StrategyType,
  TrainingType,
  ValueNetworkType,
} from './dto/evidence.type.js';
import {
  DashboardArgs,
  DashboardType,
  LibraryProgrammeType,
  NetworkFiguresArgs,
  NetworkFiguresType,
  PhaseChangeType,
  PhaseHistoryArgs,
  ProgrammeLibrariesArgs,
  ProgrammeLibraryType,
  SnapshotType,
} from './dto/dashboard.type.js';
import {
  CriteriaInput,
  CriteriaType,
  CriteriaUpdateType,
  PeriodInput,
  PeriodType,
} from './dto/settings.type.js';
import { DashboardService } from './dashboard.service.js';
import { EvidenceService } from './evidence.service.js';
import { ProgrammeSettingsService } from './programme-settings.service.js';

/** Programme viewers read everything central staff read; only admins and editors review. */
export const DASHBOARD_READERS = { roles: CENTRAL_ROLES };
const LIBRARIES = { roles: LIBRARY_ROLES };
const REVIEWERS = { roles: [Role.CENTRAL_ADMIN, Role.CENTRAL_EDITOR] };
const ADMINS = { roles: [Role.CENTRAL_ADMIN] };
const EVERYONE = { roles: [...CENTRAL_ROLES, ...LIBRARY_ROLES] };

const EvidenceItemConnection = Connection(EvidenceItemType, 'EvidenceItem');
const KpiMeasurementConnection = Connection(KpiMeasurementType, 'KpiMeasurement');
const ProgrammeLibraryConnection = Connection(ProgrammeLibraryType, 'ProgrammeLibrary');
const PhaseChangeConnection = Connection(PhaseChangeType, 'PhaseChange');

@Resolver()
export class ProgrammeResolver {
  constructor(
    private readonly evidence: EvidenceService,
    private readonly dashboards: DashboardService,
    private readonly settings: ProgrammeSettingsService,
  ) {}

  // ── National dashboard (central staff and programme viewers) ────────────────────────────────

  @Access(DASHBOARD_READERS)
  @Query(() => DashboardType, {
    description:
      'Per phase: achieved / in progress / not started against the target, trend, forecast; per province',
  })
  programmeDashboard(@CurrentActor() actor: Actor, @Args() args: DashboardArgs): Promise<DashboardType> {
    return this.dashboards.dashboard(actor, args);
  }

  @Access(DASHBOARD_READERS)
  @Query(() => ProgrammeLibraryConnection, {
    description: 'The libraries with their phase statuses and last activity',
  })
  programmeLibraries(
    @CurrentActor() actor: Actor,
    @Args() args: ProgrammeLibrariesArgs,
  ): Promise<Page<ProgrammeLibraryType>> {
    return this.dashboards.libraries(actor, args);
  }

  @Access(DASHBOARD_READERS)
  @Query(() => NetworkFiguresType, { description: 'What the network uses and reaches' })
  programmeNetworkFigures(
    @CurrentActor() actor: Actor,
    @Args() args: NetworkFiguresArgs,
  ): Promise<NetworkFiguresType> {
    return this.dashboards.networkFigures(actor, args);
  }

  @Access(DASHBOARD_READERS)
  @Query(() => SnapshotType, {
    description: 'The counts per phase at a past moment, replayed from the phase history',
  })
  programmeSnapshot(@CurrentActor() actor: Actor, @Args('at') at: Date): Promise<SnapshotType> {
    return this.dashboards.snapshot(actor, at);
  }

  @Access(DASHBOARD_READERS)
  @Query(() => EvidenceItemConnection, { description: 'Evidence to review, oldest first' })
  evidenceQueue(
    @CurrentActor() actor: Actor,
    @Args() args: EvidenceQueueArgs,
  ): Promise<Page<EvidenceItemType>> {
    return this.evidence.queue(actor, args);
  }

  @Access(DASHBOARD_READERS)
  @Query(() => LibraryProgrammeType, { description: 'One library’s progress and what it is missing' })
  libraryProgramme(
    @CurrentActor() actor: Actor,
    @Args('tenantId', { type: () => ID }) tenantId: string,
  ): Promise<LibraryProgrammeType> {
    return this.dashboards.progress(actor, tenantId);
  }

  // ── A library's own progress and evidence ───────────────────────────────────────────────────

  @Access(LIBRARIES)
  @Query(() => LibraryProgrammeType, {
    description: 'Your progress through the three phases and what is missing',
  })
  myProgramme(@CurrentActor() actor: Actor): Promise<LibraryProgrammeType> {
    return this.dashboards.progress(actor);
  }

  @Access(EVERYONE)
  @Query(() => LibraryEvidenceType, {
    description: 'Programme evidence (libraries: their own; central: tenantId)',
  })
  programmeEvidence(
    @CurrentActor() actor: Actor,
    @Args('tenantId', { type: () => ID, nullable: true }) tenantId?: string | null,
  ): Promise<LibraryEvidenceType> {
    return this.evidence.libraryEvidence(actor, tenantId);
  }

  @Access(EVERYONE)
  @Query(() => KpiMeasurementConnection, { description: 'KPI measurements, newest first' })
  kpiMeasurements(
    @CurrentActor() actor: Actor,
    @Args() args: KpiMeasurementsArgs,
  ): Promise<Page<KpiMeasurementType>> {
    return this.evidence.kpiMeasurements(actor, args);
  }

  @Access(EVERYONE)
  @Query(() => PhaseChangeConnection, { description: 'Phase status changes of a library, newest first' })
  phaseHistory(@CurrentActor() actor: Actor, @Args() args: PhaseHistoryArgs): Promise<Page<PhaseChangeType>> {
    return this.dashboards.history(actor, args);
  }

  @Access(LIBRARIES)
  @Mutation(() => TrainingType, { description: 'Record a training (or change one: id and version)' })
  saveTraining(
    @CurrentActor() actor: Actor,
    @Args('input') input: TrainingInput,
    @Args() args: SaveArgs,
  ): Promise<TrainingType> {
    return this.evidence.saveTraining(actor, input, args);
  }

  @Access(LIBRARIES)
  @Mutation(() => StrategyType, { description: 'Save the social-media strategy as a new version' })
  saveStrategy(
    @CurrentActor() actor: Actor,
    @Args('input') input: StrategyInput,
    @Args('baseVersion', { type: () => Int, description: 'The versionNo you edited (0 for the first)' })
    baseVersion: number,
  ): Promise<StrategyType> {
    return this.evidence.saveStrategy(actor, input, baseVersion);
  }

  @Access(LIBRARIES)
  @Mutation(() => PolicyType, { description: 'Record the staff social-media policy' })
  saveSocialMediaPolicy(
    @CurrentActor() actor: Actor,
    @Args('input') input: PolicyInput,
    @Args() args: SaveArgs,
  ): Promise<PolicyType> {
    return this.evidence.savePolicy(actor, input, args);
  }

  @Access(LIBRARIES)
  @Mutation(() => HouseStyleType, { description: 'Record whether the house style is applied' })
  saveHouseStyle(
    @CurrentActor() actor: Actor,
    @Args('input') input: HouseStyleInput,
    @Args() args: SaveArgs,
  ): Promise<HouseStyleType> {
    return this.evidence.saveHouseStyle(actor, input, args);
  }

  @Access(LIBRARIES)
  @Mutation(() => ChannelType, { description: 'Record an active channel, or end one (active: false)' })
  saveProgrammeChannel(
    @CurrentActor() actor: Actor,
    @Args('input') input: ChannelInput,
    @Args() args: SaveArgs,
  ): Promise<ChannelType> {
    return this.evidence.saveChannel(actor, input, args);
  }

  @Access(LIBRARIES)
  @Mutation(() => KpiMeasurementType, { description: 'Record the KPIs of a channel at a measurement moment' })
  saveKpiMeasurement(
    @CurrentActor() actor: Actor,
    @Args('input') input: KpiMeasurementInput,
    @Args() args: SaveArgs,
  ): Promise<KpiMeasurementType> {
    return this.evidence.saveKpiMeasurement(actor, input, args);
  }

  @Access(LIBRARIES)
  @Mutation(() => ValueNetworkType, { description: 'Record a value network or theme community, or end one' })
  saveValueNetwork(
    @CurrentActor() actor: Actor,
    @Args('input') input: ValueNetworkInput,
    @Args() args: SaveArgs,
  ): Promise<ValueNetworkType> {
    return this.evidence.saveValueNetwork(actor, input, args);
  }

  @Access(LIBRARIES)
  @Mutation(() => Boolean, { description: 'Remove evidence that has not been verified' })
  deleteEvidence(
    @CurrentActor() actor: Actor,
    @Args('kind', { type: () => EvidenceKind }) kind: EvidenceKind,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<boolean> {
    return this.evidence.deleteEvidence(actor, kind, id, version);
  }

  // ── Review and settings (central staff) ─────────────────────────────────────────────────────

  @Access(REVIEWERS)
  @Mutation(() => EvidenceItemType, {
    description: 'Verify or reject evidence (a rejection needs a comment)',
  })
  reviewEvidence(
    @CurrentActor() actor: Actor,
    @Args('input') input: ReviewEvidenceInput,
  ): Promise<EvidenceItemType> {
    return this.evidence.review(actor, input);
  }

  @Access(EVERYONE)
  @Query(() => CriteriaType, { description: 'How verified evidence turns into phase statuses' })
  programmeCriteria(@CurrentActor() actor: Actor): Promise<CriteriaType> {
    return this.settings.criteria(actor);
  }

  @Access(ADMINS)
  @Mutation(() => CriteriaUpdateType, { description: 'Change the criteria; every library is re-derived' })
  updateProgrammeCriteria(
    @CurrentActor() actor: Actor,
    @Args('input') input: CriteriaInput,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<CriteriaUpdateType> {
    return this.settings.updateCriteria(actor, input, version);
  }

  @Access(DASHBOARD_READERS)
  @Query(() => [PeriodType], { description: 'Programme periods with their targets, newest first' })
  programmePeriods(@CurrentActor() actor: Actor): Promise<PeriodType[]> {
    return this.settings.periods(actor);
  }

  @Access(ADMINS)
  @Mutation(() => PeriodType, { description: 'Add a programme period (or change one: id and version)' })
  saveProgrammePeriod(
    @CurrentActor() actor: Actor,
    @Args('input') input: PeriodInput,
    @Args() args: SaveArgs,
  ): Promise<PeriodType> {
    return this.settings.savePeriod(actor, input, args.id, args.version);
  }
}
