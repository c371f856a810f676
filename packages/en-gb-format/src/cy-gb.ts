export { formatDate, formatMoney, formatMonth, formatNumber, WELSH_MONTH_NAMES } from "./cy-gb-format.js";
