import { PLACEHOLDERS } from '@bibliohub/contracts';
import { useRef, useState, type SyntheticEvent } from 'react';
import { isMessageKey, useI18n } from '../../lib/i18n/i18n';
import { SelectField } from '../../ui/field';

type TextElement = HTMLInputElement | HTMLTextAreaElement;

/** Where a placeholder goes: the text field last edited and the selection in it. */
export interface InsertionPoint {
  name: string;
  label: string;
  start: number;
  end: number;
}

/**
 * Remembers the text field (and cursor) the user was last in, so the picker inserts there. `track`
 * gives a field the props that report its cursor; `focus` puts the cursor back after an insertion.
 */
export function useInsertionPoint(initial: InsertionPoint) {
  const elements = useRef(new Map<string, TextElement>());
  const [point, setPoint] = useState(initial);
  const track = (name: string, label: string) => ({
    inputRef: (element: TextElement | null) => {
      if (element) elements.current.set(name, element);
      else elements.current.delete(name);
    },
    onSelect: (event: SyntheticEvent<TextElement>) =>
      setPoint({
        name,
        label,
        start: event.currentTarget.selectionStart ?? 0,
        end: event.currentTarget.selectionEnd ?? 0,
      }),
  });
  /** The selection in the field now (the field keeps it after losing focus), else as last reported. */
  const selection = (): { start: number; end: number } => {
    const element = elements.current.get(point.name);
    return element
      ? { start: element.selectionStart ?? point.start, end: element.selectionEnd ?? point.end }
      : point;
  };
  const focus = (name: string, caret: number) =>
    requestAnimationFrame(() => {
      const element = elements.current.get(name);
      element?.focus();
      element?.setSelectionRange(caret, caret);
    });
  return { point, setPoint, track, focus, selection };
}

/** Inserts {{bibliotheek.naam}} and the other placeholders at the cursor of the last text field. */
export function PlaceholderPicker({
  target,
  onInsert,
}: {
  target: string;
  onInsert: (token: string) => void;
}) {
  const { t } = useI18n();
  const [key, setKey] = useState(PLACEHOLDERS[0]?.key ?? '');
  const label = (p: (typeof PLACEHOLDERS)[number]) => {
    const own = `placeholder.${p.key}`;
    return isMessageKey(own) ? t(own) : p.label;
  };
  return (
    <div className="placeholder-picker">
      <SelectField
        label={t('editor.placeholder')}
        hint={t('editor.placeholder.hint')}
        required
        value={key}
        onChange={setKey}
        options={PLACEHOLDERS.map((p) => ({
          value: p.key,
          label: `{{${p.key}}} – ${label(p)}`,
        }))}
      />
      <button type="button" className="button button--secondary" onClick={() => onInsert(`{{${key}}}`)}>
        {t('editor.placeholder.insert', { field: target })}
      </button>
    </div>
  );
}
