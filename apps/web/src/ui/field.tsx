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
    onChange: (value: string) => void;
    inputRef?: React.Ref<HTMLInputElement>;
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
  inputRef,
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
        ref={inputRef}
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
  onChange: (value: string) => void;
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
  onChange: (value: V[]) => void;
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
      <div className={options.length > 5 ? 'checkbox-list checkbox-list--columns' : 'checkbox-list'}>
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
      </div>
    </fieldset>
  );
}

type TextAreaFieldProps = BaseProps &
  Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> & {
    value: string;
    onChange: (value: string) => void;
    /** A live count under the box ("120 / 280 tekens"), read out with the field; `over` marks it red. */
    counter?: { text: string; over: boolean };
    inputRef?: React.Ref<HTMLTextAreaElement>;
  };

/** A labelled multi-line text box, with an optional hint, live counter and error. */
export function TextAreaField({
  label,
  error,
  hint,
  required,
  value,
  onChange,
  counter,
  className,
  inputRef,
  ...textarea
}: TextAreaFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const counterId = `${id}-counter`;
  const described = [describedBy(hintId, errorId, hint, error), counter ? counterId : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field ${className ?? ''} ${error ? 'field--invalid' : ''}`}>
      <Label htmlFor={id} label={label} required={required ?? false} />
      <textarea
        id={id}
        ref={inputRef}
        className="input textarea"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        rows={4}
        {...textarea}
      />
      {counter && (
        <p id={counterId} className={`counter ${counter.over ? 'counter--over' : ''}`}>
          {counter.text}
        </p>
      )}
      <Messages hintId={hintId} errorId={errorId} hint={hint} error={error} label={label} />
    </div>
  );
}

type RadioGroupProps<V extends string> = BaseProps & {
  value: V;
  onChange: (value: V) => void;
  options: readonly { value: V; label: string }[];
  /** Shows the choices as a row of pills (e.g. channels). */
  pills?: boolean;
};

/** Radio buttons in a fieldset; the legend is the group's label. */
export function RadioGroup<V extends string>({
  label,
  error,
  hint,
  value,
  onChange,
  options,
  pills = false,
}: RadioGroupProps<V>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset
      className={`field fieldset ${pills ? 'pills' : ''} ${error ? 'field--invalid' : ''}`}
      aria-describedby={describedBy(hintId, errorId, hint, error)}
    >
      <legend className="field__label">{label}</legend>
      <Messages hintId={hintId} errorId={errorId} hint={hint} error={error} label={label} />
      <div className={pills ? 'pills__row' : undefined}>
        {options.map((o) => (
          <div className={pills ? 'pill' : 'checkbox'} key={o.value}>
            <input
              type="radio"
              id={`${id}-${o.value}`}
              name={id}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** One labelled checkbox, with an optional hint and error. */
export function Checkbox({
  label,
  hint,
  error,
  checked,
  onChange,
  disabled,
}: {
  label: string;
  hint?: string;
  error?: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className={`field checkbox ${error ? 'field--invalid' : ''}`}>
      <input
        type="checkbox"
        id={id}
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
        aria-invalid={error ? true : undefined}
        aria-describedby={
          [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
        }
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint checkbox__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error checkbox__hint">
          {error}
        </p>
      )}
    </div>
  );
}
