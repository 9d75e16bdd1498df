/// When an EventBridge rule (or EventBridge Scheduler schedule) runs its ECS RunTask target.
///
/// Scheduled tasks are ECS's answer to cron jobs; the simulator needs the exact firing instants
/// so that a scenario with `cron(0 18 ? * MON-FRI *)` launches tasks at the same virtual minutes
/// AWS would. Everything is UTC (EventBridge rules have no time zone; Scheduler's time zones are
/// not modelled [SIM]). Firings are exact: the seconds of jitter EventBridge adds within the
/// minute are left to the caller.
public enum ScheduleExpression: Sendable, Equatable, CustomStringConvertible {
  /// `rate(value unit)`: a fixed period, counted from the moment the rule is created.
  case rate(SimTime)
  /// `cron(...)`: wall-clock minutes in UTC.
  case cron(CronExpression)
  /// `at(yyyy-mm-ddThh:mm:ss)`: one firing (EventBridge Scheduler), epoch milliseconds, UTC.
  case at(Int64)

  /// Parses `rate(...)`, `cron(...)` or `at(...)` with EventBridge's rules, so that an expression
  /// the simulator accepts is one `PutRule` / `CreateSchedule` would accept too.
  public static func parse(_ text: String) throws(ScheduleExpressionError) -> ScheduleExpression {
    let s = text.trimmingSpaces
    let expected = "expected rate(...), cron(...) or at(...)"
    guard !s.isEmpty else { throw ScheduleExpressionError("empty schedule expression: \(expected)") }
    guard let open = s.firstIndex(of: "(") else {
      throw ScheduleExpressionError("\(s): \(expected)")
    }
    let keyword = String(s[..<open])
    guard keyword == "rate" || keyword == "cron" || keyword == "at" else {
      var msg = "\(s): \(expected)"
      if !keyword.isEmpty, let guess = closestMatch(keyword, in: ["rate", "cron", "at"]) {
        msg += "; did you mean '\(guess)(...)'?"
      }
      throw ScheduleExpressionError(msg)
    }
    guard s.last == ")" else { throw ScheduleExpressionError("\(s): missing ')' at the end") }
    let body = String(s[s.index(after: open)..<s.index(before: s.endIndex)])
    switch keyword {
    case "rate": return .rate(try parseRate(body, text: s))
    case "cron": return .cron(try CronExpression.parse(body, text: s))
    default: return .at(try parseAt(body, text: s))
    }
  }

  /// The first firing strictly after `afterEpochMs`, or nil when the schedule never fires again
  /// (an `at` already past, a cron whose years have ended).
  ///
  /// - rate: EventBridge starts the period when the rule is created, so firings are
  ///   `created + k·period` for k ≥ 1. [SIM] Nothing fires at the creation instant itself: the
  ///   first run comes one full period later.
  /// - cron and at: absolute instants, but none before the rule exists (EventBridge does not
  ///   back-fill), so the answer is never earlier than `createdAtEpochMs`.
  public func nextFire(afterEpochMs: Int64, createdAtEpochMs: Int64) -> Int64? {
    switch self {
    case .rate(let period):
      let p = period.milliseconds
      guard p > 0 else { return nil }
      let k = afterEpochMs < createdAtEpochMs ? 1 : max(1, (afterEpochMs - createdAtEpochMs) / p + 1)
      let (offset, o1) = k.multipliedReportingOverflow(by: p)
      let (fire, o2) = createdAtEpochMs.addingReportingOverflow(offset)
      return o1 || o2 ? nil : fire
    case .cron(let cron):
      guard afterEpochMs < Int64.max else { return nil }
      return cron.firstFire(atOrAfterEpochMs: max(afterEpochMs + 1, createdAtEpochMs))
    case .at(let t):
      return t > afterEpochMs && t >= createdAtEpochMs ? t : nil
    }
  }

  /// The expression in EventBridge's own spelling (`rate(5 minutes)`, `at(2026-01-05T09:00:00)`),
  /// so events and state output show what a user would see in the console.
  public var description: String {
    switch self {
    case .rate(let period):
      let ms = period.milliseconds
      let (value, unit): (Int64, String) =
        ms % 86_400_000 == 0 ? (ms / 86_400_000, "day")
        : ms % 3_600_000 == 0 ? (ms / 3_600_000, "hour") : (ms / 60_000, "minute")
      return "rate(\(value) \(unit)\(value == 1 ? "" : "s"))"
    case .cron(let cron):
      return cron.text
    case .at(let t):
      return "at(\(String(Timestamp.iso(epochMilliseconds: t, fractional: false).dropLast())))"
    }
  }

  // MARK: rate

  private static let rateUnits: [(singular: String, plural: String, ms: Int64)] = [
    ("minute", "minutes", 60_000), ("hour", "hours", 3_600_000), ("day", "days", 86_400_000),
  ]

  private static func parseRate(_ body: String, text: String) throws(ScheduleExpressionError) -> SimTime {
    let parts = body.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard parts.count == 2 else {
      throw ScheduleExpressionError("\(text): expected rate(value unit), e.g. rate(5 minutes)")
    }
    let valueText = String(parts[0]), unit = String(parts[1])
    guard valueText.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int64(valueText), value > 0 else {
      throw ScheduleExpressionError("\(text): value must be a positive integer, found '\(valueText)'")
    }
    guard let match = rateUnits.first(where: { $0.singular == unit || $0.plural == unit }) else {
      var msg = "\(text): unit must be minute, minutes, hour, hours, day or days, found '\(unit)'"
      // Offer the spelling that agrees with the value, so the suggestion is itself valid.
      let candidates = value == 1 ? rateUnits.map(\.singular) : rateUnits.map(\.plural)
      if let guess = closestMatch(unit, in: candidates) { msg += "; did you mean '\(guess)'?" }
      throw ScheduleExpressionError(msg)
    }
    if value == 1, unit == match.plural {
      throw ScheduleExpressionError("\(text): use the singular unit '\(match.singular)' for a value of 1")
    }
    if value != 1, unit == match.singular {
      throw ScheduleExpressionError("\(text): use the plural unit '\(match.plural)' for values other than 1")
    }
    let (ms, overflow) = value.multipliedReportingOverflow(by: match.ms)
    guard !overflow else { throw ScheduleExpressionError("\(text): value \(value) is too large") }
    return SimTime(milliseconds: ms)
  }

  // MARK: at

  private static func parseAt(_ body: String, text: String) throws(ScheduleExpressionError) -> Int64 {
    let shape = "\(text): expected at(yyyy-mm-ddThh:mm:ss), e.g. at(2026-01-05T09:00:00)"
    let u = Array(body.utf8)
    guard u.count == 19, u[4] == 45, u[7] == 45, u[10] == 84, u[13] == 58, u[16] == 58 else {
      throw ScheduleExpressionError(shape)
    }
    func num(_ a: Int, _ n: Int) -> Int64? {
      var v: Int64 = 0
      for i in a..<(a + n) {
        guard u[i] >= 48, u[i] <= 57 else { return nil }
        v = v * 10 + Int64(u[i] - 48)
      }
      return v
    }
    guard let y = num(0, 4), let mo = num(5, 2), let d = num(8, 2), let h = num(11, 2),
      let mi = num(14, 2), let sec = num(17, 2)
    else { throw ScheduleExpressionError(shape) }
    guard (1...12).contains(mo) else { throw ScheduleExpressionError("\(text): month must be 01-12, found \(pad(mo, 2))") }
    let dim = daysInMonth(y, mo)
    guard d >= 1, d <= dim else {
      throw ScheduleExpressionError("\(text): day must be 01-\(dim) in \(pad(y, 4))-\(pad(mo, 2)), found \(pad(d, 2))")
    }
    guard h < 24 else { throw ScheduleExpressionError("\(text): hour must be 00-23, found \(pad(h, 2))") }
    guard mi < 60 else { throw ScheduleExpressionError("\(text): minute must be 00-59, found \(pad(mi, 2))") }
    guard sec < 60 else { throw ScheduleExpressionError("\(text): second must be 00-59, found \(pad(sec, 2))") }
    return (Timestamp.daysFromCivil(y, mo, d) * 86_400 + h * 3_600 + mi * 60 + sec) * 1_000
  }
}

/// Days in a month of the proleptic Gregorian calendar (February 29 in leap years).
func daysInMonth(_ y: Int64, _ m: Int64) -> Int64 {
  let next = m == 12 ? Timestamp.daysFromCivil(y + 1, 1, 1) : Timestamp.daysFromCivil(y, m + 1, 1)
  return next - Timestamp.daysFromCivil(y, m, 1)
}
