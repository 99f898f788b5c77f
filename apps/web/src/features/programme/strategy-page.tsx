import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { EvidenceFieldsFragment } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { errorMessage } from '../../lib/error-messages';
import { useI18n } from '../../lib/i18n/i18n';
import { useMutation, useQuery } from '../../lib/use-query';
import { useUrlParams } from '../../lib/use-url-params';
import { Alert } from '../../ui/alert';
import { PageHeader } from '../../ui/page';
import { LoadError, Loading } from '../../ui/status';
import { EvidenceStatusBadge } from './evidence-status';
import { MyProgrammeQuery, SaveStrategyMutation } from './operations';
import { PhaseNote } from './phase-note';
import { ProgrammeNav } from './programme-nav';
import { StrategyStep } from './strategy-steps';
import {
  STEPS,
  missingSteps,
  strategyChanged,
  strategyInput,
  strategyValues,
  type Step,
  type StrategyValues,
} from './strategy-form';
import './programme.css';

type Strategy = NonNullable<EvidenceFieldsFragment['strategy']>;

/**
 * /programma/strategie (libraries): the social-media strategy in seven steps, one at a time. Every
 * save is a new version that goes to the national office for review; an incomplete one may be saved
 * and finished later.
 */
export function StrategyPage() {
  const { t } = useI18n();
  const query = useQuery(MyProgrammeQuery, {});
  const data = query.data;
  return (
    <>
      <PageHeader title={t('strategy.title')} intro={t('strategy.intro')} />
      <ProgrammeNav />
      {query.error !== undefined && !data ? (
        <LoadError error={query.error} onRetry={() => void query.reload()} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <PhaseNote programme={data.myProgramme} phase="PROFESSIONALLY_PRESENT" />
          <StrategyWizard
            // A newly saved version starts the form afresh from what was stored.
            key={data.programmeEvidence.strategy?.id ?? 'nieuw'}
            strategy={data.programmeEvidence.strategy ?? null}
            onSaved={query.reload}
          />
        </>
      )}
    </>
  );
}

function StrategyWizard({
  strategy,
  onSaved,
}: {
  strategy: Strategy | null;
  onSaved: () => Promise<unknown>;
}) {
  const { t, formatDate } = useI18n();
  const client = useApi();
  const params = useUrlParams();
  const step = (STEPS as readonly number[]).includes(Number(params.get('stap')))
    ? (Number(params.get('stap')) as Step)
    : 1;
  const [saved] = useState(() => strategyValues(strategy));
  const [values, setValues] = useState<StrategyValues>(saved);
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  const missing = missingSteps(values);
  const dirty = strategyChanged(values, saved);

  // A new step moves focus to its heading, so keyboard and screen-reader users start there.
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    heading.current?.focus();
  }, [step]);

  // Warn before the page is closed or reloaded with unsaved changes.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const save = useMutation(async () => {
    const { saveStrategy } = await client.request(SaveStrategyMutation, {
      input: strategyInput(values),
      baseVersion: strategy?.versionNo ?? 0,
    });
    return saveStrategy;
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save.run();
    if (!result) return;
    // The wizard is re-created for the new version (see the key above): the notice goes by the address.
    params.set({ opgeslagen: String(result.versionNo) });
    await onSaved();
  };
  const goTo = (next: number) => params.set({ stap: next === 1 ? '' : String(next), opgeslagen: '' });
  const savedNo = params.get('opgeslagen');

  return (
    <>
      {strategy ? (
        <section className="card" aria-labelledby="strategie-versie">
          <h2 id="strategie-versie" className="card__title">
            {t('strategy.current', { n: strategy.versionNo })}
          </h2>
          <p>
            <EvidenceStatusBadge item={strategy} />{' '}
            <span className="muted">{t('strategy.savedOn', { date: formatDate(strategy.submittedAt) })}</span>
          </p>
          <p>
            {strategy.complete
              ? t('strategy.complete')
              : t('strategy.incomplete', { steps: strategy.missingSteps.join(', ') })}
          </p>
        </section>
      ) : (
        <Alert kind="info">{t('strategy.none')}</Alert>
      )}
      {strategy && savedNo === String(strategy.versionNo) && (
        <Alert kind="success">
          {strategy.complete
            ? t('strategy.saved', { n: strategy.versionNo })
            : t('strategy.savedIncomplete', {
                n: strategy.versionNo,
                steps: strategy.missingSteps.join(', '),
              })}
        </Alert>
      )}
      <nav aria-label={t('strategy.steps')}>
        <ol className="stepper">
          {STEPS.map((n) => {
            const done = !missing.includes(n);
            return (
              <li key={n} className={`stepper__item ${done ? 'stepper__item--done' : ''}`}>
                <button
                  type="button"
                  className="stepper__button"
                  aria-current={n === step ? 'step' : undefined}
                  onClick={() => goTo(n)}
                >
                  <span className="stepper__number" aria-hidden="true">
                    {done ? '✓' : n}
                  </span>
                  <span className="stepper__label">
                    <span className="visually-hidden">{t('strategy.stepN', { n })}: </span>
                    {t(`strategy.step.${n}`)}
                    <span className="visually-hidden">
                      {' '}
                      ({done ? t('strategy.stepDone') : t('strategy.stepOpen')})
                    </span>
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <form
        className="form strategy"
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-labelledby="stap-titel"
      >
        <p className="strategy__progress">{t('strategy.progress', { n: step, total: STEPS.length })}</p>
        <h2 id="stap-titel" ref={heading} tabIndex={-1} className="strategy__title">
          {t(`strategy.step.${step}`)}
        </h2>
        <p className="field__hint">{t(`strategy.step.${step}.hint`)}</p>
        <StrategyStep
          step={step}
          values={values}
          onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
        />
        <p
          className={missing.includes(step) ? 'strategy__status' : 'strategy__status strategy__status--done'}
        >
          {missing.includes(step) ? t(`strategy.step.${step}.needed`) : t('strategy.stepComplete')}
        </p>
        {save.error !== undefined && <Alert kind="error">{errorMessage(save.error, t)}</Alert>}
        <div className="form-actions strategy__actions">
          {step > 1 && (
            <button type="button" className="button button--secondary" onClick={() => goTo(step - 1)}>
              {t('strategy.previous')}
            </button>
          )}
          {step < STEPS.length && (
            <button type="button" className="button button--secondary" onClick={() => goTo(step + 1)}>
              {t('strategy.next')}
            </button>
          )}
          <button type="submit" className="button button--primary" disabled={save.loading || !dirty}>
            {save.loading ? t('common.saving') : t('strategy.save')}
          </button>
        </div>
        <p className="field__hint">{dirty ? t('strategy.saveHint') : t('strategy.noChanges')}</p>
      </form>
    </>
  );
}
