import { useId, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n/i18n';

interface BaseProps {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
}

function describedBy(hintId: string, errorId: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
}

function Label({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean }) {
  const { t } = useI18n();
  return (
    <label htmlFor={htmlFor} className="field__label">
      {label}
      {!required && <span className="field__optional"> ({t('common.optional')})</span>}
    </label>
  );
}

function Messages({ hintId, errorId, hint, error }: { hintId: string; errorId: string } & BaseProps) {
  return (
    <>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </>
  );
}

type TextFieldProps = BaseProps &
  Omit<React.InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
    value: string;
    onChange(value: string): void;
  };

/** A labelled input with an optional hint and error; optional fields say so in their label. */
export function TextField({
  label,
  error,
  hint,
  required,
  value,
  onChange,
  className,
  ...input
}: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={`field ${className ?? ''} ${error ? 'field--invalid' : ''}`}>
      <Label htmlFor={id} label={label} required={required ?? false} />
      <input
        id={id}
        className="input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errorId, hint, error)}
        {...input}
      />
      <Messages hintId={hintId} errorId={errorId} hint={hint} error={error} label={label} />
    </div>
  );
}

type SelectFieldProps = BaseProps & {
  value: string;
  onChange(value: string): void;
  options: readonly { value: string; label: string }[];
  disabled?: boolean;
  className?: string;
};

export function SelectField({
  label,
  error,
  hint,
  required,
  value,
  onChange,
  options,
  disabled,
  className,
}: SelectFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={`field ${className ?? ''} ${error ? 'field--invalid' : ''}`}>
      <Label htmlFor={id} label={label} required={required ?? false} />
      <select
        id={id}
        className="input select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required={required}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, errorId, hint, error)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages hintId={hintId} errorId={errorId} hint={hint} error={error} label={label} />
    </div>
  );
}

type CheckboxGroupProps<V extends string> = BaseProps & {
  value: readonly V[];
  onChange(value: V[]): void;
  options: readonly { value: V; label: string; hint?: string }[];
};

/** Checkboxes in a fieldset; the legend is the group's label. */
export function CheckboxGroup<V extends string>({
  label,
  error,
  hint,
  value,
  onChange,
  options,
}: CheckboxGroupProps<V>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset
      className={`field fieldset ${error ? 'field--invalid' : ''}`}
      aria-describedby={describedBy(hintId, errorId, hint, error)}
    >
      <legend className="field__label">{label}</legend>
      <Messages hintId={hintId} errorId={errorId} hint={hint} error={error} label={label} />
      {options.map((o) => (
        <div className="checkbox" key={o.value}>
          <input
            type="checkbox"
            id={`${id}-${o.value}`}
            checked={value.includes(o.value)}
            onChange={(e) =>
              onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))
            }
            aria-describedby={o.hint ? `${id}-${o.value}-hint` : undefined}
          />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          {o.hint && (
            <p id={`${id}-${o.value}-hint`} className="field__hint checkbox__hint">
              {o.hint}
            </p>
          )}
        </div>
      ))}
    </fieldset>
  );
}
