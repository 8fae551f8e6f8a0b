import { useState } from 'react';
import type { CombinedError } from 'urql';
import { fieldErrors } from '../lib/api';
import { FormError } from './Field';

interface Props {
  /** The form's accessible name, also the text of the button that opens it unless openLabel says otherwise. */
  title: string;
  openLabel?: string;
  openAriaLabel?: string;
  openClassName?: string;
  submitLabel: string;
  /** The input fields the API may name in its refusals; refusals of other fields show above the buttons. */
  fieldNames: string[];
  /** Sends the mutation; an answer without error closes the form and calls onDone. */
  run: (form: FormData) => Promise<{ error?: CombinedError }>;
  onDone: () => void;
  children: (errors: Record<string, string>) => React.ReactNode;
}

/** An editor's form: opened by a button, sent as one mutation, the API's refusals next to the fields they name. */
export function MutationForm({ title, openLabel, openAriaLabel, openClassName, submitLabel, fieldNames, run, onDone, children }: Props) {
  const [open, setOpen] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<CombinedError | undefined>();
  if (!open) {
    return <button type="button" className={openClassName} aria-label={openAriaLabel} onClick={() => setOpen(true)}>{openLabel ?? title}</button>;
  }
  const errors = fieldErrors(error);
  return (
    <form
      className="edit-form"
      aria-label={title}
      onSubmit={async (e) => {
        e.preventDefault();
        setSending(true);
        const answer = await run(new FormData(e.currentTarget));
        setSending(false);
        setError(answer.error);
        if (!answer.error) {
          setOpen(false);
          onDone();
        }
      }}
    >
      {children(errors)}
      <FormError errors={errors} fields={fieldNames} />
      <div className="actions">
        <button type="submit" disabled={sending}>{submitLabel}</button>
        <button type="button" className="secondary" onClick={() => { setOpen(false); setError(undefined); }}>Cancel</button>
      </div>
    </form>
  );
}

/** A form field's trimmed text, or null when empty. */
export function text(form: FormData, name: string): string | null {
  const value = form.get(name)?.toString().trim();
  return value ? value : null;
}

export function number(form: FormData, name: string): number | null {
  const value = text(form, name);
  return value ? Number(value) : null;
}
