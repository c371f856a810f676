/** When the retention period starts unless the council says otherwise: the Welsh notices have their own words for it. */
export const DEFAULT_RETENTION_START = "the last contact with the person";
