import Testing
@testable import ECSSim

@Suite struct ScheduledTaskTests {
  static func world() throws -> Simulator {
    let w = WorldBuilder()
    w.instances(count: 2).taskDefinition("report") { c in
      c.cpu = 128; c.memory = 128
      c.dockerLabels = [KeyValuePair(name: "ecsim.exit-after", value: "20s"), KeyValuePair(name: "ecsim.exit-code", value: "0")]
    }
    return try w.build()
  }

  @Test func rateScheduleRunsTasksFromItsCreationTime() throws {
    let sim = try Self.world()
    sim.advance(to: .seconds(30))
    try sim.must("create-schedule --name nightly --schedule-expression \"rate(5 minutes)\" --task-definition report")
    sim.advance(to: .minutes(16))
    // Created at 0:30: fires at 5:30, 10:30, 15:30.
    let starts = sim.tasks.filter { $0.family == "report" }.map(\.createdAt)
    #expect(starts == [.seconds(330), .seconds(630), .seconds(930)])
    // Batch tasks: the essential container exits 0 after 20 s and the task stops by itself.
    let first = sim.tasks[0]
    #expect(first.lastStatus == .stopped && first.stopCode == .essentialContainerExited && first.containers[0].exitCode == 0)
  }

  @Test func cronScheduleFiresOnTheClock() throws {
    let sim = try Self.world()
    // The scenario starts 2026-01-05 09:00:00 UTC (a Monday).
    try sim.must("create-schedule --name quarter --schedule-expression \"cron(0/15 * * * ? *)\" --task-definition report")
    sim.advance(to: .minutes(46))
    #expect(sim.tasks.map(\.createdAt) == [.minutes(15), .minutes(30), .minutes(45)])
  }

  @Test func badExpressionsAreRefused() throws {
    let sim = try Self.world()
    #expect(sim.failure("create-schedule --name x --schedule-expression \"rate(1 hours)\" --task-definition report")?.contains("rate(1 hours): use the singular unit 'hour' for a value of 1") == true)
    #expect(sim.failure("create-schedule --name y --schedule-expression \"cron(0 12 * * * *)\" --task-definition report")?.contains("you cannot specify both day-of-month and day-of-week") == true)
    #expect(sim.schedules.isEmpty)
  }
}
