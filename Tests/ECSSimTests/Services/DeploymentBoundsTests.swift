import Testing
@testable import ECSSim

@Suite struct DeploymentBoundsTests {
  /// Every row of docs/ecs/services-and-deployments.md §4's worked examples (a missing percentage
  /// uses the default).
  @Test(arguments: [
    (4, 50, 200, 2, 8), (4, 100, 200, 4, 8), (2, 75, 200, 2, 4), (3, 100, 125, 3, 3),
    (4, 100, 100, 4, 4), (4, 50, 100, 2, 4), (1, 0, 100, 0, 1), (1, 100, 200, 1, 2),
  ])
  func workedExamples(_ row: (Int, Int, Int, Int, Int)) {
    let b = DeploymentBounds(desired: row.0, minimumHealthyPercent: row.1, maximumPercent: row.2)
    #expect(b.lower == row.3)
    #expect(b.upper == row.4)
  }

  @Test func deadlockOnlyWhenNeitherStartNorStopIsPossible() {
    #expect(DeploymentBounds(desired: 4, minimumHealthyPercent: 100, maximumPercent: 100).isDeadlocked(desired: 4))
    #expect(DeploymentBounds(desired: 3, minimumHealthyPercent: 100, maximumPercent: 125).isDeadlocked(desired: 3))
    #expect(DeploymentBounds(desired: 2, minimumHealthyPercent: 75, maximumPercent: 100).isDeadlocked(desired: 2))
    #expect(!DeploymentBounds(desired: 2, minimumHealthyPercent: 75, maximumPercent: 200).isDeadlocked(desired: 2))
    #expect(!DeploymentBounds(desired: 4, minimumHealthyPercent: 50, maximumPercent: 100).isDeadlocked(desired: 4))
    #expect(!DeploymentBounds(desired: 0, minimumHealthyPercent: 100, maximumPercent: 100).isDeadlocked(desired: 0))
  }

  @Test(arguments: [(1, 3), (4, 3), (5, 3), (6, 3), (7, 4), (10, 5), (25, 13), (400, 200), (800, 200)])
  func circuitBreakerThresholds(_ row: (Int, Int)) {
    #expect(circuitBreakerThreshold(desiredCount: row.0) == row.1)
  }
}
