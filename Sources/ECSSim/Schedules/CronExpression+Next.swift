extension CronExpression {
  /// The first matching whole minute at or after `epochMs`, or nil after the last year.
  ///
  /// Jumps field by field — year, month, day, hour, minute — each time taking the next allowed
  /// value and resetting the smaller fields, so even `cron(0 0 31 2 ? *)` (never) costs a few
  /// steps per year up to 2199 rather than a scan over minutes.
  func firstFire(atOrAfterEpochMs epochMs: Int64) -> Int64? {
    let endOfYears = Timestamp.daysFromCivil(Int64(years.highest) + 1, 1, 1) * 86_400_000
    guard epochMs < endOfYears else { return nil }
    var minuteIndex = epochMs >= 0 ? (epochMs + 59_999) / 60_000 : epochMs / 60_000  // ceiling
    let firstYear = Int64(years.lowest)
    let floorMinute = Timestamp.daysFromCivil(firstYear, 1, 1) * 1_440
    if minuteIndex < floorMinute { minuteIndex = floorMinute }
    let dayIndex = minuteIndex / 1_440
    let (y0, mo0, d0) = Timestamp.civilFromDays(dayIndex)
    var y = Int(y0), mo = Int(mo0), d = Int(d0)
    var h = Int(minuteIndex % 1_440) / 60, mi = Int(minuteIndex % 60)

    while y <= years.highest {
      guard let ny = years.first(atLeast: y) else { return nil }
      if ny != y { (y, mo, d, h, mi) = (ny, 1, 1, 0, 0) }
      guard let nmo = months.first(atLeast: mo) else {
        (y, mo, d, h, mi) = (y + 1, 1, 1, 0, 0)
        continue
      }
      if nmo != mo { (mo, d, h, mi) = (nmo, 1, 0, 0) }
      guard let nd = firstDay(in: dayMask(year: y, month: mo), atLeast: d) else {
        if mo == 12 { (y, mo) = (y + 1, 1) } else { mo += 1 }
        (d, h, mi) = (1, 0, 0)
        continue
      }
      if nd != d { (d, h, mi) = (nd, 0, 0) }
      guard let nh = hours.first(atLeast: h) else {
        (d, h, mi) = (d + 1, 0, 0)  // past the month's end, firstDay finds nothing and moves on
        continue
      }
      if nh != h { (h, mi) = (nh, 0) }
      guard let nmi = minutes.first(atLeast: mi) else {
        (h, mi) = (h + 1, 0)
        continue
      }
      let days = Timestamp.daysFromCivil(Int64(y), Int64(mo), Int64(d))
      return ((days * 1_440) + Int64(h * 60 + nmi)) * 60_000
    }
    return nil
  }

  /// Bits 1…(days in month) for the days this expression allows in one month.
  func dayMask(year: Int, month: Int) -> UInt64 {
    let first = Timestamp.daysFromCivil(Int64(year), Int64(month), 1)
    let dim = Int(daysInMonth(Int64(year), Int64(month)))
    // 1 = SUN … 7 = SAT; 1970-01-01 (day 0) was a Thursday (5).
    let firstWeekday = Int(((first % 7) + 7 + 4) % 7) + 1
    func weekday(_ day: Int) -> Int { (firstWeekday - 1 + day - 1) % 7 + 1 }
    func bit(_ day: Int) -> UInt64 { day >= 1 && day <= dim ? 1 << UInt64(day) : 0 }

    switch dayOfMonth {
    case .days(let set):
      var mask: UInt64 = 0
      for day in 1...dim where set.contains(day) { mask |= bit(day) }
      return mask
    case .last:
      return bit(dim)
    case .lastWeekday:
      switch weekday(dim) {
      case 7: return bit(dim - 1)
      case 1: return bit(dim - 2)
      default: return bit(dim)
      }
    case .nearestWeekday(let n):
      guard n <= dim else { return 0 }
      switch weekday(n) {
      case 7: return bit(n == 1 ? 3 : n - 1)  // Saturday: Friday, unless that leaves the month
      case 1: return bit(n == dim ? n - 2 : n + 1)  // Sunday: Monday, unless that leaves the month
      default: return bit(n)
      }
    case .any:
      break
    }
    switch dayOfWeek {
    case .days(let set):
      var mask: UInt64 = 0
      for day in 1...dim where set.contains(weekday(day)) { mask |= bit(day) }
      return mask
    case .last(let w):
      return bit(dim - (weekday(dim) - w + 7) % 7)
    case .nth(let w, let week):
      return bit(1 + (w - firstWeekday + 7) % 7 + 7 * (week - 1))
    case .any:
      return 0  // unreachable: parsing refuses '?' in both day fields
    }
  }

  private func firstDay(in mask: UInt64, atLeast d: Int) -> Int? {
    guard d <= 31 else { return nil }
    let rest = mask & (~0 << UInt64(d))
    return rest == 0 ? nil : rest.trailingZeroBitCount
  }
}
