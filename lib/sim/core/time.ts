/**
 * PURPOSE: timestamps as the API server writes them (RFC 3339, second precision)
 * and kubectl's human-readable durations for AGE columns.
 * MODELS: metav1.Time JSON form and duration.HumanDuration, https://kubernetes.io/docs/reference/kubectl/generated/kubectl_get/
 * NOT MODELLED: sub-second MicroTime fields.
 */

import { memoizeByString } from "./memo";

export const SCENARIO_EPOCH_MS = Date.UTC(2025, 0, 1);

const DAY_S = 86_400;
const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, "0"));

let lastSecond = NaN;
let lastText = "";
let lastDay = NaN;
let dayPrefix = "";

// Date#toISOString costs microseconds and callers alternate between a few seconds (start, transition and
// current times), so only the date part goes through it, once per day; the time of day comes from a table.
export function formatTimestamp(ms: number): string {
  const second = Math.floor(ms / 1000);
  if (second === lastSecond) return lastText;
  const day = Math.floor(second / DAY_S);
  if (day !== lastDay) {
    lastDay = day;
    dayPrefix = new Date(day * DAY_S * 1000).toISOString().slice(0, -13);
  }
  const s = second - day * DAY_S;
  lastSecond = second;
  lastText = [dayPrefix, TWO_DIGITS[Math.floor(s / 3600)], ":", TWO_DIGITS[Math.floor(s / 60) % 60], ":", TWO_DIGITS[s % 60], "Z"].join("");
  return lastText;
}

/** metav1.MicroTime as Leases carry it: RFC 3339 with six fractional digits. */
export function formatMicroTime(ms: number): string {
  return formatTimestamp(ms).replace("Z", `.${String(ms % 1000).padStart(3, "0")}000Z`);
}

// Date.parse costs about a microsecond, and the node monitor and age columns parse the same few
// timestamps over and over, so recent answers are kept.
export const parseTimestamp = memoizeByString((s: string): number => {
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) throw new Error(`invalid timestamp "${s}"`);
  return ms;
}, 4096);

export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < -1) return "<invalid>";
  if (seconds < 0) return "0s";
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.floor(seconds / 3600);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    const days = Math.floor(hours / 24);
    return h === 0 ? `${days}d` : `${days}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const days = Math.floor(hours / 24);
    const dy = days % 365;
    const years = Math.floor(days / 365);
    return dy === 0 ? `${years}y` : `${years}y${dy}d`;
  }
  return `${Math.floor(hours / 24 / 365)}y`;
}
