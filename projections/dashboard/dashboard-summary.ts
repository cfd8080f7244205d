/** What GET /dashboard/summary answers: the figures of the manager's dashboard, for one Rome day. */
export interface SectorLoad {
  sectorId: string | null;
  /** null for the cases still with the URP (not routed). */
  sectorName: string | null;
  open: number;
  overdue: number;
  dueSoon: number;
  awaitingTakeCharge: number;
}

export interface SectorTimeliness {
  sectorId: string | null;
  sectorName: string | null;
  takenInCharge: number;
  averageTakeChargeDays: number | null;
  takeChargeTermDays: number | null;
  takeChargeWithinTermPercent: number | null;
  finalReplies: number;
  averageFinalReplyDays: number | null;
  finalReplyTermDays: number | null;
  finalReplyWithinTermPercent: number | null;
}

export interface Volume {
  key: string;
  count: number;
}

export interface DashboardSummary {
  today: string;
  /** Events the projection had applied when the figures were computed: it moves with every change. */
  eventsApplied: number;
  computedAt: string;
  totals: { open: number; overdue: number; dueSoon: number; awaitingTakeCharge: number; received30Days: number };
  sectors: SectorLoad[];
  /** Received in the last 90 days, up to today. */
  byChannel: Volume[];
  byKind: Volume[];
  /** Received per ISO week (Monday first), the last 12 weeks. */
  byWeek: Volume[];
  timeliness: SectorTimeliness[];
  survey: { year: number; closures: number; answers: number; positive: number; answerRatePercent: number | null; positivePercent: number | null };
}
