import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { fieldErrors } from '../lib/api';
import { Field, FormError } from './Field';

const AddMembership = graphql(`
  mutation AddMembership($committeeId: ID!, $input: MembershipInput!) {
    addMembership(committeeId: $committeeId, input: $input) { id role from to financialExpert }
  }
`);

const EndMembership = graphql(`
  mutation EndMembership($committeeId: ID!, $membershipId: ID!, $to: Date!) {
    endMembership(committeeId: $committeeId, membershipId: $membershipId, to: $to) { id to }
  }
`);

const UpdateCommittee = graphql(`
  mutation UpdateCommittee($id: ID!, $input: CommitteeInput!) {
    updateCommittee(id: $id, input: $input) { id name dissolvedOn }
  }
`);

const CreateCommittee = graphql(`
  mutation CreateCommittee($input: CommitteeInput!) {
    createCommittee(input: $input) { id name }
  }
`);

const UpdateDirector = graphql(`
  mutation UpdateDirector($id: ID!, $input: DirectorInput!) {
    updateDirector(id: $id, input: $input) { id independent directorClass termExpiresYear executiveTitle leftOn }
  }
`);

const CreateDirector = graphql(`
  mutation CreateDirector($input: DirectorInput!) {
    createDirector(input: $input) { id }
  }
`);

interface Seat { id: string; name: string }

function text(form: FormData, name: string): string | null {
  const value = form.get(name)?.toString().trim();
  return value ? value : null;
}

export function AddMembershipForm({ committeeId, committeeName, seats, onDone }: { committeeId: string; committeeName: string; seats: Seat[]; onDone: () => void }) {
  const [result, add] = useMutation(AddMembership);
  const [open, setOpen] = useState(false);
  const errors = fieldErrors(result.error);
  const prefix = `add-member-${committeeId}`;
  if (!open) {
    return <button type="button" onClick={() => setOpen(true)}>Add a member to the {committeeName}</button>;
  }
  return (
    <form
      className="edit-form"
      aria-label={`Add a member to the ${committeeName}`}
      onSubmit={async (e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const answer = await add({
          committeeId,
          input: {
            directorId: text(form, 'directorId') ? Number(text(form, 'directorId')) : null,
            role: text(form, 'role'),
            from: text(form, 'from'),
            to: text(form, 'to'),
            financialExpert: form.get('financialExpert') === 'on',
          },
        });
        if (!answer.error) {
          setOpen(false);
          onDone();
        }
      }}
    >
      <Field id={`${prefix}-director`} label="Director" error={errors.directorId}>
        <select name="directorId" defaultValue="">
          <option value="">Choose a director</option>
          {seats.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </Field>
      <Field id={`${prefix}-role`} label="Role" error={errors.role}>
        <select name="role" defaultValue="MEMBER">
          <option value="MEMBER">Member</option>
          <option value="CHAIR">Chair</option>
        </select>
      </Field>
      <Field id={`${prefix}-from`} label="From" error={errors.from}>
        <input name="from" type="date" />
      </Field>
      <Field id={`${prefix}-to`} label="To (empty while current)" error={errors.to}>
        <input name="to" type="date" />
      </Field>
      <div className="field checkbox">
        <input id={`${prefix}-expert`} name="financialExpert" type="checkbox" />
        <label htmlFor={`${prefix}-expert`}>Audit committee financial expert</label>
      </div>
      <FormError errors={errors} fields={['directorId', 'role', 'from', 'to']} />
      <div className="actions">
        <button type="submit" disabled={result.fetching}>Add member</button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>Cancel</button>
      </div>
    </form>
  );
}

export function EndMembershipButton({ committeeId, membershipId, name, onDone }: { committeeId: string; membershipId: string; name: string; onDone: () => void }) {
  const [result, end] = useMutation(EndMembership);
  const [open, setOpen] = useState(false);
  const errors = fieldErrors(result.error);
  const id = `end-${membershipId}`;
  if (!open) return <button type="button" className="small secondary" onClick={() => setOpen(true)} aria-label={`End ${name}'s membership`}>End</button>;
  return (
    <form
      className="inline-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const to = text(new FormData(e.currentTarget), 'to');
        const answer = await end({ committeeId, membershipId, to: to ?? '' });
        if (!answer.error) { setOpen(false); onDone(); }
      }}
    >
      <Field id={id} label={`Last day of ${name}`} error={errors.to ?? errors['']}>
        <input name="to" type="date" required />
      </Field>
      <button type="submit" className="small">End membership</button>
    </form>
  );
}

export function CreateCommitteeForm({ companyCik, onDone }: { companyCik: string; onDone: () => void }) {
  const [result, create] = useMutation(CreateCommittee);
  const [open, setOpen] = useState(false);
  const errors = fieldErrors(result.error);
  if (!open) return <button type="button" onClick={() => setOpen(true)}>Add a committee</button>;
  return (
    <form
      className="edit-form"
      aria-label="Add a committee"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const answer = await create({
          input: {
            companyCik,
            name: text(form, 'name'),
            type: (text(form, 'type') ?? 'OTHER') as 'AUDIT' | 'COMPENSATION' | 'NOMINATING_AND_GOVERNANCE' | 'OTHER',
            formedOn: text(form, 'formedOn'),
            charterUrl: text(form, 'charterUrl'),
            standing: form.get('standing') === 'on',
          },
        });
        if (!answer.error) { setOpen(false); onDone(); }
      }}
    >
      <Field id="committee-name" label="Name" error={errors.name}>
        <input name="name" type="text" />
      </Field>
      <Field id="committee-type" label="Type" error={errors.type}>
        <select name="type" defaultValue="OTHER">
          <option value="AUDIT">Audit</option>
          <option value="COMPENSATION">Compensation</option>
          <option value="NOMINATING_AND_GOVERNANCE">Nominating and governance</option>
          <option value="OTHER">Other</option>
        </select>
      </Field>
      <Field id="committee-formed" label="Formed on" error={errors.formedOn}>
        <input name="formedOn" type="date" />
      </Field>
      <Field id="committee-charter" label="Charter URL" error={errors.charterUrl}>
        <input name="charterUrl" type="url" />
      </Field>
      <div className="field checkbox">
        <input id="committee-standing" name="standing" type="checkbox" defaultChecked />
        <label htmlFor="committee-standing">Standing committee</label>
      </div>
      <FormError errors={errors} fields={['name', 'type', 'formedOn', 'charterUrl']} />
      <div className="actions">
        <button type="submit" disabled={result.fetching}>Add committee</button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>Cancel</button>
      </div>
    </form>
  );
}

export function CreateDirectorForm({ companyCik, onDone }: { companyCik: string; onDone: () => void }) {
  const [result, create] = useMutation(CreateDirector);
  const [open, setOpen] = useState(false);
  const errors = fieldErrors(result.error);
  if (!open) return <button type="button" onClick={() => setOpen(true)}>Add a director</button>;
  return (
    <form
      className="edit-form"
      aria-label="Add a director"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const answer = await create({
          input: {
            companyCik,
            personId: text(form, 'personId') ? Number(text(form, 'personId')) : null,
            firstElected: text(form, 'firstElected'),
            directorClass: text(form, 'directorClass'),
            termExpiresYear: text(form, 'termExpiresYear') ? Number(text(form, 'termExpiresYear')) : null,
            independent: form.get('independent') === 'on',
            executiveTitle: text(form, 'executiveTitle'),
          },
        });
        if (!answer.error) { setOpen(false); onDone(); }
      }}
    >
      <Field id="director-person" label="Person id (from the person's page)" error={errors.personId}>
        <input name="personId" type="number" min="1" />
      </Field>
      <Field id="director-elected" label="First elected" error={errors.firstElected}>
        <input name="firstElected" type="date" />
      </Field>
      <Field id="director-class" label="Class" error={errors.directorClass}>
        <select name="directorClass" defaultValue="">
          <option value="">None (board not classified)</option>
          <option value="I">I</option>
          <option value="II">II</option>
          <option value="III">III</option>
        </select>
      </Field>
      <Field id="director-term" label="Term expires (year)" error={errors.termExpiresYear}>
        <input name="termExpiresYear" type="number" min="1900" max="2200" />
      </Field>
      <Field id="director-title" label="Executive title (officers on the board)" error={errors.executiveTitle}>
        <input name="executiveTitle" type="text" />
      </Field>
      <div className="field checkbox">
        <input id="director-independent" name="independent" type="checkbox" />
        <label htmlFor="director-independent">Independent</label>
      </div>
      <FormError errors={errors} fields={['personId', 'firstElected', 'directorClass', 'termExpiresYear', 'executiveTitle']} />
      <div className="actions">
        <button type="submit" disabled={result.fetching}>Add director</button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>Cancel</button>
      </div>
    </form>
  );
}

interface SeatFacts {
  id: string;
  name: string;
  independent: boolean;
  directorClass?: string | null;
  termExpiresYear?: number | null;
  executiveTitle?: string | null;
}

/** Change a seat: only the fields changed are sent (the API merges them); leftOn ends the seat. */
export function EditSeatForm({ seat, onDone }: { seat: SeatFacts; onDone: () => void }) {
  const [result, update] = useMutation(UpdateDirector);
  const [open, setOpen] = useState(false);
  const errors = fieldErrors(result.error);
  const prefix = `edit-seat-${seat.id}`;
  if (!open) return <button type="button" className="small secondary" onClick={() => setOpen(true)} aria-label={`Edit ${seat.name}'s seat`}>Edit</button>;
  return (
    <form
      className="edit-form"
      aria-label={`Edit ${seat.name}'s seat`}
      onSubmit={async (e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const input: Record<string, unknown> = {};
        const independent = form.get('independent') === 'on';
        if (independent !== seat.independent) input.independent = independent;
        const directorClass = text(form, 'directorClass');
        if (directorClass !== (seat.directorClass ?? null)) input.directorClass = directorClass;
        const term = text(form, 'termExpiresYear');
        if ((term ? Number(term) : null) !== (seat.termExpiresYear ?? null)) input.termExpiresYear = term ? Number(term) : null;
        const title = text(form, 'executiveTitle');
        if (title !== (seat.executiveTitle ?? null)) input.executiveTitle = title;
        const leftOn = text(form, 'leftOn');
        if (leftOn) input.leftOn = leftOn;
        const answer = await update({ id: seat.id, input });
        if (!answer.error) { setOpen(false); onDone(); }
      }}
    >
      <div className="field checkbox">
        <input id={`${prefix}-independent`} name="independent" type="checkbox" defaultChecked={seat.independent} />
        <label htmlFor={`${prefix}-independent`}>Independent</label>
      </div>
      <Field id={`${prefix}-class`} label="Class" error={errors.directorClass}>
        <select name="directorClass" defaultValue={seat.directorClass ?? ''}>
          <option value="">None</option>
          <option value="I">I</option>
          <option value="II">II</option>
          <option value="III">III</option>
        </select>
      </Field>
      <Field id={`${prefix}-term`} label="Term expires (year)" error={errors.termExpiresYear}>
        <input name="termExpiresYear" type="number" defaultValue={seat.termExpiresYear ?? ''} />
      </Field>
      <Field id={`${prefix}-title`} label="Executive title" error={errors.executiveTitle}>
        <input name="executiveTitle" type="text" defaultValue={seat.executiveTitle ?? ''} />
      </Field>
      <Field id={`${prefix}-left`} label="Left the board on" error={errors.leftOn}>
        <input name="leftOn" type="date" />
      </Field>
      <FormError errors={errors} fields={['directorClass', 'termExpiresYear', 'executiveTitle', 'leftOn']} />
      <div className="actions">
        <button type="submit" disabled={result.fetching}>Save seat</button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>Cancel</button>
      </div>
    </form>
  );
}

export interface CommitteeFacts {
  id: string;
  companyCik?: string | null;
  name?: string | null;
  type?: 'AUDIT' | 'COMPENSATION' | 'NOMINATING_AND_GOVERNANCE' | 'OTHER' | null;
  standing: boolean;
  formedOn?: string | null;
  dissolvedOn?: string | null;
  charterUrl?: string | null;
  charterText?: string | null;
  charterReviewedOn?: string | null;
  source?: string | null;
  illustrative: boolean;
}

/** Change a committee: the API replaces its facts, so every fact is sent, the unchanged ones as they were. */
export function EditCommitteeForm({ committee, onDone }: { committee: CommitteeFacts; onDone: () => void }) {
  const [result, update] = useMutation(UpdateCommittee);
  const [open, setOpen] = useState(false);
  const errors = fieldErrors(result.error);
  const prefix = `edit-committee-${committee.id}`;
  if (!open) return <button type="button" className="secondary" onClick={() => setOpen(true)}>Edit the {committee.name}</button>;
  return (
    <form
      className="edit-form"
      aria-label={`Edit the ${committee.name}`}
      onSubmit={async (e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const answer = await update({
          id: committee.id,
          input: {
            companyCik: committee.companyCik, type: committee.type, illustrative: committee.illustrative, source: committee.source,
            charterText: committee.charterText, charterReviewedOn: committee.charterReviewedOn, formedOn: committee.formedOn,
            name: text(form, 'name'),
            charterUrl: text(form, 'charterUrl'),
            dissolvedOn: text(form, 'dissolvedOn'),
            standing: form.get('standing') === 'on',
          },
        });
        if (!answer.error) { setOpen(false); onDone(); }
      }}
    >
      <Field id={`${prefix}-name`} label="Name" error={errors.name}>
        <input name="name" type="text" defaultValue={committee.name ?? ''} />
      </Field>
      <Field id={`${prefix}-charter`} label="Charter URL" error={errors.charterUrl}>
        <input name="charterUrl" type="url" defaultValue={committee.charterUrl ?? ''} />
      </Field>
      <Field id={`${prefix}-dissolved`} label="Dissolved on" error={errors.dissolvedOn}>
        <input name="dissolvedOn" type="date" defaultValue={committee.dissolvedOn ?? ''} />
      </Field>
      <div className="field checkbox">
        <input id={`${prefix}-standing`} name="standing" type="checkbox" defaultChecked={committee.standing} />
        <label htmlFor={`${prefix}-standing`}>Standing committee</label>
      </div>
      <FormError errors={errors} fields={['name', 'charterUrl', 'dissolvedOn']} />
      <div className="actions">
        <button type="submit" disabled={result.fetching}>Save committee</button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>Cancel</button>
      </div>
    </form>
  );
}
