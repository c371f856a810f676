// `@lac/principles/list`: the ten principles as data, without zod (the main entry also has a zod
// schema of a principle id), for a program that must start fast (the lac CLI renders them).
export type { Principle } from "./principle.js";
export { principles } from "./principles.js";
