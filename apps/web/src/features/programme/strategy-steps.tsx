import type { Goal, KpiMetric, TargetGroup } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/i18n';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '../../ui/field';
import { GOALS, TARGET_GROUPS } from '../content/post-options';
import { CHANNELS } from '../tenants/profile-form';
import { KPI_METRICS } from './programme-options';
import {
  MAX_KPIS,
  emptyGoal,
  emptyKpi,
  emptyTactic,
  emptyTargetGroup,
  type GoalValues,
  type Step,
  type StrategyValues,
} from './strategy-form';

interface StepProps {
  step: Step;
  values: StrategyValues;
  onChange: (patch: Partial<StrategyValues>) => void;
}

const replace = <T,>(items: readonly T[], index: number, item: T) =>
  items.map((current, i) => (i === index ? item : current));
const remove = <T,>(items: readonly T[], index: number) => items.filter((_, i) => i !== index);

/** The fields of one step of the strategy wizard. */
export function StrategyStep({ step, values, onChange }: StepProps) {
  switch (step) {
    case 1:
      return <GoalsStep values={values} onChange={onChange} />;
    case 2:
      return <TargetGroupsStep values={values} onChange={onChange} />;
    case 3:
      return <MissionStep values={values} onChange={onChange} />;
    case 4:
      return <SocialGoalsStep values={values} onChange={onChange} />;
    case 5:
      return <KpisStep values={values} onChange={onChange} />;
    case 6:
      return <TacticsStep values={values} onChange={onChange} />;
    case 7:
      return <MeasurementStep values={values} onChange={onChange} />;
  }
}

type Props = Omit<StepProps, 'step'>;

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="button button--danger-quiet button--small" onClick={onClick}>
      {label}
    </button>
  );
}

function TextList({
  legend,
  itemLabel,
  addLabel,
  items,
  onChange,
}: {
  legend: string;
  itemLabel: (n: number) => string;
  addLabel: string;
  items: string[];
  onChange: (items: string[]) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="fieldset fieldset--group">
      <legend>{legend}</legend>
      {items.map((item, i) => (
        <div key={i} className="row-with-remove">
          <TextField
            label={itemLabel(i + 1)}
            required
            maxLength={500}
            value={item}
            onChange={(text) => onChange(replace(items, i, text))}
          />
          {items.length > 1 && (
            <RemoveButton
              label={t('strategy.remove', { what: itemLabel(i + 1) })}
              onClick={() => onChange(remove(items, i))}
            />
          )}
        </div>
      ))}
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => onChange([...items, ''])}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}

function GoalsStep({ values, onChange }: Props) {
  const { t } = useI18n();
  return (
    <div className="grid-2">
      <TextList
        legend={t('strategy.onlineGoals')}
        itemLabel={(n) => t('strategy.onlineGoalN', { n })}
        addLabel={t('strategy.addOnlineGoal')}
        items={values.onlineGoals}
        onChange={(onlineGoals) => onChange({ onlineGoals })}
      />
      <TextList
        legend={t('strategy.offlineGoals')}
        itemLabel={(n) => t('strategy.offlineGoalN', { n })}
        addLabel={t('strategy.addOfflineGoal')}
        items={values.offlineGoals}
        onChange={(offlineGoals) => onChange({ offlineGoals })}
      />
    </div>
  );
}

function TargetGroupsStep({ values, onChange }: Props) {
  const { t } = useI18n();
  const groups = values.targetGroups;
  return (
    <>
      {groups.map((g, i) => {
        const name = t('strategy.targetGroupN', { n: i + 1 });
        return (
          <fieldset key={i} className="variant">
            <legend className="variant__legend">{name}</legend>
            <div className="form-row">
              <SelectField
                label={t('strategy.targetGroup')}
                value={g.group}
                onChange={(group) =>
                  onChange({ targetGroups: replace(groups, i, { ...g, group: group as TargetGroup | '' }) })
                }
                options={[
                  { value: '', label: t('strategy.chooseTargetGroup') },
                  ...TARGET_GROUPS.map((v) => ({ value: v, label: t(`targetGroup.${v}`) })),
                ]}
              />
              <TextField
                label={t('strategy.targetGroupDescription')}
                maxLength={1000}
                value={g.description}
                onChange={(description) =>
                  onChange({ targetGroups: replace(groups, i, { ...g, description }) })
                }
              />
            </div>
            <TextAreaField
              label={t('strategy.mediaUse')}
              hint={t('strategy.mediaUse.hint')}
              required
              rows={3}
              maxLength={2000}
              value={g.mediaUse}
              onChange={(mediaUse) => onChange({ targetGroups: replace(groups, i, { ...g, mediaUse }) })}
            />
            {groups.length > 1 && (
              <RemoveButton
                label={t('strategy.remove', { what: name })}
                onClick={() => onChange({ targetGroups: remove(groups, i) })}
              />
            )}
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => onChange({ targetGroups: [...groups, emptyTargetGroup()] })}
      >
        {t('strategy.addTargetGroup')}
      </button>
    </>
  );
}

function MissionStep({ values, onChange }: Props) {
  const { t } = useI18n();
  return (
    <TextAreaField
      label={t('strategy.mission')}
      hint={t('strategy.mission.hint')}
      required
      rows={5}
      maxLength={2000}
      value={values.mission}
      onChange={(mission) => onChange({ mission })}
    />
  );
}

/** A goal's name in later steps: its description, else its kind, else its number. */
function useGoalName() {
  const { t } = useI18n();
  return (g: GoalValues, i: number) =>
    g.description.trim() || (g.goal ? t(`goal.${g.goal}`) : t('strategy.socialGoalN', { n: i + 1 }));
}

function SocialGoalsStep({ values, onChange }: Props) {
  const { t } = useI18n();
  const goals = values.socialGoals;
  return (
    <>
      {goals.map((g, i) => {
        const name = t('strategy.socialGoalN', { n: i + 1 });
        return (
          <fieldset key={i} className="variant">
            <legend className="variant__legend">{name}</legend>
            <SelectField
              label={t('strategy.goalKind')}
              hint={t('strategy.goalKind.hint')}
              value={g.goal}
              onChange={(goal) =>
                onChange({ socialGoals: replace(goals, i, { ...g, goal: goal as Goal | '' }) })
              }
              options={[
                { value: '', label: t('strategy.chooseGoal') },
                ...GOALS.map((v) => ({ value: v, label: t(`goal.${v}`) })),
              ]}
            />
            <TextAreaField
              label={t('strategy.goalDescription')}
              required
              rows={2}
              maxLength={1000}
              value={g.description}
              onChange={(description) => onChange({ socialGoals: replace(goals, i, { ...g, description }) })}
            />
            {goals.length > 1 && (
              <RemoveButton
                label={t('strategy.remove', { what: name })}
                onClick={() => onChange({ socialGoals: remove(goals, i) })}
              />
            )}
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => onChange({ socialGoals: [...goals, emptyGoal()] })}
      >
        {t('strategy.addSocialGoal')}
      </button>
    </>
  );
}

function KpisStep({ values, onChange }: Props) {
  const { t } = useI18n();
  const goalName = useGoalName();
  const goals = values.socialGoals;
  const setGoal = (i: number, goal: GoalValues) => onChange({ socialGoals: replace(goals, i, goal) });
  return (
    <>
      {goals.map((g, i) => (
        <fieldset key={i} className="variant">
          <legend className="variant__legend">{t('strategy.kpisFor', { goal: goalName(g, i) })}</legend>
          {g.kpis.map((k, j) => {
            const name = t('strategy.kpiN', { n: j + 1 });
            return (
              <div key={j} className="kpi-row">
                <TextField
                  label={`${name}: ${t('strategy.kpiName')}`}
                  required
                  maxLength={300}
                  value={k.name}
                  onChange={(kpiName) =>
                    setGoal(i, { ...g, kpis: replace(g.kpis, j, { ...k, name: kpiName }) })
                  }
                />
                <SelectField
                  label={t('strategy.kpiMetric')}
                  value={k.metric}
                  onChange={(metric) =>
                    setGoal(i, { ...g, kpis: replace(g.kpis, j, { ...k, metric: metric as KpiMetric | '' }) })
                  }
                  options={[
                    { value: '', label: t('strategy.chooseMetric') },
                    ...KPI_METRICS.map((m) => ({ value: m, label: t(`kpiMetric.${m}`) })),
                  ]}
                />
                <TextField
                  label={t('strategy.kpiTarget')}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  value={k.target}
                  onChange={(target) => setGoal(i, { ...g, kpis: replace(g.kpis, j, { ...k, target }) })}
                />
                {g.kpis.length > 1 && (
                  <RemoveButton
                    label={t('strategy.remove', { what: `${name} (${goalName(g, i)})` })}
                    onClick={() => setGoal(i, { ...g, kpis: remove(g.kpis, j) })}
                  />
                )}
              </div>
            );
          })}
          {g.kpis.length < MAX_KPIS ? (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setGoal(i, { ...g, kpis: [...g.kpis, emptyKpi()] })}
            >
              {t('strategy.addKpi')}
              <span className="visually-hidden"> ({goalName(g, i)})</span>
            </button>
          ) : (
            <p className="field__hint">{t('strategy.maxKpis')}</p>
          )}
        </fieldset>
      ))}
    </>
  );
}

function TacticsStep({ values, onChange }: Props) {
  const { t } = useI18n();
  const tactics = values.tactics;
  return (
    <>
      {tactics.map((tactic, i) => {
        const name = t('strategy.tacticN', { n: i + 1 });
        return (
          <fieldset key={i} className="variant">
            <legend className="variant__legend">{name}</legend>
            <TextAreaField
              label={t('strategy.tacticDescription')}
              hint={t('strategy.tacticDescription.hint')}
              required
              rows={2}
              maxLength={1000}
              value={tactic.description}
              onChange={(description) =>
                onChange({ tactics: replace(tactics, i, { ...tactic, description }) })
              }
            />
            <CheckboxGroup
              label={t('strategy.tacticChannels')}
              required
              value={tactic.channels}
              onChange={(channels) => onChange({ tactics: replace(tactics, i, { ...tactic, channels }) })}
              options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
            />
            {tactics.length > 1 && (
              <RemoveButton
                label={t('strategy.remove', { what: name })}
                onClick={() => onChange({ tactics: remove(tactics, i) })}
              />
            )}
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => onChange({ tactics: [...tactics, emptyTactic()] })}
      >
        {t('strategy.addTactic')}
      </button>
    </>
  );
}

function MeasurementStep({ values, onChange }: Props) {
  const { t } = useI18n();
  const tactics = values.tactics;
  return (
    <>
      {tactics.map((tactic, i) => (
        <TextAreaField
          key={i}
          label={t('strategy.measurementFor', {
            tactic: tactic.description.trim() || t('strategy.tacticN', { n: i + 1 }),
          })}
          hint={t('strategy.measurement.hint')}
          required
          rows={2}
          maxLength={1000}
          value={tactic.measurementMethod}
          onChange={(measurementMethod) =>
            onChange({ tactics: replace(tactics, i, { ...tactic, measurementMethod }) })
          }
        />
      ))}
    </>
  );
}
