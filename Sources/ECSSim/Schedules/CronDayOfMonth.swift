/// The day-of-month field: a set of days, or a rule that depends on the month's length.
enum CronDayOfMonth: Sendable, Equatable {
  case any  // ?
  case days(CronValues)
  case last  // L
  case lastWeekday  // LW
  case nearestWeekday(Int)  // 15W
}
