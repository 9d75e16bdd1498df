import ECSSim
import ECSimIO
import Testing

/// `instanceIds`: fixed EC2 ids for an instance group, so a timeline can name an instance.
@Suite struct InstanceIdsTests: ScenarioDecodingHelpers {
  @Test func fixedInstanceIdsLetATimelineNameAnInstance() throws {
    let spec = try decode("""
      name: ids
      clusters: [default]
      roles:
        - {name: ecsInstanceRole, trustedService: ec2.amazonaws.com}
      instances:
        - instanceType: m5.large
          count: 2
          instanceIds: [i-0aaaaaaaaaaaaaaa1, i-0aaaaaaaaaaaaaaa2]
          ecsConfig: ECS_CLUSTER=default
      timeline:
        - {at: 1m, command: "drain i-0aaaaaaaaaaaaaaa2"}
      """)
    let sim = try Simulator(scenario: spec, seed: 5)
    #expect(sim.instances.map(\.ec2InstanceId) == ["i-0aaaaaaaaaaaaaaa1", "i-0aaaaaaaaaaaaaaa2"])
    sim.advance(to: .minutes(2))
    #expect(sim.instances[1].status == .draining)
  }

  @Test func instanceIdsMustMatchTheCountAndLookLikeIds() {
    #expect(decodeError("name: x\ninstances:\n  - {instanceType: m5.large, count: 2, instanceIds: [i-0aaaaaaaaaaaaaaa1]}\n")
      == error("instances[0].instanceIds: list one id per instance: count is 2, found 1", 3, 53))
    #expect(decodeError("name: x\ninstances:\n  - {instanceType: m5.large, instanceIds: [web-1]}\n")
      == error("instances[0].instanceIds: 'web-1' is not an EC2 instance id (i- followed by 8 or 17 hexadecimal digits)", 3, 43))
  }
}
