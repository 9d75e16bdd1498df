import ECSSim
import Testing

/// The engine's task type must not take Swift concurrency's name: every module that imports
/// ECSSim (the dashboard, the endpoint, live mode) writes `Task { … }` for concurrency.
@Suite struct ConcurrencyTaskNameTests {
  @Test func taskStillMeansConcurrencyInAModuleThatImportsTheEngine() async {
    // Compiles only while ECSSim declares no public `Task`.
    let handle = Task { 6 * 7 }
    #expect(await handle.value == 42)
  }

  @Test func theEngineTaskIsECSTask() throws {
    let sim = try Simulator(scenario: ScenarioSpec(name: "empty"), seed: 1)
    let tasks: [ECSTask] = sim.tasks
    #expect(tasks.isEmpty)
  }
}
