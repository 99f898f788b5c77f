import { useState } from 'react';
import type {
  AssetKind,
  BrandKitAssetFieldsFragment,
  BrandKitQuery as BrandKitData,
} from '../../gql/graphql';
import { useApi } from '../../lib/api-context';
import { errorMessage, fieldErrors } from '../../lib/error-messages';
import { downloadFile } from '../../lib/files';
import { useI18n } from '../../lib/i18n/i18n';
import { useMutation, useQuery } from '../../lib/use-query';
import { Alert } from '../../ui/alert';
import { TextField } from '../../ui/field';
import { PageHeader, Section } from '../../ui/page';
import { EmptyState, LoadError, Loading } from '../../ui/status';
import { useCurrentUser } from '../auth/auth-context';
import { canAccess } from '../shell/access';
import { AssetPickerDialog } from './asset-picker-dialog';
import { AssetThumb } from './asset-thumb';
import { BrandKitQuery, SetBrandKitMutation } from './operations';

type SectionName = 'logos' | 'fonts' | 'templates';
const SECTION_KIND: Record<SectionName, AssetKind> = { logos: 'LOGO', fonts: 'FONT', templates: 'TEMPLATE' };
const SECTIONS = Object.keys(SECTION_KIND) as SectionName[];

/** /huisstijl: the house style as data: colours, logo variants, fonts and templates, to download. */
export function BrandKitPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const editor = canAccess(user.role, 'contentEdit');
  const query = useQuery(BrandKitQuery, {});
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const kit = query.data?.brandKit;
  return (
    <>
      <PageHeader
        title={t('brandKit.title')}
        intro={t('brandKit.intro')}
        actions={
          editor &&
          kit &&
          !editing && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('brandKit.edit')}
            </button>
          )
        }
      />
      {saved && <Alert kind="success">{t('common.saved')}</Alert>}
      {query.error !== undefined && !kit ? (
        <LoadError error={query.error} onRetry={() => void query.reload()} />
      ) : !kit ? (
        <Loading />
      ) : editing ? (
        <BrandKitForm
          kit={kit}
          onCancel={() => setEditing(false)}
          onSaved={async () => {
            await query.reload();
            setEditing(false);
            setSaved(true);
          }}
        />
      ) : (
        <BrandKitView kit={kit} />
      )}
    </>
  );
}

function BrandKitView({ kit }: { kit: BrandKitData['brandKit'] }) {
  const { t } = useI18n();
  return (
    <>
      <Section title={t('brandKit.colours')} id="brand-colours">
        {kit.colours.length === 0 ? (
          <EmptyState title={t('brandKit.empty')} />
        ) : (
          <ul className="colours">
            {kit.colours.map((c) => (
              <li key={c.id} className="colour">
                <span className="colour__swatch" style={{ background: c.hex }} aria-hidden="true" />
                <span className="colour__name">{c.name}</span>
                <code>{c.hex}</code>
                {c.usage && <span className="colour__usage">{c.usage}</span>}
              </li>
            ))}
          </ul>
        )}
      </Section>
      {SECTIONS.map((section) => (
        <Section key={section} title={t(`brandKit.${section}`)} id={`brand-${section}`}>
          {kit[section].length === 0 ? (
            <EmptyState title={t('brandKit.empty')} />
          ) : (
            <ul className="asset-grid">
              {kit[section].map((item) => (
                <li key={item.id}>
                  <KitItem item={item} />
                </li>
              ))}
            </ul>
          )}
        </Section>
      ))}
    </>
  );
}

function KitItem({ item }: { item: BrandKitAssetFieldsFragment }) {
  const { t } = useI18n();
  const client = useApi();
  const download = useMutation(() =>
    item.asset.original
      ? downloadFile(client, item.asset.original, item.asset.file.originalName)
      : Promise.resolve(),
  );
  return (
    <article className="asset-card" aria-label={item.label}>
      <AssetThumb url={item.asset.thumb} alt={item.asset.altText ?? ''} kind={item.asset.kind} />
      <div className="asset-card__body">
        <p className="asset-card__title">{item.label}</p>
        {item.usage && <p className="asset-card__meta">{item.usage}</p>}
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={download.loading || !item.asset.original}
          onClick={() => void download.run()}
        >
          {t('brandKit.download')}
          <span className="visually-hidden">: {item.label}</span>
        </button>
        {download.error !== undefined && <p className="field__error">{errorMessage(download.error, t)}</p>}
      </div>
    </article>
  );
}

interface KitAssetValues {
  assetId: string;
  title: string;
  label: string;
  usage: string;
}

function BrandKitForm({
  kit,
  onCancel,
  onSaved,
}: {
  kit: BrandKitData['brandKit'];
  onCancel: () => void;
  onSaved: () => Promise<void>;
}) {
  const { t } = useI18n();
  const client = useApi();
  const [colours, setColours] = useState(kit.colours.map(({ name, hex, usage }) => ({ name, hex, usage })));
  const [sections, setSections] = useState<Record<SectionName, KitAssetValues[]>>(() => {
    const read = (items: readonly BrandKitAssetFieldsFragment[]) =>
      items.map((i) => ({ assetId: i.asset.id, title: i.asset.title, label: i.label, usage: i.usage }));
    return { logos: read(kit.logos), fonts: read(kit.fonts), templates: read(kit.templates) };
  });
  const [picking, setPicking] = useState<SectionName | null>(null);
  const save = useMutation(async () => {
    const items = (list: KitAssetValues[]) =>
      list.map((i) => ({ assetId: i.assetId, label: i.label.trim() || i.title, usage: i.usage.trim() }));
    await client.request(SetBrandKitMutation, {
      input: {
        colours: colours.map((c) => ({ name: c.name.trim(), hex: c.hex, usage: c.usage.trim() })),
        logos: items(sections.logos),
        fonts: items(sections.fonts),
        templates: items(sections.templates),
      },
    });
    await onSaved();
  });
  const errors = fieldErrors(save.error, t);
  const setColour = (index: number, patch: Partial<(typeof colours)[number]>) =>
    setColours((list) => list.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  const setItem = (section: SectionName, index: number, patch: Partial<KitAssetValues>) =>
    setSections((s) => ({
      ...s,
      [section]: s[section].map((item, i) => (i === index ? { ...item, ...patch } : item)),
    }));
  return (
    <form
      className="form"
      noValidate
      aria-label={t('brandKit.edit')}
      onSubmit={(e) => {
        e.preventDefault();
        void save.run();
      }}
    >
      {save.error !== undefined && <Alert kind="error">{errorMessage(save.error, t)}</Alert>}
      <fieldset className="fieldset fieldset--group">
        <legend>{t('brandKit.colours')}</legend>
        {colours.map((c, index) => (
          <fieldset className="channel-row" key={index}>
            <legend className="visually-hidden">{t('brandKit.colourN', { n: index + 1 })}</legend>
            <TextField
              label={t('themes.name')}
              required
              value={c.name}
              onChange={(name) => setColour(index, { name })}
              error={errors[`colours.${index}.name`]}
            />
            <TextField
              label={t('themes.colour')}
              type="color"
              required
              className="field--colour"
              value={c.hex}
              onChange={(hex) => setColour(index, { hex })}
              error={errors[`colours.${index}.hex`]}
            />
            <TextField
              label={t('brandKit.usage')}
              value={c.usage}
              onChange={(usage) => setColour(index, { usage })}
            />
            <button
              type="button"
              className="button button--link channel-row__remove"
              onClick={() => setColours((list) => list.filter((_, i) => i !== index))}
            >
              {t('brandKit.removeColour', { name: c.name || String(index + 1) })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setColours((list) => [...list, { name: '', hex: '#0b5f73', usage: '' }])}
        >
          {t('brandKit.addColour')}
        </button>
      </fieldset>
      {SECTIONS.map((section) => (
        <fieldset className="fieldset fieldset--group" key={section}>
          <legend>{t(`brandKit.${section}`)}</legend>
          {sections[section].map((item, index) => (
            <fieldset className="channel-row" key={item.assetId}>
              <legend className="visually-hidden">{item.title}</legend>
              <TextField
                label={t('brandKit.label')}
                hint={item.title}
                required
                value={item.label}
                onChange={(label) => setItem(section, index, { label })}
              />
              <TextField
                label={t('brandKit.usage')}
                value={item.usage}
                onChange={(usage) => setItem(section, index, { usage })}
              />
              <button
                type="button"
                className="button button--link channel-row__remove"
                onClick={() =>
                  setSections((s) => ({ ...s, [section]: s[section].filter((_, i) => i !== index) }))
                }
              >
                {t('brandKit.removeItem', { name: item.label || item.title })}
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setPicking(section)}
          >
            {t('brandKit.addItem', { kind: t(`assetKind.${SECTION_KIND[section]}`).toLowerCase() })}
          </button>
        </fieldset>
      ))}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.loading}>
          {save.loading ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      <AssetPickerDialog
        open={picking !== null}
        title={
          picking
            ? t('brandKit.addItem', { kind: t(`assetKind.${SECTION_KIND[picking]}`).toLowerCase() })
            : ''
        }
        kinds={picking ? [SECTION_KIND[picking]] : []}
        onClose={() => setPicking(null)}
        onPick={(asset) => {
          const section = picking;
          setPicking(null);
          if (!section || sections[section].some((i) => i.assetId === asset.id)) return;
          setSections((s) => ({
            ...s,
            [section]: [
              ...s[section],
              { assetId: asset.id, title: asset.title, label: asset.title, usage: '' },
            ],
          }));
        }}
      />
    </form>
  );
}
