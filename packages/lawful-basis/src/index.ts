export {
  ARTICLE_6_BASES,
  ARTICLE_6_BASIS_IDS,
  ARTICLE_9_CONDITIONS,
  ARTICLE_9_CONDITION_IDS,
  describeSchedule1Condition,
  findSchedule1Condition,
  OTHER_PROVISIONS,
  SCHEDULE_1_CONDITIONS,
  schedule1Condition,
} from "./provisions.js";
export type {
  AppropriatePolicyDocumentNeed,
  Article6BasisId,
  Article9ConditionId,
  Article9Provision,
  OtherProvisionId,
  Provision,
  Schedule1Provision,
  Schedule1Ref,
} from "./provisions.js";
export { GATEWAY_IDS, GATEWAYS, gatewayAppliesIn } from "./gateways.js";
export type { Gateway, GatewayExtent, GatewayId, GatewayStatus } from "./gateways.js";
