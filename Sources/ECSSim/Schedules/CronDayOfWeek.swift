/// The day-of-week field (1 = SUN … 7 = SAT): a set of weekdays, or a rule within the month.
enum CronDayOfWeek: Sendable, Equatable {
  case any  // ?
  case days(CronValues)
  case last(weekday: Int)  // 6L: the last Friday
  case nth(weekday: Int, week: Int)  // 3#2: the second Tuesday
}
