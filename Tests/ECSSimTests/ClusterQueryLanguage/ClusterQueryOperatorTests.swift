import Testing
@testable import ECSSim

/// Operators, missing and valueless attributes, task groups, and the value readers.
@Suite struct ClusterQueryOperatorTests {
  // MARK: Operators

  @Test func wordOperators() throws {
    let i = QueryInstance(
      attributes: ["ecs.availability-zone": "us-east-1a", "cores": "8"], ec2InstanceId: "i-0abc",
      runningTasksCount: 4)
    #expect(try query("attribute:ecs.availability-zone equals us-east-1a").matches(i))
    #expect(try query("attribute:ecs.availability-zone not_equals us-east-1b").matches(i))
    #expect(try query("runningTasksCount greater_than 3").matches(i))
    #expect(try query("runningTasksCount greater_than_equal 4").matches(i))
    #expect(try query("runningTasksCount less_than 5").matches(i))
    #expect(try query("runningTasksCount less_than_equal 4").matches(i))
    #expect(!(try query("runningTasksCount less_than 4").matches(i)))
    #expect(try query("attribute:cores exists").matches(i))
    #expect(try query("attribute:gpu not_exists").matches(i))
    #expect(try query("ec2InstanceId not_in [i-1, i-2]").matches(i))
    #expect(try query("ec2InstanceId !in (i-1, i-2)").matches(i))
    #expect(try query("ec2InstanceId matches i-0.*").matches(i))
    #expect(try query("ec2InstanceId not_matches i-1.*").matches(i))
    #expect(try query("ec2InstanceId !~ i-1.*").matches(i))
  }

  @Test func listsInParenthesesAndDoubleQuotes() throws {
    let e = try query("attribute:ecs.availability-zone in (\"us-east-1a\", us-east-1c)")
    #expect(e.matches(QueryInstance.az("us-east-1c")))
    #expect(!e.matches(QueryInstance.az("us-east-1b")))
    let not = try query("attribute:ecs.availability-zone !in [us-east-1a]")
    #expect(not.matches(QueryInstance.az("us-east-1b")))
    #expect(!not.matches(QueryInstance.az("us-east-1a")))
  }

  @Test func agentConnected() throws {
    #expect(try query("agentConnected == true").matches(QueryInstance(agentConnected: true)))
    #expect(!(try query("agentConnected == true").matches(QueryInstance(agentConnected: false))))
    #expect(try query("agentConnected != true").matches(QueryInstance(agentConnected: false)))
    #expect(try query("agentConnected == FALSE").matches(QueryInstance(agentConnected: false)))
    #expect(try query("agentConnected in [false]").matches(QueryInstance(agentConnected: false)))
    #expect(try query("agentConnected =~ t.*").matches(QueryInstance(agentConnected: true)))
  }

  @Test func attributeOrderingIsNumericForNumbers() throws {
    let i = QueryInstance(attributes: ["cores": "16", "tier": "gold"])
    #expect(try query("attribute:cores > 8").matches(i))  // 16 > 8, though "16" < "8" as text
    #expect(try query("attribute:cores <= 16.0").matches(i))
    #expect(!(try query("attribute:cores < 9").matches(i)))
    #expect(try query("attribute:tier < silver").matches(i))  // lexicographic
    #expect(!(try query("attribute:tier > silver").matches(i)))
    // String equality for ==: "16.0" is not "16".
    #expect(!(try query("attribute:cores == 16.0").matches(i)))
  }

  // MARK: Missing and valueless attributes, task groups [U]/[SIM] choices

  @Test func missingAttributeMatchesOnlyNotExists() throws {
    let bare = QueryInstance()
    #expect(try query("attribute:stack !exists").matches(bare))
    #expect(!(try query("attribute:stack exists").matches(bare)))
    #expect(!(try query("attribute:stack == prod").matches(bare)))
    // Choice: ECS says an expression on an attribute the instance lacks does not match; that
    // includes the negated operators.
    #expect(!(try query("attribute:stack != prod").matches(bare)))
    #expect(!(try query("attribute:stack !in [prod]").matches(bare)))
    #expect(!(try query("attribute:stack !~ p.*").matches(bare)))
    #expect(!(try query("attribute:stack > 1").matches(bare)))
    #expect(try query("attribute:stack != prod or attribute:stack !exists").matches(bare))
  }

  @Test func capabilityAttributeHasNoValue() throws {
    let i = QueryInstance(attributes: ["com.amazonaws.ecs.capability.task-iam-role": nil])
    #expect(try query("attribute:com.amazonaws.ecs.capability.task-iam-role exists").matches(i))
    #expect(!(try query("attribute:com.amazonaws.ecs.capability.task-iam-role !exists").matches(i)))
    #expect(!(try query("attribute:com.amazonaws.ecs.capability.task-iam-role == true").matches(i)))
    #expect(!(try query("attribute:com.amazonaws.ecs.capability.task-iam-role != true").matches(i)))
    #expect(!(try query("attribute:com.amazonaws.ecs.capability.task-iam-role =~ .*").matches(i)))
  }

  @Test func attributeNamesWithColonsSlashesAndAts() throws {
    let i = QueryInstance(attributes: ["team:owner/area@x": "infra"])
    #expect(try query("attribute:team:owner/area@x == infra").matches(i))
  }

  @Test func taskGroupAnyAndNone() throws {
    let web = QueryInstance(taskGroups: ["service:web", "family:web"])
    let idle = QueryInstance(taskGroups: [])
    // Positive operators: some group satisfies it.
    #expect(try query("task:group in [service:api, service:web]").matches(web))
    #expect(try query("task:group =~ family:.*").matches(web))
    // Negated operators: no group satisfies the positive form.
    #expect(!(try query("task:group != service:web").matches(web)))
    #expect(try query("task:group != database").matches(web))
    #expect(try query("task:group != database").matches(idle))
    #expect(!(try query("task:group !in [family:web]").matches(web)))
    #expect(try query("task:group !~ service:db.*").matches(web))
    // exists: the instance runs any task.
    #expect(try query("task:group exists").matches(web))
    #expect(!(try query("task:group exists").matches(idle)))
    #expect(try query("task:group !exists").matches(idle))
  }

  // MARK: Value readers

  @Test func instants() {
    #expect(ClusterQueryValues.instant("1970-01-01") == 0)
    #expect(ClusterQueryValues.instant("1970-01-02T00:00:01Z") == 86_401)
    #expect(ClusterQueryValues.instant("2000-03-01T00:00:00Z") == 951_868_800)
    #expect(ClusterQueryValues.instant("2018-06-18T22:28:28.250Z") == ClusterQueryValues.instant("2018-06-18T22:28:28Z"))
    #expect(ClusterQueryValues.instant("2018-06-18T22:28:28-05:00") == ClusterQueryValues.instant("2018-06-19T03:28:28Z"))
    #expect(ClusterQueryValues.instant("2019-02-29") == nil)
    #expect(ClusterQueryValues.instant("2020-02-29") != nil)
    #expect(ClusterQueryValues.instant("2018-06-18T24:00:00Z") == nil)
    #expect(ClusterQueryValues.instant("2018-06-18T22:28:28Zjunk") == nil)
  }

  @Test func versions() {
    #expect(ClusterQueryValues.version("1.14.5") == [1, 14, 5])
    #expect(ClusterQueryValues.version("1..2") == nil)
    #expect(ClusterQueryValues.version("v1") == nil)
    #expect(ClusterQueryValues.compareVersion("1.87.0-beta", [1, 87]) == 0)
    #expect(ClusterQueryValues.compareVersion("1.87.1", [1, 87]) == 1)
    #expect(ClusterQueryValues.compareVersion("1.8", [1, 8, 1]) == -1)
    #expect(ClusterQueryValues.compareVersion("2", [10]) == -1)
  }
}
