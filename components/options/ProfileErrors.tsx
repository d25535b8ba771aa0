import { describePath } from './describe-active-profile';
import { describeProblem, type ShownError } from './profile-problem-text';

/** Every problem in an override, each with where it is and why, so the agent can fix them all in one go. */
export function ProfileErrors({ id, errors, intro }: { id: string; errors: readonly ShownError[]; intro: string }) {
  return (
    <div class="callout danger" id={id} data-testid="profile-errors">
      <p>{intro}</p>
      <ul class="profile-errors">
        {errors.map((error, index) => (
          <li key={index} data-path={error.path}>
            <code>{describePath(error.path)}</code>: {describeProblem(error.problem)}
          </li>
        ))}
      </ul>
    </div>
  );
}
