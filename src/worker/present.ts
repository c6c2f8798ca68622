import type { Report } from "../checks/index.js";

/**
 * The answer to one review: the engine's report with a flat `pass` and
 * `verdict` first, so that a Zapier filter or an n8n IF node branches on one
 * field, and the account's history figures when an account was given.
 */
export function present(report: Report, options: { account?: string | undefined; recorded?: boolean; window?: number }) {
  const { entry, verdict, score, ...rest } = report;
  return {
    pass: verdict !== "fail",
    verdict,
    score,
    ...rest,
    entry: { id: entry.id, date: entry.date, promotional: entry.promotional, hash: entry.hash },
    ...(options.account
      ? {
          account: options.account,
          recorded: options.recorded ?? false,
          history: {
            window: report.checks.selfPromotion.window,
            promotionalShare: report.checks.selfPromotion.windowShare,
            repeats: report.checks.selfPromotion.repeats,
          },
        }
      : {}),
  };
}
