import { cloneElement } from 'react';

/** A labelled form field with the API's refusal shown next to it (aria-describedby), as the API named the field. */
export function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: React.ReactElement<Record<string, unknown>> }) {
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? errorId : undefined })}
      {error ? <span id={errorId} className="field-error" role="alert">{error}</span> : null}
    </div>
  );
}

/** Errors that name no field of the form. */
export function FormError({ errors, fields }: { errors: Record<string, string>; fields: string[] }) {
  const rest = Object.entries(errors).filter(([field]) => !fields.includes(field)).map(([, message]) => message);
  return rest.length ? <div className="state error" role="alert">{rest.join('; ')}</div> : null;
}
