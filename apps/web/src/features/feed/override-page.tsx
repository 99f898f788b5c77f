import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { PostOverrideFieldsFragment, PostOverrideQuery } from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { errorMessage, fieldErrors } from '../../lib/error-messages';
import { useI18n, type Translate } from '../../lib/i18n/i18n';
import { useMutation, useQuery } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { TextAreaField, TextField } from '../../ui/field';
import { PageHeader, Section } from '../../ui/page';
import { Badge, LoadError, Loading } from '../../ui/status';
import { countVariant } from '../content/post-form';
import {
  ClearPostOverrideMutation,
  PostOverrideQuery as PostOverrideDocument,
  ResolveUpstreamChangesMutation,
  SetPostOverrideMutation,
} from './operations';
import {
  centralValue,
  fieldPaths,
  overrideInput,
  overrideValues,
  parseVariantPath,
  variantValues,
  type OverrideValues,
} from './override-form';
import './override.css';

type Post = PostOverrideQuery['post'];

/** "Titel", "Instagram: hashtags" … */
export function fieldLabel(path: string, t: Translate): string {
  if (path === 'title') return t('editor.title');
  if (path === 'body') return t('editor.body');
  const p = parseVariantPath(path);
  if (!p) return path;
  return t('override.variantField', {
    channel: t(`channel.${p.channel}`),
    field: t(`override.field.${p.field}`),
  });
}

/**
 * /feed/:id/eigen-versie (libraries): the library's own copy of a central post, field by field. Where
 * central editors changed a field the library overrode, it sees before and after and decides per field:
 * take the central version or keep its own.
 */
export function OverridePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const query = useQuery(PostOverrideDocument, { postId: id });
  const [notice, setNotice] = useState<string>();
  const data = query.data;
  const done = async (message: string) => {
    setNotice(message);
    await query.reload();
  };
  return (
    <>
      <PageHeader
        title={data ? t('override.title', { title: data.post.title }) : t('override.titleShort')}
        intro={t('override.intro')}
      />
      <p className="back-link">
        <Link to="/feed">← {t('override.back')}</Link>
      </p>
      {notice && <Alert kind="success">{notice}</Alert>}
      {query.error !== undefined && !data ? (
        <LoadError error={query.error} onRetry={() => void query.reload()} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <UpstreamChanges post={data.post} override={data.postOverride} onDone={done} />
          <OverrideForm
            // After every save the form starts again from what is stored.
            key={data.postOverride.version}
            post={data.post}
            override={data.postOverride}
            onDone={done}
          />
        </>
      )}
    </>
  );
}

function UpstreamChanges({
  post,
  override,
  onDone,
}: {
  post: Post;
  override: PostOverrideFieldsFragment;
  onDone: (message: string) => Promise<unknown>;
}) {
  const { t } = useI18n();
  const client = useApi();
  const [taking, setTaking] = useState<string | null>(null);
  const keep = useMutation(async (field: string) => {
    await client.request(ResolveUpstreamChangesMutation, {
      postId: post.id,
      decisions: [{ field, take: false }],
      version: override.version,
    });
    await onDone(t('override.kept', { field: fieldLabel(field, t) }));
  });
  if (!override.upstreamChanges.length) return null;
  const own = new Map(override.fields.map((f) => [f.field, f.local]));
  const none = <span className="muted">{t('override.empty')}</span>;
  return (
    <Section title={t('override.upstream.title')} id="landelijk-gewijzigd">
      <p>{t('override.upstream.intro')}</p>
      {keep.error !== undefined && <Alert kind="error">{errorMessage(keep.error, t)}</Alert>}
      <ul className="plain-list upstream">
        {override.upstreamChanges.map((c) => {
          const label = fieldLabel(c.field, t);
          return (
            <li key={c.field} className="upstream__item">
              <h3 className="upstream__field">{label}</h3>
              <dl className="compare">
                <div className="compare__col">
                  <dt>{t('override.before')}</dt>
                  <dd className="compare__text compare__text--before">{c.before ?? none}</dd>
                </div>
                <div className="compare__col">
                  <dt>{t('override.after')}</dt>
                  <dd className="compare__text compare__text--after">{c.after ?? none}</dd>
                </div>
                <div className="compare__col">
                  <dt>{t('override.yours')}</dt>
                  <dd className="compare__text">{own.get(c.field) ?? none}</dd>
                </div>
              </dl>
              <div className="inline-actions">
                <button
                  type="button"
                  className="button button--primary button--small"
                  onClick={() => setTaking(c.field)}
                >
                  {t('override.take')}
                  <span className="visually-hidden">: {label}</span>
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={keep.loading}
                  onClick={() => void keep.run(c.field)}
                >
                  {t('override.keep')}
                  <span className="visually-hidden">: {label}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={taking !== null}
        title={t('override.take.title')}
        confirmLabel={t('override.take')}
        onConfirm={async () => {
          if (!taking) return;
          await client.request(ResolveUpstreamChangesMutation, {
            postId: post.id,
            decisions: [{ field: taking, take: true }],
            version: override.version,
          });
          await onDone(t('override.taken', { field: fieldLabel(taking, t) }));
        }}
        onClose={() => setTaking(null)}
      >
        <p>{t('override.take.confirm', { field: taking ? fieldLabel(taking, t) : '' })}</p>
      </ConfirmDialog>
    </Section>
  );
}

function OverrideForm({
  post,
  override,
  onDone,
}: {
  post: Post;
  override: PostOverrideFieldsFragment;
  onDone: (message: string) => Promise<unknown>;
}) {
  const { t, formatNumber, formatDateTime } = useI18n();
  const client = useApi();
  const [initial] = useState(() => overrideValues(post, override));
  const [values, setValues] = useState<OverrideValues>(initial);
  const [nothing, setNothing] = useState(false);
  const [reverting, setReverting] = useState<string | null>(null);
  const overridden = new Set(override.fields.map((f) => f.field));
  const save = useMutation(async () => {
    const input = overrideInput(post, initial, values, override.version);
    if (!input) return false;
    await client.request(SetPostOverrideMutation, { postId: post.id, input });
    await onDone(t('override.saved'));
    return true;
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const changed = overrideInput(post, initial, values, override.version) !== null;
    setNothing(!changed);
    if (changed) await save.run();
  };
  const errors = fieldErrors(save.error, t);
  const counterOf = (channel: Parameters<typeof variantValues>[1]) => {
    const count = countVariant(channel, variantValues(values, channel));
    return {
      text: [
        t('editor.counter', { n: formatNumber(count.length), max: formatNumber(count.max) }),
        count.over ? t('editor.counter.over') : '',
      ]
        .filter(Boolean)
        .join(' · '),
      over: count.over,
    };
  };
  const field = (path: string) => {
    const label = fieldLabel(path, t);
    const own = overridden.has(path);
    const central = centralValue(post, path);
    const p = parseVariantPath(path);
    const multiline = path === 'body' || p?.field === 'text';
    // Only fields with an own version say so, with the central text beside them.
    const hint = own ? (
      <>
        <Badge tone="info">{t('override.own')}</Badge>{' '}
        <span className="override__central">
          {t('override.centralValue')}: {central || t('override.empty')}
        </span>
      </>
    ) : undefined;
    const common = {
      label,
      hint,
      value: values[path] ?? '',
      onChange: (value: string) => setValues((v) => ({ ...v, [path]: value })),
      error: errors[path],
    };
    return (
      <div key={path} className={`override__field ${own ? 'override__field--own' : ''}`}>
        {multiline ? (
          <TextAreaField
            {...common}
            required={path === 'body' || path === 'title'}
            rows={path === 'body' ? 5 : 3}
            counter={p ? counterOf(p.channel) : undefined}
          />
        ) : (
          <TextField
            {...common}
            required={path === 'title'}
            inputMode={p?.field === 'link' ? 'url' : undefined}
            placeholder={p?.field === 'link' ? 'https://' : undefined}
          />
        )}
        {own && (
          <button
            type="button"
            className="button button--link override__revert"
            onClick={() => setReverting(path)}
          >
            {t('override.revert')}
            <span className="visually-hidden">: {label}</span>
          </button>
        )}
      </div>
    );
  };
  const paths = fieldPaths(post);
  return (
    <form
      className="form override"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('override.formLabel')}
    >
      <p className="muted">
        {override.updatedAt
          ? t('override.updatedAt', { date: formatDateTime(override.updatedAt), n: override.fields.length })
          : t('override.none')}
      </p>
      {save.error !== undefined && <Alert kind="error">{errorMessage(save.error, t)}</Alert>}
      {nothing && <Alert kind="info">{t('override.nothingChanged')}</Alert>}
      <fieldset className="fieldset fieldset--group">
        <legend>{t('override.general')}</legend>
        {field('title')}
        {field('body')}
      </fieldset>
      {post.variants.map((v) => (
        <fieldset key={v.channel} className="fieldset fieldset--group">
          <legend>{t(`channel.${v.channel}`)}</legend>
          {paths.filter((path) => parseVariantPath(path)?.channel === v.channel).map(field)}
        </fieldset>
      ))}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.loading}>
          {save.loading ? t('common.saving') : t('override.save')}
        </button>
        {override.fields.length > 0 && (
          <button type="button" className="button button--danger-quiet" onClick={() => setReverting('*')}>
            {t('override.revertAll')}
          </button>
        )}
      </div>
      <ConfirmDialog
        open={reverting !== null}
        title={reverting === '*' ? t('override.revertAll.title') : t('override.revert.title')}
        confirmLabel={reverting === '*' ? t('override.revertAll') : t('override.revert')}
        onConfirm={async () => {
          if (!reverting) return;
          await client.request(ClearPostOverrideMutation, {
            postId: post.id,
            fields: reverting === '*' ? [] : [reverting],
            version: override.version,
          });
          await onDone(t('override.reverted'));
        }}
        onClose={() => setReverting(null)}
      >
        <p>
          {reverting === '*'
            ? t('override.revertAll.confirm')
            : t('override.revert.confirm', { field: reverting ? fieldLabel(reverting, t) : '' })}
        </p>
      </ConfirmDialog>
    </form>
  );
}
