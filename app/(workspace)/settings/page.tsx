import Link from "next/link";
import { ApiTokenForm } from "@/components/settings/api-token-form";
import { InviteForm } from "@/components/settings/invite-form";
import { OrganizationSettingsForm } from "@/components/settings/organization-settings-form";
import { DEFAULT_CLOCK_SETTINGS } from "@/lib/schemas/clock-settings";
import { listMyApiTokens } from "@/lib/server/api-tokens/manage-api-tokens";
import { requireActor } from "@/lib/server/auth/current-actor";
import { listMyOrganizations } from "@/lib/server/organizations/list-my-organizations";
import { defaultContext } from "@/lib/server/service-context";
import { listMembers } from "@/lib/server/users/list-members";
import {
  createTokenAction,
  inviteAction,
  organizationSettingsAction,
  removeRoleAction,
  revokeTokenAction,
  setSuspendedAction,
} from "./actions";

export const metadata = { title: "Settings" };

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ org?: string }> }) {
  const actor = await requireActor();
  const ctx = await defaultContext();
  const organizations = await listMyOrganizations(ctx, actor);
  const administered = organizations.filter((org) => org.roles.includes("admin"));
  const { org: wanted } = await searchParams;
  // By slug from the practice list, by id from a notification's missing item.
  const current = administered.find((org) => org.slug === wanted || org.id === wanted) ?? administered[0];
  const members = current ? await listMembers(ctx, actor, current.id) : null;
  const tokens = await listMyApiTokens(ctx, actor);
  const canSeeAudit = organizations.some((org) => org.roles.includes("admin") || org.roles.includes("dpo"));

  return (
    <>
      <h1>Settings</h1>
      <section className="card" aria-labelledby="orgs-heading">
        <h2 id="orgs-heading">Your organisations</h2>
        <ul>
          {organizations.map((org) => (
            <li key={org.id}>
              {administered.some((a) => a.id === org.id) ? <Link href={`/settings?org=${org.slug}`}>{org.name}</Link> : org.name}{" "}
              <span className="muted">({org.roles.join(", ")})</span>
            </li>
          ))}
        </ul>
        {canSeeAudit ? (
          <p>
            <Link href="/settings/audit">Audit trail: who did what, and when</Link>
          </p>
        ) : null}
      </section>

      {current && members?.ok ? (
        <section className="card" aria-labelledby="people-heading">
          <h2 id="people-heading">People of {current.name}</h2>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Roles</th>
                  <th scope="col">Status</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {members.value.map((member) => (
                  <tr key={member.userId}>
                    <td>
                      {member.name}
                      <br />
                      <span className="muted">{member.email}</span>
                    </td>
                    <td>
                      {member.roles.map((role) => (
                        <form key={role} action={removeRoleAction} className="inline">
                          <input type="hidden" name="organizationId" value={current.id} />
                          <input type="hidden" name="userId" value={member.userId} />
                          <input type="hidden" name="role" value={role} />
                          {role}{" "}
                          <button type="submit" className="link-button" aria-label={`Remove the ${role} role from ${member.name}`}>
                            remove
                          </button>
                        </form>
                      ))}
                      {member.invitedRoles.map((role) => (
                        <span key={role} className="muted">
                          {" "}
                          {role} (invited, not yet accepted)
                        </span>
                      ))}
                    </td>
                    <td>
                      {member.disabled
                        ? "Account disabled"
                        : member.suspended
                          ? "Suspended in this practice"
                          : member.joined
                            ? "Active"
                            : "Invited"}
                      {member.twoFactor ? ", two-factor on" : ""}
                    </td>
                    <td>
                      {member.userId === actor.userId ? (
                        <span className="muted">you</span>
                      ) : member.roles.length ? (
                        <form action={setSuspendedAction}>
                          <input type="hidden" name="organizationId" value={current.id} />
                          <input type="hidden" name="userId" value={member.userId} />
                          <input type="hidden" name="suspended" value={member.suspended ? "false" : "true"} />
                          <button type="submit" className="link-button">
                            {member.suspended ? `Restore ${member.name}` : `Suspend ${member.name}`}
                          </button>
                        </form>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <InviteForm organization={current.slug} action={inviteAction} />
          <OrganizationSettingsForm
            organization={current}
            defaultClocks={DEFAULT_CLOCK_SETTINGS}
            timeZones={Intl.supportedValuesOf("timeZone")}
            action={organizationSettingsAction}
          />
        </section>
      ) : null}

      <section className="card" aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">Your API tokens</h2>
        <p className="muted">A token acts with exactly your roles. Revoke it when an integration no longer needs it.</p>
        {tokens.ok && tokens.value.length ? (
          <ul>
            {tokens.value.map((token) => (
              <li key={token.id}>
                <code>{token.prefix}…</code> {token.name} —{" "}
                {token.revoked ? "revoked" : `expires ${token.expiresAt?.slice(0, 10) ?? "never"}`}
                {!token.revoked ? (
                  <form action={revokeTokenAction} className="inline">
                    <input type="hidden" name="tokenId" value={token.id} />{" "}
                    <button type="submit" className="link-button">
                      Revoke
                    </button>
                  </form>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        <ApiTokenForm action={createTokenAction} />
      </section>
    </>
  );
}
