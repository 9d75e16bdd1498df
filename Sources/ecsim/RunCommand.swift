import ArgumentParser
import ECSSim

/// The default action. Until the dashboard lands, it plays the scenario headless for a few
/// simulated minutes and prints its events as text.
struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Play a scenario (default: the embedded demo cluster) and print its events."
  )

  @OptionGroup var options: ScenarioOptions

  @Option(help: "How much simulated time to play.")
  var until: String = "5m"

  func run() throws {
    let sim = try options.makeSimulator()
    let end = try parseDuration(until, flag: "--until")
    var out = Output()
    out.line("ecsim — SIMULATION of Amazon ECS · scenario \(sim.scenarioName) · seed \(sim.seed) · \(sim.arns.region)")
    out.events(sim.drainEvents(), format: .text)
    var t = SimTime.zero
    while t < end {
      t = min(end, t + .seconds(10))
      sim.advance(to: t)
      out.events(sim.drainEvents(), format: .text)
    }
    for c in sim.clusters.values {
      out.line("\(sim.now.clock)  cluster \(c.name): \(c.registeredContainerInstancesCount) instances, \(c.runningTasksCount) running, \(c.pendingTasksCount) pending tasks")
    }
    out.flush()
  }
}
