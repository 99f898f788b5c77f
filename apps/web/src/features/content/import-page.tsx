import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { PostImportFieldsFragment, PostImportStatus } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { detailMessage, errorMessage } from '../../lib/error-messages';
import { putFile } from '../../lib/files';
import { useI18n } from '../../lib/i18n/i18n';
import { useConnection } from '../../lib/use-connection';
import { useQuery } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { DataTable } from '../../ui/data-table';
import { Checkbox } from '../../ui/field';
import { LoadMore } from '../../ui/load-more';
import { PageHeader, Section } from '../../ui/page';
import { Badge, EmptyState, LoadError, Loading, type BadgeTone } from '../../ui/status';
import { formatBytes } from '../assets/asset-options';
import { importFormatOf } from './import-format';
import { PostImportQuery, PostImportsQuery } from './operations';

/** As the API's POST_IMPORT_MAX_BYTES: checked here first, so a too large file is not sent at all. */
const MAX_BYTES = 100 * 1024 * 1024;
const POLL_MS = 1000;
const RECENT_PAGE_SIZE = 10;

const STATUS_TONE: Record<PostImportStatus, BadgeTone> = {
  QUEUED: 'neutral',
  RUNNING: 'info',
  DONE: 'success',
  FAILED: 'danger',
};

const finished = (status: PostImportStatus) => status === 'DONE' || status === 'FAILED';

/**
 * /berichten/importeren: central editors upload a JSON Lines or CSV file of posts (as `cli import
 * posts` reads it); the API imports it in the background and this page follows its progress.
 */
export function ImportPage() {
  const { t, formatNumber } = useI18n();
  const client = useApi();
  const fileId = useId();
  const [file, setFile] = useState<File>();
  const [dryRun, setDryRun] = useState(true);
  const [upload, setUpload] = useState<number | null>(null);
  const [problem, setProblem] = useState<{ text: string } | { error: unknown } | null>(null);
  const [current, setCurrent] = useState<string>();
  const [refresh, setRefresh] = useState(0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!file) return setProblem({ text: t('import.chooseFile') });
    const format = importFormatOf(file.name);
    if (!format) return setProblem({ text: t('import.wrongFormat') });
    if (file.size > MAX_BYTES)
      return setProblem({ text: t('import.tooLarge', { max: formatBytes(MAX_BYTES, formatNumber) }) });
    setUpload(0);
    try {
      const url = `/files/imports/posts?format=${format}&dryRun=${dryRun}&filename=${encodeURIComponent(file.name)}`;
      const started = await putFile<{ id: string }>(client, url, file, setUpload, 'application/octet-stream');
      setCurrent(started.id);
      setRefresh((n) => n + 1);
    } catch (error) {
      setProblem({ error });
    } finally {
      setUpload(null);
    }
  };

  return (
    <>
      <PageHeader title={t('import.title')} intro={t('import.intro')} />
      <p className="back-link">
        <Link to="/berichten">← {t('content.backToList')}</Link>
      </p>
      <Section title={t('import.upload')}>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <div className="field">
            <label htmlFor={fileId}>{t('import.file')}</label>
            <p id={`${fileId}-hint`} className="field__hint">
              {t('import.fileHint', { max: formatBytes(MAX_BYTES, formatNumber) })}
            </p>
            <input
              id={fileId}
              type="file"
              className="input"
              accept=".jsonl,.ndjson,.csv"
              aria-describedby={`${fileId}-hint`}
              disabled={upload !== null}
              onChange={(e) => setFile(e.target.files?.[0])}
            />
          </div>
          <Checkbox
            label={t('import.dryRun')}
            hint={t('import.dryRunHint')}
            checked={dryRun}
            onChange={setDryRun}
            disabled={upload !== null}
          />
          <button type="submit" className="button button--primary" disabled={upload !== null}>
            {upload !== null ? t('common.busy') : t('import.start')}
          </button>
        </form>
        {upload !== null && (
          <div className="upload-progress" role="status">
            <label htmlFor={`${fileId}-progress`}>
              {t('import.uploading', { name: file?.name ?? '', n: Math.round(upload * 100) })}
            </label>
            <progress id={`${fileId}-progress`} max={1} value={upload} />
          </div>
        )}
        {problem && (
          <Alert kind="error">{'text' in problem ? problem.text : errorMessage(problem.error, t)}</Alert>
        )}
      </Section>
      {current && <ImportProgress id={current} onFinished={() => setRefresh((n) => n + 1)} />}
      <RecentImports refresh={refresh} onShow={setCurrent} />
    </>
  );
}

/** One import: polls every second until it is DONE or FAILED, then shows the summary and the row errors. */
function ImportProgress({ id, onFinished }: { id: string; onFinished: () => void }) {
  const { t, formatNumber } = useI18n();
  const [tick, setTick] = useState(0);
  const query = useQuery(PostImportQuery, { id }, { refreshKey: tick });
  const item = query.data?.postImport.id === id ? query.data.postImport : undefined;
  const done = item ? finished(item.status) : false;

  useEffect(() => {
    if (done || query.error !== undefined) return;
    const timer = setTimeout(() => setTick((n) => n + 1), POLL_MS);
    return () => clearTimeout(timer);
  }, [done, query.data, query.error]);
  // Called once when this import finishes, not whenever the parent renders a new callback.
  const onFinishedRef = useRef(onFinished);
  useEffect(() => {
    onFinishedRef.current = onFinished;
  });
  useEffect(() => {
    if (done) onFinishedRef.current();
  }, [done, id]);

  const headingId = `import-${id}`;
  if (query.error !== undefined && !item)
    return <LoadError error={query.error} onRetry={() => void query.reload()} />;
  if (!item) return <Loading />;
  const fraction = item.total > 0 ? item.processed / item.total : done ? 1 : 0;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        {t('import.current', { name: item.fileName })}{' '}
        <Badge tone={STATUS_TONE[item.status]}>{t(`import.status.${item.status}`)}</Badge>
      </h2>
      {item.dryRun && <p className="muted">{t('import.dryRunNote')}</p>}
      <div className="upload-progress" role="status">
        <label htmlFor={`${headingId}-progress`}>
          {item.status === 'QUEUED'
            ? t('import.queued')
            : t('import.progress', {
                done: formatNumber(item.processed),
                total: formatNumber(item.total),
                n: Math.round(fraction * 100),
              })}
        </label>
        <progress id={`${headingId}-progress`} max={1} value={fraction} />
      </div>
      {item.status === 'FAILED' && (
        <Alert kind="error" title={t('import.failed')}>
          {item.failure}
        </Alert>
      )}
      <Summary item={item} />
      {item.errors.length > 0 && (
        <>
          <h3>{t('import.errors', { n: item.errorCount })}</h3>
          {item.errorCount > item.errors.length && (
            <p className="muted">{t('import.errorsFirst', { n: item.errors.length })}</p>
          )}
          <DataTable caption={t('import.errors', { n: item.errorCount })}>
            <thead>
              <tr>
                <th scope="col">{t('import.col.line')}</th>
                <th scope="col">{t('import.col.externalId')}</th>
                <th scope="col">{t('import.col.field')}</th>
                <th scope="col">{t('import.col.message')}</th>
              </tr>
            </thead>
            <tbody>
              {item.errors.map((e, i) => (
                <tr key={`${e.line}-${e.field}-${i}`}>
                  <th scope="row" data-label={t('import.col.line')}>
                    {formatNumber(e.line)}
                  </th>
                  <td data-label={t('import.col.externalId')}>{e.externalId ?? '—'}</td>
                  <td data-label={t('import.col.field')}>
                    <code>{e.field}</code>
                  </td>
                  <td data-label={t('import.col.message')}>
                    <ImportProblem error={e} />
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      )}
    </section>
  );
}

/** The problem in the user's language where known, with the API's exact message (in English) below it. */
function ImportProblem({ error }: { error: { field: string; reason: string; message: string } }) {
  const { t } = useI18n();
  const sentence = detailMessage(error, t);
  if (!sentence) return <>{error.message}</>;
  return (
    <>
      {sentence}
      <span className="cell-note" lang="en">
        {error.message}
      </span>
    </>
  );
}

/** The counts the CLI prints, as tiles. */
function Summary({ item }: { item: PostImportFieldsFragment }) {
  const { t, formatNumber } = useI18n();
  const stats: [string, number][] = [
    [t('import.count.imported'), item.imported],
    [t('import.count.updated'), item.updated],
    [t('import.count.unchanged'), item.unchanged],
    [t('import.count.skipped'), item.skipped],
  ];
  return (
    <div className="stats">
      {stats.map(([label, value]) => (
        <p className="stat" key={label}>
          <span className="stat__value">{formatNumber(value)}</span>
          <span className="stat__label">{label}</span>
        </p>
      ))}
    </div>
  );
}

function RecentImports({ refresh, onShow }: { refresh: number; onShow: (id: string) => void }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const list = useConnection(PostImportsQuery, { first: RECENT_PAGE_SIZE }, (r) => r.postImports, {
    refreshKey: refresh,
  });
  return (
    <Section title={t('import.recent')}>
      {list.loading ? (
        <Loading />
      ) : list.nodes.length === 0 && list.error === undefined ? (
        <EmptyState title={t('import.recentEmpty')} />
      ) : (
        <>
          {list.error !== undefined && <LoadError error={list.error} onRetry={() => void list.reload()} />}
          <DataTable caption={t('import.recent')}>
            <thead>
              <tr>
                <th scope="col">{t('import.col.file')}</th>
                <th scope="col">{t('import.col.status')}</th>
                <th scope="col">{t('import.col.counts')}</th>
                <th scope="col">{t('import.col.started')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.nodes.map((item) => (
                <tr key={item.id}>
                  <th scope="row" data-label={t('import.col.file')}>
                    {item.fileName}
                    <span className="cell-note">
                      {item.format.toUpperCase()}
                      {item.dryRun && ` · ${t('import.dryRunShort')}`}
                    </span>
                  </th>
                  <td data-label={t('import.col.status')}>
                    <Badge tone={STATUS_TONE[item.status]}>{t(`import.status.${item.status}`)}</Badge>
                  </td>
                  <td data-label={t('import.col.counts')}>
                    {t('import.counts', {
                      imported: formatNumber(item.imported),
                      updated: formatNumber(item.updated),
                      skipped: formatNumber(item.skipped),
                    })}
                  </td>
                  <td data-label={t('import.col.started')}>{formatDateTime(item.createdAt)}</td>
                  <td data-label={t('common.actions')}>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => onShow(item.id)}
                    >
                      {t('import.show')}
                      <span className="visually-hidden"> {item.fileName}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          <LoadMore list={list} small />
        </>
      )}
    </Section>
  );
}
