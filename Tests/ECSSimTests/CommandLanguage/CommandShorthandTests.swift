import Testing
@testable import ECSSim

/// Structure values in the AWS CLI's shorthand (`key=value,key=[a,b]`) and in JSON, and where
/// their errors point.
@Suite struct CommandShorthandTests {
  private func runTask(_ line: String) throws -> RunTaskRequest {
    try command(line) { if case .runTask(let r) = $0 { r } else { nil } }
  }

  @Test func quotedShorthandValueKeepsCommasAndSpaces() throws {
    let query = "attribute:ecs.instance-type in [t3.small, t3.medium]"
    let inner = try runTask(#"run web --placement-constraints type=memberOf,expression="attribute:ecs.instance-type in [t3.small, t3.medium]""#)
    #expect(inner.placementConstraints == [PlacementConstraintInput(type: "memberOf", expression: query)])
    // The whole value single-quoted, as in a shell, with the expression double-quoted inside.
    let outer = try runTask(#"run web --placement-constraints 'type=memberOf,expression="attribute:ecs.instance-type in [t3.small, t3.medium]"'"#)
    #expect(outer.placementConstraints.map { $0.expression } == [query])
    // Fully double-quoted with a bare expression (no commas): spaces and `=~` are part of the value.
    let bare = try runTask(#"run web --placement-constraints "type=memberOf,expression=attribute:ecs.instance-type =~ t3.*""#)
    #expect(bare.placementConstraints.map { $0.expression } == ["attribute:ecs.instance-type =~ t3.*"])
  }

  @Test func shorthandParserShapes() throws {
    let node = try CLIShorthand.parse("a=1,b=[x, y],c={d=e,f=[]},g=h,i,j='k, l',m=")
    #expect(node["a"]?.scalar == "1")
    guard case .sequence(let b)? = node["b"]?.kind else { Issue.record("b"); return }
    #expect(b.map(\.scalar) == ["x", "y"])
    #expect(node["c"]?["d"]?.scalar == "e")
    guard case .sequence(let f)? = node["c"]?["f"]?.kind else { Issue.record("f"); return }
    #expect(f.isEmpty)
    // `g=h,i`: `i` is not `name=`, so it continues g's list.
    guard case .sequence(let g)? = node["g"]?.kind else { Issue.record("g"); return }
    #expect(g.map(\.scalar) == ["h", "i"])
    #expect(node["j"]?.scalar == "k, l")
    #expect(node["m"]?.scalar == "")
    #expect(node["a"]?.location == SourceLocation(line: 1, column: 3))
    #expect(node["c"]?["d"]?.location == SourceLocation(line: 1, column: 19))
  }

  @Test func inlineStructureValue() throws {
    let r = try runTask("run web --placement-strategy=type=binpack,field=cpu")
    #expect(r.placementStrategy == [PlacementStrategyInput(type: "binpack", field: "cpu")])
    #expect(failure("run web --placement-strategy=type=binpack,feld=cpu") ==
            CommandError("run: --placement-strategy: unknown key 'feld'; did you mean 'field'?", column: 43))
  }

  @Test func jsonLocationsBecomeCommandColumns() {
    // What `JSONParser` gives for `{"a": 1}` (columns within the JSON text), moved to start at column 20.
    let json = Node(.mapping([(key: Node(.scalar("a", quoted: true), at: SourceLocation(line: 1, column: 2)),
                               value: Node(.scalar("1", quoted: false), at: SourceLocation(line: 1, column: 7)))]),
                    at: SourceLocation(line: 1, column: 1))
    let moved = CommandArguments.relocated(json, base: 20)
    #expect(moved.location == SourceLocation(line: 1, column: 20))
    #expect(moved["a"]?.location == SourceLocation(line: 1, column: 26))
    guard case .mapping(let pairs) = moved.kind else { Issue.record("not a mapping"); return }
    #expect(pairs[0].key.location == SourceLocation(line: 1, column: 21))
  }

  @Test func networkConfigurationVariants() throws {
    let r = try runTask("run web --network-configuration awsvpcConfiguration={subnets=subnet-9,assignPublicIp=DISABLED}")
    #expect(r.subnets == ["subnet-9"] && r.securityGroups == [] && r.assignPublicIp == false)
    #expect(failure("run web --network-configuration awsvpcConfiguration={subnets=[s],assignPublicIp=YES}") ==
            CommandError("run: --network-configuration.awsvpcConfiguration.assignPublicIp: 'YES' is not one of ENABLED, DISABLED", column: 81))
    #expect(failure("run web --network-configuration awsvpcConfiguration={securityGroups=[sg]}") ==
            CommandError("run: --network-configuration.awsvpcConfiguration: missing required key 'subnets'", column: 53))
  }

  @Test func shorthandErrorsPointIntoTheValue() {
    #expect(failure("run web --placement-strategy type=spread,feild=instanceId") ==
            CommandError("run: --placement-strategy: unknown key 'feild'; did you mean 'field'?", column: 42))
    #expect(failure("run web --placement-strategy field=memory") ==
            CommandError("run: --placement-strategy: missing required key 'type'", column: 30))
    #expect(failure("run web --placement-strategy binpack") ==
            CommandError("run: --placement-strategy: expected '=' after 'binpack'", column: 37))
    #expect(failure("run web --network-configuration awsvpcConfiguration={subnets=[a,b}") ==
            CommandError("run: --network-configuration: missing ']'", column: 67))
    #expect(failure("run web --capacity-provider-strategy capacityProvider=FARGATE,weight=heavy") ==
            CommandError("run: --capacity-provider-strategy.weight: expected an integer, found 'heavy'", column: 70))
    #expect(failure(#"run web --placement-constraints 'type=memberOf,expression="x'"#) ==
            CommandError(#"run: --placement-constraints: unterminated quoted value (missing ")"#, column: 59))
    #expect(failure("run web --network-configuration awsvpcConfiguration={subnets=[a]x}") ==
            CommandError("run: --network-configuration: expected ',' after the value of 'subnets', found 'x'", column: 65))
    #expect(failure("run web --network-configuration awsvpcConfiguration={subnets=[[a]x]}") ==
            CommandError("run: --network-configuration: expected ',' or ']' in a list, found 'x'", column: 66))
  }
}
