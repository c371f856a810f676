import type { CouncilConfig } from "@lac/council";
import { englishSpan } from "./english-text.js";
import { sameTitle } from "./role-context.js";

type RoleContactInWelsh = CouncilConfig["programme"]["lead"];

/**
 * The role titles of the programme's contacts as the Welsh documents write them: the Welsh role title
 * the council gives (`programme.sponsor.welshRole`, `programme.lead.welshRole`; a lead who holds the
 * manager's post takes `team.manager.welshTitle`), else the English title, marked as English. The
 * templates write them after the article ("cysylltwch â'r …") or "sef", where nothing mutates them.
 */
export function welshRoles(config: CouncilConfig) {
  // A configuration that was not checked may lack a contact: its roles are then left undefined, so that
  // the template that names it reports the missing value at its place, as for the English role.
  const sponsor = config.programme.sponsor as RoleContactInWelsh | undefined;
  const lead = config.programme.lead as RoleContactInWelsh | undefined;
  const { manager } = config.team;
  const leadWelsh =
    lead?.welshRole ?? (lead && sameTitle(manager.title, lead.role) ? manager.welshTitle : undefined);
  const sponsorRole = sponsor && (sponsor.welshRole ?? englishSpan(sponsor.role));
  const leadRole = lead && (leadWelsh ?? englishSpan(lead.role));
  const reportsTo = manager.reportsTo ?? lead?.role;
  return {
    /** The sponsor's role title in Welsh, or the English one, marked. */
    sponsorRole,
    /** The programme lead's role title in Welsh, or the English one, marked. */
    leadRole,
    /** The role the manager reports to: the sponsor's or the lead's as above, or the English title, marked. */
    managerReportsTo:
      reportsTo === undefined
        ? undefined
        : sponsor && sameTitle(reportsTo, sponsor.role)
          ? sponsorRole
          : lead && sameTitle(reportsTo, lead.role)
            ? leadRole
            : englishSpan(reportsTo),
  };
}
