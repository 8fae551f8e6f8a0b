import { useMutation } from 'urql';
import { graphql } from '../gql';
import type { CommitteeType } from '../gql/graphql';
import { Field } from './Field';
import { MutationForm, number, text } from './MutationForm';

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

export function AddMembershipForm({ committeeId, committeeName, seats, onDone }: { committeeId: string; committeeName: string; seats: Seat[]; onDone: () => void }) {
  const [, add] = useMutation(AddMembership);
  const prefix = `add-member-${committeeId}`;
  return (
    <MutationForm title={`Add a member to the ${committeeName}`} submitLabel="Add member" fieldNames={['directorId', 'role', 'from', 'to']} onDone={onDone}
      run={(form) => add({
        committeeId,
        input: { directorId: number(form, 'directorId'), role: text(form, 'role'), from: text(form, 'from'), to: text(form, 'to'),
          financialExpert: form.get('financialExpert') === 'on' },
      })}>
      {(errors) => (
        <>
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
          <Checkbox id={`${prefix}-expert`} name="financialExpert" label="Audit committee financial expert" />
        </>
      )}
    </MutationForm>
  );
}

export function EndMembershipButton({ committeeId, membershipId, name, onDone }: { committeeId: string; membershipId: string; name: string; onDone: () => void }) {
  const [, end] = useMutation(EndMembership);
  return (
    <MutationForm title={`End ${name}'s membership`} openLabel="End" openAriaLabel={`End ${name}'s membership`} openClassName="small secondary"
      submitLabel="End membership" fieldNames={['to']} onDone={onDone}
      run={(form) => end({ committeeId, membershipId, to: text(form, 'to') ?? '' })}>
      {(errors) => (
        <Field id={`end-${membershipId}`} label={`Last day of ${name}`} error={errors.to}>
          <input name="to" type="date" required />
        </Field>
      )}
    </MutationForm>
  );
}

function Checkbox({ id, name, label, checked }: { id: string; name: string; label: string; checked?: boolean }) {
  return (
    <div className="field checkbox">
      <input id={id} name={name} type="checkbox" defaultChecked={checked} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** The facts of a seat that the add and the change forms both ask for. */
function SeatFields({ prefix, errors, seat }: { prefix: string; errors: Record<string, string>; seat?: SeatFacts }) {
  return (
    <>
      <Checkbox id={`${prefix}-independent`} name="independent" label="Independent" checked={seat?.independent ?? undefined} />
      <Field id={`${prefix}-class`} label="Class" error={errors.directorClass}>
        <select name="directorClass" defaultValue={seat?.directorClass ?? ''}>
          <option value="">None (board not classified)</option>
          <option value="I">I</option>
          <option value="II">II</option>
          <option value="III">III</option>
        </select>
      </Field>
      <Field id={`${prefix}-term`} label="Term expires (year)" error={errors.termExpiresYear}>
        <input name="termExpiresYear" type="number" min="1900" max="2200" defaultValue={seat?.termExpiresYear ?? ''} />
      </Field>
      <Field id={`${prefix}-title`} label="Executive title (officers on the board)" error={errors.executiveTitle}>
        <input name="executiveTitle" type="text" defaultValue={seat?.executiveTitle ?? ''} />
      </Field>
    </>
  );
}

export function CreateDirectorForm({ companyCik, onDone }: { companyCik: string; onDone: () => void }) {
  const [, create] = useMutation(CreateDirector);
  return (
    <MutationForm title="Add a director" submitLabel="Add director" onDone={onDone}
      fieldNames={['personId', 'firstElected', 'directorClass', 'termExpiresYear', 'executiveTitle']}
      run={(form) => create({
        input: { companyCik, personId: number(form, 'personId'), firstElected: text(form, 'firstElected'), directorClass: text(form, 'directorClass'),
          termExpiresYear: number(form, 'termExpiresYear'), independent: form.get('independent') === 'on', executiveTitle: text(form, 'executiveTitle') },
      })}>
      {(errors) => (
        <>
          <Field id="director-person" label="Person id (from the person's page)" error={errors.personId}>
            <input name="personId" type="number" min="1" />
          </Field>
          <Field id="director-elected" label="First elected" error={errors.firstElected}>
            <input name="firstElected" type="date" />
          </Field>
          <SeatFields prefix="director" errors={errors} />
        </>
      )}
    </MutationForm>
  );
}

interface SeatFacts {
  id: string;
  name: string;
  independent?: boolean | null;
  directorClass?: string | null;
  termExpiresYear?: number | null;
  executiveTitle?: string | null;
}

/** Change a seat: only the fields changed are sent (the API merges them); leftOn ends the seat. */
export function EditSeatForm({ seat, onDone }: { seat: SeatFacts; onDone: () => void }) {
  const [, update] = useMutation(UpdateDirector);
  return (
    <MutationForm title={`Edit ${seat.name}'s seat`} openLabel="Edit" openAriaLabel={`Edit ${seat.name}'s seat`} openClassName="small secondary"
      submitLabel="Save seat" fieldNames={['directorClass', 'termExpiresYear', 'executiveTitle', 'leftOn']} onDone={onDone}
      run={(form) => {
        const input: Record<string, unknown> = {};
        const independent = form.get('independent') === 'on';
        if (independent !== seat.independent) input.independent = independent;
        const directorClass = text(form, 'directorClass');
        if (directorClass !== (seat.directorClass ?? null)) input.directorClass = directorClass;
        const term = number(form, 'termExpiresYear');
        if (term !== (seat.termExpiresYear ?? null)) input.termExpiresYear = term;
        const title = text(form, 'executiveTitle');
        if (title !== (seat.executiveTitle ?? null)) input.executiveTitle = title;
        const leftOn = text(form, 'leftOn');
        if (leftOn) input.leftOn = leftOn;
        return update({ id: seat.id, input });
      }}>
      {(errors) => (
        <>
          <SeatFields prefix={`edit-seat-${seat.id}`} errors={errors} seat={seat} />
          <Field id={`edit-seat-${seat.id}-left`} label="Left the board on" error={errors.leftOn}>
            <input name="leftOn" type="date" />
          </Field>
        </>
      )}
    </MutationForm>
  );
}

const TYPE_NAMES: Record<CommitteeType, string> = { AUDIT: 'Audit', COMPENSATION: 'Compensation', NOMINATING_AND_GOVERNANCE: 'Nominating and governance', OTHER: 'Other' };

export function CreateCommitteeForm({ companyCik, onDone }: { companyCik: string; onDone: () => void }) {
  const [, create] = useMutation(CreateCommittee);
  return (
    <MutationForm title="Add a committee" submitLabel="Add committee" fieldNames={['name', 'type', 'formedOn', 'charterUrl']} onDone={onDone}
      run={(form) => create({
        input: { companyCik, name: text(form, 'name'), type: (text(form, 'type') ?? 'OTHER') as CommitteeType, formedOn: text(form, 'formedOn'),
          charterUrl: text(form, 'charterUrl'), standing: form.get('standing') === 'on' },
      })}>
      {(errors) => (
        <>
          <Field id="committee-name" label="Name" error={errors.name}>
            <input name="name" type="text" />
          </Field>
          <Field id="committee-type" label="Type" error={errors.type}>
            <select name="type" defaultValue="OTHER">
              {(Object.keys(TYPE_NAMES) as CommitteeType[]).map((t) => <option key={t} value={t}>{TYPE_NAMES[t]}</option>)}
            </select>
          </Field>
          <Field id="committee-formed" label="Formed on" error={errors.formedOn}>
            <input name="formedOn" type="date" />
          </Field>
          <Field id="committee-charter" label="Charter URL" error={errors.charterUrl}>
            <input name="charterUrl" type="url" />
          </Field>
          <Checkbox id="committee-standing" name="standing" label="Standing committee" checked />
        </>
      )}
    </MutationForm>
  );
}

export interface CommitteeFacts {
  id: string;
  companyCik?: string | null;
  name?: string | null;
  type?: CommitteeType | null;
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
  const [, update] = useMutation(UpdateCommittee);
  const prefix = `edit-committee-${committee.id}`;
  return (
    <MutationForm title={`Edit the ${committee.name}`} openClassName="secondary" submitLabel="Save committee"
      fieldNames={['name', 'charterUrl', 'dissolvedOn']} onDone={onDone}
      run={(form) => update({
        id: committee.id,
        input: {
          companyCik: committee.companyCik, type: committee.type, illustrative: committee.illustrative, source: committee.source,
          charterText: committee.charterText, charterReviewedOn: committee.charterReviewedOn, formedOn: committee.formedOn,
          name: text(form, 'name'), charterUrl: text(form, 'charterUrl'), dissolvedOn: text(form, 'dissolvedOn'), standing: form.get('standing') === 'on',
        },
      })}>
      {(errors) => (
        <>
          <Field id={`${prefix}-name`} label="Name" error={errors.name}>
            <input name="name" type="text" defaultValue={committee.name ?? ''} />
          </Field>
          <Field id={`${prefix}-charter`} label="Charter URL" error={errors.charterUrl}>
            <input name="charterUrl" type="url" defaultValue={committee.charterUrl ?? ''} />
          </Field>
          <Field id={`${prefix}-dissolved`} label="Dissolved on" error={errors.dissolvedOn}>
            <input name="dissolvedOn" type="date" defaultValue={committee.dissolvedOn ?? ''} />
          </Field>
          <Checkbox id={`${prefix}-standing`} name="standing" label="Standing committee" checked={committee.standing} />
        </>
      )}
    </MutationForm>
  );
}
