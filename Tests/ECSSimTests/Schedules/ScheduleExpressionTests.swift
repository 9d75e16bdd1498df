import Testing
@testable import ECSSim

/// EventBridge schedule expressions (docs/ecs/schedules.md): parsing, exact firing instants, and
/// the one-line errors. Epoch values are milliseconds, UTC; the ISO instant is in the comment.
@Suite struct ScheduleExpressionTests {
  // MARK: Helpers

  func parse(_ text: String) throws -> ScheduleExpression {
    try ScheduleExpression.parse(text)
  }

  /// The next firing of a cron/at expression after `after`, for a rule created long before.
  func next(_ text: String, after: Int64) throws -> Int64? {
    try parse(text).nextFire(afterEpochMs: after, createdAtEpochMs: 0)
  }

  /// The first `count` firings after `after`.
  func firings(_ text: String, after: Int64, count: Int) throws -> [Int64] {
    let e = try parse(text)
    var out: [Int64] = []
    var t = after
    while out.count < count, let n = e.nextFire(afterEpochMs: t, createdAtEpochMs: 0) {
      out.append(n)
      t = n
    }
    return out
  }

  func error(_ text: String) -> String? {
    do { _ = try ScheduleExpression.parse(text); return nil } catch { return error.message }
  }

  // MARK: docs/ecs/schedules.md §3 examples

  @Test func dailyAtNoon() throws {
    let e = "cron(0 12 * * ? *)"
    #expect(try next(e, after: 1_767_603_600_000) == 1_767_614_400_000)  // 2026-01-05T09:00Z → 12:00Z
    // Strictly after: from 12:00 exactly, the next is tomorrow's.
    #expect(try next(e, after: 1_767_614_400_000) == 1_767_700_800_000)  // → 2026-01-06T12:00Z
    #expect(try next(e, after: 1_767_614_399_999) == 1_767_614_400_000)
  }

  @Test func everyFifteenMinutes() throws {
    let e = "cron(0/15 * * * ? *)"
    #expect(try next(e, after: 1_767_603_600_000) == 1_767_604_500_000)  // 09:00 → 09:15
    #expect(try next(e, after: 1_767_604_020_000) == 1_767_604_500_000)  // 09:07 → 09:15
    #expect(try next(e, after: 1_767_657_000_000) == 1_767_657_600_000)  // 2026-01-05T23:50 → 01-06T00:00
    #expect(try firings(e, after: 1_767_603_600_000, count: 4).map { ($0 - 1_767_603_600_000) / 60_000 } == [15, 30, 45, 60])
  }

  @Test func weekdaysAtSix() throws {
    let e = "cron(0 18 ? * MON-FRI *)"
    #expect(try next(e, after: 1_767_635_940_000) == 1_767_636_000_000)  // Mon 2026-01-05T17:59 → 18:00
    // Friday 18:00 → Monday 18:00, skipping the weekend.
    #expect(try next(e, after: 1_767_981_600_000) == 1_768_240_800_000)  // Fri 01-09T18:00 → Mon 01-12T18:00
    #expect(try firings(e, after: 1_767_603_600_000, count: 6).map { ($0 - 1_767_636_000_000) / 86_400_000 } == [0, 1, 2, 3, 4, 7])
  }

  @Test func lastFridayOfEachMonthFrom2019To2022() throws {
    let e = "cron(15 10 ? * 6L 2019-2022)"
    #expect(try next(e, after: 1_546_300_800_000) == 1_548_411_300_000)  // 2019-01-01 → Fri 2019-01-25T10:15Z
    let all = try firings(e, after: 0, count: 100)
    #expect(all.count == 48)  // one per month, four years, then nothing
    #expect(all.first == 1_548_411_300_000)
    let y2022 = all.suffix(12)
    #expect(Array(y2022) == [
      1_643_364_900_000,  // 2022-01-28
      1_645_784_100_000,  // 2022-02-25
      1_648_203_300_000,  // 2022-03-25
      1_651_227_300_000,  // 2022-04-29
      1_653_646_500_000,  // 2022-05-27
      1_656_065_700_000,  // 2022-06-24
      1_659_089_700_000,  // 2022-07-29
      1_661_508_900_000,  // 2022-08-26
      1_664_532_900_000,  // 2022-09-30
      1_666_952_100_000,  // 2022-10-28
      1_669_371_300_000,  // 2022-11-25
      1_672_395_300_000,  // 2022-12-30
    ])
    #expect(try next(e, after: 1_672_395_300_000) == nil)  // the years have ended
  }

  @Test func docExamplesParse() throws {
    for text in [
      "cron(0 10 * * ? *)", "cron(15 12 * * ? *)", "cron(0 8 1 * ? *)", "cron(0/10 * ? * MON-FRI *)",
      "cron(0/5 8-17 ? * MON-FRI *)", "cron(0/30 20-2 ? * MON-FRI *)", "cron(5,35 14 * * ? *)",
      "rate(1 minute)", "rate(5 minutes)", "rate(1 hour)", "rate(1 day)", "rate(7 days)",
    ] {
      #expect(try parse(text).description == text)
    }
  }

  // MARK: rate

  @Test func rateCountsFromCreation() throws {
    let e = try parse("rate(5 minutes)")
    #expect(e == .rate(.minutes(5)))
    let created: Int64 = 1_767_603_600_000  // 2026-01-05T09:00Z
    // [SIM] Nothing at the creation instant: the first run is one period later.
    #expect(e.nextFire(afterEpochMs: created, createdAtEpochMs: created) == 1_767_603_900_000)  // 09:05
    #expect(e.nextFire(afterEpochMs: created - 60_000, createdAtEpochMs: created) == 1_767_603_900_000)
    #expect(e.nextFire(afterEpochMs: 1_767_603_900_000, createdAtEpochMs: created) == 1_767_604_200_000)  // 09:10
    #expect(e.nextFire(afterEpochMs: 1_767_604_020_000, createdAtEpochMs: created) == 1_767_604_200_000)  // 09:07 → 09:10
  }

  @Test func rateKeepsTheCreationPhase() throws {
    // Not aligned to clock minutes: a rule created at 09:00:30.500 runs at 09:00:30.500 next day.
    let e = try parse("rate(1 day)")
    let created: Int64 = 1_767_603_630_500
    #expect(e.nextFire(afterEpochMs: created, createdAtEpochMs: created) == created + 86_400_000)
    #expect(e.nextFire(afterEpochMs: created + 3 * 86_400_000, createdAtEpochMs: created) == created + 4 * 86_400_000)
    #expect(try parse("rate(1 hour)") == .rate(.hours(1)))
    #expect(try parse("rate(2 hours)") == .rate(.hours(2)))
    #expect(try parse("rate(1 minute)") == .rate(.minutes(1)))
    #expect(try parse("rate(90 minutes)").description == "rate(90 minutes)")
    #expect(try parse("  rate(3   days) ").description == "rate(3 days)")
  }

  // MARK: # L W

  @Test func nthWeekdayOfMonth() throws {
    // 3#2: the second Tuesday.
    #expect(try firings("cron(0 9 ? * 3#2 *)", after: 1_767_603_600_000, count: 2) == [
      1_768_294_800_000,  // Tue 2026-01-13T09:00Z
      1_770_714_000_000,  // Tue 2026-02-10T09:00Z
    ])
    // 5#5: months without a fifth Thursday are skipped (Feb and Mar 2026).
    #expect(try firings("cron(0 9 ? * THU#5 *)", after: 1_767_603_600_000, count: 2) == [
      1_769_677_200_000,  // Thu 2026-01-29T09:00Z
      1_777_539_600_000,  // Thu 2026-04-30T09:00Z
    ])
  }

  @Test func nearestWeekdayStaysInTheMonth() throws {
    // 2026-08-01 is a Saturday: 1W is Monday the 3rd, not Friday July 31.
    #expect(try firings("cron(0 9 1W * ? *)", after: 1_785_456_000_000, count: 2) == [
      1_785_747_600_000,  // Mon 2026-08-03T09:00Z
      1_788_253_200_000,  // Tue 2026-09-01T09:00Z (a weekday already)
    ])
    // 15th on a Sunday → Monday 16th; on a Saturday → Friday 14th.
    #expect(try next("cron(0 9 15W 2 ? 2026)", after: 1_767_225_600_000) == 1_771_232_400_000)  // 2026-02-16
    #expect(try next("cron(0 9 15W 8 ? 2026)", after: 1_767_225_600_000) == 1_786_698_000_000)  // 2026-08-14
    // 31st on a Sunday (May 2026) → Friday 29th; 30-day June is skipped; July 31 is a Friday.
    #expect(try firings("cron(0 9 31W * ? *)", after: 1_777_593_600_000, count: 2) == [
      1_780_045_200_000,  // Fri 2026-05-29T09:00Z
      1_785_488_400_000,  // Fri 2026-07-31T09:00Z
    ])
  }

  @Test func lastDayAndLastWeekday() throws {
    // L: the last day, 28 or 29 in February.
    #expect(try next("cron(0 0 L 2 ? *)", after: 1_767_225_600_000) == 1_772_236_800_000)  // 2026-02-28
    #expect(try next("cron(0 0 L 2 ? *)", after: 1_772_236_800_000) == 1_803_772_800_000)  // 2027-02-28
    #expect(try next("cron(0 0 L 2 ? 2028)", after: 1_767_225_600_000) == 1_835_395_200_000)  // 2028-02-29
    // [SIM] LW: January 2026 ends on a Saturday → Friday 30th; May 2026 on a Sunday → Friday 29th.
    #expect(try next("cron(0 9 LW * ? *)", after: 1_767_603_600_000) == 1_769_763_600_000)  // 2026-01-30
    #expect(try next("cron(0 9 LW * ? *)", after: 1_777_593_600_000) == 1_780_045_200_000)  // 2026-05-29
    // nL in day-of-week: the last Sunday of August 2025 is the 31st.
    #expect(try next("cron(0 9 ? 8 1L 2025)", after: 0) == 1_756_630_800_000)
    // [SIM] L alone in day-of-week is Saturday.
    #expect(try next("cron(0 9 ? * L *)", after: 1_767_603_600_000) == 1_768_035_600_000)  // Sat 2026-01-10
  }

  @Test func leapYears() throws {
    let e = "cron(0 0 29 2 ? *)"
    #expect(try next(e, after: 1_767_225_600_000) == 1_835_395_200_000)  // 2026 → 2028-02-29
    #expect(try next(e, after: 1_835_395_200_000) == 1_961_625_600_000)  // → 2032-02-29
    // 2100 is not a leap year: from 2096-03-01 the next is 2104-02-29.
    #expect(try next(e, after: 3_981_398_400_000) == 4_233_686_400_000)
    #expect(try next("cron(0 0 30 2 ? *)", after: 0) == nil)  // never; found without scanning minutes
    #expect(try next("cron(0 0 31 4,6,9,11 ? *)", after: 0) == nil)
  }

  // MARK: ranges, names, years

  @Test func wrappingRangesAndNames() throws {
    // The guide's own example: 20-2 in hours is 20:00-02:59 (per field, so 02:30 is included).
    let e = "cron(0/30 20-2 ? * MON-FRI *)"
    #expect(try next(e, after: 1_767_655_800_000) == 1_767_657_600_000)  // Mon 23:30 → Tue 00:00
    #expect(try next(e, after: 1_767_666_000_000) == 1_767_666_600_000)  // Tue 02:20 → 02:30
    #expect(try next(e, after: 1_767_666_600_000) == 1_767_729_600_000)  // Tue 02:30 → 20:00
    // FRI-MON wraps over the weekend; names are case-insensitive.
    #expect(try firings("cron(0 9 ? * fri-mon *)", after: 1_767_603_600_000, count: 4) == [
      1_767_949_200_000,  // Fri 2026-01-09
      1_768_035_600_000,  // Sat
      1_768_122_000_000,  // Sun
      1_768_208_400_000,  // Mon 2026-01-12
    ])
    // A step continues across the wrap: 22-3/2 is 22, 0, 2.
    guard case .cron(let c) = try parse("cron(0 22-3/2 * * ? *)") else { Issue.record("not cron"); return }
    #expect((0...23).filter { c.hours.contains($0) } == [0, 2, 22])
    guard case .cron(let m) = try parse("cron(10-50/20,5 * * JAN,jul ? *)") else { Issue.record("not cron"); return }
    #expect((0...59).filter { m.minutes.contains($0) } == [5, 10, 30, 50])
    #expect((1...12).filter { m.months.contains($0) } == [1, 7])
  }

  @Test func yearsEnd() throws {
    #expect(try next("cron(0 0 1 1 ? 2020)", after: 0) == 1_577_836_800_000)
    #expect(try next("cron(0 0 1 1 ? 2020)", after: 1_577_836_800_000) == nil)
    #expect(try next("cron(0 0 31 12 ? *)", after: 7_258_032_000_000) == nil)  // after 2199-12-31
    #expect(try next("cron(0 0 31 12 ? *)", after: Int64.max) == nil)
    #expect(try next("at(2026-01-05T09:00:00)", after: Int64.max) == nil)
    #expect(try parse("rate(1 minute)").nextFire(afterEpochMs: Int64.max, createdAtEpochMs: 0) == nil)
    #expect(try next("cron(0 0 1 1 ? 2020/5)", after: 1_577_836_800_000) == 1_735_689_600_000)  // 2025-01-01
  }

  @Test func cronNeverFiresBeforeTheRuleExists() throws {
    let e = try parse("cron(0 12 * * ? *)")
    // Created 12:00:00 exactly: that minute counts; created a second later: it does not.
    #expect(e.nextFire(afterEpochMs: 0, createdAtEpochMs: 1_767_614_400_000) == 1_767_614_400_000)
    #expect(e.nextFire(afterEpochMs: 0, createdAtEpochMs: 1_767_614_401_000) == 1_767_700_800_000)
  }

  /// Field-jumping agrees with a minute-by-minute scan over 70 days for a spread of expressions.
  @Test func agreesWithMinuteScan() throws {
    let start: Int64 = 1_767_225_600_000  // 2026-01-01T00:00Z, a Thursday
    for text in [
      "cron(0 12 * * ? *)", "cron(0/15 * * * ? *)", "cron(0 18 ? * MON-FRI *)", "cron(7 3 ? * 6L *)",
      "cron(0 9 1W * ? *)", "cron(0 9 LW * ? *)", "cron(30 23 L * ? *)", "cron(0 0 ? * 3#2 *)",
      "cron(5,35 14 1-10/3 * ? *)", "cron(0/30 20-2 ? * MON-FRI *)", "cron(0 9 ? * L *)",
    ] {
      let e = try parse(text)
      var expected: [Int64] = []
      for minute in Int64(0)..<(70 * 1_440) {
        let t = start + minute * 60_000
        if matches(text, t) { expected.append(t) }
      }
      var got: [Int64] = []
      var t = start - 1
      while let n = e.nextFire(afterEpochMs: t, createdAtEpochMs: 0), n < start + 70 * 86_400_000 {
        got.append(n)
        t = n
      }
      #expect(got == expected, "\(text)")
      #expect(!got.isEmpty, "\(text)")
    }
  }

  /// An independent matcher for the expressions in `agreesWithMinuteScan`.
  func matches(_ text: String, _ t: Int64) -> Bool {
    let days = t / 86_400_000, rem = (t % 86_400_000) / 60_000
    let (y, mo, d) = Timestamp.civilFromDays(days)
    let h = rem / 60, mi = rem % 60
    let dow = (days + 4) % 7 + 1  // 1 = SUN
    let dim = daysInMonth(y, mo)
    let weekday = dow >= 2 && dow <= 6
    func dowOf(_ day: Int64) -> Int64 { (Timestamp.daysFromCivil(y, mo, day) + 4) % 7 + 1 }
    switch text {
    case "cron(0 12 * * ? *)": return mi == 0 && h == 12
    case "cron(0/15 * * * ? *)": return mi % 15 == 0
    case "cron(0 18 ? * MON-FRI *)": return mi == 0 && h == 18 && weekday
    case "cron(7 3 ? * 6L *)": return mi == 7 && h == 3 && dow == 6 && d + 7 > dim
    case "cron(0 9 1W * ? *)":
      let target: Int64 = dowOf(1) == 7 ? 3 : dowOf(1) == 1 ? 2 : 1
      return mi == 0 && h == 9 && d == target
    case "cron(0 9 LW * ? *)":
      let target = dowOf(dim) == 7 ? dim - 1 : dowOf(dim) == 1 ? dim - 2 : dim
      return mi == 0 && h == 9 && d == target
    case "cron(30 23 L * ? *)": return mi == 30 && h == 23 && d == dim
    case "cron(0 0 ? * 3#2 *)": return mi == 0 && h == 0 && dow == 3 && d > 7 && d <= 14
    case "cron(5,35 14 1-10/3 * ? *)": return (mi == 5 || mi == 35) && h == 14 && [1, 4, 7, 10].contains(d)
    case "cron(0/30 20-2 ? * MON-FRI *)": return mi % 30 == 0 && (h >= 20 || h <= 2) && weekday
    case "cron(0 9 ? * L *)": return mi == 0 && h == 9 && dow == 7
    default: return false
    }
  }

  // MARK: at

  @Test func oneTimeAt() throws {
    let e = try parse("at(2026-01-05T09:00:00)")
    #expect(e == .at(1_767_603_600_000))
    #expect(e.description == "at(2026-01-05T09:00:00)")
    #expect(e.nextFire(afterEpochMs: 1_767_225_600_000, createdAtEpochMs: 1_767_225_600_000) == 1_767_603_600_000)
    #expect(e.nextFire(afterEpochMs: 1_767_603_600_000, createdAtEpochMs: 1_767_225_600_000) == nil)  // already fired
    // Created after its instant: never runs.
    #expect(e.nextFire(afterEpochMs: 0, createdAtEpochMs: 1_767_603_600_001) == nil)
    #expect(try parse("at(2028-02-29T23:59:59)") == .at(1_835_481_599_000))
  }

  // MARK: Errors

  @Test func rateErrors() {
    #expect(error("rate(1 hours)") == "rate(1 hours): use the singular unit 'hour' for a value of 1")
    #expect(error("rate(5 minute)") == "rate(5 minute): use the plural unit 'minutes' for values other than 1")
    #expect(error("rate(2 day)") == "rate(2 day): use the plural unit 'days' for values other than 1")
    #expect(error("rate(0 minutes)") == "rate(0 minutes): value must be a positive integer, found '0'")
    #expect(error("rate(1.5 hours)") == "rate(1.5 hours): value must be a positive integer, found '1.5'")
    #expect(error("rate(-5 minutes)") == "rate(-5 minutes): value must be a positive integer, found '-5'")
    #expect(error("rate(5 minuts)")
      == "rate(5 minuts): unit must be minute, minutes, hour, hours, day or days, found 'minuts'; did you mean 'minutes'?")
    #expect(error("rate(1 hr)")
      == "rate(1 hr): unit must be minute, minutes, hour, hours, day or days, found 'hr'; did you mean 'hour'?")
    #expect(error("rate(30 seconds)")
      == "rate(30 seconds): unit must be minute, minutes, hour, hours, day or days, found 'seconds'")
    #expect(error("rate(5)") == "rate(5): expected rate(value unit), e.g. rate(5 minutes)")
    #expect(error("rate(99999999999999 days)") == "rate(99999999999999 days): value 99999999999999 is too large")
  }

  @Test func cronFieldErrors() {
    let fields = "expected 6 fields (minutes hours day-of-month month day-of-week year)"
    #expect(error("cron(0 12 * *)") == "cron(0 12 * *): \(fields), found 4")
    #expect(error("cron(0 0 12 * * ? *)") == "cron(0 0 12 * * ? *): \(fields), found 7")
    #expect(error("cron(61 * * * ? *)") == "cron(61 * * * ? *): minutes must be 0-59, found 61")
    #expect(error("cron(0 24 * * ? *)") == "cron(0 24 * * ? *): hours must be 0-23, found 24")
    #expect(error("cron(0 12 32 * ? *)") == "cron(0 12 32 * ? *): day-of-month must be 1-31, found 32")
    #expect(error("cron(0 12 0 * ? *)") == "cron(0 12 0 * ? *): day-of-month must be 1-31, found 0")
    #expect(error("cron(0 12 * 13 ? *)") == "cron(0 12 * 13 ? *): month must be 1-12 or JAN-DEC, found 13")
    #expect(error("cron(0 12 * JANUARY ? *)") == "cron(0 12 * JANUARY ? *): month must be 1-12 or JAN-DEC, found 'JANUARY'")
    #expect(error("cron(0 12 ? * 8 *)") == "cron(0 12 ? * 8 *): day-of-week must be 1-7 or SUN-SAT, found 8")
    #expect(error("cron(0 12 ? * FRY *)")
      == "cron(0 12 ? * FRY *): day-of-week must be 1-7 or SUN-SAT, found 'FRY'; did you mean 'FRI'?")
    #expect(error("cron(0 12 * * ? 1969)") == "cron(0 12 * * ? 1969): year must be 1970-2199, found 1969")
    #expect(error("cron(0 12 * * ? 2200)") == "cron(0 12 * * ? 2200): year must be 1970-2199, found 2200")
    #expect(error("cron(0 12 * * ? 2022-2019)")
      == "cron(0 12 * * ? 2022-2019): year range must go from the earlier to the later value, found '2022-2019'")
    #expect(error("cron(0/0 * * * ? *)")
      == "cron(0/0 * * * ? *): minutes: the step after '/' must be a positive integer, found '0' in '0/0'")
    #expect(error("cron(1,,2 * * * ? *)") == "cron(1,,2 * * * ? *): minutes has an empty value in '1,,2'")
    #expect(error("cron(0 ? * * ? *)") == "cron(0 ? * * ? *): hours: '?' is allowed only in day-of-month or day-of-week")
  }

  @Test func cronDayFieldErrors() {
    #expect(error("cron(0 12 * * * *)")
      == "cron(0 12 * * * *): you cannot specify both day-of-month and day-of-week; use '?' in one of them")
    // A value in one and '*' in the other is refused too (the guide: "a value or a * … you must use a ?").
    #expect(error("cron(0 12 1 * MON *)")
      == "cron(0 12 1 * MON *): you cannot specify both day-of-month and day-of-week; use '?' in one of them")
    #expect(error("cron(0 12 * * MON *)")
      == "cron(0 12 * * MON *): you cannot specify both day-of-month and day-of-week; use '?' in one of them")
    #expect(error("cron(0 12 ? * ? *)")
      == "cron(0 12 ? * ? *): day-of-month and day-of-week cannot both be '?'; use '?' in only one of them")
    #expect(error("cron(0 12 ? * 3#1,6#3 *)")
      == "cron(0 12 ? * 3#1,6#3 *): day-of-week: with '#' you can define only one expression, found '3#1,6#3'")
    #expect(error("cron(0 12 ? * 3#6 *)")
      == "cron(0 12 ? * 3#6 *): day-of-week: the week number after '#' must be 1-5, found '6' in '3#6'")
    #expect(error("cron(0 12 L,15 * ? *)")
      == "cron(0 12 L,15 * ? *): day-of-month: 'L' and 'W' must stand alone (L, LW or a single day such as 15W), found 'L,15'")
    #expect(error("cron(0 12 32W * ? *)") == "cron(0 12 32W * ? *): day-of-month must be 1-31, found 32")
    #expect(error("cron(0 12 ? * 2-6L *)")
      == "cron(0 12 ? * 2-6L *): day-of-week: 'L' must stand alone (L, or one day such as 6L), found '2-6L'")
    #expect(error("cron(0 12 1,? * ? *)") == "cron(0 12 1,? * ? *): day-of-month: '?' must stand alone, found '1,?'")
  }

  @Test func shapeAndAtErrors() {
    let expected = "expected rate(...), cron(...) or at(...)"
    #expect(error("") == "empty schedule expression: \(expected)")
    #expect(error("every 5 minutes") == "every 5 minutes: \(expected)")
    #expect(error("rates(5 minutes)") == "rates(5 minutes): \(expected); did you mean 'rate(...)'?")
    #expect(error("Cron(0 12 * * ? *)") == "Cron(0 12 * * ? *): \(expected); did you mean 'cron(...)'?")
    #expect(error("cron(0 12 * * ? *") == "cron(0 12 * * ? *: missing ')' at the end")
    let shape = "expected at(yyyy-mm-ddThh:mm:ss), e.g. at(2026-01-05T09:00:00)"
    #expect(error("at(2026-01-05 09:00)") == "at(2026-01-05 09:00): \(shape)")
    #expect(error("at(2026-01-05T09:00:00Z)") == "at(2026-01-05T09:00:00Z): \(shape)")
    #expect(error("at(2026-02-29T00:00:00)") == "at(2026-02-29T00:00:00): day must be 01-28 in 2026-02, found 29")
    #expect(error("at(2026-13-01T00:00:00)") == "at(2026-13-01T00:00:00): month must be 01-12, found 13")
    #expect(error("at(2026-01-05T24:00:00)") == "at(2026-01-05T24:00:00): hour must be 00-23, found 24")
  }
}
