// The zod schema of partner-sector.ts, apart from its data, which lac uses without zod.
import * as z from "zod";
import { PARTNER_SECTORS } from "./partner-sector.js";

export const partnerSectorSchema = z.enum(PARTNER_SECTORS).meta({
  title: "Sector",
  description:
    "The sector of the organisation: council-service, nhs-trust (in Wales also a health board), integrated-care-board, primary-care (a GP practice, or a primary care network in England or primary care cluster in Wales), housing, police, fire-and-rescue, voluntary-and-community-sector, education or other.",
});
