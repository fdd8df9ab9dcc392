import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ApiTokenForm } from "@/components/settings/api-token-form";
import { countryOptionsIn } from "@/components/settings/country-options";
import { InviteForm } from "@/components/settings/invite-form";
import { OrganizationSettingsForm } from "@/components/settings/organization-settings-form";
import { ROLES, type Role } from "@/lib/domain/accounts/roles";
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

export async function generateMetadata() {
  const t = await getTranslations("settings.page");
  return { title: t("title") };
}

function isRole(role: string): role is Role {
  return (ROLES as readonly string[]).includes(role);
}

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
  const t = await getTranslations("settings.page");
  const tokensText = await getTranslations("settings.tokens");
  const roleNames = await getTranslations("settings.roles");
  const locale = await getLocale();
  const format = await getFormatter();
  // A token expires at an instant; its day is the UTC one, as the API gives it ("2026-03-31" in English).
  const expiryDay = (iso: string) =>
    locale === "en" ? iso.slice(0, 10) : format.dateTime(new Date(iso), { dateStyle: "long", timeZone: "UTC" });
  const roleName = (role: string) => (isRole(role) ? roleNames(role) : role);
  const statusOf = (member: { disabled: boolean; suspended: boolean; joined: boolean }) =>
    member.disabled ? t("disabled") : member.suspended ? t("suspended") : member.joined ? t("active") : t("invited");

  return (
    <>
      <h1>{t("title")}</h1>
      <section className="card" aria-labelledby="orgs-heading">
        <h2 id="orgs-heading">{t("organisations")}</h2>
        <ul>
          {organizations.map((org) => (
            <li key={org.id}>
              {administered.some((a) => a.id === org.id) ? <Link href={`/settings?org=${org.slug}`}>{org.name}</Link> : org.name}{" "}
              <span className="muted">({org.roles.map(roleName).join(", ")})</span>
            </li>
          ))}
        </ul>
        {canSeeAudit ? (
          <p>
            <Link href="/settings/audit">{t("auditLink")}</Link>
          </p>
        ) : null}
      </section>

      {current && members?.ok ? (
        <section className="card" aria-labelledby="people-heading">
          <h2 id="people-heading">{t("people", { practice: current.name })}</h2>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("name")}</th>
                  <th scope="col">{t("roles")}</th>
                  <th scope="col">{t("status")}</th>
                  <th scope="col">{t("actions")}</th>
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
                          {roleName(role)}{" "}
                          <button
                            type="submit"
                            className="link-button"
                            aria-label={t("removeRoleLabel", { role: roleName(role), name: member.name })}
                          >
                            {t("remove")}
                          </button>
                        </form>
                      ))}
                      {member.invitedRoles.map((role) => (
                        <span key={role} className="muted">
                          {" "}
                          {t("invitedRole", { role: roleName(role) })}
                        </span>
                      ))}
                    </td>
                    <td>{member.twoFactor ? t("withTwoFactor", { status: statusOf(member) }) : statusOf(member)}</td>
                    <td>
                      {member.userId === actor.userId ? (
                        <span className="muted">{t("you")}</span>
                      ) : member.roles.length ? (
                        <form action={setSuspendedAction}>
                          <input type="hidden" name="organizationId" value={current.id} />
                          <input type="hidden" name="userId" value={member.userId} />
                          <input type="hidden" name="suspended" value={member.suspended ? "false" : "true"} />
                          <button type="submit" className="link-button">
                            {member.suspended ? t("restore", { name: member.name }) : t("suspend", { name: member.name })}
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
            countryOptions={countryOptionsIn(locale)}
            action={organizationSettingsAction}
          />
        </section>
      ) : null}

      <section className="card" aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">{tokensText("heading")}</h2>
        <p className="muted">{tokensText("intro")}</p>
        {tokens.ok && tokens.value.length ? (
          <ul>
            {tokens.value.map((token) => (
              <li key={token.id}>
                <code>{token.prefix}…</code> {token.name} —{" "}
                {token.revoked
                  ? tokensText("revoked")
                  : token.expiresAt
                    ? tokensText("expires", { date: expiryDay(token.expiresAt) })
                    : tokensText("expiresNever")}
                {!token.revoked ? (
                  <form action={revokeTokenAction} className="inline">
                    <input type="hidden" name="tokenId" value={token.id} />{" "}
                    <button type="submit" className="link-button">
                      {tokensText("revoke")}
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
