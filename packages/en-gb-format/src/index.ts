export {
  addDays,
  addMonths,
  formatDate,
  formatMoney,
  formatMonth,
  formatNumber,
  MONTH_NAMES,
  parseIsoDate,
  type CalendarDate,
} from "./en-gb-format.js";
