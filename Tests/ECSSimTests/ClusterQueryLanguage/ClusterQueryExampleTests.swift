import Testing
@testable import ECSSim

/// ECS's documented examples and compound expressions.
@Suite struct ClusterQueryExampleTests {
  // MARK: The examples of docs/ecs/cluster-query-language.md §3 (from the AWS
  // cluster-query-language page)

  @Test func instanceTypeMatchesPattern() throws {
    let e = try query("attribute:ecs.instance-type =~ t2.*")
    #expect(e.matches(QueryInstance.az("us-east-1a", type: "t2.micro")))
    #expect(e.matches(QueryInstance.az("us-east-1a", type: "t2.2xlarge")))
    #expect(!e.matches(QueryInstance.az("us-east-1a", type: "m5.large")))
    // Whole-value match: `t2.*` does not find "t2" inside "mt2.large".
    #expect(!e.matches(QueryInstance.az("us-east-1a", type: "mt2.large")))
  }

  @Test func availabilityZoneInList() throws {
    let e = try query("attribute:ecs.availability-zone in [us-east-1a, us-east-1b]")
    #expect(e.matches(QueryInstance.az("us-east-1a")))
    #expect(e.matches(QueryInstance.az("us-east-1b")))
    #expect(!e.matches(QueryInstance.az("us-east-1c")))
  }

  @Test func patternAndNotEquals() throws {
    let e = try query("attribute:ecs.instance-type =~ g2.* and attribute:ecs.availability-zone != us-east-1d")
    #expect(e.matches(QueryInstance.az("us-east-1a", type: "g2.2xlarge")))
    #expect(!e.matches(QueryInstance.az("us-east-1d", type: "g2.2xlarge")))
    #expect(!e.matches(QueryInstance.az("us-east-1a", type: "t2.micro")))
  }

  @Test func taskGroupAffinity() throws {
    let e = try query("task:group == service:production")
    #expect(e.matches(QueryInstance(taskGroups: ["family:web", "service:production"])))
    #expect(!e.matches(QueryInstance(taskGroups: ["service:staging"])))
    #expect(!e.matches(QueryInstance(taskGroups: [])))
  }

  @Test func taskGroupAntiAffinity() throws {
    let e = try query("not(task:group == database)")
    #expect(e.matches(QueryInstance(taskGroups: [])))
    #expect(e.matches(QueryInstance(taskGroups: ["web"])))
    #expect(!e.matches(QueryInstance(taskGroups: ["web", "database"])))
  }

  @Test func runningTasksCountEquals() throws {
    let e = try query("runningTasksCount == 1")
    #expect(e.matches(QueryInstance(runningTasksCount: 1)))
    #expect(!e.matches(QueryInstance(runningTasksCount: 0)))
    #expect(!e.matches(QueryInstance(runningTasksCount: 10)))
  }

  @Test func agentVersionComparesComponentWise() throws {
    let e = try query("agentVersion < 1.14.5")
    #expect(e.matches(QueryInstance(agentVersion: "1.9.0")))  // 9 < 14, though "1.9" > "1.14" as text
    #expect(e.matches(QueryInstance(agentVersion: "1.14.4")))
    #expect(e.matches(QueryInstance(agentVersion: "1.14")))
    #expect(!e.matches(QueryInstance(agentVersion: "1.14.5")))
    #expect(!e.matches(QueryInstance(agentVersion: "1.87.0")))
    #expect(try query("agentVersion == 1.14").matches(QueryInstance(agentVersion: "1.14.0")))
    #expect(try query("agentVersion >= 1.87.0").matches(QueryInstance(agentVersion: "1.87.0")))
    #expect(try query("agentVersion > 1.8").matches(QueryInstance(agentVersion: "1.87.0")))
  }

  @Test func registeredAtComparesDates() throws {
    let e = try query("registeredAt < 2018-02-13")
    #expect(e.matches(QueryInstance(registeredAtISO: "2018-02-12T23:59:59Z")))
    #expect(!e.matches(QueryInstance(registeredAtISO: "2018-02-13T00:00:00Z")))
    #expect(!e.matches(QueryInstance(registeredAtISO: "2024-03-01T12:00:00Z")))
    // The documented argument formats; a time without a zone is UTC.
    let at = QueryInstance(registeredAtISO: "2018-06-18T22:28:28Z")
    #expect(try query("registeredAt == 2018-06-18T22:28:28+00:00").matches(at))
    #expect(try query("registeredAt == 2018-06-18T22:28:28Z").matches(at))
    #expect(try query("registeredAt == 2018-06-18T22:28:28").matches(at))
    #expect(try query("registeredAt > 2018-06-18").matches(at))
    // 2018-06-19T00:28:28+02:00 is 2018-06-18T22:28:28Z.
    #expect(try query("registeredAt == 2018-06-19T00:28:28+02:00").matches(at))
    #expect(try query("registeredAt <= 2018-06-18T22:28:28Z").matches(at))
    #expect(!(try query("registeredAt < 2018-06-18T22:28:28Z").matches(at)))
  }

  @Test func ec2InstanceIdInQuotedList() throws {
    let e = try query("ec2InstanceId in ['i-abcd1234', 'i-wxyx7890']")
    #expect(e.matches(QueryInstance(ec2InstanceId: "i-abcd1234")))
    #expect(e.matches(QueryInstance(ec2InstanceId: "i-wxyx7890")))
    #expect(!e.matches(QueryInstance(ec2InstanceId: "i-0abc")))
  }

  // MARK: Compound expressions

  @Test func andBindsTighterThanOr() throws {
    // a or (b and c)
    let e = try query("runningTasksCount == 0 or runningTasksCount == 1 and agentConnected == false")
    #expect(e.matches(QueryInstance(runningTasksCount: 0)))
    #expect(!e.matches(QueryInstance(agentConnected: true, runningTasksCount: 1)))
    #expect(e.matches(QueryInstance(agentConnected: false, runningTasksCount: 1)))
    // (a or b) and c
    let p = try query("(runningTasksCount == 0 or runningTasksCount == 1) and agentConnected == false")
    #expect(!p.matches(QueryInstance(agentConnected: true, runningTasksCount: 0)))
    #expect(p.matches(QueryInstance(agentConnected: false, runningTasksCount: 0)))
  }

  @Test func notBindsTighterThanAnd() throws {
    // (not a) and b: an instance where a is false and b is true matches.
    let e = try query("not runningTasksCount == 0 and agentConnected == true")
    #expect(e.matches(QueryInstance(agentConnected: true, runningTasksCount: 2)))
    #expect(!e.matches(QueryInstance(agentConnected: true, runningTasksCount: 0)))
    #expect(!e.matches(QueryInstance(agentConnected: false, runningTasksCount: 2)))
    let bang = try query("!runningTasksCount == 0 && !agentConnected == false")
    #expect(bang.matches(QueryInstance(agentConnected: true, runningTasksCount: 2)))
    #expect(!bang.matches(QueryInstance(agentConnected: false, runningTasksCount: 2)))
    #expect(try query("not not runningTasksCount == 0").matches(QueryInstance(runningTasksCount: 0)))
  }

  @Test func symbolsAndWordsMix() throws {
    let e = try query("runningTasksCount == 3 || (agentConnected equals false && ec2InstanceId == i-1)")
    #expect(e.matches(QueryInstance(runningTasksCount: 3)))
    #expect(e.matches(QueryInstance(ec2InstanceId: "i-1", agentConnected: false)))
    #expect(!e.matches(QueryInstance(ec2InstanceId: "i-1", agentConnected: true)))
  }

  @Test func keywordsNeedWordBoundaries() throws {
    // `android` and `order` are values, not `and`/`or`; `instance` is not `in`.
    let e = try query("attribute:os == android or attribute:kind == order")
    #expect(e.matches(QueryInstance(attributes: ["os": "android"])))
    #expect(e.matches(QueryInstance(attributes: ["kind": "order"])))
    #expect(!e.matches(QueryInstance(attributes: ["os": "linux"])))
  }

  @Test func noSpacesNeeded() throws {
    let e = try query("attribute:ecs.instance-type==t2.micro&&runningTasksCount<2")
    #expect(e.matches(QueryInstance(attributes: ["ecs.instance-type": "t2.micro"], runningTasksCount: 1)))
    #expect(!e.matches(QueryInstance(attributes: ["ecs.instance-type": "t2.micro"], runningTasksCount: 2)))
  }
}
