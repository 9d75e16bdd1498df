import ArgumentParser

@main
struct ECSim: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "ecsim", abstract: "ECS simulator")
  func run() throws { print("ecsim") }
}
