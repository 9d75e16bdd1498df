/// A parsed EventBridge `cron(Minutes Hours Day-of-month Month Day-of-week Year)` expression.
///
/// EventBridge cron is Quartz-flavoured, not Unix cron: six fields with a year, days of the week
/// numbered 1 = SUN … 7 = SAT, and exactly one of the two day fields must be `?`. Keeping the
/// fields as value sets (plus the few `L`/`W`/`#` rules that depend on the month) lets
/// `ScheduleExpression.nextFire` jump field by field instead of scanning minutes.
///
/// Choices where the EventBridge guide is silent (each pinned by a test):
/// - [SIM] `L` alone in day-of-week means Saturday (7), as the Lambda/CloudWatch guide says
///   ("last day of the week (Saturday)") and Quartz does.
/// - [SIM] `LW` in day-of-month is the last weekday (Mon–Fri) of the month, as in Quartz.
/// - [SIM] `nW` never leaves the month: `1W` on a Saturday is Monday the 3rd, `31W` on a Sunday
///   is Friday the 29th; in a month with fewer than n days it does not fire.
/// - [SIM] `L`, `LW`, `nW`, `nL` and `n#k` must each stand alone in their field (the guide says so
///   for `#`; Quartz for the others). `L-n` offsets are not accepted.
/// - [SIM] `/` is accepted in day-of-week too (the Lambda guide lists it; the EventBridge table
///   does not).
/// - Ranges may wrap in every field but the year: `20-2` in hours is 20–23 and 0–2 (the guide's
///   own example), `FRI-MON` is Fri, Sat, Sun, Mon; a step continues across the wrap.
/// - Month and day names are case-insensitive (`mon-fri` works), as in Quartz.
/// - `*` in one day field with `*` or a value in the other is refused, as the guide's
///   Limitations say ("If you specify a value or a * in one of the fields, you must use a ? in the
///   other"); `?` in both is refused too.
public struct CronExpression: Sendable, Equatable {
  /// The expression as written, `cron(...)` included, for output and error messages.
  public let text: String
  let minutes: CronValues
  let hours: CronValues
  let dayOfMonth: CronDayOfMonth
  let months: CronValues
  let dayOfWeek: CronDayOfWeek
  let years: CronValues

  static func parse(_ body: String, text: String) throws(ScheduleExpressionError) -> CronExpression {
    let fields = body.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard fields.count == 6 else {
      throw ScheduleExpressionError(
        "\(text): expected 6 fields (minutes hours day-of-month month day-of-week year), found \(fields.count)")
    }
    let p = CronParser(text: text)
    let dom = try p.dayOfMonth(fields[2])
    let dow = try p.dayOfWeek(fields[4])
    switch (dom, dow) {
    case (.any, .any):
      throw p.fail("day-of-month and day-of-week cannot both be '?'; use '?' in only one of them")
    case (.any, _), (_, .any):
      break
    default:
      throw p.fail("you cannot specify both day-of-month and day-of-week; use '?' in one of them")
    }
    return CronExpression(
      text: text, minutes: try p.values(fields[0], .minutes), hours: try p.values(fields[1], .hours),
      dayOfMonth: dom, months: try p.values(fields[3], .month), dayOfWeek: dow,
      years: try p.values(fields[5], .year))
  }
}

/// Field-by-field parsing; every error names the whole expression first.
private struct CronParser {
  let text: String

  func fail(_ message: String) -> ScheduleExpressionError { ScheduleExpressionError("\(text): \(message)") }

  func dayOfMonth(_ token: String) throws(ScheduleExpressionError) -> CronDayOfMonth {
    let up = token.uppercased()
    if token == "?" { return .any }
    if up == "L" { return .last }
    if up == "LW" { return .lastWeekday }
    if up.count > 1, up.hasSuffix("W"), up.dropLast().allSatisfy({ $0.isASCII && $0.isNumber }) {
      return .nearestWeekday(try value(String(token.dropLast()), .dayOfMonth))
    }
    if up.contains("L") || up.contains("W") {
      throw fail("day-of-month: 'L' and 'W' must stand alone (L, LW or a single day such as 15W), found '\(token)'")
    }
    return .days(try values(token, .dayOfMonth))
  }

  func dayOfWeek(_ token: String) throws(ScheduleExpressionError) -> CronDayOfWeek {
    let up = token.uppercased()
    if token == "?" { return .any }
    if up == "L" {
      var saturday = CronValues(CronField.dayOfWeek.range)
      saturday.insert(7)
      return .days(saturday)
    }
    if up.contains("#") {
      if up.contains(",") {
        throw fail("day-of-week: with '#' you can define only one expression, found '\(token)'")
      }
      let parts = token.split(separator: "#", omittingEmptySubsequences: false).map(String.init)
      guard parts.count == 2, !parts[0].contains(where: { "-/*".contains($0) }) else {
        throw fail("day-of-week: '#' takes one day and a week number such as 3#2, found '\(token)'")
      }
      let weekday = try value(parts[0], .dayOfWeek)
      guard parts[1].count == 1, let week = Int(parts[1]), (1...5).contains(week) else {
        throw fail("day-of-week: the week number after '#' must be 1-5, found '\(parts[1])' in '\(token)'")
      }
      return .nth(weekday: weekday, week: week)
    }
    if up.count > 1, up.hasSuffix("L"), !up.dropLast().contains(where: { ",-/*L".contains($0) }) {
      return .last(weekday: try value(String(token.dropLast()), .dayOfWeek))
    }
    if up.contains("L") {
      throw fail("day-of-week: 'L' must stand alone (L, or one day such as 6L), found '\(token)'")
    }
    return .days(try values(token, .dayOfWeek))
  }

  /// A list of `*`, `v`, `a-b`, each optionally `/step`.
  func values(_ token: String, _ field: CronField) throws(ScheduleExpressionError) -> CronValues {
    var set = CronValues(field.range)
    let lo = field.range.lowerBound, hi = field.range.upperBound
    for itemSub in token.split(separator: ",", omittingEmptySubsequences: false) {
      let item = String(itemSub)
      guard !item.isEmpty else { throw fail("\(field.name) has an empty value in '\(token)'") }
      if item.contains("?") {
        throw fail(field.name == "day-of-month" || field.name == "day-of-week"
          ? "\(field.name): '?' must stand alone, found '\(token)'"
          : "\(field.name): '?' is allowed only in day-of-month or day-of-week")
      }
      let slash = item.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
      guard slash.count <= 2 else { throw fail("\(field.name): more than one '/' in '\(item)'") }
      var step = 1
      if slash.count == 2 {
        guard slash[1].count <= 4, slash[1].allSatisfy({ $0.isASCII && $0.isNumber }),
          let s = Int(slash[1]), s >= 1
        else {
          throw fail("\(field.name): the step after '/' must be a positive integer, found '\(slash[1])' in '\(item)'")
        }
        step = s
      }
      let base = slash[0]
      let start: Int, end: Int
      if base == "*" {
        (start, end) = (lo, hi)
      } else if let dash = base.firstIndex(of: "-"), dash != base.startIndex {
        start = try value(String(base[..<dash]), field)
        end = try value(String(base[base.index(after: dash)...]), field)
      } else {
        start = try value(base, field)
        end = slash.count == 2 ? hi : start
      }
      if start <= end {
        for v in stride(from: start, through: end, by: step) { set.insert(v) }
      } else {
        guard field.wraps else {
          throw fail("\(field.name) range must go from the earlier to the later value, found '\(base)'")
        }
        // A wrapping range runs start…hi then lo…end; the step carries across the wrap.
        let span = hi - lo + 1
        let length = end + span - start
        for i in stride(from: 0, through: length, by: step) {
          let v = start + i
          set.insert(v > hi ? v - span : v)
        }
      }
    }
    return set
  }

  /// One number or name, checked against the field's range.
  func value(_ token: String, _ field: CronField) throws(ScheduleExpressionError) -> Int {
    if !token.isEmpty, token.allSatisfy({ $0.isASCII && $0.isNumber }) {
      guard token.count <= 6, let v = Int(token), field.range.contains(v) else {
        throw fail("\(field.name) must be \(field.allowed), found \(token)")
      }
      return v
    }
    if let i = field.names.firstIndex(of: token.uppercased()) { return field.range.lowerBound + i }
    var msg = "\(field.name) must be \(field.allowed), found '\(token)'"
    if !token.isEmpty, let guess = closestMatch(token, in: field.names) { msg += "; did you mean '\(guess)'?" }
    throw fail(msg)
  }
}
